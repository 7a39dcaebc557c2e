/**
 * A share link to a plan (a misdescribed phone from JD, refused by the seller): the plan the page checks, the
 * benchmark and the check's task measure all open. Imports nothing, so the benchmark's plain Node scripts can use it.
 */
export const planLink =
  '#v=2&amount=3999&evidence=order-page,listing,chat,photos,unboxing&fraud=no&item=a+phone&item-kind=electronics&platform=jd&problem=not-as-described&purpose=personal&received-on=2026-11-10&refused-on=2026-11-16&seller-said=opened-so-no-return&symptoms=wrong-spec&tried=seller-refused';
