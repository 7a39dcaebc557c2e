/**
 * What the plan says in English: its steps (`step.<step>.title`, `.what`, `.why`, `.how.<n>`, `.takes`, `.moveOn`),
 * its dates (`deadline.<deadline>.label`, `.note`, `.afterwards`), the evidence to keep (`evidence.<id>`), the honest
 * answers where the seller may be right (`excuse.<excuse>.why`, `.still`) and the notes. Keyed by the plan's
 * permanent step, deadline and evidence ids; `{name}` is filled by the plan (lib/i18n/fill.ts). Loaded with the
 * plan screen, never before.
 *
 * What the law says is in plan/claim-sources.ts (each claim, and the words of the articles that carry it); these words
 * must say no more than the claims a step cites.
 */
import type { PlatformId } from '../../tree/questions';

// The case's one-line summary ("JD · a phone · ¥3,999 · …") names where it was bought in a word or two: an option
// label ("A travel or ticket app (Ctrip, Fliggy …)") fills a phone's line. Typed, so each platform has its name; a
// shop outside mainland China ends the check at its exit, so it never has a plan to sum up.
const summaryPlatform: Record<`summary.platform.${Exclude<PlatformId, 'overseas'>}`, string> = {
  'summary.platform.taobao': 'Taobao',
  'summary.platform.tmall': 'Tmall',
  'summary.platform.jd': 'JD',
  'summary.platform.pinduoduo': 'Pinduoduo',
  'summary.platform.douyin': 'Douyin',
  'summary.platform.kuaishou': 'Kuaishou',
  'summary.platform.wechat-store': 'WeChat Store',
  'summary.platform.wechat-group': 'WeChat seller',
  'summary.platform.meituan': 'Meituan',
  'summary.platform.eleme': 'Ele.me',
  'summary.platform.community-group': 'Community group buying',
  'summary.platform.xianyu': 'Xianyu',
  'summary.platform.cross-border': 'Cross-border shop',
  'summary.platform.travel-app': 'Travel or ticket app',
  'summary.platform.other': 'Other shop or app',
};

export const plan = {
  'step.save-evidence.title': 'First, save your evidence',
  'step.save-evidence.what': 'Take screenshots before anything changes: listings are edited and chats can be cleared.',
  'step.save-evidence.why.private': 'Chats, screenshots, photos and videos are electronic evidence.',
  'step.save-evidence.why':
    'Chats, screenshots, photos and videos are electronic evidence, and the seller must produce the records it holds.',
  'step.save-evidence.how.1': 'Screenshot the order page and the payment record, showing the order number and date.',
  'step.save-evidence.how.2': 'Screenshot the listing as it is now, with the price and the description.',
  'step.save-evidence.how.2.booking':
    'Screenshot the booking page as it is now, with the price and the refund and change rules (退改规则).',
  'step.save-evidence.how.2.meal':
    'Screenshot the restaurant’s page in the app as it is now, with the dish and its price.',
  'step.save-evidence.how.3': 'Keep the whole chat with the seller inside the app.',
  'step.save-evidence.how.fake':
    'If the brand told you it is fake, keep that in writing: a screenshot of its answer, or a letter. The seller may still deny it; if it comes to a complaint or court and you cannot agree, a testing body’s report is the stronger proof.',
  'step.save-evidence.how.fake.private':
    'If the brand told you it is fake, keep that in writing: a screenshot of its answer, or a letter. The seller may still deny it; if it comes to court and you cannot agree, an independent lab’s test report is the stronger proof.',
  'step.save-evidence.how.1.group-chat':
    'Screenshot the payment or transfer record, showing the date, the amount and the account that received it.',
  'step.save-evidence.how.2.group-chat':
    'Screenshot what the seller posted about the item, with the photos, description and price.',
  'step.save-evidence.how.3.group-chat':
    'Keep the whole chat with the seller, and screenshot their account ID (the WeChat ID, not only the nickname).',
  'step.how.group-chat':
    'Send the message below to the seller in your chat (WeChat or other), and screenshot it. If the seller has blocked you, screenshot the notice and go straight to the next step.',
  'step.save-evidence.takes': 'About 15 minutes.',
  'step.save-evidence.moveOn': 'Go on as soon as the items in your evidence checklist are saved.',
  'step.quality-return.title': 'Ask for a quality return: the seller pays the postage',
  'step.quality-return.what':
    '{problem}, and you are within 7 days of receiving it. Ask for a return and a full refund because of the problem. Do not choose the no-reason return: with it you would pay the postage, and it tells the seller nothing is wrong.',
  'step.quality-return.what.asked-in-time':
    '{problem}. The 7 days after you received it have passed, but you asked for a return within them. Ask again for a return and a full refund because of the problem; the message says when you first asked. Do not choose the no-reason return: with it you would pay the postage, and it tells the seller nothing is wrong.',
  'step.quality-return.problem.defective-or-damaged': 'The item is faulty or damaged',
  'step.quality-return.problem.not-as-described': 'The item is not as described',
  'step.quality-return.problem.counterfeit-goods': 'The item is fake',
  'step.quality-return.problem.wrong-or-missing-items': 'What came is not what you ordered',
  'step.quality-return.why':
    'Goods that do not meet quality requirements can be returned within 7 days of receipt, and the seller bears the transport costs.',
  'step.quality-return.how.1':
    'In the order, tap 申请售后 (after-sales), choose a return and refund (退货退款) and give the reason that fits, such as 质量问题 (quality problem). Labels differ between apps: check yours.',
  'step.goods.how.food-keep':
    'Keep what is left of the food with its packaging, sealed and, if it needs chilling, in the fridge, until the dispute is settled: it may need testing, and it is the evidence for any further claim. Photograph the production date, shelf life and batch number. If the seller wants it back, keep at least one unopened item or a part of it, and photograph what you send; or choose a refund without return (仅退款) if the app offers one.',
  'step.bad-part.title': 'Ask for the bad part’s price back',
  'step.bad-part.what':
    'Only part is bad: apply on the ground of a quality problem, with the refund set to the price of the bad part, and keep the rest.',
  'step.bad-part.how.1':
    'In the order, tap 申请售后 (after-sales); where the app offers 仅退款 (refund only) or lets you change the amount, use it, set the refund to the price of the bad part, and give the reason that fits, such as 质量问题 (quality problem). Labels differ between apps: check yours.',
  'step.goods.how.food-keep.part':
    'Keep the bad part sealed with its packaging, in the fridge if it needs it, until the dispute is settled: it may need testing, and it is the evidence for any claim for compensation. Photograph the production date, shelf life and batch number.',
  'today.food-keep.part':
    'Keep the bad part sealed with its packaging (in the fridge if it needs it): it may need testing.',
  'step.goods.how.food-doctor':
    'If anyone was unwell after eating it, see a doctor, say what was eaten and when, and keep the medical records and receipts.',
  'step.goods.how.medicine':
    'Do not take a medicine that is not what you ordered or looks wrong. Keep it, unopened if you can, for the return.',
  'step.quality-return.how.2': 'Send the message below in the chat, with your photos or video.',
  'step.quality-return.takes':
    'Give the seller until the date in your message. Delaying or refusing the refund without good reason for more than 15 days from your request counts as deliberate delay.',
  'step.quality-return.moveOn':
    'If the seller refuses or does not answer by the date in your message, go to the next step.',
  'step.quality-remedy.title': 'Ask for a replacement or a repair, or a return if the fault defeats the purchase',
  'step.quality-remedy.what':
    'It is more than 7 days since you received it. You can ask for a replacement or a repair; a return only if the fault defeats the purpose of the purchase. The seller pays the transport and other necessary costs.',
  'step.quality-remedy.title.counterfeit-goods': 'Ask for a return and a full refund',
  'step.quality-remedy.title.not-as-described':
    'Ask for an item that matches the description or a lower price, or a return if the difference defeats the purchase',
  'step.quality-remedy.what.not-as-described':
    'It is more than 7 days since you received it. You can ask for an item that matches the description, or a lower price; a return only if the difference defeats the purpose of the purchase. The seller pays the transport and other necessary costs.',
  'step.quality-remedy.title.wrong-or-missing-items':
    'Ask for the right item or what is missing, or a return if that defeats the purchase',
  'step.quality-remedy.what.wrong-or-missing-items':
    'It is more than 7 days since you received it. You can ask for the right item, or what is missing, to be sent. A wrong item the seller still does not replace within a reasonable time after you ask can go back for a refund; for something missing, you can ask for a refund of that part. The whole order goes back where the mistake defeats the purpose of the purchase. The seller pays the transport and other necessary costs.',
  'step.quality-remedy.title.wrong-item': 'Ask for the right item, and a return if the seller still does not send it',
  'step.quality-remedy.what.wrong-item':
    'It is more than 7 days since you received it. The law then gives a return where the wrong item defeats the purpose of the purchase, or where the seller still does not send the right one within a reasonable time after you ask: so ask for the right item first. The seller pays the transport and other necessary costs.',
  'step.quality-remedy.title.missing-items': 'Ask for what is missing, or a refund for it if it is still not sent',
  'step.quality-remedy.what.missing-items':
    'It is more than 7 days since you received it. You can ask for what is missing to be sent and, if it is still not sent within a reasonable time, a refund for that part. If what is missing defeats the purpose of the purchase, the whole order can go back. The seller pays the transport and other necessary costs.',
  'step.quality-remedy.title.packaging': 'Ask for intact packaging or a lower price',
  'step.quality-remedy.what.packaging':
    'It is more than 7 days since you received it, and you named only the box. Check the item itself and photograph it: if it is damaged or does not work, go back and add that to your answers, so your messages name it. If the item is fine, you can ask for intact packaging or a lower price; the seller may say no.',
  'step.quality-remedy.what.packaging.fresh-food':
    'You named only the box, and you are within 7 days of receiving it. Check the food and photograph it. If it is damaged or spoiled, go back and add that to your answers, so your messages name it. If it is fine, a return for the box alone may not hold: fresh food has no no-reason return. You can ask for intact packaging or a lower price; the seller may say no.',
  'step.quality-remedy.what.packaging.medicine':
    'You named only the box, and you are within 7 days of receiving it. Look at the medicine without breaking its seal, and photograph it. If the medicine itself is damaged, do not take it: go back and add that to your answers, so your messages name it. If it is fine, we have not been able to confirm whether medicine can go back under the 7-day no-reason return, and the seller may refuse. You can ask for intact packaging or a lower price; the seller may say no.',
  'step.quality-remedy.what.packaging.custom-made':
    'You named only the box, and you are within 7 days of receiving it. Open it, check the item and photograph it. If the item is damaged or does not work, go back and add that to your answers, so your messages name it. If it is fine, a return for the box alone may not hold: goods made to order have no no-reason return. You can ask for intact packaging or a lower price; the seller may say no.',
  'step.quality-remedy.title.consumable': 'Ask for a replacement, or a return if the fault defeats the purchase',
  'step.quality-remedy.what.consumable':
    'It is more than 7 days since you received it. You can ask for a replacement; a return only if the fault defeats the purpose of the purchase. The seller pays the transport and other necessary costs.',
  'step.quality-remedy.what.counterfeit-goods':
    'It is more than 7 days since you received it, but a fake is not put right by a repair or another item from the same seller. A fake usually defeats the purpose of the purchase, and then you can end the contract and send it back. The seller pays the transport and other necessary costs.',
  'step.quality-remedy.why':
    'After 7 days the law gives a return where the conditions for ending the contract are met, and otherwise replacement or repair, with the seller paying the costs.',
  'step.quality-remedy.why.packaging':
    'Where what was delivered does not match what was agreed, the buyer may reasonably choose a remedy, such as a replacement or a lower price.',
  'step.quality-remedy.how.1': 'Apply for after-sales (申请售后) in the order and send the message below.',
  'step.quality-remedy.how.asked-in-time':
    'Did you first ask the seller to take it back on or before {date}, the last of the 7 days after you received it? If so, add this sentence after the one that starts 我的要求是 (“what I ask”), with the day you asked, and attach the record of it (chat or after-sales request): {sentence} Whether a request made in time still counts after the seller refused or did not answer is for {deciders} to decide.',
  'step.quality-remedy.how.asked-in-time.refused':
    'The seller refused your request on {refused}, still within the 7 days after you received the item. If what you asked for then was a return, add this sentence after the one that starts 我的要求是 (“what I ask”), and attach the record of it (chat or after-sales request): {sentence} Whether a request made in time still counts after the seller refused is for {deciders} to decide.',
  'step.quality-remedy.takes': 'Give the seller about 3 days to answer. That is our suggestion, not a legal limit.',
  'step.quality-remedy.moveOn': 'If the seller refuses or does not answer, go to the next step.',
  'step.put-order-right.title.send': 'Ask the seller to send the right item, or what is missing',
  'step.put-order-right.title.refund': 'Ask for the price of what is missing back',
  'step.put-order-right.what.send':
    'You want the order put right, not returned. The seller sends the right or missing items at its own cost.',
  'step.put-order-right.what.refund':
    'You keep what came. Work out the price of what is missing from the order page, and add it to the message if you can.',
  'step.put-order-right.why':
    'Where what was delivered does not match the order, you may choose a replacement, a return or a lower price, and the seller must put it right or pay for the loss.',
  'step.put-order-right.how.1.send':
    'Send the message below in the order chat. For a wrong item, you can also choose 换货 (exchange) under 申请售后 (after-sales), where your app offers it.',
  'step.put-order-right.how.1.refund':
    'Under 申请售后 (after-sales) in the order, choose 仅退款 (refund only) for the missing part, or send the message below in the chat. Labels differ between apps: check yours.',
  'step.put-order-right.how.2': 'Attach your photos or unboxing video, and screenshot the chat.',
  'step.put-order-right.takes': 'Give the seller about 3 days to answer. That is our suggestion, not a legal limit.',
  'step.put-order-right.moveOn': 'If the seller refuses or does not answer, go to the next step.',
  'step.no-reason-return.title': 'Ask for a 7-day no-reason return',
  'step.no-reason-return.what':
    'You are inside the 7 days, so you need no reason. Keep the item intact, with its parts and tags.',
  'step.no-reason-return.what.sealed':
    'You are inside the 7 days, so you need no reason. Keep the item intact, with its seal unbroken: for food and cosmetics, a broken one-time seal ends this return.',
  'step.no-reason-return.what.medicine':
    'You are inside the 7 days and can ask for a no-reason return. Whether medicine has one we could not confirm (see “Where the seller may be right”). Keep it unopened, with its seal intact.',
  'step.no-reason-return.what.packaging':
    'You named only the box, and you are within 7 days of receiving it. Open it, check the item and photograph it. If the item is damaged or does not work, go back and add that to your answers: that is a quality problem, and the seller pays the return postage. If the item is fine and you still want to send it back, ask for a 7-day no-reason return by {date}: you need no reason, opening the box to check does not end it, and you usually pay the postage.',
  'step.no-reason-return.what.packaging.sealed':
    'You named only the box, and you are within 7 days of receiving it. Look at the item without breaking its seal, and photograph it. If it is damaged or leaking, go back and add that to your answers: that is a quality problem, and the seller pays the return postage. If it is fine and you still want to send it back, ask for a 7-day no-reason return by {date}, with the seal unbroken: you need no reason, and you usually pay the postage.',
  'step.no-reason-return.why':
    'Goods bought online can be returned within 7 days without a reason. You normally pay the return postage, unless the listing promised otherwise (for example 退货包运费, free returns). If your order shows shipping insurance (运费险), check in the order what it pays.',
  'step.no-reason-return.how.1':
    'In the order, tap 申请售后, choose 退货退款 and the 7-day no-reason option. Labels differ: check your app.',
  'step.no-reason-return.how.2': 'Send the item back and keep the courier receipt and tracking number.',
  'step.no-reason-return.takes': 'The refund is due within 7 days of the seller receiving the item.',
  'step.no-reason-return.moveOn': 'If the seller refuses or gives no return address, go to the next step.',
  'step.ask-delivery.title': 'Ask the seller to deliver or refund, with a date',
  'step.ask-delivery.what.signed-not-received':
    'The tracking says signed for, but you never got it. Tell the seller in writing that you did not receive it. Never write that you signed.',
  'step.ask-delivery.what.not-arrived': 'Ask in writing for delivery or a full refund, and give a date.',
  'step.ask-delivery.why':
    'The seller must deliver as promised and bears the risk until the goods reach you. If it still does not deliver within a reasonable time after you demand it, you can end the contract.',
  'step.ask-delivery.how.1': 'Send the message below in the order chat, and screenshot it.',
  'step.ask-delivery.how.cancel':
    'If you would rather have your money back now, apply in the order to cancel it, or for a refund of an order not yet shipped (取消订单, 申请退款; labels differ between apps). If the seller rejects that, ask the platform to step in.',
  'step.ask-delivery.how.courier':
    'You can also complain to the courier company about the “signed” record. If it does not deal with your complaint in time, or you are not satisfied with the answer, you can appeal (申诉) to the postal regulator, which mediates. This does not replace your request to the seller.',
  'step.ask-delivery.takes': 'Give the seller the days named in the message.',
  'step.ask-delivery.moveOn': 'If the seller refuses or does not answer, go to the next step.',
  'step.presale-refund.title': 'Ask for your deposit back',
  'step.presale-refund.what.earnest-double':
    'The seller did not go through with the sale, and the listing called the payment 定金: ask for double.',
  'step.presale-refund.what.advance': 'A payment called 订金 is an advance payment: ask for it back.',
  'step.presale-refund.what.at-least':
    'The seller did not carry out the pre-sale. First check on the order page whether the payment was called 定金 or 订金: for an 订金 you can ask for it back; for a 定金 you can ask for double. The message below covers both.',
  'step.presale-refund.what.unclear':
    'First check two things on the order page: whether the payment was called 定金 or 订金, and which side did not go through with the sale. When the seller may keep it is under “Where the seller may be right”.',
  'step.presale-refund.why':
    'If the seller took a 定金 and then failed so badly that the purpose of the sale is defeated, it must pay the 定金 back double. A 订金, or any payment not agreed as a 定金, is not covered by this rule. A 定金 counts only up to 20% of the price: any part above that is not a 定金.',
  'step.presale-refund.why.advance':
    'A 订金 is an advance payment, not a 定金: the 定金 rule does not apply to it, so it cannot be kept as a forfeit.',
  'step.presale-refund.how.1': 'Send the message below in the order chat, with a screenshot of the pre-sale terms.',
  'step.presale-refund.takes': 'Give the seller about 3 days to answer.',
  'step.presale-refund.moveOn': 'If the seller refuses, go to the next step.',
  'step.ask-price-promise.title': 'Ask for the difference the shop promised',
  'step.ask-price-promise.what':
    'The page offered price protection (价保) when you bought, and the same item now costs less. Ask for the difference on the terms the page showed.',
  'step.ask-price-promise.why':
    'A business must keep the promises it makes on its pages, including promises about price. Price protection is a promise, not a right in law, so its own terms (how long, which prices count) decide what you get.',
  'step.ask-price-promise.how.1':
    'Screenshot the promise and its terms, your order with the price and date, and the lower price with the date and time showing. Check it is the same item, size and colour.',
  'step.ask-price-promise.how.terms':
    'Check that the lower price falls within the terms: the period they cover and the prices they count. If it does not, the shop may be right.',
  'step.ask-price-promise.how.2':
    'If the order page has a price-protection button, use it first. If not, or if it fails, send the message below in the order chat.',
  'step.ask-price-promise.takes': 'Give the seller about 3 days to answer.',
  'step.ask-price-promise.moveOn': 'If the seller refuses or does not answer, go to the next step.',
  'step.report-price-fraud.title': 'Report the fake “original price” to the market regulator',
  'step.report-price-fraud.what':
    'Report it through 12315 (www.12315.cn, or the 12315 app or mini-program) as a report (举报), with your dated screenshots of the price over time.',
  'step.report-price-fraud.why':
    'The pricing rules ban selling through false discounts or price comparisons. Whether this “original price” was false is for the regulator to decide. If the seller deceived you on purpose, you may claim extra compensation of 3 times the price (at least ¥500), but you must prove the deceit, and a court decides.',
  'step.report-price-fraud.how.1':
    'The test the rules set: unless the listing gave details of the price it compared with, that price may be no higher than the lowest price the shop sold at in the 7 days before it showed the comparison. Gather what shows the shop’s real prices then: your own dated screenshots, or the price history others recorded.',
  'step.report-price-fraud.how.2':
    'Choose 举报 (report), not 投诉 (complaint): you are telling the regulator about a breach of the pricing rules.',
  'step.report-price-fraud.takes':
    'The regulator decides whether to open a case. News reports say the rules make it tell you the outcome, though maybe not every detail; we have not read the rules themselves.',
  'step.report-price-fraud.moveOn':
    'For money back, a 7-day no-reason return may still be open; for 3 times the price, a court decides.',
  'step.ask-restaurant.title': 'Ask the restaurant to put it right, in the app, today',
  'step.ask-restaurant.what':
    'Report the problem on the order’s help or after-sales page, and send the message below in the order chat. With food, the sooner you write, the easier it is to show what happened.',
  'step.ask-restaurant.why':
    'The restaurant you ordered from must put it right, even if another kitchen cooked the order.',
  'step.ask-restaurant.why.delivery':
    'The restaurant you ordered from must deliver your order as it promised, and bears the risks of getting it to you.',
  'step.ask-restaurant.how.photos':
    'Photograph what you still have: the bag and its seal, the food and the receipt slip. Film anything wrong.',
  'step.ask-restaurant.how.photos.unsafe':
    'Stop eating it. Photograph the bag and its seal, the food and the receipt slip. Film anything strange.',
  'step.ask-restaurant.how.keep': 'Keep what is left in a sealed bag in the fridge.',
  'step.ask-restaurant.how.doctor': 'If you feel ill, see a doctor, and keep the medical records and receipts.',
  'step.ask-restaurant.how.times':
    'Screenshot the order page: the delivery time it showed, when the order came, and any on-time promise.',
  'step.ask-restaurant.how.in-app':
    'Button names change, so follow the current page in the app. Keep everything in writing.',
  'step.ask-restaurant.takes':
    'The message gives the restaurant 3 days. If it refuses sooner, go to the next step at once.',
  'step.ask-restaurant.moveOn': 'If the restaurant refuses or does not answer, ask the app to step in.',
  'step.ask-trip-refund.title': 'Ask the seller in writing for your money back',
  'step.ask-trip-refund.what':
    'Write in the order chat of the app or site where you booked, and send the message below. Ask for money, not a voucher, unless a voucher is what you want.',
  'step.ask-trip-refund.why':
    'The business that sold you the trip or ticket answers for it. If the app cannot give you that business’s real name, address and contact details, you can claim from the app.',
  'step.ask-trip-refund.how.screenshots':
    'Screenshot the booking page, the refund and change rules (退改签规则), the order confirmation and any cancellation notice, today.',
  'step.ask-trip-refund.how.no-voucher':
    'If the seller offers a voucher in the chat, you do not have to accept it. Say you want a refund.',
  'step.ask-trip-refund.how.notice':
    'The agency had to tell you at least 7 days before a domestic tour, or 30 days before one abroad. If it told you later, you can also claim the losses the late notice caused you.',
  'step.ask-trip-refund.how.costs': 'Ask for a written list of what was taken off, and the basis for each amount.',
  'step.ask-trip-refund.how.add-on':
    'Screenshot the order page where the add-on appears as chosen, and fill in its name and price in the message.',
  'step.ask-trip-refund.takes': 'Give the seller about 3 days to answer.',
  'step.ask-trip-refund.moveOn':
    'If the seller refuses or does not answer, use the order’s after-sales page to ask the app to step in.',
  'step.ask-to-perform.title': 'Ask for the goods at the price you paid, or your money back',
  'step.ask-to-perform.what':
    'You paid, and the seller cancelled the order. Decide what you want: the goods at the order price, or the full price back with money for your loss (such as the extra cost of buying elsewhere).',
  'step.ask-to-perform.why':
    'Once you submitted and paid for the order, the contract exists, and a term saying otherwise is void. A seller that does not deliver must deliver, put it right or pay for your loss. A seller that makes clear it will not deliver lets you end the contract and ask for your money back, with your loss.',
  'step.ask-to-perform.how.1':
    'Screenshot the listing with its price, the order page and the cancellation notice now, before they change.',
  'step.ask-to-perform.how.2':
    'If you want the goods, do not agree to the cancellation or apply for a refund because the seller asks. If you would rather have your money, check first whether it has already come back. Send the message below in the order chat.',
  'step.ask-to-perform.takes': 'Give the seller about 3 days to answer.',
  'step.ask-to-perform.moveOn': 'If the seller refuses or does not answer, go to the next step.',
  'step.service-refund.title': 'Ask for the service, or the unused prepayment back',
  'step.service-refund.what':
    'You paid in advance for a course, membership or service that was not provided as agreed.',
  'step.service-refund.why':
    'A business that took payment in advance and does not provide as agreed must, as you choose, perform or refund the prepayment.',
  'step.download-fix.title': 'Ask for a fix or a refund, in writing',
  'step.download-fix.what':
    'The download does not work, or it is not what the listing described. Downloads have no no-reason return, but they must still match their description.',
  'step.download-fix.why':
    'What a seller sells must match the quality its listing and description showed; where it does not, you may reasonably choose a fix, a replacement or a refund.',
  'step.download-fix.how.1': 'Record what does not work: screenshots, or a screen recording, next to the listing.',
  'step.download-fix.how.2': 'Send the message below in the chat, with your screenshots.',
  'step.download-fix.takes': 'Give the seller about 3 days to answer.',
  'step.download-fix.moveOn': 'If the seller refuses or does not answer, go to the next step.',
  'step.service-refund.title.changed-mind': 'Ask for your prepayment back within 7 days of paying',
  'step.service-refund.what.changed-mind':
    'You paid less than 7 days ago and no longer want what you paid for. Ask in writing for the money back before the 7 days end. The rule is for services given several times or over a period, such as a membership, a card or a course of lessons; for a recorded course handed over all at once, it is not settled. It does not apply if, when you paid, you had already had the same service from this business or another one.',
  'step.service-refund.why.changed-mind':
    'For a service paid in advance and given several times or over a period, courts support a refund of the prepaid principal when you ask within 7 days of paying, unless you had already had the same goods or service when you signed.',
  'step.service-refund.title.auto-renewed': 'Cancel the renewal and ask for the charge back',
  'step.service-refund.what.auto-renewed':
    'First turn off automatic renewal in the app, so it cannot charge you again. Then ask in writing for this renewal’s charge back.',
  'step.service-refund.why.auto-renewed':
    'A service that renews itself online must warn you clearly before you start and 5 days before each renewal, and renewing must be your choice. If you were never clearly told at sign-up that it renews automatically, you can claim that term is not part of the contract.',
  'step.service-refund.title.moved-away': 'Ask to end the contract and for the unused prepayment back',
  'step.service-refund.what.moved-away':
    'The business moved, and getting there is now clearly harder for you. Then you can ask to end the contract and for what you have not used back. The rule is for services given several times or over a period, such as a gym or beauty card or a pack of lessons. For a service used only once (such as a one-off group-buy voucher) it may not apply; if the voucher or contract named the old address, start the check again and choose “It was not provided as agreed”; if it named no place, you can still send the message below to ask for a refund, but the business may refuse and a court may not side with you.',
  'step.service-refund.why.moved-away':
    'For a service paid in advance and given several times or over a period, where the business moves and this makes it clearly harder for you to use, courts support you ending the prepaid contract; once it ends, you can ask for the rest of the prepayment back with interest. Unless the contract says how interest is counted, a prepayment refunded for the business’s reasons comes back with interest at the one-year Loan Prime Rate of the day the contract was made.',
  'step.service-refund.how.1': 'Send the message below in the chat, and keep the contract or the course page.',
  'step.service-refund.how.sum':
    'Work out the unused part and put it in the message: for lessons or sessions, what you paid divided by the number bought, times those not given. As the refund is not your doing, what you did get counts at the price you actually paid, discount included.',
  'step.service-refund.how.sum.moved-away':
    'Work out the unused part and put it in the message: for lessons or sessions, what you paid divided by the number bought, times those you have not used; for a card with unlimited use over a set period, what you paid times the share of the period left after the contract ends. As the refund is not your doing, what you did get counts at the price you actually paid, discount included.',
  'step.service-refund.how.1.auto-renewed':
    'Send the message below in the chat, and screenshot the page of your account that shows the renewal and its charge.',
  'step.service-refund.takes': 'Give the seller about 3 days to answer.',
  'step.service-refund.moveOn': 'If the seller refuses, go to the next step.',
  'step.answer-excuse.title': 'Answer what the seller said',
  'step.answer-excuse.what': 'The seller said {excuse}. The law says otherwise: send the reply below.',
  'step.answer-excuse.what.refund-after-inspection':
    'The seller said {excuse}. The law does not forbid checking the item, but it sets how long the refund may take: send the reply below.',
  'step.answer-excuse.what.no-fault-needed':
    'The seller said {excuse}. That is true, but a no-reason return needs no fault: send the reply below.',
  'step.answer-excuse.what.no-fault-needed.partly':
    'The seller said {excuse}. That is true, but a no-reason return needs no fault. What matters is the day you asked for the return: first read “Where the seller may be right”.',
  'step.answer-excuse.what.food':
    'The seller said {excuse}. The law says otherwise: send the reply below. What you may have to show about the food is under “Where the seller may be right”.',
  'step.answer-excuse.what.partly':
    'The seller said {excuse}. That may or may not hold: first read “Where the seller may be right”. The reply below asks only for what the law gives you; check that it fits your case, then send it.',
  'step.answer-excuse.why': 'The reply quotes the articles that answer this excuse, with the law your case rests on.',
  'step.answer-excuse.how.1': 'Copy the reply, check it, and send it in the platform chat.',
  'step.answer-excuse.takes': 'Give the seller about 3 days to answer.',
  'step.answer-excuse.moveOn':
    'If the seller repeats the excuse, or has not answered by the date in the reply, go to the next step. Do not argue for weeks.',
  'step.refund-overdue.title': 'Ask for the refund that is due',
  'step.refund-overdue.what':
    'The seller has your return. The refund is due within 7 days of receiving it; taking more than 15 days from receiving it can be fined.',
  'step.refund-overdue.why': 'The seller must refund within 7 days of receiving the returned goods.',
  'step.refund-overdue.what.may-refuse':
    'The seller has your return. It may not have had to accept a no-reason return of this item (see “Where the seller may be right”). Since it took it, you can ask it to refund you, or to send the item back.',
  'step.refund-overdue.why.may-refuse':
    'The seller took the item back, but may not owe a no-reason refund for it: this message only asks it to settle.',
  'step.refund-overdue.why.medicine':
    'Whether medicine has a 7-day no-reason return we could not confirm. If the seller accepts the return, it should refund within 7 days of receiving it.',
  'step.refund-overdue.why.conditional':
    'If the seller’s reason does not hold, it must refund within 7 days of receiving the return.',
  'step.refund-overdue.what.conditional':
    'The seller has your return. If its reason does not hold (see “Where the seller may be right”), the refund is due within 7 days of receiving it, and taking more than 15 days can be penalised.',
  'step.refund-overdue.what.medicine':
    'The seller has the medicine back. Whether medicine has a 7-day no-reason return we could not confirm (see “Where the seller may be right”): ask for the refund, and if the seller will not, for the medicine back.',
  'step.refund-overdue.what.medicine.disputed':
    'The seller has the medicine back. Whether medicine has a 7-day no-reason return we could not confirm. The seller says it arrived damaged: ask for its proof first (see “Where the seller may be right”). Ask for the refund, and if the seller will not, for the medicine back.',
  'step.refund-overdue.title.may-refuse': 'Ask for your money or the item back',
  'step.refund-overdue.title.packaging': 'Ask for a new box or a lower price, and the item back',
  'step.refund-overdue.title.after-seven': 'Ask for the refund (the seller may put it right instead)',
  'step.refund-overdue.moveOn.may-refuse':
    'If the seller will not, the law may be on its side. If the item itself is faulty, go back and change your answers, so the plan treats it as a quality problem.',
  'step.refund-overdue.moveOn.may-refuse.confirmed':
    'If the seller will not: if the item is of one of the kinds above, the law may be on its side; if not, your confirmation does not count and you can go to court (next step). If the item itself is faulty, go back and change your answers.',
  'step.refund-overdue.what.disputed':
    'The seller has your return. If it arrived as you sent it, the refund is due. The seller says it arrived damaged: ask for its proof first, and do not report it until that is settled.',
  'step.refund-overdue.what.disputed.part':
    'The seller has your return. If it arrived as you sent it, the seller owes at least the price of the part that is bad. The seller says it arrived damaged: ask for its proof first, and do not report it until that is settled.',
  'step.refund-overdue.what.disputed.after-seven':
    'The seller has your return. If it arrived as you sent it: where the problem defeats the purpose of the purchase, the refund is due; where it does not, the seller may put it right another way. The seller says it arrived damaged: ask for its proof first, and do not report it until that is settled.',
  'step.refund-overdue.what.quality':
    'The seller has the item back and must refund. For a faulty item, refusing to refund without good reason for more than 15 days from your request counts as deliberate delay, which can be fined.',
  'step.refund-overdue.what.quality.after-seven':
    'The seller has the item back. If the problem defeats the purpose of the purchase, it owes the refund; if not, it may put things right another way, as the note under the date “{date}” says. Doing neither for more than 15 days from your request, without good reason, counts as deliberate delay, which can be fined.',
  'step.refund-overdue.what.box.after-seven':
    'The seller has your return. For a damaged box alone, ask it for a new box or a lower price, with the item sent back; or a refund, if it agrees.',
  'step.refund-overdue.what.quality.part':
    'The seller has the item back and must refund at least the price of the part that is bad. For a faulty item, refusing to refund without good reason for more than 15 days from your request counts as deliberate delay, which can be fined.',
  'step.refund-overdue.why.quality':
    'For goods that do not meet quality requirements, failing without good reason for more than 15 days from your request to take them back or refund counts as deliberate delay or unreasonable refusal.',
  'step.refund-overdue.why.after-seven':
    'For goods that do not meet quality requirements, a seller that for more than 15 days from your request, without good reason, neither repairs, replaces, takes back nor refunds is treated as deliberately delaying or unreasonably refusing.',
  'step.refund-overdue.how.1': 'Send the message below, with the tracking of your return.',
  'step.refund-overdue.how.asked-in-time':
    'The seller received it after the 7 days. What counts is when you sent the return request, not when the parcel arrived: fill in that day in the message, and keep the record of your request (the after-sales request or the chat). If you asked after the 7 days, the seller may be right that the return was late.',
  'step.refund-overdue.how.asked-in-time.refused':
    'The seller received it after the 7 days. What counts is when you sent the return request, not when the parcel arrived. The seller refused your request on {refused}, within the 7 days, and the message says so. Keep the record of that request (the after-sales request or the chat).',
  'step.refund-overdue.takes': 'Give the seller until the date in your message. The refund goes back the way you paid.',
  'step.refund-overdue.moveOn': 'If no refund comes, go to the next step.',
  'step.refund-overdue.moveOn.put-right':
    'If the seller has neither refunded nor put it right as above, go to the next step.',
  'step.refund-overdue.moveOn.medicine':
    'If the seller neither refunds nor sends the medicine back, go to the next step.',
  'step.platform-intervention.title': 'Ask the platform to step in',
  'step.platform-intervention.what':
    'Ask {platform} to decide the dispute, on the facts and law your messages set out.',
  'step.same-law': 'Your case rests on the same law as before.',
  'step.platform-intervention.why.private':
    'The platform has its own process for disputes over sales made on it: its rule, not a legal duty to you.',
  'step.platform-intervention.why': 'The platform must actively help you in a dispute with a seller on it.',
  'step.platform-intervention.how.taobao.1':
    'Open the order and your after-sales request, and look for 申请平台介入 or 申请客服介入 (labels differ between app versions: check yours). Taobao’s rule calls this 淘宝介入.',
  'step.platform-intervention.how.taobao.2':
    'Taobao’s dispute rule (version in force 15 August 2025, a platform rule) gives no number of days for asking: apply as soon as the seller says no.',
  'step.platform-intervention.how.taobao.2.after-reply':
    'Taobao’s dispute rule (version in force 15 August 2025, a platform rule) says a claim must be started online within a time limit Taobao sets, but gives no number: apply if the answer is no again, or there is no answer by the date in your message, or sooner if the limit the app shows ends on or before that date. If the time limit for starting a claim has passed, the rule (Art. 5) lifts it where you can show the parcel never came or the item has a quality problem, where an authority has confirmed a fake, or where the seller promised a longer period: ask Taobao’s customer service anyway.',
  'step.platform-intervention.how.taobao.fake':
    'For a fake, Taobao’s rule (Art. 66) asks the seller first to show where the item came from: the maker’s distribution papers, customs papers for an import, a product certificate or an invoice. If it cannot, Taobao supports a return and refund. If it can, Taobao will ask you for a test report or other proof, and if you cannot give one it releases the payment to the seller: keep what you have, such as any answer from the brand, and get a test report if you can.',
  'step.platform-intervention.how.jd.1':
    'Apply for JD intervention (京东介入) in the after-sales screen, within 15 natural days after the seller rejected your request (JD dispute rule for shops on JD, version in force 4 July 2025; a platform rule, not law). If JD itself sold it (京东自营), JD is the seller: raise it with JD’s customer service.',
  'step.platform-intervention.how.window-passed':
    'By the dates you gave, the window to ask {platform} to step in may have ended on {date}, and it may no longer take the case. You can still try; if it will not, complain to 12315.',
  'step.platform-intervention.how.jd.silent':
    'If the seller does nothing, you can apply for JD intervention (京东介入) in the after-sales screen 24 hours after raising the request (JD dispute rule for shops on JD, Art. 3, version in force 4 July 2025; a platform rule, not law). If the seller later rejects it, apply within 15 natural days of the rejection. If JD itself sold it (京东自营), JD is the seller: raise it with JD’s customer service.',
  'step.platform-intervention.how.wechat-store.silent':
    'WeChat Store’s developer documents say the platform steps in when a shop does not act in time. If the shop rejects your after-sales request, you can ask for platform intervention within 7 days of the rejection. These are platform rules, not law.',
  'step.platform-intervention.how.jd.order':
    'Apply for JD intervention (京东介入) from the order. JD’s rule gives 15 natural days for delivery and cancellation disputes; we have not confirmed the day they start, so apply now (JD dispute rule for shops on JD, version in force 4 July 2025; a platform rule, not law). If JD itself sold it (京东自营), JD is the seller: raise it with JD’s customer service.',
  'step.platform-intervention.how.jd.other':
    'Apply for JD intervention (京东介入) from the order. We have not seen JD’s time limit for this kind of dispute, so apply now (JD dispute rule for shops on JD, version in force 4 July 2025; a platform rule, not law). If JD itself sold it (京东自营), JD is the seller: raise it with JD’s customer service.',
  'step.platform-intervention.how.jd.price-mistake': 'A price mistake falls under a separate JD rule we have not read.',
  'step.platform-intervention.how.wechat-store.1':
    'In the WeChat Store order, ask for platform intervention within 7 days after the seller rejects your request (WeChat Store developer documents; a platform rule).',
  'step.platform-intervention.how.other.1':
    'Open the order and apply for platform intervention (平台介入 or 客服介入). We have not seen this platform’s current rule: check the time limit in the app and apply quickly.',
  'step.platform-intervention.takes': 'Usually days. Answer any request for evidence at once.',
  'step.platform-intervention.moveOn':
    'If the platform decides against you, ask once for a review by a person, then go to the next step.',
  'step.platform-liability.title': 'Ask the platform for the seller’s details, or to pay',
  'step.platform-liability.what':
    'The shop has closed or gone quiet. Ask the platform in writing for the seller’s real name, address and contact details.',
  'step.platform-liability.why': 'If the platform cannot give them, you can claim from the platform itself.',
  'step.platform-liability.how.1':
    'Use the platform’s customer service (客服) from the order, and screenshot your request and the answer.',
  'step.platform-liability.how.return':
    'The 7 days for a quality return are still running: today, also ask for the return in the order. Tap 申请售后 (after-sales), choose a return and refund (退货退款) with the reason 质量问题 (quality problem), so your request is on record in time. Labels differ between apps: check yours.',
  'step.platform-liability.how.return.no-reason':
    'The 7 days for a no-reason return are still running: today, also ask for it in the order. Tap 申请售后 (after-sales), choose a return and refund (退货退款) with the 7-day no-reason option, so your request is on record in time. Labels differ between apps: check yours.',
  'step.platform-liability.takes': 'Ask for an answer within a few days.',
  'step.platform-liability.moveOn':
    'If the platform gives neither the details nor the money, complain to 12315 and name the platform too.',
  'step.complain-12315.title': 'Complain to 12315',
  'step.complain-12315.what':
    'File a complaint with the market regulator on the national 12315 platform. It asks both sides to mediate.',
  'step.complain-12315.why':
    'The regulator must handle a complaint and tell you within 7 working days. Mediation needs both sides; it cannot order a refund.',
  'step.complain-12315.how.1': 'Go to 12315.cn (or the 12315 app or mini-program) and choose 投诉 (complaint).',
  'step.complain-12315.how.2':
    'Give your real identity, the seller’s name, your request and the facts, and upload your evidence.',
  'step.complain-12315.how.demand-passed':
    'Did you already ask the seller to ship by a date, and has that date passed? If so, there is no need to give the seller another week: replace the sentence that begins “我的要求是” with this one, fill in both dates, and attach that chat: “{sentence}”',
  'step.court.how.demand-passed':
    'Did you already ask the seller to ship by a date, and has that date passed? If so, the last demand need not give the seller a new date to ship by: replace the sentence that begins “我的要求是” with this one and fill in both dates: “{sentence}”',
  'step.complain-12315.how.platform-review':
    'If you have not yet, ask the platform once, through its customer service, for a person to review its decision. You can complain to 12315 whatever it says.',
  'step.how.jd-appeal.regulator':
    'JD’s Open Platform dispute rules (a platform rule, not law; version in force 4 July 2025) let you appeal (申诉) within 7 natural days after the dispute closes, with evidence. Appeal if you have evidence JD did not see. For goods JD sells itself (自营), JD is the seller and this rule does not apply: ask JD’s customer service. You can complain to 12315 whatever JD answers.',
  'step.how.jd-appeal.regulator.passed':
    'JD’s Open Platform dispute rules (a platform rule, not law; version in force 4 July 2025) allow an appeal (申诉) within 7 natural days after the dispute closes. Counted from the day you recorded, that has passed: only if the dispute closed within the last 7 days can you still appeal. The rule does not cover goods JD sells itself (自营). Either way, you can complain to 12315.',
  'step.how.jd-appeal.court':
    'JD’s Open Platform dispute rules (a platform rule, not law; version in force 4 July 2025) let you appeal (申诉) within 7 natural days after the dispute closes, with evidence. Appeal if you have evidence JD did not see. For goods JD sells itself (自营), JD is the seller and this rule does not apply: ask JD’s customer service. A court does not need JD’s answer first.',
  'step.how.jd-appeal.court.passed':
    'JD’s Open Platform dispute rules (a platform rule, not law; version in force 4 July 2025) allow an appeal (申诉) within 7 natural days after the dispute closes. Counted from the day you recorded, that has passed: only if the dispute closed within the last 7 days can you still appeal. The rule does not cover goods JD sells itself (自营). A court does not need JD’s answer first.',
  'step.complain-12315.takes': 'A decision on acceptance within 7 working days.',
  'step.complain-12315.moveOn': 'If the seller refuses mediation, or it ends without a deal, go to court.',
  'step.report.title': 'Report the refusal as a breach (举报)',
  'step.report.what':
    'Refusing a lawful return or refund without good reason, or delaying it on purpose, is itself a breach the regulator can fine. If the seller does that, a report asks the regulator to investigate; it runs apart from your complaint.',
  'step.report.what.late-from-request':
    'If the refund is still not paid more than 15 days after you asked, that delay is itself a breach the regulator can fine. A report then asks it to investigate; it runs apart from your complaint.',
  'step.report.what.late-from-request.conditional':
    'If, more than 15 days after you asked, the seller without good reason has neither refunded nor put things right another way, that counts as deliberate delay, which the regulator can fine. A report then asks it to investigate; it runs apart from your complaint.',
  'step.report.what.late-from-return':
    'If the refund has not been paid more than 15 days after the seller receives your return, that delay is itself a breach the regulator can fine. A report then asks it to investigate; it runs apart from your complaint.',
  'step.report.what.returned-damaged':
    'The seller received your return on {date}, and more than 15 days have passed without your refund. If it cannot show the item was damaged after you sent it, that delay is itself a breach the regulator can fine: you can report it, apart from your complaint.',
  'step.report.what.returned-damaged.conditional':
    'The seller received your return on {date}, and more than 15 days have passed. If it cannot show the item was damaged after you sent it, and without good reason has neither refunded nor put things right another way, that counts as deliberate delay. You can report it, apart from your complaint.',
  'step.report.what.conditional':
    'The seller received your return on {date}, and more than 15 days have passed without your refund. If its reason does not hold (see “Where the seller may be right”), that delay is a breach the regulator can fine. You can report it, apart from your complaint.',
  'step.report.what.late-passed':
    'The seller received your return on {date}, and more than 15 days have passed without your refund: that delay is itself a breach the regulator can fine. A report asks it to investigate; it runs apart from your complaint.',
  'step.report.what.late-passed.request':
    'You asked for the return and refund no later than when the seller received the item on {date}, and more than 15 days have passed without a refund. For goods with a fault, that counts as deliberate delay, which the regulator can fine. A report asks it to investigate; it runs apart from your complaint.',
  'step.report.what.late-passed.request.conditional':
    'You asked no later than when the seller received the item on {date}, and more than 15 days have passed. If, without good reason, the seller has neither refunded nor put things right another way, that counts as deliberate delay, which the regulator can fine. A report asks it to investigate; it runs apart from your complaint.',
  'step.report.what.unconfirmed-exclusion':
    'Refusing a 7-day return by calling the item excluded, when you did not confirm that at purchase, is itself a breach the regulator can fine. A report asks it to investigate; it runs apart from your complaint.',
  'step.report.why': 'Deliberately delaying or refusing a lawful return or refund can be fined.',
  'step.report.what.put-right.missing-items':
    'Refusing without good reason, or delaying on purpose, your request to make up the missing quantity is itself a breach the regulator can fine. If the seller does that, a report asks the regulator to investigate; it runs apart from your complaint.',
  'step.report.what.put-right.wrong-item':
    'Refusing without good reason, or delaying on purpose, your request to replace the wrong item is itself a breach the regulator can fine. If the seller does that, a report asks the regulator to investigate; it runs apart from your complaint.',
  'step.report.what.put-right.wrong-or-missing-items':
    'Refusing without good reason, or delaying on purpose, your request to replace the wrong items or make up the quantity is itself a breach the regulator can fine. If the seller does that, a report asks the regulator to investigate; it runs apart from your complaint.',
  'step.report.why.put-right':
    'Deliberately delaying or refusing a lawful request to replace goods or make up their quantity can be fined.',
  'step.report.title.price-promise': 'Report the refused price promise (举报)',
  'step.report.what.price-promise':
    'Refusing without good reason to keep a price promise is listed as price fraud in the pricing rules. You may report it on 12315 beside your complaint; whether this refusal is one is for the regulator to decide.',
  'step.report.what.price-promise.ended':
    'Refusing without good reason to keep a price promise is listed as price fraud in the pricing rules. Mediation has ended, but a report is still open; whether this refusal is one is for the regulator to decide.',
  'step.report.why.price-promise':
    'The Provisions on Clearly Marked Prices and the Prohibition of Price Fraud (明码标价和禁止价格欺诈规定) list refusing, without good reason, to keep a price promise among the kinds of price fraud a business must not commit.',
  'step.report.title.fake': 'Report the fake (举报)',
  'step.report.what.fake':
    'Passing off fakes as genuine is itself a breach the regulator can penalise. A report asks it to investigate, and whether this item is fake is for it to decide.',
  'step.report.why.fake':
    'The Consumer Rights Protection Law lists passing off fakes as genuine among the breaches the regulator can penalise; the penalty goes on the seller’s credit record.',
  'step.report.title.false-description': 'Report the false description (举报)',
  'step.report.what.false-description':
    'False or misleading claims about goods are themselves a breach the regulator can penalise. A report asks it to investigate, and whether this listing was false is for it to decide.',
  'step.report.why.false-description':
    'The Consumer Rights Protection Law lists false or misleading claims about goods among the breaches the regulator can penalise; the penalty goes on the seller’s credit record.',
  'step.report.how.false-sale':
    'On 12315, choose 举报 (report). Attach the listing as you saw it and what shows the goods are not what it said: a test report, the brand’s answer or photos.',
  'step.report.apart.beside': 'A report is handled apart from a complaint: you can make both at the same time.',
  'step.report.apart.ended': 'A report is handled apart from a complaint, so it stays open though mediation has ended.',
  'step.report.how.1': 'On 12315, choose 举报 (report) as well as 投诉 (complaint), with the same evidence.',
  'step.report.how.1.ended': 'On 12315, choose 举报 (report), with the evidence you gave with your complaint.',
  'step.report.takes': 'A report does not get your money back by itself; it adds pressure.',
  'step.report.moveOn.ended': 'Go to court at the same time.',
  'step.report.moveOn': 'Carry on with your complaint or court claim at the same time.',
  'step.court.title': 'Send a final demand, then sue',
  'step.court.what':
    'Court is cheap for a small claim and can be done online. You can usually sue where the goods were to be delivered: the delivery address on your order.',
  'step.court.why':
    'You can sue where the contract was performed, which for goods sent to you is the delivery address. A claim up to ¥10,000 costs ¥50, usually halved to ¥25 where the court uses the simplified procedure, as for a small claim. A written demand restarts the 3-year time limit.',
  'step.court.what.service': 'Court is cheap for a small claim and can be done online.',
  'step.court.what.group-chat':
    'Court is cheap for a small claim and can be done online. You can usually sue where the goods were to be delivered: the address you gave the seller.',
  'step.court.what.cross-border':
    'Court can be done online, but a seller abroad takes it off the quick small-claims track (see below). A claim against the platform, where the law gives one, stays in China.',
  'step.court.takes.cross-border': 'A case with a party abroad takes longer than the small-claims track.',
  'step.court.why.service':
    'You can sue where the seller is based or where the contract was performed. A claim up to ¥10,000 costs ¥50, usually halved to ¥25 where the court uses the simplified procedure, as for a small claim. A written demand restarts the 3-year time limit.',
  'step.court.how.1': 'Send a last written demand in the chat, with a date.',
  'step.court.how.1.shop-closed':
    'Send a last written demand to the platform’s customer service (the shop no longer answers), with a date.',
  'step.court.how.2':
    'If the seller does not do what you asked by then, file online with the court for the delivery address and upload your evidence.',
  'step.court.how.2.service':
    'If the seller does not do what you asked by then, file online with the court where the seller is based or where the contract was performed, and upload your evidence.',
  'step.court.how.download':
    'A download or a key bought online and delivered online counts as performed where you live, so you can sue at your local court.',
  'step.court.takes':
    'Small claims are meant to end within 2 months of filing; a case that needs testing leaves the small-claims track.',
  'step.court.takes.service': 'Small claims are meant to end within 2 months of filing.',
  'step.court.moveOn': 'Of all the routes, going to court is the strongest. Get any settlement in writing.',
  'today.read-caveat':
    'Before you send this, read “Where the seller may be right” just below, and check that the reply fits your case.',
  'today.then.after-refusal':
    'Your request has been refused once already. This reply answers the refusal in writing and sets out the law behind your request: keep a screenshot of it for the steps that follow.',
  'today.then.go-on':
    'If the answer is no again, or there is no answer by the date in your message ({date} if you send it today), go to “{title}”.',
  'today.then.go-on.window-today':
    'The window to ask {platform} to step in closes today ({rule}: a platform rule, not law): after sending this message, go to “{title}” today as well, without waiting for an answer.',
  'today.then.go-on.window-tomorrow':
    'The window to ask {platform} to step in closes tomorrow, {date} ({rule}: a platform rule, not law): after sending this message, go to “{title}” today, or tomorrow at the latest, without waiting for an answer.',
  'today.then.go-on.window-passed':
    'The window to ask {platform} to step in may have closed on {closed} ({rule}: a platform rule, not law): that step says what to do if it will not take the case.',
  'today.then.go-on.now':
    'We have not confirmed when {platform}’s days to step in start for this kind of dispute, and they may already be running: after sending this message, go to “{title}” today as well, without waiting for an answer.',
  'today.then.go-on.taobao':
    'Taobao’s rule sets a time limit for starting a claim but gives no number: check it in the app today, and if it ends on or before {date}, go to “{title}” before it does.',
  'today.then.after-refusal.ask':
    'Your request has been refused once already. This message asks once more, politely and in writing: keep a screenshot of it.',
  'today.then.go-on.unseen':
    'We have not found how long the platform gives you to ask it to step in: check the time limit in the app today, and if it closes on or before {date}, go to “{title}” before it does, without waiting for an answer.',
  'today.then.after-refusal.demand':
    'Your request has been refused once already. This message puts it in writing, with the law behind it: keep a screenshot of it for the steps that follow.',
  'today.read-caveat.message':
    'Before you send this, read “Where the seller may be right” just below, and check that this message fits your case.',
  'today.read-food-caveat':
    'Before you send this, read “Where the seller may be right” just below: it says what you may have to show about the food.',
  'today.read-packaging-caveat':
    'Before you send this, check the item itself, and read “Where the seller may be right” just below: a damaged box alone may not be a quality problem.',
  'today.read-packaging-caveat.sealed':
    'Before you send this, look at the item without breaking its seal, and read “Where the seller may be right” just below: a damaged box alone may not be a quality problem.',
  'decides.platform': 'the platform, 12315 or a court',
  'decides.no-platform': '12315 or a court',
  'decides.court': 'a court',
  'today.demand-passed':
    'Did you already ask the seller to ship by a date, and has that date passed? If so, replace the sentence in the message that begins “我的要求是” with the one below, fill in both dates, and attach that chat.',
  'today.asked-in-time':
    'Did you ask the seller to take it back on or before {date}, the last of the 7 days after you received it?',
  'today.asked-in-time.refused':
    'The seller refused your request on {refused}, still within the 7 days after you received the item. Was what you asked for then a return?',
  'today.asked-in-time.hint':
    'Answer “yes” and every message asks for that return and says you asked for it in time; attach the record of it (chat or after-sales request). Whether a request made in time still counts is for {deciders} to decide.',
  'today.asked-in-time.said':
    'You said you asked for a return within the 7 days after you received the item: every message now asks for it and says so. Attach the record of it (chat or after-sales request). Whether a request made in time still counts is for {deciders} to decide.',
  'today.asked-in-time.hint.returned':
    'Answer “yes” and every message says you asked for the return within the 7 days, and claims the refund on that request; attach the record of it (chat or after-sales request). Whether a request made in time still counts is for {deciders} to decide.',
  'today.asked-in-time.said.returned':
    'You said you asked for a return within the 7 days after you received the item: every message says so, and claims the refund on that request. Attach the record of it (chat or after-sales request). Whether a request made in time still counts is for {deciders} to decide.',
  'today.food-keep': 'Keep what is left of the food sealed, with its packaging: it may need testing.',
  'today.price-terms':
    'Before you send it, check that the lower price falls within the price-protection terms: the period they cover and the prices they count.',
  'step.how.reply-instead':
    'If you already sent the reply shown under “Do this today”, do not send this message too: the reply asks for the same.',
  'step.punitive-damages.title': 'Consider claiming extra compensation',
  'step.punitive-damages.what.fraud':
    'If you can show the seller cheated you: {fraud} extra (3 times the price, at least ¥500).',
  'step.punitive-damages.what.food':
    'If the food breaks safety standards, you can claim {food} extra (10 times the price, at least ¥1,000) from the producer, or from a seller that sold it knowing it broke them.',
  'step.punitive-damages.what.food.ill':
    'If the food broke safety standards and harmed you, you can claim your losses, such as medical costs, from the seller, which must pay first. If it was made that way, or the seller knew it broke them, you can also claim 10 times the price or 3 times your loss, at least ¥1,000.',
  'step.punitive-damages.ten-times': 'Ten times this price is {food}.',
  'step.punitive-damages.how.1.meal':
    'Bring the evidence: photos or a video of the food, the bag and its seal, what is left of it kept sealed and cold, and a test report if the restaurant disputes the food’s condition.',
  'step.punitive-damages.what.fraud-and-food':
    'If you can show the seller cheated you: {fraud} extra (3 times the price, at least ¥500). If the food breaks safety standards, you can claim {food} extra (10 times the price, at least ¥1,000) from the producer, or from a seller that sold it knowing it broke them.',
  'step.punitive-damages.why':
    'This money is not automatic: you must prove the facts, usually in court or through 12315. Claim only what your evidence shows.',
  'step.punitive-damages.why.ended':
    'This money is not automatic: you must prove the facts, and a court decides. Claim only what your evidence shows.',
  'step.punitive-damages.how.1': 'Bring the evidence: a test report; for a fake or a lie, the listing as it was.',
  'step.punitive-damages.how.1.food':
    'Bring the evidence: photos of the food, and of its label if it has one, from the day it arrived, and a test report if the seller disputes the food’s condition.',
  'step.punitive-damages.how.where': 'Claim it in your court case or your complaint.',
  'step.punitive-damages.how.where.ended': 'Mediation has ended, so claim it in your court case.',
  'step.punitive-damages.takes': 'Part of the court case or complaint.',
  'step.punitive-damages.takes.ended': 'Part of the court case.',
  'step.punitive-damages.moveOn': 'Claim only what your evidence shows.',
  'step.private-seller.title':
    'A private seller: use the Civil Code’s contract rules, not the Consumer Rights Protection Law',
  'step.private-seller.what':
    'The Consumer Rights Protection Law (the 7-day return, 12315) protects you against businesses. Against a private person the Civil Code still gives you a remedy that fits what went wrong (the message below asks for it), and you can go to court. If the “private” seller in fact trades, a court may treat them as a business.',
  'step.private-seller.why':
    'Where performance does not match what was agreed, the buyer may reasonably choose a remedy that fits the goods and the loss, such as a repair, a replacement, a return or a lower price. A court looks at what, how often and how much someone sells to decide whether they are a business.',
  'step.private-seller.what.perform':
    'The Consumer Rights Protection Law (the 7-day return, 12315) protects you against businesses. Against a private person you can still ask, under the Civil Code, for what was agreed, or your money back or damages where that cannot be done, and go to court. If the “private” seller in fact trades, a court may treat them as a business.',
  'step.private-seller.what.moved':
    'The Consumer Rights Protection Law (the 7-day return, 12315) and the court rules on prepaid contracts are aimed at businesses. Against a private person, moving somewhere clearly harder for you to reach does not necessarily break the contract in itself: the message below asks them to agree to end it and refund what you have not used. If they refuse and you want to go to court, it turns on whether you agreed the service would be given at the old place, or whether they in fact run a business.',
  'step.private-seller.why.perform':
    'A party that does not perform as agreed must perform, put it right or pay damages; a court looks at what, how often and how much someone sells to decide whether they are a business.',
  'step.private-seller.why.moved':
    'A party that does not perform as agreed must perform, put it right or pay damages; where a breach defeats the purpose of the contract, the other party may end it. A court looks at what, how often and how much someone sells to decide whether they are a business.',
  'step.private-seller.how.1':
    'Send the seller the message below in the app’s chat, and keep the listing and the chat.',
  'step.private-seller.how.moved':
    'Against a private person, the court rule that lets you end a prepaid contract when a business moves and this makes it clearly harder to use may not apply, so the message below asks them to agree to end it and refund what you have not used. If you agreed the service would be given at the old place, add to the message 我们约定在【原地址】提供服务 (“We agreed the service would be given at [old address]”): not giving it at the agreed place is performance that does not match the contract. If they in fact run a business (a fixed place, members or pupils taken on over time), a court may treat them as a business, and then you can end the contract under the rule on moves: to do that, start the check again and answer that the seller is a business or shop.',
  'step.private-seller.how.moved.sum':
    'Work out the unused part and put it in the message: for lessons or sessions, what you paid divided by the number bought, times those you have not used.',
  'step.private-seller.takes': 'Give the seller about 3 days to answer.',
  'step.private-seller.moveOn':
    'If the seller refuses, use the platform’s dispute process if there is one, then court.',
  'step.complain-12315.how.group-chat':
    'A complaint needs a named business. If you know the seller only by a WeChat account, file a report (举报) instead, giving the WeChat ID (微信号, not only the nickname) and the transfer’s transaction number.',
  'step.court.how.seller-gone':
    'A claim needs a clearly named defendant. If the seller cannot be reached, give what the platform shows about them, and you can ask the court in writing to obtain the seller’s real-name details from the platform. Courts differ in how they handle this.',
  'step.court.how.ask-platform-details':
    'First ask the platform’s customer service, in the order, for the seller’s real name and contact details, and screenshot its answer.',
  'step.court.how.group-chat':
    'A claim needs a clearly named defendant. If you know the seller only by a WeChat account, ask the court in writing to obtain the account holder’s details from Tencent or Tenpay. Courts differ in how they handle this.',
  'step.moveOn.platform-window':
    'The time to ask {platform} to step in has been running since the seller refused or stopped answering: apply by {date} at the latest, even if the seller is still answering.',
  'step.moveOn.platform-window.unconfirmed':
    'JD’s rule gives 15 natural days to ask it to step in, but for delivery and cancellation disputes we have not confirmed the day they start: to be safe, apply by {date}, even if the seller is still answering.',
  'step.moveOn.refused-already':
    'Your request has been refused once already: instead of this step’s message, send the reply in “{title}”, which asks for the same.',
  'step.moveOn.refused-demand':
    'They have already said no once. If they say no again, or have not answered by the date in your message, go to “{title}”.',
  'step.moveOn.refused-now':
    'They have already said no once: ask {platform} to step in now, as “{title}” says, and keep answering in the chat alongside it.',
  'step.takes.short':
    'Give the seller until the date in your message: fewer days than usual, because the window to ask {platform} to step in closes on {date}.',
  'step.complain-12315.how.cross-border':
    'Name the platform as well as the seller abroad: the platform is in mainland China, and if it cannot give the seller’s real name, address and contact details, you can claim from the platform.',
  'step.complain-12315.how.tour':
    'For a package tour you can also complain to the local tourism complaint office (旅游投诉受理机构), which local governments must set up: it deals with the complaint or passes it on, and can mediate.',
  'step.complain-12315.how.shop-closed':
    'Name the platform as well as the shop: if the platform cannot give the seller’s real name, address and contact details, you can claim from the platform.',
  'step.court.how.shop-closed':
    'If the shop cannot be found and the platform could not give the seller’s real name, address and contact details, you can claim from the platform itself.',
  'step.court.how.price-fraud':
    'What you can ask the court for: 3 times the price (at least ¥500) if the seller deceived you on purpose. You must prove the deceit, and the court decides whether the “original price” was false.',
  'step.court.how.1.price-fraud': 'First ask the shop for that sum in writing, in the chat, with a date to answer by.',
  'step.court.how.cross-border':
    'A seller abroad makes a court case harder: a case with a party abroad is not heard as a small claim. A claim against the platform, where the law lets you make one, stays in China.',
  'step.payment-complaint.title': 'Complain through the payment app',
  'step.payment-complaint.what':
    'You paid the seller directly. If you paid a business through WeChat Pay or Alipay (a payment to a merchant), their complaint routes can help: find the payment in your bill and complain there. A transfer, a red packet or a payment to a personal QR code is person-to-person, and as far as we know it is outside these routes.',
  'step.payment-complaint.what.in-app':
    'You paid in the shop’s own app or mini program, so the payment went to a merchant. If you paid through WeChat Pay or Alipay, complain about it there: find the payment in your bill and complain about the merchant. A WeChat mini program also has its own transaction complaint (交易投诉), in which WeChat can find the merchant at fault and refund you.',
  'step.payment-complaint.why':
    'There is no platform to step in, so the payment app is the nearest help. It is a service route, not a legal right; keep every record.',
  'step.payment-complaint.why.in-app':
    'These are WeChat’s and Alipay’s own rules for merchants, not law: WeChat Pay gives a merchant 24 hours to reply and 72 hours to resolve a complaint. They can be quicker than 12315; keep every record.',
  'step.payment-complaint.how.1':
    'Open the payment in the app’s bill (账单) and look for 投诉 or 申请退款. Labels change: check your app.',
  'step.payment-complaint.takes': 'Days to weeks.',
  'step.payment-complaint.moveOn': 'If the seller has vanished with your money, report it to the police.',
  'step.report-fraud.title': 'If the seller took the money and vanished, report it to the police',
  'step.report-fraud.what':
    'Nothing arrived and the seller has gone quiet. If they never meant to deliver (for example they blocked you after you paid), that may be fraud: report it on 110 or through the online police report, and ask for the receipt (受案回执).',
  'step.report-fraud.why':
    'The police must give you a receipt when they accept a report, and only they can have a payment stopped or frozen, so go quickly. If the seller is still there and argues, the police usually treat it as a dispute: then complain to 12315 or go to court.',
  'step.report-fraud.how.1':
    'Bring your ID, the seller’s WeChat ID (not only the nickname), their profile, the whole chat and the transaction number (交易单号); if they blocked you, proof of that too. 96110 is the anti-fraud line for advice; 110 is for reporting.',
  'step.report-fraud.how.2':
    'If the police refuse to open a case, you can ask them to reconsider within 7 days of getting the written refusal.',
  'step.report-fraud.takes': 'Report the same day you find the seller gone.',
  'step.report-fraud.moveOn': 'Keep the receipt. The payment complaint and a court claim stay open alongside it.',
  'step.still-possible.title': 'What you can still do',
  'step.still-possible.how.1':
    'Ask the seller politely in the chat; a seller may agree even where the law does not require it.',
  'step.still-possible.how.refused':
    'The seller has said no, and here the law may be on its side. You can ask once more in the chat, as a favour.',
  'step.still-possible.how.refused.excluded':
    'The seller has said no, and the law is on its side: these goods have no 7-day no-reason return. You can ask once more, politely, as a favour.',
  'step.still-possible.how.refused.postage':
    'The seller wants you to pay the return postage, and here the law may be on its side. You can ask once more in the chat whether it will pay it, as a favour.',
  'step.still-possible.how.prepaid':
    'Work out the sum before you send the message: what you paid, less what you have used. If you had a discount, count what you used at the price before it. Put the sum in the message.',
  'step.still-possible.how.prepaid-after':
    'If the shop still says no, you can complain to 12315, which mediates if both sides agree, or go to court, which may order part of the money back. The result is not certain.',
  'step.still-possible.takes': 'A few days.',
  'step.still-possible.moveOn':
    'If things change (the item turns out faulty, or the service is not provided as agreed), start the check again and choose the answer that fits.',
  'step.still-possible.moveOn.presale':
    'If the seller changed the pre-sale terms or did not ship on time, start the check again and choose the answer that fits.',
  'step.still-possible.moveOn.goods':
    'If things change (the item turns out faulty, or not as described), start the check again and choose the answer that fits.',
  'deadline.no-reason-return.label': 'Last day to ask for a 7-day no-reason return',
  'deadline.no-reason-return.note': 'The 7 days start the day after you signed.',
  'deadline.no-reason-return.afterwards':
    'The no-reason return has passed; if you asked by this day, your request still stands. If the item is faulty or not as described, you can still ask for a repair or a replacement, and a return where the problem defeats the purpose of the purchase.',
  'deadline.cooling-off.label': 'Last day to ask for your prepayment back without giving a reason',
  'deadline.cooling-off.note':
    'The 7 days start the day after you paid. Ask in writing, in the chat, so the date is on record.',
  'deadline.cooling-off.afterwards':
    'The 7 days have passed. If the business does not provide the service as agreed, you can still ask for the unused prepayment back.',
  'deadline.quality-return.label': 'Last day to return a faulty item under the 7-day quality rule',
  'deadline.quality-return.afterwards':
    'You can still ask for a replacement or a repair, and a return where the fault defeats the purpose of the purchase.',
  'deadline.quality-return.afterwards.returned':
    'The item is back with the seller. If the problem defeats the purpose of the purchase, the return stands and the seller owes the refund; if not, the seller may instead repair, replace or make up the item and send it back to you.',
  'deadline.quality-return.afterwards.returned.wrong-or-missing-items':
    'The item is back with the seller. If the mistake defeats the purpose of the purchase, the return stands and the seller owes the refund. If not, the seller may put it right instead: send the right item, send what is missing or refund that part, and send the rest back to you.',
  'deadline.quality-return.afterwards.returned.missing-items':
    'The item is back with the seller. If what is missing defeats the purpose of the purchase, the return stands and the seller owes the refund. If not, the seller may instead send what is missing or refund that part, and send the item back to you.',
  'deadline.quality-return.afterwards.returned.wrong-item':
    'The item is back with the seller. If the wrong item defeats the purpose of the purchase, the return stands and the seller owes the refund. If not, the seller may instead send the right item; if it still does not within a reasonable time, it owes the refund.',
  'deadline.quality-return.afterwards.returned.not-as-described':
    'The item is back with the seller. If the difference defeats the purpose of the purchase, the return stands and the seller owes the refund. If not, the seller may instead send an item that matches the description, or lower the price and send the item back to you.',
  'deadline.quality-return.afterwards.returned.packaging':
    'The item is back with the seller. If only the box was damaged, the seller may instead replace the packaging or lower the price, and send the item back to you. If the item itself is damaged too, go back and change your answers.',
  'deadline.quality-return.afterwards.returned.consumable':
    'The item is back with the seller. If the problem defeats the purpose of the purchase, the return stands and the seller owes the refund; if not, the seller may instead send you a sound replacement.',
  'deadline.quality-return.afterwards.returned.consumable.part':
    'The item is back with the seller. The part that went bad does not match what was agreed, so you can end the contract for that part, and the seller owes its price.',
  'deadline.quality-return.afterwards.returned.counterfeit-goods':
    'The item is back with the seller. A fake usually defeats the purpose of the purchase: the return stands, and the seller owes the refund and the costs.',
  'deadline.quality-return.afterwards.asked-in-time':
    'You said you asked for a return on or before this day: the messages rest on that request. Whether it still counts is for {deciders} to decide; if it does not, what follows still holds.',
  'deadline.quality-return.afterwards.not-as-described':
    'You can still ask for an item that matches the description or a lower price, and a return where the difference defeats the purpose of the purchase.',
  'deadline.quality-return.afterwards.wrong-or-missing-items':
    'You can still ask for the right item or what is missing, and a return where the mistake defeats the purpose of the purchase.',
  'deadline.quality-return.afterwards.wrong-item':
    'You can still ask for the right item, and a return if the seller still does not send it within a reasonable time after you ask, or if the wrong item defeats the purpose of the purchase.',
  'deadline.quality-return.afterwards.missing-items':
    'You can still ask for what is missing, and a refund for it if the seller still does not send it within a reasonable time. If what is missing defeats the purpose of the purchase, the whole order can go back.',
  'deadline.quality-return.afterwards.packaging':
    'You can still ask for intact packaging or a lower price, and more if the item itself turns out damaged.',
  'deadline.quality-return.afterwards.counterfeit-goods':
    'A fake usually defeats the purpose of the purchase: you can still end the contract and send it back, at the seller’s cost.',
  'deadline.quality-return.afterwards.send-what-is-right':
    'You can still ask for the right item or what is missing to be sent: that does not depend on these 7 days.',
  'deadline.quality-return.afterwards.refund-missing-part':
    'You can still ask for the price of what is missing back: that does not depend on these 7 days.',
  'deadline.quality-return.afterwards.consumable':
    'You can still ask for a replacement, and a return where the fault defeats the purpose of the purchase.',
  'deadline.burden-of-proof.label':
    'Durable goods: for a defect you find by this date, the seller carries the burden of proof',
  'deadline.burden-of-proof.note':
    'The law lists cars, computers, TVs, fridges, air conditioners, washing machines and similar (等) durable goods.',
  'deadline.burden-of-proof.afterwards':
    'You may now need to show the defect yourself, for example with a test report.',
  'deadline.burden-of-proof-if-durable.label':
    'If your appliance counts as durable goods: for a defect you find by this date, the seller carries the burden of proof',
  'deadline.burden-of-proof-if-durable.note':
    'The law lists cars, computers, TVs, fridges, air conditioners and washing machines, then says “and similar” (等). Your appliance is not among them, the law does not say whether it counts, and the seller may dispute it.',
  'deadline.defect-notice.label':
    'Outer limit to tell the seller about a defect (tell it as soon as you find one; if there is no warranty period)',
  'deadline.defect-notice.note':
    'Tell the seller within a reasonable time of finding the problem, or of when you should have found it (a problem you can see, usually on delivery), and at most 2 years after you received it. If the item has a warranty period (质量保证期), that period applies instead of the 2 years, whether it is shorter or longer. If the seller knew or should have known of the defect, there is no limit.',
  'deadline.defect-notice.afterwards':
    'Unless the seller knew of the defect or a warranty period still runs, this route may be closed. Ask a lawyer.',
  'deadline.limitation.label': 'Latest day to go to court (3-year time limit)',
  'deadline.limitation.label.if-claim': 'Latest day to go to court, if you later have a claim (3-year time limit)',
  'deadline.limitation.note.received':
    'Counted from the day you received the item, to be safe. Every written demand to the seller restarts the 3 years.',
  'deadline.limitation.note.ordered':
    'Counted from the order date, to be safe. Every written demand to the seller restarts the 3 years.',
  'deadline.harm-limitation.label':
    'To be safe: last day to sue or claim in writing for the harm to your health (2-year time limit)',
  'deadline.harm-limitation.note.received':
    'A claim for harm caused by a defective product has 2 years from when you knew, or should have known, of the harm. To be safe, this counts from the day you received it. Make every claim linked to the illness by this date, in court or in writing: the medical and other costs, and the 10 times the price (or 3 times the loss). Each written demand restarts the 2 years. The refund has 3 years.',
  'deadline.harm-limitation.note.received.no-ten-times':
    'A claim for harm caused by a defective product has 2 years from when you knew, or should have known, of the harm. To be safe, this counts from the day you received it. Make every claim linked to the illness by this date, in court or in writing, such as the medical and other costs. Each written demand restarts the 2 years. The refund has 3 years.',
  'deadline.harm-limitation.note.ordered':
    'A claim for harm caused by a defective product has 2 years from when you knew, or should have known, of the harm. To be safe, this counts from the day you ordered. Make every claim linked to the illness by this date, in court or in writing: the medical and other costs, and the 10 times the price (or 3 times the loss). Each written demand restarts the 2 years. The refund has 3 years.',
  'deadline.harm-limitation.note.ordered.no-ten-times':
    'A claim for harm caused by a defective product has 2 years from when you knew, or should have known, of the harm. To be safe, this counts from the day you ordered. Make every claim linked to the illness by this date, in court or in writing, such as the medical and other costs. Each written demand restarts the 2 years. The refund has 3 years.',
  'deadline.harm-limitation.afterwards':
    'If you knew of the harm more than 2 years ago, the other side may refuse to pay for it as out of time, unless you demanded compensation in writing or went to court in the meantime. If you only became unwell after this date, the 2 years run from then. Consider asking a lawyer.',
  'deadline.limitation.afterwards':
    'The seller can now refuse to pay because of the time limit, unless you demanded performance in writing within the last 3 years.',
  'deadline.jd-intervention.label': 'Last day to ask JD to step in',
  'deadline.jd-intervention.note':
    'JD’s own rule (version in force 4 July 2025), not law: 15 natural days after the seller rejected your after-sales request.',
  'deadline.jd-intervention.note.order':
    'JD’s own rule (version in force 4 July 2025), not law: 15 natural days for delivery and cancellation disputes. We have not confirmed the day they start, so this counts from the seller’s refusal: apply as soon as you can.',
  'deadline.jd-intervention.afterwards':
    'JD may no longer step in. Your legal rights are not affected: 12315 and the courts are still open.',
  'deadline.jd-appeal.label': 'Last day to appeal JD’s decision (申诉)',
  'deadline.jd-appeal.note':
    'JD’s Open Platform dispute rules (version in force 4 July 2025), a platform rule, not law: 7 natural days after the dispute closes. Counted here from the day you recorded JD’s decision; if the dispute closed later, count from that day. The rule does not cover goods JD sells itself (自营).',
  'deadline.jd-appeal.afterwards':
    'Counted from the day you recorded, JD no longer takes an appeal (unless the dispute closed within the last 7 days). Your legal rights are not affected: 12315 and the courts are still open.',
  'deadline.refund-due.label': 'The seller’s refund is due by',
  'deadline.refund-due.note': '7 days from the day the seller received your return.',
  'deadline.refund-due.afterwards':
    'The refund is late. Taking more than 15 days from receiving the return can be fined: report it as well as complaining.',
  'deadline.refund-due.afterwards.conditional':
    'If the seller’s reason does not hold, the refund is late, and taking more than 15 days can be penalised.',
  'deadline.refund-due.afterwards.ended':
    'The refund is late. Taking more than 15 days from receiving the return can be fined: you can still report it, though mediation has ended.',
  'deadline.refund-due.afterwards.disputed':
    'If the item reached the seller intact, the refund is late, and more than 15 days from receiving it can be fined. Whether it did is the question the seller raised: see “Where the seller may be right”.',
  'deadline.wechat-intervention.label': 'Last day to ask WeChat Store to step in',
  'deadline.wechat-intervention.note':
    'A platform rule from WeChat Store’s developer documents, not law: 7 days after the seller rejects your request.',
  'deadline.wechat-intervention.afterwards': 'The platform may no longer step in. 12315 and the courts are still open.',
  'deadline.regulator-reply.label':
    'If you complain to 12315 on {filed}, the regulator must deal with it and tell you by this date',
  'deadline.regulator-reply.note.covered':
    '7 working days, counted on the official calendar of public holidays and make-up working days.',
  'deadline.regulator-reply.note.uncovered':
    '7 working days. Part of this period falls in a year whose official holiday calendar is not published yet, so only weekends were skipped there: the real date may be later.',
  'deadline.reply-by.label': 'The day your message asks for an answer by',
  'deadline.reply-by.note': 'If there is no answer by then, or the answer is no, go to “{title}”.',
  'deadline.reply-by.note.window-today':
    'Do not wait for this day: the window to ask {platform} to step in closes today ({rule}: a platform rule, not law), so go to “{title}” today.',
  'deadline.reply-by.note.window-tomorrow':
    'Do not wait for this day: the window to ask {platform} to step in closes on {date} ({rule}: a platform rule, not law), so go to “{title}” by then.',
  'deadline.reply-by.note.window-passed':
    'If there is no answer by then, or the answer is no, go to “{title}”. The window to ask {platform} to step in may have closed on {closed} ({rule}: a platform rule, not law): that step says what to do if it will not take the case.',
  'deadline.reply-by.note.now':
    'Do not wait for this day: go to “{title}” now, as that step says, since we have not confirmed when {platform}’s days for this kind of dispute start.',
  'deadline.reply-by.note.unseen':
    'If there is no answer by then, or the answer is no, go to “{title}”; go sooner if the time limit the app shows for asking the platform ends on or before this day.',
  'deadline.reply-by.note.court':
    'If the seller has not done what your final demand asks by then, file your claim with the court (“{title}”).',
  'deadline.reply-by.note.police':
    'If the seller has gone (blocked you, left the group, stopped answering), do not wait for this day: go to “{title}” as soon as you find them gone.',
  'deadline.reply-by.note.last': 'By then, check what the seller has done.',
  'deadline.reply-by.counted':
    'Like today’s message, this date is counted from today. If you sent the message on an earlier day, go by the date written in it.',
  'evidence.order-page': 'Screenshot of the order page (order number, date, price)',
  'evidence.payment': 'The payment record',
  'evidence.listing': 'The listing as it was when you bought (save or screenshot it)',
  'evidence.listing.booking':
    'The booking page with its refund and change rules, as shown when you booked (save or screenshot it)',
  'evidence.listing.group-chat': 'What the seller posted about the item: photos, description and price (screenshots)',
  'evidence.order-page.group-chat': 'The record of the deal: the item, price and date you agreed (chat screenshots)',
  'evidence.chat.group-chat': 'The whole chat with the seller, and their account ID (not only the nickname)',
  'evidence.chat': 'The whole chat with the seller, inside the platform',
  'evidence.unboxing': 'An unboxing video, if you made one',
  'evidence.tracking': 'The courier tracking, including who signed and where',
  'evidence.tracking.in-transit': 'The tracking, with the time and place of its last update (if it was sent)',
  'evidence.test-report': 'A test or inspection report',
  'evidence.brand-answer':
    'The brand’s answer that the item is not genuine, in writing (a screenshot or a written statement)',
  'evidence.stream-recording': 'A screen recording or replay of the live stream',
  'evidence.product-kept': 'The product and its packaging, kept as they are',
  'evidence.product-kept.sent-back': 'Whatever of the food you kept back (if any), with its packaging, sealed',
  'evidence.product-kept.meal': 'What is left of the food, and its bag, sealed and kept in the fridge',
  'evidence.medical-records': 'Medical records and receipts, if anyone was harmed',
  'evidence.medical-records.harmed': 'Medical records and receipts',
  'evidence.product-kept.weighed': 'The packaging and its weight label; a photo of the item on a scale',
  'evidence.deposit-terms': 'The pre-sale terms, showing whether the deposit was called 定金 or 订金',
  'evidence.return-receipt': 'The courier receipt and tracking number of your return',
  'evidence.photos': 'Photos or a video of the problem, with the item and parcel label in view',
  'evidence.photos.meal': 'Photos or a video of the food, the bag and its seal',
  'evidence.photos.later': 'Photos or a video that show the problem',
  'evidence.photos.sent-back': 'Photos or a video of the problem taken before you sent it back, if any',
  'evidence.unboxing.filmed': 'Your unboxing video',
  'evidence.parcel-weight': 'The parcel weight on the courier record (tracking details, or ask the courier)',
  'evidence.photos-before-return': 'Photos of the item and its packing before you sent it back, if you took any',
  'evidence.platform-decision': 'The platform’s decision, with its reasons (screenshot)',
  'evidence.mediation-ended-notice': '12315’s notice that mediation ended (text message or screenshot)',
  'evidence.photos.pickup':
    'Photos or a video of the problem, with the item in view, taken at the pickup point if you can',
  'evidence.lower-price': 'A screenshot of the same item at the lower price, with the date and time',
  'evidence.past-prices':
    'What the shop really charged in the 7 days before it showed the “original price”, such as dated screenshots',
  'evidence.seller-listings':
    'Screenshots of the seller’s other listings and sales: the same model, how many, how often (save them now: they can be deleted)',
  'excuse.not-a-quality-issue.meal.why':
    'Taste, portion size or food that cooled on the way is not a quality problem. If that is all, the restaurant may refuse.',
  'excuse.not-a-quality-issue.meal.still':
    'Spoiled food or a foreign object is different: send the photos you took at once, and keep the food cold and sealed.',
  'excuse.not-a-quality-issue.test.why':
    'If the item was dropped, got wet or was damaged in use, a test will show it, and the seller may refuse the return.',
  'excuse.not-a-quality-issue.test.still':
    'Offer a test by the brand’s service centre or an independent lab. If the fault is the goods’ own, the seller must take them back.',
  'excuse.not-a-quality-issue.test.returned.why':
    'If the item was dropped, got wet or was damaged in use, a test will show it, and the seller may refuse the refund.',
  'excuse.not-a-quality-issue.test.returned.still':
    'Offer a test by the brand’s service centre or an independent lab. If the fault is the goods’ own, the seller must refund you.',
  'excuse.not-a-quality-issue.fake.why':
    'The seller may insist the item is genuine. A written answer from the brand is evidence, but the seller may dispute it; if you cannot agree, a testing body’s test is the stronger proof.',
  'excuse.not-a-quality-issue.fake.why.taobao':
    'Under Taobao’s dispute rule (version in force 15 August 2025; a platform rule, not law) the seller must first show papers for where the item came from; if it does, you must give a test report or other proof when Taobao asks.',
  'excuse.not-a-quality-issue.fake.still':
    'Ask the brand for a written answer, or offer a test by a testing body. If it is shown to be fake, you can end the contract and send it back, at the seller’s cost: a fake usually defeats the purpose of the purchase.',
  'excuse.not-a-quality-issue.fake.still.in-time':
    'Ask the brand for a written answer, or offer a test by a testing body. If it is shown to be fake, the seller must accept the return you ask for within the 7 days after delivery, at its cost.',
  'excuse.not-a-quality-issue.fake.still.returned':
    'Ask the brand for a written answer, or offer a test by a testing body. If it is shown to be fake, the seller must refund you.',
  'excuse.not-a-quality-issue.fake.brand':
    'Keep the brand’s answer that it is not genuine; if it is not in writing yet, ask the brand for it in writing, or take a screenshot. If the seller disputes it, offer a test by a testing body.',
  'excuse.not-a-quality-issue.fake.test':
    'You already have a test report: send it with your message to the seller and the platform. If the seller disputes it, offer a test by a testing body you both agree on.',
  'excuse.not-a-quality-issue.fake.test.no-platform':
    'You already have a test report: send it with your message to the seller, and include it with your complaint to the regulator. If the seller disputes it, offer a test by a testing body you both agree on.',
  'excuse.not-a-quality-issue.fake.test.complaint':
    'You already have a test report: include it with your complaint to the regulator, and file it as evidence if you go to court. If the seller disputes it, offer a test by a testing body you both agree on.',
  'excuse.not-a-quality-issue.fake.test.court':
    'You already have a test report: file it as evidence when you go to court; the seller may dispute it.',
  'excuse.not-a-quality-issue.fake.brand.still':
    'If it is shown to be fake, you can end the contract and send it back, at the seller’s cost: a fake usually defeats the purpose of the purchase.',
  'excuse.not-a-quality-issue.fake.brand.still.in-time':
    'If it is shown to be fake, the seller must accept the return you ask for within the 7 days after delivery, at its cost.',
  'excuse.not-a-quality-issue.fake.brand.still.returned': 'If it is shown to be fake, the seller must refund you.',
  'excuse.not-a-quality-issue.test.asked.why':
    'If the item was dropped, got wet or was damaged in use, a test will show it, and the seller may refuse the return.',
  'excuse.not-a-quality-issue.test.asked.still':
    'Offer a test by the brand’s service centre or an independent lab. If the fault is the goods’ own, the seller must take them back on the request you made within the 7 days. Whether that request still counts is for {deciders} to decide; if it does not, this is what the law gives after the 7 days.',
  'excuse.not-a-quality-issue.test.asked.returned.why':
    'If the item was dropped, got wet or was damaged in use, a test will show it, and the seller may refuse the refund.',
  'excuse.not-a-quality-issue.test.asked.returned.still':
    'Offer a test by the brand’s service centre or an independent lab. If the fault is the goods’ own, the seller must refund you on the return you asked for within the 7 days. Whether that request still counts is for {deciders} to decide; if it does not, this is what the law gives after the 7 days.',
  'excuse.signed-for-no-refund.visible.why':
    'If what you signed listed the goods (quantity, model), the law presumes you checked their outside when you signed. Damage you can see, raised after signing, is where the seller may say it happened after delivery.',
  'excuse.signed-for-no-refund.visible.still':
    'Evidence can overturn that presumption: an unboxing video, photos from the day of delivery, a message to the seller that day. Send what you have with the reply. Faults you cannot see from outside are not covered by it.',
  'excuse.signed-for-no-refund.visible.still.later':
    'Evidence can overturn that presumption: an unboxing video, photos from the day of delivery, a message to the seller that day. Submit what you have with your later messages, your complaint or your court claim. Faults you cannot see from outside are not covered by it.',
  'excuse.signed-for-no-refund.visible.still.court':
    'Evidence can overturn that presumption: an unboxing video, photos from the day of delivery, a message to the seller that day. Mention what you have in your last written demand, and file it as evidence in court. Faults you cannot see from outside are not covered by it.',
  'excuse.not-a-quality-issue.test.late.why':
    'If the item was dropped, got wet or was damaged in use, a test will show it, and the seller may refuse what you ask.',
  'excuse.not-a-quality-issue.test.late.still':
    'Offer a test by the brand’s service centre or an independent lab. If it shows the fault is the goods’ own, this is what the law gives after the 7 days.',
  'excuse.not-a-quality-issue.durable.why':
    'The law puts the proof on the seller, but that does not make the seller wrong. If the item really was knocked, dropped or damaged in use and the seller shows it, for example with a test, it may refuse.',
  'excuse.not-a-quality-issue.durable.still': 'Ask the seller for its test result: the proof is its to give.',
  'excuse.not-a-quality-issue.maybe-durable':
    'The law’s list of durable goods ends with “and similar” (等), so your appliance may count. If it does, for a defect you find within 6 months of delivery, the burden of proof is the seller’s. Whether your appliance counts is for {deciders} to decide, so your messages do not claim it. To claim it, add to your message to the seller: “本商品属于《消费者权益保护法》第二十三条所说的耐用商品，我在收货后六个月内发现了瑕疵，应由贵店承担举证责任。” (“This item is one of the durable goods under Article 23 of the Consumer Rights Protection Law, and I found the defect within six months of delivery, so the burden of proof is yours.”)',
  'excuse.not-a-quality-issue.maybe-durable.others':
    'When you ask the platform to step in or complain, you can add it too, naming “the seller” (卖家) instead of “you” (贵店).',
  'excuse.not-a-quality-issue.maybe-durable.others.no-platform':
    'When you complain, you can add it too, naming “the seller” (卖家) instead of “you” (贵店).',
  'excuse.not-a-quality-issue.maybe-durable.complaint':
    'The law’s list of durable goods ends with “and similar” (等), so your appliance may count. If it does, for a defect you find within 6 months of delivery, the burden of proof is the seller’s. Whether your appliance counts is for {deciders} to decide, so your messages do not claim it. To claim it, add to your complaint: “本商品属于《消费者权益保护法》第二十三条所说的耐用商品，我在收货后六个月内发现了瑕疵，应由卖家承担举证责任。” (“This item is one of the durable goods under Article 23 of the Consumer Rights Protection Law, and I found the defect within six months of delivery, so the burden of proof is the seller’s.”)',
  'excuse.not-a-quality-issue.maybe-durable.court':
    'The law’s list of durable goods ends with “and similar” (等), so your appliance may count. If it does, for a defect you find within 6 months of delivery, the burden of proof is the seller’s. Whether your appliance counts is for {deciders} to decide, so your messages do not claim it. To claim it, add to your last written demand: “本商品属于《消费者权益保护法》第二十三条所说的耐用商品，我在收货后六个月内发现了瑕疵，应由贵店承担举证责任。” (“This item is one of the durable goods under Article 23 of the Consumer Rights Protection Law, and I found the defect within six months of delivery, so the burden of proof is yours.”) When you go to court, you can claim it there too.',
  'excuse.deadline-passed.fault.why':
    'The seller is right that the 7 days after delivery for a return have passed. If you asked for a return within them, answer the question in “Do this today”; whether it still counts is for {deciders} to decide.',
  'excuse.deadline-passed.fault.why.refused':
    'When the seller refused you on {refused}, the 7 days after delivery had not passed, so “past the deadline” was wrong then; they have passed now. If what you asked for then was a return, answer the question in “Do this today”; whether it still counts is for {deciders} to decide.',
  'excuse.deadline-passed.fault.why.asked':
    'The seller is right that the 7 days after delivery for a return have passed. You said you asked for a return within them; whether a request made in time still counts is for {deciders} to decide.',
  'excuse.deadline-passed.fault.why.asked.refused':
    'When the seller refused you on {refused}, the 7 days after delivery had not passed, so “past the deadline” was wrong then; they have passed now. Whether a request made in time still counts is for {deciders} to decide.',
  'excuse.deadline-passed.fault.why.other':
    'The seller is right that the 7 days after delivery for a return have passed, and what you asked for within them was not a return.',
  'excuse.deadline-passed.fault.why.other.refused':
    'When the seller refused you on {refused}, the 7 days after delivery had not passed, so “past the deadline” was wrong then; they have passed now, and what you asked for then was not a return.',
  'excuse.deadline-passed.fault.why.no-return':
    'The seller is right that the 7 days after delivery for a return have passed; your message does not ask for a return of the whole order anyway.',
  'excuse.deadline-passed.fault.why.no-return.refused':
    'When the seller refused you on {refused}, the 7 days after delivery had not passed, so “past the deadline” was wrong then; they have passed now, and your message does not ask for a return of the whole order anyway.',
  'excuse.deadline-passed.fault.why.no-return.refused.no-reason':
    'When the seller refused you on {refused}, the 7 days after delivery had not passed, so “past the deadline” was wrong then; they have passed now. If what you asked for then was a 7-day no-reason return, you asked in time: send the record of that day (the chat or the after-sales request) to the seller and the platform, and ask for the return and refund on that request (the item must be intact, and you usually pay the return postage). You can write: “我已于【日期】（收货后7天内）申请7天无理由退货，贵店以过了期限为由拒绝。请按该申请办理退货退款。” (“On [date], within 7 days of delivery, I asked for a 7-day no-reason return, and you refused it as too late. Please process the return and refund on that request.”) If you ask for this, do not also ask for new packaging or a lower price; when you ask the platform to step in or complain, ask the same, naming “the seller” (卖家) instead of “you” (贵店). Whether that request still counts is for {deciders} to decide.',
  'excuse.deadline-passed.fault.why.no-return.refused.no-reason.complaint':
    'When the seller refused you on {refused}, the 7 days after delivery had not passed, so “past the deadline” was wrong then; they have passed now. If what you asked for then was a 7-day no-reason return, you asked in time. Attach the record of that day (the chat or the after-sales request) to your complaint, and write: “我已于【日期】（收货后7天内）申请7天无理由退货，卖家以过了期限为由拒绝。请求按该申请退货退款。” (“On [date], within 7 days of delivery, I asked for a 7-day no-reason return, and the seller refused it as too late. I ask for the return and refund on that request.”) The item must be intact, and you usually pay the return postage. If you ask for this, do not also ask for new packaging or a lower price. Whether that request still counts is for {deciders} to decide.',
  'excuse.deadline-passed.fault.why.no-return.refused.no-reason.court':
    'When the seller refused you on {refused}, the 7 days after delivery had not passed, so “past the deadline” was wrong then; they have passed now. If what you asked for then was a 7-day no-reason return, you asked in time. In your last written demand you can write: “我已于【日期】（收货后7天内）申请7天无理由退货，贵店以过了期限为由拒绝。请按该申请办理退货退款。” (“On [date], within 7 days of delivery, I asked for a 7-day no-reason return, and you refused it as too late. Please process the return and refund on that request.”) When you go to court, file the record of that day (the chat or the after-sales request) as evidence. The item must be intact, and you usually pay the return postage. If you ask for this, do not also ask for new packaging or a lower price. Whether that request still counts is for {deciders} to decide.',
  'excuse.deadline-passed.fault.why.no-return.refused.no-reason.returned.complaint':
    'When the seller refused you on {refused}, the 7 days after delivery had not passed, so “past the deadline” was wrong then; they have passed now. If what you asked for then was a 7-day no-reason return, you asked in time, and the refund can rest on that request. Attach the record of that day (the chat or the after-sales request) to your complaint, and write: “我已于【日期】（收货后7天内）申请7天无理由退货，卖家以过了期限为由拒绝。商品已退回，请求按该申请退款。” (“On [date], within 7 days of delivery, I asked for a 7-day no-reason return, and the seller refused it as too late. The item has been sent back; I ask for the refund on that request.”) Whether that request still counts is for {deciders} to decide.',
  'excuse.deadline-passed.fault.why.no-return.refused.no-reason.returned':
    'When the seller refused you on {refused}, the 7 days after delivery had not passed, so “past the deadline” was wrong then; they have passed now. If what you asked for then was a 7-day no-reason return, you asked in time, and the refund can rest on that request: attach the record of that day (the chat or the after-sales request). You can write: “我已于【日期】（收货后7天内）申请7天无理由退货，贵店以过了期限为由拒绝。商品已退回，请按该申请退款。” (“On [date], within 7 days of delivery, I asked for a 7-day no-reason return, and you refused it as too late. The item has been sent back; please refund me on that request.”) Whether that request still counts is for {deciders} to decide.',
  'excuse.deadline-passed.fault.still':
    'A replacement or a repair is still yours, and a return where the fault defeats the purpose of the purchase, at the seller’s cost.',
  'excuse.deadline-passed.fault.still.returned':
    'The item is back with the seller. If the problem defeats the purpose of the purchase, the return stands and the seller owes the refund; if not, the seller may instead repair, replace or make up the item and send it back to you.',
  'excuse.deadline-passed.fault.still.returned.wrong-or-missing-items':
    'The item is back with the seller. If the mistake defeats the purpose of the purchase, the return stands and the seller owes the refund. If not, the seller may put it right instead: send the right item, send what is missing or refund that part, and send the rest back to you.',
  'excuse.deadline-passed.fault.still.returned.missing-items':
    'The item is back with the seller. If what is missing defeats the purpose of the purchase, the return stands and the seller owes the refund. If not, the seller may instead send what is missing or refund that part, and send the item back to you.',
  'excuse.deadline-passed.fault.still.returned.wrong-item':
    'The item is back with the seller. If the wrong item defeats the purpose of the purchase, the return stands and the seller owes the refund. If not, the seller may instead send the right item; if it still does not within a reasonable time, it owes the refund.',
  'excuse.deadline-passed.fault.still.returned.not-as-described':
    'The item is back with the seller. If the difference defeats the purpose of the purchase, the return stands and the seller owes the refund. If not, the seller may instead send an item that matches the description, or lower the price and send the item back to you.',
  'excuse.deadline-passed.fault.still.returned.packaging':
    'The item is back with the seller. If only the box was damaged, the seller may instead replace the packaging or lower the price, and send the item back to you. If the item itself is damaged too, go back and change your answers.',
  'excuse.deadline-passed.fault.still.returned.consumable':
    'The item is back with the seller. If the problem defeats the purpose of the purchase, the return stands and the seller owes the refund; if not, the seller may instead send you a sound replacement.',
  'excuse.deadline-passed.fault.why.plain':
    'The seller is right that the 7 days after delivery for a return have passed. If you asked for a return within them, say so and show that chat; whether it still counts is for {deciders} to decide.',
  'excuse.deadline-passed.fault.still.not-as-described':
    'An item that matches the description, or a lower price, is still yours, and a return where the difference defeats the purpose of the purchase, at the seller’s cost.',
  'excuse.deadline-passed.fault.still.wrong-or-missing-items':
    'The right item, or what is missing, is still yours, and a return where that defeats the purpose of the purchase, at the seller’s cost.',
  'excuse.deadline-passed.fault.still.wrong-item':
    'The right item is still yours. So is a return, at the seller’s cost, if the seller still does not send it within a reasonable time after you ask, or if the wrong item defeats the purpose of the purchase.',
  'excuse.deadline-passed.fault.still.missing-items':
    'What is missing is still yours, or a refund for it if the seller still does not send it within a reasonable time after you ask. If what is missing defeats the purpose of the purchase, the whole order can go back, at the seller’s cost.',
  'excuse.deadline-passed.fault.still.packaging': 'Intact packaging or a lower price is still yours to ask for.',
  'excuse.deadline-passed.fault.still.packaging.if-not':
    'If that request does not count, or it was not for a 7-day no-reason return, intact packaging or a lower price is still yours to ask for.',
  'excuse.deadline-passed.fault.still.consumable':
    'A replacement is still yours, and a return and refund where the fault defeats the purpose of the purchase, at the seller’s cost.',
  'case.food-part.why': 'If only part of the order went bad, the seller may refund only that part.',
  'case.food-part.still':
    'The whole order can go back only if the bad part spoils the rest, or taking it out clearly lowers the value of what is left. Say in your message how much was bad.',
  'case.food-part.still.asked':
    'Your message asks only for the price of the bad part. The whole order can go back only if the bad part spoils the rest, or taking it out clearly lowers the value of what is left; if so, ask for a full return and refund instead.',
  'case.food-part.still.asked.returned':
    'Your message claims the price of the bad part. Only if the bad part spoils the rest, or taking it out clearly lowers the value of what is left, can you ask for the whole price back. If you sent the good part back too, you can add: “其余没有问题的商品也已一并退回，请一并退还这部分的货款，或者寄还给我。” (“The rest, which was fine, went back too: please refund its price as well, or send it back to me.”)',
  'excuse.not-a-quality-issue.food.why':
    'If the food went off after it arrived (kept too long, or not stored as the label says), or passed its date while you kept it, the seller may refuse.',
  'excuse.not-a-quality-issue.food.still':
    'Food that was spoiled, mouldy or already past its date when it arrived is the seller’s responsibility. If the use-by date (the production date plus the shelf life on the label) is before the day you signed for it, that shows it was already past its date when it arrived. Your evidence: photos of the food and its label (the earlier the better), and what is left of it kept sealed.',
  'excuse.not-a-quality-issue.food.still.returned':
    'Food that was spoiled, mouldy or already past its date when it arrived is the seller’s responsibility. If the use-by date (the production date plus the shelf life on the label) is before the day you signed for it, that shows it was already past its date when it arrived. Your evidence: the photos of the food and its label taken before you sent it back (the earlier the better), the return tracking, and any food you did not send back. Ask the seller to say what state the food was in when your return reached it.',
  'excuse.opened-so-no-return.sealed.why':
    'For food, cosmetics and medical devices, a broken one-time seal makes the item not intact, and then a no-reason return can be refused.',
  'excuse.opened-so-no-return.sealed.still':
    'If only the outer box was opened and the seal is whole, the return stands. If the item is faulty, the quality return applies whatever the seal.',
  'excuse.opened-so-no-return.sealed.still.returned':
    'If only the outer wrapping was opened and the seal was intact when you sent it back, the return stands and the refund is owed. If the item is faulty, a quality claim is open whether or not it was opened.',
  'excuse.opened-so-no-return.medicine.why':
    'We could not confirm whether medicine has a 7-day no-reason return at all. If its seal was broken, the seller has more reason to refuse.',
  'excuse.opened-so-no-return.medicine.still':
    'If you did not confirm at checkout that it cannot be returned, and its seal is intact, you can still ask, but the seller may refuse. If the medicine is faulty or not what you ordered, you can return it as a quality problem.',
  'excuse.opened-so-no-return.medicine.still.returned':
    'The seller has the medicine back. If its seal was intact, you can ask for the refund; whether you can insist on it we could not confirm. If the seller says no, ask it to send the medicine back to you.',
  'excuse.opened-so-no-return.medicine.still.later':
    'If you did not confirm at checkout that it cannot be returned, and its seal is intact, you can still raise it in a complaint or in court, but we could not confirm that it holds. If the medicine is faulty or not what you ordered, you can return it as a quality problem.',
  'excuse.opened-so-no-return.medicine.still.court':
    'If you did not confirm at checkout that it cannot be returned, and its seal is intact, you can still raise it in court, but we could not confirm that it holds. If the medicine is faulty or not what you ordered, you can return it as a quality problem.',
  'excuse.item-excluded-from-returns.fault.why':
    'Some goods, such as fresh food, have no 7-day no-reason return by law, and there the seller is right. But you are not asking for one: a wrong, short or faulty delivery is the seller not delivering what was agreed.',
  'excuse.item-excluded-from-returns.fault.still':
    'Send the reply below. It asks on the ground of what went wrong with the delivery or the goods, not for a return without a reason.',
  'excuse.item-excluded-from-returns.fault.still.later':
    'What you ask for rests on what went wrong with the delivery or the goods, not on a no-reason return: say so in your later messages, your complaint or your court claim.',
  'excuse.item-excluded-from-returns.fault.still.court':
    'What you ask for rests on what went wrong with the delivery or the goods, not on a no-reason return: say so in your last written demand and in court.',
  'excuse.digital-no-refund.cooling-off.why':
    'Whether the 7-day rule covers a recorded course handed over all at once is not settled: it is written for services given several times or over a period, such as a membership or a course of lessons.',
  'excuse.digital-no-refund.cooling-off.still':
    'Lessons still to come, a membership or a card are plainly covered. Either way, ask in writing before the 7 days end.',
  'excuse.deposit-not-refundable.advance-backed-out.why':
    'You are the one who did not go through with the sale. A 订金 is not kept under the 定金 rule, but the seller can still claim a loss your pulling out caused it, if it can show that loss.',
  'excuse.deposit-not-refundable.advance-backed-out.still':
    'Ask for the payment back. If the seller says it had a loss, ask it to show what the loss was and how much.',
  'excuse.item-excluded-from-returns.fresh-food.why':
    'Fresh or perishable food is excluded from the 7-day no-reason return by law.',
  'excuse.item-excluded-from-returns.fresh-food.still':
    'If it arrived spoiled, faulty or not as described, you can still ask for a quality return.',
  'excuse.item-excluded-from-returns.fresh-food.still.returned':
    'The item is back with the seller. If it arrived spoiled, faulty or not as described, you can ask for a refund on that ground: go back and change your answers.',
  'excuse.item-excluded-from-returns.custom-made.why':
    'Goods made to your order or measurements are excluded from the 7-day no-reason return by law.',
  'excuse.item-excluded-from-returns.custom-made.still':
    'If it is faulty, or does not match the measurements or design you gave, you can still ask for a repair, a remake or a return.',
  'excuse.item-excluded-from-returns.custom-made.still.returned':
    'The item is back with the seller. If it is faulty or does not match the measurements or requirements you gave, you can ask for a refund or for it to be remade: go back and change your answers.',
  'excuse.item-excluded-from-returns.medicine.why':
    'We have not been able to confirm whether medicine can go back under the 7-day no-reason return. The seller may refuse, and may have asked you to confirm at checkout that it cannot be returned.',
  'excuse.item-excluded-from-returns.medicine.still':
    'If you confirmed nothing like that, you can still ask. Keep it unopened, with its seal unbroken. If it is faulty or not what you ordered, a quality return is open.',
  'excuse.item-excluded-from-returns.medicine.still.returned':
    'The seller has the medicine back. If you confirmed nothing at checkout, you can ask for the refund of a no-reason return; we could not confirm that you are entitled to it, and the seller may not agree, in which case ask it to send the medicine back. If it was faulty or not what you ordered, you can ask for a refund as a quality problem.',
  'excuse.item-excluded-from-returns.medicine.still.later':
    'If you confirmed nothing like that, you can still claim it in a later complaint or in court. Keep it unopened, with its seal unbroken. If it is faulty or not what you ordered, a quality return is open.',
  'excuse.item-excluded-from-returns.medicine.still.court':
    'If you confirmed nothing like that, you can still claim it in court. Keep it unopened, with its seal unbroken. If it is faulty or not what you ordered, a quality return is open.',
  'excuse.item-excluded-from-returns.not-listed.why':
    'If you confirmed at checkout that this item has no 7-day return, and it is of a kind whose nature allows that (goods that opening makes unsafe or changes in quality, goods that lose much of their value once activated or tried, goods sold as near their date or flawed), the seller may be right. To check, open the order details or the listing snapshot and look for a “no 7-day return” (不支持七天无理由退货) notice you confirmed.',
  'excuse.item-excluded-from-returns.not-listed.still':
    'If there was no such confirmation, the seller cannot refuse, and the return stands. If the item is faulty, a quality return is open whatever the label.',
  'excuse.item-excluded-from-returns.not-listed.still.returned':
    'If you confirmed nothing, the seller cannot refuse: the item is back, and the refund is owed. If the item is faulty, a quality claim is open whatever the listing said.',
  'excuse.item-excluded-from-returns.confirmed.why':
    'You confirmed at checkout that this item has no 7-day return. For some goods that lets the seller refuse: goods that opening makes unsafe or changes in quality, goods that lose much of their value once activated or tried, and goods sold as near their date or flawed.',
  'excuse.item-excluded-from-returns.confirmed.still':
    'If the item is none of those, your confirmation does not take the return away: say so when you ask. If it is faulty, a quality return is open whatever you confirmed.',
  'excuse.item-excluded-from-returns.confirmed.still.returned':
    'If the item is none of those, your confirmation does not take the return away: the seller has it and owes the refund. If it is faulty, a quality claim is open whatever you confirmed.',
  'excuse.out-of-stock.why': 'If the item really cannot be had, you cannot make the seller deliver it, even in court.',
  'excuse.out-of-stock.still':
    'Being out of stock does not cancel your order: you can still ask for your money back and for your loss, such as the extra cost of buying the same item elsewhere.',
  'excuse.tags-off-or-used.why':
    'If the tags were cut, or the item was used beyond checking so that it lost much of its value, it counts as not intact, and a no-reason return can be refused. For clothes and shoes, removed tags or getting them dirty or damaged is enough.',
  'excuse.tags-off-or-used.still':
    'If you only tried it on or checked it and the tags are on, the return stands: say so with photos. A faulty item can still go back as a quality return.',
  'excuse.tags-off-or-used.still.returned':
    'If you only tried it on or checked it and the tags were on when you sent it, the return stands and the refund is owed: send any photos you took before posting it. If the item is faulty, a quality claim is still open.',
  'excuse.tags-off-or-used.used.why':
    'You used it beyond checking it, or its tags are off: then it counts as not intact, and the seller can refuse a no-reason return.',
  'excuse.tags-off-or-used.used.still':
    'You can ask the seller to take it back as a favour. If it is faulty, a quality return is still open.',
  'excuse.tags-off-or-used.used.still.returned':
    'The seller took the item back: you can ask it, as a favour, to refund you or to send the item back. If the item is faulty, a quality claim is open.',
  'excuse.you-pay-return-shipping.why':
    'For a no-reason return you normally pay the return postage, unless the listing promised free returns (退货包运费).',
  'excuse.you-pay-return-shipping.still':
    'Check the order for a free-returns promise (退货包运费); if it shows shipping insurance (运费险), check what it pays. The refund itself is still due within 7 days of the seller receiving the item.',
  'excuse.you-pay-return-shipping.still.medicine':
    'Check whether the order promised free returns; if it shows return-postage insurance, check what it pays. We could not confirm whether medicine has a no-reason return. If the seller accepts the return, it should refund within 7 days of receiving it.',
  'excuse.you-pay-return-shipping.returned.why':
    'For a no-reason return the return postage is yours unless the listing promised free returns, and where the order had free shipping that the return undoes, the seller may deduct that postage from the refund. On that, the seller is right.',
  'excuse.you-pay-return-shipping.returned.still':
    'But postage does not hold back the price: the item is back, and if you asked within the 7 days, the seller must refund it within 7 days of receiving it, less at most that postage. If it deducts anything, ask it to say how much and why; if the money does not come, follow the steps below.',
  'excuse.you-pay-return-shipping.returned.still.medicine':
    'Postage does not hold back the price. Whether medicine has a no-reason return we could not confirm. If the seller accepts the return, it should refund within 7 days of receiving it, less at most that postage. If not, ask it to send the medicine back.',
  'excuse.you-pay-return-shipping.no-promise.why':
    'For a no-reason return you pay the return postage, and the listing did not promise free returns: the seller is right to ask you to pay it.',
  'excuse.you-pay-return-shipping.no-promise.still':
    'Send the item back, pay the postage and keep the courier receipt and tracking number. If your order shows shipping insurance (运费险), claim under its terms. The refund is due within 7 days of the seller receiving the item; if it does not come, start the check again and choose “I sent it back and have no refund”.',
  'excuse.you-pay-return-shipping.no-promise.still.medicine':
    'If you send it back, you pay the postage; keep the courier receipt and tracking number. We could not confirm whether medicine has a no-reason return. If the seller accepts the return, it should refund within 7 days of receiving it.',
  'excuse.deposit-not-refundable.backed-out.why':
    'The listing called it a 定金 and you backed out: under the 定金 rule, the seller may keep it.',
  'excuse.deposit-not-refundable.backed-out.still':
    'A 定金 counts only up to 20% of the full price: any part above that is not a 定金, and you can ask for it back (check the full price on the pre-sale page). If the seller changed the terms, you may still get it back. A payment called 订金 is not a 定金: the 定金 rule does not let the seller keep it.',
  'excuse.deposit-not-refundable.unclear.why':
    'Whether the seller may keep it depends on the word the listing used (定金 or 订金) and on who did not go through with the sale.',
  'excuse.deposit-not-refundable.unclear.still':
    'Screenshot the pre-sale terms. A 订金 is not kept under the 定金 rule; a 定金 must be returned double if the seller’s failure defeated the purpose of the sale.',
  'excuse.digital-no-refund.why': 'Downloaded digital goods are excluded from the 7-day no-reason return by law.',
  'excuse.digital-no-refund.still': 'If it does not work as described, you can still ask for a fix or a refund.',
  'case.meal-late.why':
    'Lateness alone may give you little to claim: the order page promised no compensation for lateness.',
  'case.meal-late.still':
    'You can still ask for part of the price back. The message leaves the sum for you to fill in, with how late it came; keep the sum in proportion. If it came so late that you could not eat it, ask for a refund; whether the law requires one depends on the facts.',
  'case.meal-late.promised.why':
    'What you can claim is what the promise says: its own terms decide how late counts and how much is paid.',
  'case.meal-late.promised.still':
    'Screenshot the promise and its terms, the time the order showed and when it came. If the delay falls outside the terms, you can still ask for part of the price back, but the law may give little.',
  'case.tour-i-cancelled.why':
    'You cancelled, so the agency may deduct necessary costs and may ask you to pay reasonable costs. A cancellation fee table you were shown when booking is likely what it relies on.',
  'case.tour-i-cancelled.still':
    'Costs not yet actually incurred must come back. Ask for the list of costs and the proof of each. A fee far above what the agency really spent is the point to question: whether a cost is reasonable is for a mediator or a court to weigh.',
  'case.hidden-fee.why':
    'If the fee table was shown clearly before you paid, for example on a cheap fare, it is probably part of your contract.',
  'case.hidden-fee.still':
    'Ask how the fee was worked out and on what basis. A fee that was never pointed out to you, or that is clearly unreasonable, can still be questioned, and 12315 can look at it.',
  'case.food-made-ill.why':
    'The seller can ask you to show that the food itself was bad, not only that someone was unwell after eating it. For anything beyond the refund, it can also ask you to show that the food caused the illness.',
  'case.food-made-ill.still':
    'What is left of the food kept sealed and cold (a test can show whether it was bad), photos of it, and a doctor’s record of what was eaten and when are the evidence.',
  'case.food-made-ill.still.meal':
    'What is left of the meal kept sealed in the fridge (a test can show whether it was bad), photos or a video of the food, the bag and its seal, and a doctor’s record of what was eaten and when are the evidence.',
  'case.food-made-ill.also.why':
    'For anything beyond the refund, the seller can also ask you to show that the food caused the illness.',
  'case.food-made-ill.also.still': 'For the illness, a doctor’s record of what was eaten and when is the evidence.',
  'case.food.testing-body':
    'If you cannot agree on a test, the regulator handling your complaint may name a testing body.',
  'case.court-appraisal':
    'Once you go to court, you can ask the court for an expert appraisal (鉴定); if the two sides cannot agree on the expert, the court names one. A case that needs one does not take the small-claims procedure.',
  'case.packaging-only.why':
    'You named only the packaging. If the box is damaged but the item inside is whole and works, the seller may say that is not a quality problem, and refuse a return at its cost.',
  'case.packaging-only.why.no-return':
    'You named only the packaging. If the box is damaged but what is inside is fine, the seller may say that is not a quality problem and owe you nothing for it.',
  'case.packaging-only.why.later':
    'You named only the packaging. If the item inside is fine, the seller may say that is not a quality problem and owe you nothing for it. Since you raise it some time after you signed for it, it may also say the box was damaged after delivery.',
  'case.packaging-only.why.private':
    'You named only the packaging. If the item inside is fine, the seller may say it owes you nothing for the box. And between private people, who bears damage on the way is not settled: one rule puts it on the buyer once the seller hands the parcel to the courier for your address; another says a sale agreed online is delivered only when you sign, and until then the risk is the seller’s.',
  'case.packaging-only.still':
    'If the item itself turns out damaged or not working, that is a quality problem: go back and add it to your answers, so your messages name it.',
  'case.packaging-only.still.fresh-food':
    'If the food itself turns out damaged or spoiled, that is a quality problem: go back and add it to your answers. If it is fine, fresh food has no no-reason return, and intact packaging or a lower price is what you can still ask for.',
  'case.packaging-only.still.medicine':
    'If the medicine itself turns out damaged, that is a quality problem: go back and add it to your answers. If it is fine, intact packaging or a lower price is what you can still ask for; whether it can go back without a reason, we have not been able to confirm.',
  'case.packaging-only.still.custom-made':
    'If the item itself turns out damaged or not working, that is a quality problem: go back and add it to your answers. If it is fine, goods made to order have no no-reason return, and intact packaging or a lower price is what you can still ask for.',
  'case.signed-not-received.why':
    'The seller may be right if someone you authorised signed for it, or the courier left it where you asked: that counts as delivery to you.',
  'case.signed-not-received.still':
    'If neither happened, the “signed” record is not your signature: ask the courier for its proof of delivery (a signature or a photo), and keep the tracking page.',
  'case.private-transit.why':
    'Between private people, who bears a parcel lost on the way is not settled. One rule puts the risk on the buyer once the seller hands the parcel to the courier for your address; another says a sale agreed online is delivered only when you sign, and until delivery the risk is the seller’s.',
  'case.private-transit.still':
    'Ask the seller, as the sender, to claim from the courier, and keep the tracking record. The platform can be asked to step in, and a court decides if you cannot agree.',
  'case.private-transit.still.no-platform':
    'Ask the seller, as the sender, to claim from the courier, and keep the tracking record. A court decides if you cannot agree.',
  'case.no-reason-late.why':
    'A no-reason return must be asked for within 7 days of receipt, counted from the day after you signed. If you first asked after {date}, the seller may refuse.',
  'case.no-reason-late.still':
    'If you asked by then, the request still stands: find that chat or after-sales screenshot, attach it, and fill in the day you asked. If the item is faulty or not as described, start the check again and choose that.',
  'step.platform-liability.moveOn.ended':
    'If the platform gives neither the details nor the money, go to court and name the platform as a defendant too.',
  'step.still-possible.how.prepaid-after.ended':
    'Mediation has ended. If the shop still says no, you can go to court, which may order part of the money back. The result is not certain.',
  'case.hidden-fee.still.platform-decided':
    'Ask how the fee was worked out and on what basis. A fee that was never pointed out to you, or that is clearly unreasonable, can still be questioned, and 12315 can look at it.',
  'case.hidden-fee.still.ended':
    'Ask how the fee was worked out and on what basis. A fee that was never pointed out to you, or that is clearly unreasonable, can still be questioned; mediation has ended, so if you cannot agree, you can go to court.',
  'case.auto-renewed.still.platform-decided':
    'Cancelling stops the next charge. Renewing must be your choice, so ask for this charge back, and take it to 12315 if the business refuses.',
  'case.auto-renewed.still.ended':
    'Cancelling stops the next charge. Renewing must be your choice, so ask for this charge back; mediation has ended, so if the business still refuses, you can go to court.',
  'case.fake-decided.why':
    'The platform may have sided with the seller because it showed papers for where the item came from, and you had no test report or written answer from the brand. A missing tag and poor stitching alone may not be enough for 12315 or a court either.',
  'case.fake-decided.why.taobao':
    'The platform may have sided with the seller because it showed papers for where the item came from (distribution papers, customs papers or an invoice), and you had no test report or written answer from the brand: under Taobao’s dispute rule (version in force 15 August 2025; a platform rule, not law) the payment then goes to the seller. A missing tag and poor stitching alone may not be enough for 12315 or a court either.',
  'case.fake-decided.still':
    'Ask the brand for a written answer, or have the item tested by a qualified body. If you and the seller cannot agree on one after you complain, the regulator handling the complaint may name it.',
  'case.fake-decided.still.ended': 'Ask the brand for a written answer, or have the item tested by a qualified body.',
  'case.missing-signed.why':
    'If what you signed for listed the quantity, the law presumes you checked the number of items and their visible condition. Saying later that something is missing, without an unboxing video, is where the seller may push back.',
  'case.missing-signed.still':
    'The presumption that you counted the items when you signed can be overturned with evidence: the parcel’s weight on the courier record against what the full order should weigh, photos of the packing, and any message you sent when you opened it.',
  'case.missing-signed.still.pickup':
    'The presumption that you counted the items when you signed can be overturned with evidence: a photo of the goods on a scale (best on the group leader’s or a market’s public scale), the weight label, and any message you sent the leader or the seller on pickup day.',
  'case.missing-signed.late.why':
    'The law asks you to tell the seller within a reasonable time after you found, or should have found, that items were missing; otherwise the quantity counts as right. Opening it weeks after delivery, the seller may say you should have found it on arrival. And if what you signed for listed the quantity, the law presumes you checked it.',
  'case.missing-signed.late.still':
    'How soon you had to tell the seller depends on the facts (a sealed box, no need to use it yet, being away). If the seller knew or should have known it packed too few, this time limit does not apply. Tell the seller as soon as you find it, keep the record, and gather what shows the shortfall: the parcel’s weight on the courier record against the full order’s, and photos of the packing.',
  'case.service-changed-mind.why':
    'The law’s clear refund for simply changing your mind about a prepaid service is for a request made within 7 days of paying, and more than 7 days have passed. After that, a refund for a change of mind alone is not certain, and the business may say no.',
  'case.service-changed-mind.still':
    'Ask for the part you have not used: it is not ruled out. The court rules on prepayments say how a refund is counted when it is the buyer’s own doing, and a standard term that takes away a refund the law gives you is void. And if the business stopped, changed the service, or does not provide it as agreed, start the check again and choose “It was not provided as agreed”; if it moved somewhere that makes it clearly harder for you to use, choose “The business moved”. Then the law is on your side.',
  'case.private-no-right.why':
    'A return without a reason (the 7-day rule) comes from consumer law, which binds businesses. A person selling their own things is not bound by it, so the seller may say no.',
  'case.private-no-right.why.price':
    'The rules on prices and on what a shop promises about them bind businesses. A person selling their own things is not bound by them, so the seller may say no.',
  'case.private-no-right.still':
    'You can ask the seller; if they agree, what you agree on stands. If the “private” seller is really running a business, a court may treat them as one, and those rules then apply.',
  'case.auto-renewed.why':
    'The rules require a clear reminder before each renewal, but they do not say that a renewal charged without one must be refunded. The business may refuse, and we cannot promise the result.',
  'case.auto-renewed.still':
    'Cancelling stops the next charge. Renewing must be your choice, so ask for this charge back, and take it to the platform and 12315 if the business refuses.',
  'case.auto-renewed.still.no-platform':
    'Cancelling stops the next charge. Renewing must be your choice, so ask for this charge back, and take it to 12315 if the business refuses.',
  'case.price-not-promised.why':
    'The law gives no right to the difference when a price falls after you paid. Price protection (价保) is a promise a shop may make, not a right, and this page made none.',
  'case.price-not-promised.still':
    'If you signed for it 7 days ago or less, act today: within 7 days of signing you can return it without a reason (you usually pay the postage) and buy it again at the lower price. Send it back unused and complete: the law asks for this right to be used in good faith. The 7 days start the day after you signed. If the “original price” you saw was fake, that is different: report it.',
  'case.price-not-promised.still.final-say':
    'The shop’s “final say” term is void in law, but it changes nothing here: nothing was promised.',
  'case.price-not-promised.still.jd':
    'JD’s dispute rules (version in force 4 July 2025; platform rules, not law) also name its own price-protection rules and its “pay double if you paid more” (买贵双倍赔) rules for price disputes. We have not read their terms. Look in the order for 价格保护 or 申请价保, or ask JD’s customer service.',
  'excuse.price-mistake.obvious.why':
    'If the price was plainly a mistake (far below any normal price), or you ordered many, a court may let the seller undo the sale for a serious mistake. Courts decide these cases one by one, and results vary.',
  'excuse.price-mistake.obvious.still':
    'The seller must ask a court or an arbitration body itself, and prove the mistake, within 90 days of learning of it; cancelling in the app does not undo the sale. Check that every yuan came back, and ask for delivery or compensation if the price was an ordinary sale price.',
  'excuse.sold-as-is.why':
    'If the listing or the chat named this very problem before you bought it, you bought knowing of it, and the seller need not answer for it. Not where the law forbids selling such goods at all: food past its date or gone bad, fakes, unsafe goods. Naming the problem does not help the seller there.',
  'excuse.sold-as-is.why.used':
    'Second-hand goods are judged against the condition the listing stated: normal wear that fits it is not a fault.',
  'excuse.sold-as-is.still':
    'A general “sold as is” or “no returns” does not name the problem. For a problem the listing did not name, the seller is still responsible: send the reply below, and keep the listing.',
  'excuse.sold-as-is.still.later':
    'A general “sold as is” or “no returns” does not name the problem. For a problem the listing did not name, the seller is still responsible: say so in your later messages, your complaint or your court claim, with the listing attached.',
  'excuse.sold-as-is.still.court':
    'A general “sold as is” or “no returns” does not name the problem. For a problem the listing did not name, the seller is still responsible: say so in your last written demand and in court, with the listing attached.',
  'excuse.returned-damaged.why':
    'If the item was damaged by use before you sent it back, the seller may deduct or refuse. Who bears damage in transit depends on the facts.',
  'excuse.returned-damaged.still':
    'Ask the seller for photos and the courier’s damage record, and show your own photos from before you posted it, if you took any. If it was damaged on the way back, keep the waybill and ask the courier you sent it with. The platform can decide who is right.',
  'excuse.returned-damaged.still.no-platform':
    'Ask the seller for photos and the courier’s damage record, and show your own photos from before you posted it, if you took any. If it was damaged on the way back, keep the waybill and ask the courier you sent it with. If you cannot agree, follow the steps below.',
  'excuse.private-seller.why':
    'A private person is not bound by the Consumer Rights Protection Law. A listing that said “sold as is” or “no returns” generally holds in a sale between private people, and normal wear for a used item’s age is not a fault. The exception: the seller knew of the fault, or was grossly careless not to know, and did not tell you.',
  'private.route.platform': 'Use the platform’s dispute process where there is one, or the court.',
  'private.route.court': 'The platform has made its decision: what is left is the court.',
  'private.route.court.ended': 'Mediation has ended: what is left is the court.',
  'excuse.private-seller.still':
    'If the listing or the chat said it worked, or the seller knew of the fault and did not say so, contract law still gives you a return, a repair or a lower price. Keep the listing and the chat, and anything that shows the seller knew.',
  'excuse.private-seller.still.returned':
    'The item is back with the seller. If the listing or the chat said it was in good order, or the seller knew of the fault and did not say, contract law lets you ask for your money back. Keep the listing and the chat.',
  'excuse.private-seller.still.returned.counterfeit-goods':
    'The item is back with the seller. If the listing said it was genuine, contract law lets you ask for your money back.',
  'excuse.private-seller.still.returned.packaging':
    'The item is back with the seller. If the listing did not say the box was damaged, you can ask for a lower price and the item back, or ask the seller to agree to a refund. The seller may say the box was crushed on the way, which would be your risk: that turns on the evidence.',
  'excuse.private-seller.still.returned.missing-items':
    'The item is back with the seller. If the listing said the missing things were included: where what is missing defeats the purpose of the purchase, you can ask for the whole price back; otherwise the seller may refund only the missing part and send the item back to you.',
  'excuse.private-seller.still.returned.wrong-or-missing-items':
    'The item is back with the seller. If what came was not what the listing sold, contract law lets you ask for your money back.',
  'excuse.private-seller.still.returned.not-as-described':
    'The item is back with the seller. If the listing did not show or mention the difference, and the difference defeats the purpose of the purchase, contract law lets you ask for your money back.',
  'excuse.private-seller.still.returned.consumable':
    'The item is back with the seller. If the listing did not show or mention the problem, and the problem defeats the purpose of the purchase, contract law lets you ask for your money back.',
  'excuse.private-seller.still.returned.consumable.part':
    'The item is back with the seller. If the listing did not show or mention the problem, contract law lets you end the sale for the part that went bad and ask for its price back.',
  'excuse.private-seller.why.wrong-or-missing-items':
    'A private person is not bound by the Consumer Rights Protection Law: there is no 7-day return and no 12315. If what came is what the listing showed, the seller may be right to refuse.',
  'excuse.private-seller.why.consumable':
    'A private person is not bound by the Consumer Rights Protection Law: there is no 7-day return and no 12315. If the description showed or mentioned the problem, the seller may be right to refuse.',
  'excuse.private-seller.why.counterfeit-goods':
    'A private person is not bound by the Consumer Rights Protection Law: there is no 7-day return, no 12315 and no 3 times the price. If the listing said it was a copy or not genuine, the seller may be right to refuse.',
  'excuse.private-seller.proof':
    'The rule that puts the proof of a durable good’s fault on the seller for 6 months binds businesses, not private sellers. Before going further, keep evidence of the fault, such as a repair shop’s written diagnosis or a test report.',
  'excuse.private-seller.still.consumable':
    'If the description did not show or mention the problem, contract law still gives you a replacement or a return.',
  'excuse.private-seller.still.not-as-described':
    'If the description did not show or mention the difference, contract law still gives you an item that matches it, a return or a lower price.',
  'excuse.private-seller.still.wrong-or-missing-items':
    'If what came is not what the listing offered, contract law still gives you the right item or what is missing, or a return.',
  'excuse.private-seller.still.missing-items':
    'If the listing said it was included, contract law still gives you what is missing, or a refund for it, and the whole order back if what is missing defeats the purpose of the purchase.',
  'excuse.private-seller.still.packaging':
    'If the listing did not say the box was damaged, you can still ask for intact packaging or a lower price. The seller may answer that the box was crushed on the way, at your risk: the evidence decides.',
  'excuse.private-seller.still.counterfeit-goods':
    'If the listing presented it as genuine, contract law still gives you a return and your money back.',
  'note.seller-unsure':
    'We treated the seller as a business. If they are a private person selling their own things, the Consumer Rights Protection Law (the 7-day return, 12315) may not apply, and the Civil Code’s contract rules do.',
  'note.seller-unsure.prepaid':
    'We treated the seller as a business. If they are a private person, the Consumer Rights Protection Law (the 7-day return, 12315) and the court rules on prepaid contracts the message quotes may not apply, and the Civil Code’s contract rules do. If you find the seller is a private person, start the check again and answer “A private person selling their own things”.',
  'note.second-hand-business':
    'The seller may say this was a private sale. Whether someone is a business is judged on what, how many and how often they sell: save the seller’s other listings and sales now.',
  'note.off-platform':
    'You paid outside a shopping app’s checkout. Keep the transfer record: a payment made that way may have none of an app’s own protection.',
  'note.cross-border':
    'A cross-border shop on a mainland app: the platform is bound by the E-Commerce Law, but we have not checked each platform’s own cross-border rules. Check them in the app.',
  'note.community-group':
    'Picked up from a group leader (团长)? The leader hands the goods over but may not be the seller. Tell the leader at once, then make your claim in the app, on the order, and see who the order page names as the seller.',
  'note.live-stream':
    'Bought in a live stream: the live-room operator is liable as the seller unless it clearly showed both that it is not the seller and who the real seller is.',
  'note.cosmetics':
    'Cosmetics are not food: the Food Safety Law’s 10 times does not apply. If the seller cheated, the Consumer Rights Protection Law’s 3 times can.',
  // The platform as a step names it ("Ask JD to decide …"); an option label ("A cross-border shop on …") reads wrong there.
  'platform.name.taobao': 'Taobao',
  'platform.name.tmall': 'Tmall',
  'platform.name.jd': 'JD',
  'platform.name.pinduoduo': 'Pinduoduo',
  'platform.name.douyin': 'Douyin',
  'platform.name.kuaishou': 'Kuaishou',
  'platform.name.wechat-store': 'the WeChat Store platform',
  'platform.window-rule.jd': 'JD’s dispute rule for shops on JD, version in force 4 July 2025',
  'platform.window-rule.wechat-store': 'WeChat Store’s developer documents',
  'platform.name.xianyu': 'Xianyu',
  'platform.name.meituan': 'Meituan',
  'platform.name.eleme': 'Ele.me',
  'platform.name.community-group': 'the group-buying app',
  'platform.name.travel-app': 'the app you booked on',
  'summary.seller-said.ask-the-rider': '“Ask the rider, not us”',
  'summary.seller-said.ask-the-courier': '“Ask the courier, not us”',
  'platform.name.cross-border': 'the app the cross-border shop sells on',
  ...summaryPlatform,
};
export type PlanTextKey = keyof typeof plan;
