/**
 * The English meaning of each part of a message. Messages are sent in Chinese (zh-cn/messages.ts is the text that is
 * sent); an English plan shows this meaning under each one, so only the English page loads this file.
 *
 * A message is put together from parts by plan/messages.ts: who and which order (`msg.opening`), what was paid,
 * what happened (`msg.happened.*`), the evidence kept, the law (`msg.basis.*`), what I ask (`msg.ask.*`), a reply to
 * the seller's excuse (`msg.reply.*`), the date to answer by and what happens next (`msg.next.*`). Each part states
 * only what the user said; `{name}` is filled by the plan.
 */
export const messages = {
  'msg.blank.order-no': '[order number]',
  'msg.opening.order': 'Hello, I am the buyer on order {order}.',
  'msg.opening.order-and-shop': 'Hello, I am the buyer on order {order}, bought from “{shop}”.',
  'msg.opening.group-chat.seller': 'Hello, I am the buyer who bought from you.',
  'msg.opening.group-chat': 'Hello, I bought from a seller in a WeChat group.',
  'msg.item.named': '“{item}”',
  'msg.item.unnamed': 'the item',
  'msg.item.meal': 'a takeaway meal',
  'msg.item.trip': 'this order',
  'msg.item.tour': 'the tour',
  'msg.item.renewal': 'the subscription',
  'msg.item.service': 'the course or service',
  'msg.paid.ordered': 'On {date} I ordered and paid for {item}, {amount}.',
  'msg.paid.booked': 'On {date} I booked and paid for {item}, {amount}.',
  'msg.paid.received': 'I signed for {item} on {date} (paid {amount}).',
  'msg.paid.collected': 'I received {item} on {date} (paid {amount}).',
  'msg.paid.renewal': 'On {date} {item} renewed itself and I was charged {amount}.',
  'msg.paid.presale.earnest': 'On {date} I paid a deposit (定金) of {amount} for {item}.',
  'msg.paid.presale.advance': 'On {date} I paid an advance (订金) of {amount} for {item}.',
  'msg.paid.presale.unsure': 'On {date} I paid a pre-sale payment of {amount} for {item}.',
  'msg.symptoms': 'The item has these problems: {list}.',
  'msg.symptom.broken-on-arrival': 'it was broken when it arrived',
  'msg.symptom.does-not-work': 'it does not work',
  'msg.symptom.stopped-working': 'it stopped working soon after',
  'msg.symptom.damaged-packaging': 'the packaging was damaged',
  'msg.symptom.spoiled': 'the food is spoiled or mouldy',
  'msg.symptom.expired': 'the food is past its expiry date',
  'msg.symptom.made-ill': 'someone became unwell after eating it',
  'msg.symptom.different-from-photos': 'it looks different from the listing photos',
  'msg.symptom.wrong-spec': 'the model or specifications differ from the description',
  'msg.symptom.wrong-material': 'the material differs from the description',
  'msg.symptom.wrong-size': 'the size or capacity differs from the description',
  'msg.symptom.wrong-item': 'a different item came',
  'msg.symptom.wrong-size-colour': 'the wrong size or colour came',
  'msg.symptom.missing-parts': 'parts or accessories are missing',
  'msg.symptom.missing-items': 'items from the order are missing',
  'msg.symptom.short-weight':
    'it weighs less than I ordered: I ordered [weight ordered], and it weighed [weight received]',
  'msg.symptom.brand-denies': 'the brand says it is not genuine',
  'msg.symptom.no-anti-fake': 'the anti-fake code does not check out',
  'msg.symptom.poor-copy': 'its workmanship is clearly unlike the genuine item',
  'msg.happened.defective-or-damaged': 'The item has a quality problem: [what is wrong, e.g. it does not switch on].',
  'msg.happened.defective-or-damaged.goods':
    'The item has a quality problem: [what is wrong, e.g. torn, split seams, cracked].',
  'msg.happened.defective-or-damaged.food': 'The item has a quality problem: [what is wrong, e.g. mouldy, gone off].',
  'msg.happened.defective-or-damaged.food.part':
    'The item has a quality problem: [what is wrong, e.g. part of it is mouldy].',
  'msg.excuse.price-mistake': '“The price was a mistake”',
  'msg.excuse.out-of-stock': '“It is out of stock”',
  'msg.excuse.cooked-elsewhere': '“Another kitchen made it, ask them”',
  'msg.excuse.fee-in-the-rules': '“The refund and change rules say a fee is deducted”',
  'msg.excuse.signed-for-no-refund': '“You signed for it, so no refund”',
  'msg.excuse.not-a-quality-issue': '“It is not a quality problem”',
  'msg.excuse.deadline-passed': '“It is past the deadline”',
  'msg.excuse.opened-so-no-return': '“You opened it, so no return”',
  'msg.excuse.item-excluded-from-returns': '“This item has no 7-day returns”',
  'msg.excuse.sale-items-no-returns': '“Sale items cannot be returned”',
  // Told, not quoted: the option names two things a seller may have said, and a quotation is one set of words.
  'msg.excuse.tags-off-or-used': 'that the tags were off or the item had been used',
  'msg.excuse.you-pay-return-shipping': '“You pay the return shipping”',
  'msg.excuse.store-credit-only': '“Only store credit or coupons”',
  'msg.excuse.refund-after-inspection': '“We refund after we check it”',
  'msg.excuse.contact-the-manufacturer': '“Go to the manufacturer”',
  'msg.excuse.sold-as-is': '“Sold as is, no returns”',
  'msg.excuse.final-interpretation-right': '“The shop has the final say”',
  'msg.excuse.ask-the-courier': '“Ask the courier, not us”',
  'msg.excuse.ask-the-courier.meal': '“Ask the rider, not us”',
  'msg.excuse.deposit-not-refundable': '“Deposits are not refundable”',
  'msg.excuse.digital-no-refund': '“Digital goods cannot be refunded”',
  'msg.excuse.returned-damaged': '“Your return arrived damaged”',
  'msg.happened.refused-saying': 'The seller refused, saying {excuse}.',
  'msg.happened.refused-saying.to-seller': 'You refused, saying {excuse}.',
  'msg.happened.refused-saying.to-private': 'You refused, saying {excuse}.',
  'msg.happened.not-as-described': 'The item does not match its description: [how it differs].',
  'msg.happened.counterfeit-goods': 'I believe the item is not genuine, because: [why, e.g. the brand’s answer].',
  'msg.happened.wrong-or-missing-items': 'What came does not match the order: [what was wrong, or what was missing].',
  'msg.happened.box-damaged': 'The outer packaging was already damaged when I received the item.',
  'msg.happened.no-reason-return': 'I am asking for a 7-day no-reason return; the item will go back intact.',
  'msg.happened.no-reason-return.box':
    'I am asking for a 7-day no-reason return; apart from the damage the box already had, the item will go back as I received it.',
  'msg.happened.no-reason-return.intact': 'The item will go back intact.',
  'msg.happened.no-reason-return.disputed': 'I am asking for a 7-day no-reason return.',
  'msg.happened.signed-not-received':
    'The tracking shows the parcel as signed for or delivered, but I never received it.',
  'msg.happened.locker-not-received':
    'The tracking shows the parcel as left in a parcel locker or courier station. I never agreed to that, and I have not received the parcel.',
  'msg.happened.not-received': 'I have not received the item.',
  'msg.happened.late-delivery': 'The item has still not been shipped or delivered, and I have not received it.',
  'msg.happened.price-dropped':
    'When I ordered, the product page offered price protection (价保). On [date of the drop], the same item sold for [new price], less than I paid.',
  'msg.happened.seller-cancelled': 'After I paid, the seller cancelled the order on its own.',
  'msg.happened.seller-cancelled.to-seller': 'After I paid, you cancelled the order on your own.',
  'msg.happened.seller-cancelled.to-private': 'After I paid, you cancelled the order on your own.',
  'msg.happened.presale-seller-failed': 'The seller did not carry out this pre-sale order as agreed.',
  'msg.happened.presale-seller-failed.to-seller': 'You did not carry out this pre-sale order as agreed.',
  'msg.happened.presale-seller-failed.to-private': 'You did not carry out this pre-sale order as agreed.',
  'msg.happened.presale-not-completed': 'This pre-sale order was not completed.',
  'msg.happened.prepaid': 'I paid in advance, but not all of it has been provided as agreed.',
  'msg.happened.prepaid-moved':
    'I paid in advance. The place where the service is given has since moved to [new address], which makes it clearly harder for me to use.',
  'msg.happened.changed-mind-service':
    'I have decided not to use it, and I am asking for a refund within 7 days of the day I paid.',
  'msg.happened.changed-mind-service.late': 'For my own reasons, I no longer want to go on with it.',
  'msg.happened.auto-renewed': 'I saw no prominent renewal reminder before the charge.',
  'msg.happened.download': 'The digital goods I bought do not work as described.',
  'msg.happened.asked-no-reason-in-time':
    'I asked for a 7-day no-reason return on [the day you asked], within 7 days of receipt.',
  'msg.happened.asked-no-reason-in-time.refused':
    'I asked for a 7-day no-reason return on or before {refused}, within 7 days of receipt.',
  'msg.happened.private.listing-said.fake':
    'The listing or our chat described it as: [the seller’s own words, e.g. “guaranteed genuine”].',
  'msg.happened.private.listing-said':
    'The listing or our chat described it as: [the seller’s own words, e.g. “no faults”].',
  'msg.happened.returned': 'I returned the item; the seller received it on {date}, and I have had no refund.',
  'msg.happened.asked-return':
    'I asked the seller for a return on [date you asked], within 7 days of receiving the goods; {record}.',
  'msg.happened.asked-return.to-seller':
    'I asked for a return on [date you asked], within 7 days of receiving the goods; {record}.',
  'msg.happened.asked-return.refused':
    'I asked the seller for a return by {refused} at the latest, within 7 days of receiving the goods; {record}.',
  'msg.happened.asked-return.refused.to-seller':
    'I asked for a return by {refused} at the latest, within 7 days of receiving the goods; {record}.',
  'msg.request-record.chat': 'the chat is attached',
  'msg.request-record.fill-in': 'see [the chat or after-sales request]',
  'msg.happened.returned.to-seller': 'I returned the item; you received it on {date}, and I have had no refund.',
  'msg.happened.returned.to-private': 'I returned the item; you received it on {date}, and I have had no refund.',
  'msg.happened.exclusion-confirmed':
    'I know that when I ordered, I confirmed that this item has no 7-day no-reason return.',
  'msg.happened.refused-as-excluded':
    'The seller refused, saying this item has no 7-day return. When I bought it, the seller did not ask me to confirm that, and I did not confirm it.',
  'msg.happened.refused-as-excluded.to-seller':
    'You refused, saying this item has no 7-day return. When I bought it, you did not ask me to confirm that, and I did not confirm it.',
  'msg.happened.refused-as-excluded.to-private':
    'You refused, saying this item has no 7-day return. When I bought it, you did not ask me to confirm that, and I did not confirm it.',
  'msg.happened.seller-unreachable': 'The seller cannot be reached.',
  'msg.happened.seller-unreachable.asked-platform':
    'I asked the platform for the seller’s real name and contact details so that I can go to court; the platform [did not give them / gave: …].',
  'msg.happened.seller-unreachable.to-private': 'I have not been able to reach you.',
  'msg.happened.seller-unreachable.asked-platform.to-private':
    'I asked the platform for your real name and contact details so that I can go to court; the platform [did not give them / gave: …].',
  'msg.happened.shop-closed': 'The shop has closed or cannot be reached.',
  'msg.happened.shop-closed.asked-platform':
    'I asked the platform for the seller’s real name, address and contact details; the platform [did not give them / gave: …].',
  'msg.happened.meal.spilled': 'The food had spilled when the order arrived.',
  'msg.happened.meal.wrong-dish': 'What came is not what I ordered.',
  'msg.happened.meal.missing-dish': 'Part of what I ordered did not come.',
  'msg.happened.meal.packaging-broken': 'The packaging was broken when the order arrived.',
  'msg.happened.meal.gone-off': 'The food delivered had gone off.',
  'msg.happened.meal.smells-off': 'The food delivered had an off smell or taste.',
  'msg.happened.meal.late-promised': 'The order page promised compensation if the order came late.',
  'msg.happened.meal.told-ask-the-rider': 'The restaurant told me to take it up with the rider myself.',
  'msg.happened.meal.late': 'The order arrived [how many minutes] after the delivery time shown on the order page.',
  'msg.happened.meal.foreign-object': 'There was a foreign object in the food.',
  'msg.happened.meal.made-ill': 'After eating this food, I became unwell.',
  'msg.happened.trip.tour-too-few': 'The travel agency ended the tour contract because too few people signed up.',
  'msg.happened.trip.tour-i-cancelled': 'I have cancelled this tour (ended the tour contract).',
  'msg.happened.trip.provider-cancelled': 'The booking has been cancelled by the other side.',
  'msg.happened.trip.hidden-fee':
    'When I asked to cancel or change the booking, I was charged a fee. I do not remember anything pointing out this fee when I booked.',
  'msg.happened.trip.add-on':
    'In this order, [add-on name] ([add-on price]) was ticked by default; I did not choose it.',
  'msg.evidence-kept': 'I have kept {list}.',
  'msg.evidence.order-page': 'the order screenshot',
  'msg.evidence.listing': 'the listing screenshot',
  'msg.evidence.listing.booking': 'the booking page screenshot',
  'msg.evidence.listing.group-chat': 'screenshots of the seller’s post about the item',
  'msg.evidence.order-page.group-chat': 'screenshots of the deal',
  'msg.evidence.chat.group-chat': 'the chat record',
  'msg.evidence.chat': 'the chat record',
  'msg.evidence.photos': 'photos or a video of the problem',
  'msg.evidence.photos.meal': 'photos or a video of the food',
  'msg.evidence.photos.pickup': 'photos or a video of the problem',
  'msg.evidence.photos.sent-back': 'photos or a video of the problem',
  'msg.evidence.photos.later': 'photos or a video of the problem',
  'msg.evidence.unboxing': 'the unboxing video',
  'msg.evidence.tracking': 'the tracking record',
  'msg.evidence.tracking.in-transit': 'the tracking record',
  'msg.evidence.test-report': 'the test report',
  'msg.basis.quality-7-days':
    'Under Article 24 of the Consumer Rights Protection Law, goods that do not meet quality requirements can be returned within 7 days of receipt, and the seller bears the transport and other necessary costs.',
  'msg.basis.quality-after-7-days':
    'Under Article 24 of the Consumer Rights Protection Law, where goods do not meet quality requirements, after 7 days I can ask for replacement or repair, or a return where the conditions for ending the contract are met, and the seller bears the transport and other necessary costs.',
  'msg.basis.quality-fallback-7-days':
    'If this is not put right: under Article 24 of the Consumer Rights Protection Law, goods that do not meet quality requirements can also be returned within 7 days of receipt, with the seller bearing the transport and other necessary costs.',
  'msg.basis.quality-fallback-after-7-days':
    'If this is not put right: under Article 24 of the Consumer Rights Protection Law, goods that do not meet quality requirements can also be returned where the conditions for ending the contract are met, with the seller bearing the transport and other necessary costs.',
  'msg.basis.part-of-goods':
    'Under Article 632 of the Civil Code, where the goods are several items and one does not match what was agreed, I may end the contract for that item.',
  'msg.happened.denied-fault': 'The seller refused, saying it is not a quality problem.',
  'msg.happened.denied-fault.to-seller': 'You refused, saying it is not a quality problem.',
  'msg.happened.denied-fault.to-private': 'You refused, saying it is not a quality problem.',
  'msg.basis.durable-burden':
    'This item is one of the durable goods listed in Article 23 of the Consumer Rights Protection Law: for a defect found within 6 months of receipt, the seller bears the burden of proof. I found the problem on [date found], within 6 months of delivery.',
  'msg.basis.no-reason':
    'Under Article 25 of the Consumer Rights Protection Law, goods bought online can be returned within 7 days of receipt without a reason; the buyer pays the return postage unless agreed otherwise.',
  'msg.basis.exclusion-needs-confirmation':
    'Under Article 19 of the Implementing Regulations of the Consumer Rights Protection Law, without the buyer’s confirmation a seller may not refuse a no-reason return.',
  'msg.basis.fake-defeats-purpose':
    'Under Article 563 of the Civil Code, where one side’s breach defeats the purpose of the contract, the other side may end it; selling a fake as genuine is such a breach.',
  'msg.basis.delivery':
    'Under Article 20 of the E-Commerce Law, the seller must deliver in the way and time promised or agreed, and bears the risks of transport.',
  'msg.basis.locker-needs-consent':
    'Under Article 28 of the Measures for the Administration of the Express Delivery Market, a courier may not confirm receipt for the user, or leave the parcel in a locker or courier station, without the user’s consent.',
  'msg.basis.late-end':
    'Under Article 563 of the Civil Code, if the seller is late with its main duty and still does not perform within a reasonable time after a demand, I can end the contract.',
  'msg.basis.earnest-double':
    'Under Article 587 of the Civil Code, a party that took a deposit (定金) and fails so that the purpose of the contract is defeated must return double the deposit.',
  'msg.basis.advance':
    'The listing called this payment 订金 (an advance payment). A 订金 not agreed to be a 定金 is not subject to the 定金 rule: it cannot be kept back as a 定金.',
  'msg.basis.fraud-reserved':
    'If the item is confirmed not to be genuine, I reserve the right under Article 55 of the Consumer Rights Protection Law to claim extra compensation of 3 times the price (at least ¥500).',
  'msg.basis.price-promise':
    'Under Article 12 of the Implementing Regulations of the Consumer Rights Protection Law, a business must keep the promises it makes about price.',
  'msg.basis.order-formed':
    'Under Article 49 of the E-Commerce Law, where the listing meets the conditions of an offer, the contract is formed when the order is submitted; a term that no contract exists after payment is void.',
  'msg.basis.prepaid':
    'Under Article 53 of the Consumer Rights Protection Law, a business that took payment in advance and does not provide as agreed must, as the consumer asks, perform or refund the prepayment, and pay interest on it.',
  'msg.basis.prepaid-moved':
    'Under Article 13 of the Supreme People’s Court Interpretation on Prepaid Consumption Disputes, where a business moves and this makes it clearly harder for the consumer to receive the goods or service, a court supports the consumer’s request to end the prepaid contract.',
  'msg.basis.prepaid-balance':
    'Under Article 15 of the same Interpretation, where a prepaid contract is ended, a court supports the consumer’s request for the remaining prepayment back with interest.',
  'msg.basis.prepaid-interest':
    'Under Article 16 of the Supreme People’s Court Interpretation on Prepaid Consumption Disputes, where nothing else was agreed, a prepayment returned because of the business carries interest at the one-year Loan Prime Rate of the day the contract was made.',
  'msg.basis.as-described':
    'Under Article 23 of the Consumer Rights Protection Law, a business must ensure that the actual quality of its goods or services matches the quality it showed.',
  'msg.basis.cooling-off':
    'Under Article 14 of the Supreme People’s Court Interpretation on Prepaid Consumption Disputes, courts support a consumer’s request, made within 7 days of paying, for the prepaid principal back.',
  'msg.basis.prepaid-own-reason':
    'Under Article 19 of the Supreme People’s Court Interpretation on Prepaid Consumption Disputes, where a prepayment is returned for the consumer’s own reasons and the business gave a discount, what was already provided is priced before the discount.',
  'msg.basis.auto-renewal':
    'Under Article 18 of the Measures for Supervising Online Transactions, a business that renews a service automatically must point this out prominently 5 days before the renewal date and let the consumer choose.',
  'msg.basis.meal-remedy':
    'Under Article 582 of the Civil Code, where performance does not match what was agreed, I may reasonably choose to ask for it to be redone or replaced, a return, or a lower price.',
  'msg.basis.breach-damages':
    'Under Article 577 of the Civil Code, a party whose performance does not match the contract must put it right or pay for the loss.',
  'msg.basis.platform-liable':
    'Under Article 44 of the Consumer Rights Protection Law, where an online platform cannot give the seller’s real name, address and valid contact details, the consumer may claim compensation from the platform.',
  'msg.basis.breach-remedies':
    'Under Article 582 of the Civil Code, where performance does not match what was agreed, I may reasonably choose repair, redoing, replacement, a return, or a lower price.',
  'msg.basis.delivery-on-signature':
    'Under Article 512 of the Civil Code, for a sale agreed online and delivered by courier, delivery happens when the recipient signs for the goods.',
  'msg.basis.risk-until-delivery':
    'Under Article 604 of the Civil Code, until the goods are delivered, the risk of their loss or damage lies with the seller.',
  'msg.basis.food-reserved':
    'If the food is found not to meet food-safety standards, I reserve my right under Article 148 of the Food Safety Law to claim my losses, and compensation of 10 times the price or 3 times the loss.',
  'msg.basis.tour-too-few':
    'Under Article 63 of the Tourism Law, when a contract ends because too few people signed up, the agency must refund everything it collected.',
  'msg.basis.tour-i-cancelled':
    'Under Article 65 of the Tourism Law, when a traveller ends the contract, the agency must refund the balance after necessary costs; under Article 12 of the Supreme People’s Court Provisions on Travel Disputes, costs not yet actually incurred are to be refunded.',
  'msg.basis.provider-cancelled':
    'Under Articles 563 and 566 of the Civil Code, when the other side makes clear it will not perform its main obligation, I may end the contract and ask to be restored to where I was.',
  'msg.basis.hidden-fee':
    'Under Article 496 of the Civil Code, where the party using standard terms did not point out a term of great interest to me, so that I did not notice it, I may claim that term is not part of the contract.',
  'msg.basis.add-on':
    'Under Article 17 of the Measures for Supervising Online Transactions, a bundled option may not be set as agreed by default.',
  'msg.what-i-ask': 'What I ask: {ask}.',
  'msg.ask.quality-return': 'a return and a full refund of {amount}, with the return postage paid by the seller',
  'msg.ask.quality-remedy':
    'a replacement or a repair; or, where the fault defeats the purpose of the purchase, a return and a refund',
  'msg.ask.quality-remedy.consumable':
    'a replacement; or, where the fault defeats the purpose of the purchase, a return and a refund',
  'msg.ask.with-food-costs': '{ask}; and any reasonable losses from eating it, such as medical costs',
  'msg.ask.quality-remedy.not-as-described':
    'an item that matches the description, or a lower price; or, where the difference defeats the purpose of the purchase, a return and a refund',
  'msg.ask.quality-remedy.counterfeit-goods':
    'a return and a full refund, with the seller paying the transport and other necessary costs',
  'msg.ask.quality-remedy.wrong-or-missing-items':
    'the right item or the missing items sent; or, where the mistake defeats the purpose of the purchase, a return and a refund',
  'msg.ask.quality-remedy.wrong-item':
    'the right item sent; if it is still not sent within a reasonable time, or the wrong item defeats the purpose of the purchase, a return and a refund',
  'msg.ask.quality-remedy.missing-items':
    'the missing items or parts sent; if they are still not sent within a reasonable time, a refund for what is missing; where what is missing defeats the purpose of the purchase, a return and a refund',
  'msg.ask.quality-remedy.packaging': 'intact packaging sent, or a fair reduction in the price',
  'msg.ask.send-what-is-right.wrong-or-missing-items':
    'the right item or the missing items sent, with the postage this causes paid by the seller',
  'msg.ask.send-what-is-right.wrong-item': 'the right item sent, with the postage this causes paid by the seller',
  'msg.ask.send-what-is-right.missing-items':
    'the missing items or parts sent, with the postage this causes paid by the seller',
  'msg.ask.send-what-is-right.short-weight':
    'the missing weight ([weight short]) made up, with any postage this causes paid by the seller',
  'msg.ask.if-knew': 'if you knew of this problem when you sold it and did not tell me, {ask}',
  'msg.ask.bad-part': 'a refund of [amount], the price of the part that is bad; I keep the rest',
  'msg.ask.bad-part.returned': 'a refund of [amount], the price of the part that is bad, to the way I paid',
  'msg.ask.refund-missing-part': 'a refund of [amount], the price of what is missing; I keep what arrived',
  'msg.ask.no-reason-return':
    'a return of the item under the 7-day no-reason rule, with a return address, and a refund within 7 days of the item being received back',
  'msg.ask.delivery': 'delivery again, or a full refund of {amount}',
  'msg.ask.delivery.not-arrived': 'delivery of the item to me now, or a full refund of {amount}',
  'msg.ask.late-delivery':
    'shipping by {date}; if it has not shipped by then, I will end the contract and ask for a full refund of {amount}',
  'msg.ask.late-delivery.final':
    'shipping by {date}; if you have not shipped by then, I will end the contract and ask for a full refund of {amount}',
  'msg.ask.late-delivery.final.fill-in':
    'shipping by [date]; if you have not shipped by then, I will end the contract and ask for a full refund of {amount}',
  'msg.late-delivery.demand-passed':
    'What I ask: that the contract be ended and a full refund of {amount}. On [the day you sent it] I asked the seller to ship by [the date it gave]; the seller has still not shipped. The chat is attached.',
  'msg.late-delivery.demand-passed.seller':
    'What I ask: that the contract be ended and a full refund of {amount}. On [the day you sent it] I asked you to ship by [the date it gave], and you have still not shipped.',
  'msg.late-delivery.demand-passed.private':
    'What I ask: that the contract be ended and a full refund of {amount}. On [the day you sent it] I asked you to ship by [the date it gave], and you have still not shipped.',
  'msg.ask.late-delivery.later':
    'shipping without further delay; if the seller has not shipped by {date}, I will end the contract and ask for a full refund of {amount}',
  'msg.ask.price-difference': 'the price difference refunded, under the price-protection promise',
  'msg.ask.perform-or-compensate':
    'shipping at the order price, with the tracking number; if it cannot be shipped, a refund of the whole price (less anything already refunded), and compensation for my loss',
  'msg.ask.meal-remedy.spilled': 'remake the dishes that spilled, or refund that part of the price',
  'msg.ask.meal-remedy.wrong-dish': 'send what I ordered, or refund the price of what came wrong',
  'msg.ask.meal-remedy.missing-dish': 'send what did not come, or refund its price',
  'msg.ask.meal-remedy.packaging-broken': 'remake the dishes whose packaging broke, or refund that part of the price',
  'msg.ask.meal-part-refund.wrong-dish': 'a refund of [amount], the price of what came wrong',
  'msg.ask.meal-part-refund.missing-dish': 'a refund of [amount], the price of what did not come',
  'msg.ask.meal-part-refund.spilled': 'a refund of [amount], the price of the dishes that spilled',
  'msg.ask.meal-part-refund.packaging-broken': 'a refund of [amount], the price of the dishes whose packaging broke',
  'msg.ask.meal-late.promised': 'pay the compensation for lateness that the order page promised',
  'msg.ask.meal-late.not-promised': 'a refund of [amount] for the late delivery',
  'msg.ask.meal-refund': 'refund the full {amount} paid for this order',
  'msg.ask.meal-refund-and-costs':
    'refund the full {amount} paid for this order, and pay any reasonable losses it caused, such as medical costs',
  'msg.ask.trip-full-refund': 'refund the full {amount} to my original payment method, with no fee',
  'msg.ask.trip-balance':
    'refund the balance after the necessary costs actually incurred, and list in writing each cost taken off and its basis',
  'msg.ask.trip-fee-back':
    'refund the fee, or explain in writing its basis and how it was pointed out to me when I booked',
  'msg.ask.add-on': 'cancel this add-on that was ticked by default, and refund the [add-on price]',
  'msg.ask.favour-return': 'that you make an exception and take it back for a refund; I will pay the return postage',
  'msg.ask.earnest-double': 'the deposit returned double',
  'msg.ask.advance': 'a refund of the advance payment I made',
  'msg.ask.presale-at-least':
    'a refund of the pre-sale payment I made, or, if it was a 定金, the deposit returned double',
  'msg.ask.presale-payment': 'a refund of the pre-sale payment I made',
  'msg.ask.seller-details':
    'the seller’s real name, address and valid contact details, or, if the platform cannot give them, compensation from the platform',
  'msg.ask.breach-remedy':
    'a return and a refund of {amount}, or the cost of a repair paid by the seller, or a fair price reduction',
  'msg.ask.breach-remedy.to-private':
    'a return and a refund of {amount}, or the cost of a repair paid by you, or a fair price reduction',
  'msg.ask.breach-remedy.consumable': 'a return and a refund of {amount}, or a replacement',
  'msg.ask.breach-remedy.not-as-described':
    'a return and a refund of {amount}, or an item that matches the description, or a lower price',
  'msg.ask.breach-remedy.missing-items':
    'the missing items or parts sent, or a refund for what is missing; where what is missing defeats the purpose of the purchase, a return and a refund',
  'msg.ask.breach-remedy.return': 'a return and a refund of {amount}',
  'msg.ask.prepaid':
    'the service as agreed; or a refund of [unused amount], the prepayment not yet used, with its interest',
  'msg.ask.prepaid-moved':
    'to end the contract, and a refund of [unused amount], the prepayment not yet used, with its interest',
  'msg.ask.prepaid.private': 'the service as agreed; or a refund of [amount not provided], for the part not provided',
  'msg.ask.prepaid-principal': 'a refund of the {amount} I prepaid',
  'msg.ask.prepaid-unused': 'to end the contract and refund [unused amount] for the part I have not used',
  'msg.ask.auto-renewal': 'the automatic renewal cancelled, and the amount charged for this renewal refunded',
  'msg.ask.download': 'a fix, or a refund',
  'msg.ask.refund-now': 'the refund at once, to the way I paid',
  'msg.ask.lower-price-or-refund':
    'the seller to lower the price by [reduction] and send the item back to me; or, if the seller agrees to a refund, a refund to the way I paid',
  'msg.ask.lower-price-or-refund.to-private':
    'a lower price, by [reduction], with the item sent back to me; or, if you agree to a refund, the refund to the way I paid',
  'msg.ask.packaging-or-refund.returned':
    'the seller to replace the packaging with an intact one, or lower the price by [reduction], and send the item back to me; or, if the seller agrees to a refund, a refund to the way I paid',
  'msg.ask.packaging-or-refund.returned.to-seller':
    'intact packaging, or the price lowered by [reduction], with the item sent back to me; or, if you agree to a refund, the refund to the way I paid',
  'msg.ask.refund-or-send-back': 'a refund to the way I paid, or the item sent back to me',
  'msg.extra.test-offer': 'If a test is needed, I will cooperate; the testing body can be agreed between us.',
  'msg.basis.refund-due':
    'Under Article 13 of the 7-Day Return Measures, where the returned goods are intact, the seller must refund within 7 days of receiving them.',
  'msg.basis.refund-due-if-accepted':
    'If the seller accepts this return, Article 13 of the 7-Day Return Measures requires it, where the returned goods are intact, to refund within 7 days of receiving them.',
  'msg.extra.refund-due.quality':
    'For goods that do not meet quality requirements, failing without good reason to refund for more than 15 days from my request counts as deliberate delay or unreasonable refusal (Measures for Penalising Infringements of Consumer Rights, Article 8).',
  'msg.happened.returned-damaged.claimed':
    'The seller says the return arrived damaged. When I sent it, the item was [unused, intact and well packed]. Please check its condition when the seller signed for it, and ask the seller for its evidence.',
  'msg.happened.returned-damaged.claimed.to-seller':
    'You say the return arrived damaged. When I sent it, the item was [unused, intact and well packed]. Please show your evidence of its condition when you signed for it.',
  'msg.happened.returned-damaged.claimed.to-private':
    'You say the return arrived damaged. When I sent it, the item was [unused, intact and well packed]. Please show your evidence of its condition when you signed for it.',
  'msg.extra.inspection.sent-back':
    'You say you refund after checking the item: the check has to fit within those 7 days, and more than 15 days without a refund can be penalised under the law (Article 31 of the same Measures).',
  'msg.extra.inspection.sent-back.no-fine':
    'You say you refund after checking the item: if you accept the return, please check it and refund within those 7 days; if not, please send the item back to me.',
  'msg.extra.inspection.sent-back.quality':
    'You say you refund after checking the item, but checking is no reason to delay the refund.',
  'msg.extra.returned-damaged':
    'You say the item arrived back damaged: please send the photos or video taken when you received it, and the courier’s damage record.',
  'msg.extra.seller-details-private':
    'Please give me the seller’s real name and contact details, so that I can go to court.',
  'msg.extra.platform-step-in': 'I contacted the seller and it was not resolved; I ask the platform to step in.',
  'msg.extra.platform-step-in.quoted': 'I ask the platform to step in.',
  'msg.extra.platform-decided': 'I asked the platform to step in, and it did not uphold my request.',
  'msg.extra.taobao-non-delivery-burden':
    'Under Article 38 of Taobao’s dispute rules, where the buyer says the goods never arrived, the seller must prove delivery.',
  'msg.extra.taobao-postage-fault.wrong-size-colour':
    'Under Article 49 of Taobao’s dispute rules, once Taobao steps in, a dispute over postage is settled by the rule that whoever erred bears it; sending the wrong colour or size was the seller’s error.',
  'msg.extra.taobao-postage-fault.wrong-item':
    'Under Article 49 of Taobao’s dispute rules, once Taobao steps in, a dispute over postage is settled by the rule that whoever erred bears it; sending the wrong item was the seller’s error.',
  'msg.extra.taobao-postage-fault.missing-items':
    'Under Article 49 of Taobao’s dispute rules, once Taobao steps in, a dispute over postage is settled by the rule that whoever erred bears it; leaving items out was the seller’s error.',
  'msg.extra.taobao-postage-fault.wrong-or-missing-items':
    'Under Article 49 of Taobao’s dispute rules, once Taobao steps in, a dispute over postage is settled by the rule that whoever erred bears it; sending the wrong item or leaving items out was the seller’s error.',
  'msg.extra.taobao-postage-fault.short-weight':
    'Under Article 49 of Taobao’s dispute rules, once Taobao steps in, a dispute over postage is settled by the rule that whoever erred bears it; delivering less than the weight ordered was the seller’s error.',
  'msg.extra.taobao-fake-burden':
    'Under Article 66 of Taobao’s dispute rules, where the buyer says the goods are counterfeit, the seller must provide documents such as the maker’s distribution papers to show where the goods came from. Please ask the seller for them.',
  'msg.extra.seller-refused': 'I contacted the seller, and it was not resolved.',
  'msg.extra.no-refund-term-void':
    'Under Article 9 of the same Interpretation, a standard term that takes away a consumer’s lawful right to end the contract or get the prepayment back is void.',
  'msg.extra.platform-refused':
    'I contacted the seller and it was not resolved; I asked the platform to step in, and it did not uphold my request.',
  'msg.extra.platform-refused.to-seller':
    'We could not resolve it between us; I asked the platform to step in, and it did not uphold my request.',
  'msg.extra.platform-refused.to-private':
    'We could not resolve it between us; I asked the platform to step in, and it did not uphold my request.',
  'msg.extra.seller-refused.silent': 'I contacted the seller, and it never answered.',
  'msg.extra.platform-refused.silent':
    'I contacted the seller and it never answered; I asked the platform to step in, and it did not uphold my request.',
  'msg.extra.platform-refused.silent.to-seller':
    'I contacted your shop and never had an answer; I asked the platform to step in, and it did not uphold my request.',
  'msg.extra.platform-refused.silent.to-private':
    'I contacted you and never had an answer; I asked the platform to step in, and it did not uphold my request.',
  'msg.seller-error.wrong-size-colour': 'Sending the wrong colour or size',
  'msg.seller-error.wrong-item': 'Sending the wrong item',
  'msg.seller-error.missing-items': 'Leaving items out',
  'msg.seller-error.wrong-or-missing-items': 'Sending the wrong item, or leaving items out,',
  'msg.seller-error.short-weight': 'Delivering less than the weight ordered',
  'msg.reply.quality':
    'My rights here come from Article 24 of the Consumer Rights Protection Law, on goods that do not meet quality requirements; the reason you gave does not change them.',
  'msg.reply.quality.others':
    'My rights here come from Article 24 of the Consumer Rights Protection Law, on goods that do not meet quality requirements; the reason the seller gave does not change them.',
  'msg.reply.quality.after-basis': 'The reason you gave does not change my rights under Article 24 above.',
  'msg.reply.quality.after-basis.others':
    'The reason the seller gave does not change my rights under Article 24 above.',
  'msg.reply.quality.wrong-item':
    '{error} does not match what we agreed: under Article 582 of the Civil Code I may reasonably choose a replacement, a return or a lower price, whatever the reason you gave.',
  'msg.reply.quality.missing':
    '{error} does not match what was agreed, whatever the reason you gave; you are liable for that (Article 577 of the Civil Code), and my request is set out above.',
  'msg.reply.quality.missing.others':
    '{error} does not match what was agreed, whatever reason the seller gave; the seller is liable for that (Article 577 of the Civil Code), and my request is set out above.',
  'msg.reply.quality.missing.after-basis':
    '{error} does not match what was agreed, whatever the reason you gave; you are liable for it under the Civil Code article above, and my request is set out above.',
  'msg.reply.quality.missing.after-basis.others':
    '{error} does not match what was agreed, whatever reason the seller gave; the seller is liable for it under the Civil Code article above, and my request is set out above.',
  'msg.reply.quality.wrong-item.others':
    '{error} does not match what was agreed: under Article 582 of the Civil Code I may reasonably choose a replacement, a return or a lower price, whatever the reason the seller gave.',
  'msg.reply.quality.wrong-item.after-basis':
    '{error} does not match what we agreed, and my choice under Article 582 above stands whatever the reason you gave.',
  'msg.reply.quality.wrong-item.after-basis.others':
    '{error} does not match what was agreed, and my choice under Article 582 above stands whatever the reason the seller gave.',
  'msg.reply.signed-for-no-refund':
    'A term that signing means accepting the quality is void (Supreme People’s Court Online Consumption Provisions (I), Article 1), and signing does not affect what I ask above.',
  'msg.reply.signed-for-no-refund.missing':
    'Even where what I signed listed the quantity, signing only presumes I checked it, unless evidence overturns that (Civil Code, Article 623). I can provide evidence that it was short when it arrived: [e.g. the weight on the courier record, photos taken on opening or weighing].',
  'msg.reply.signed-for-no-refund.missing.collected':
    'Even where what I signed listed the quantity, signing only presumes I checked it, unless evidence overturns that (Civil Code, Article 623). I can provide evidence that it was short when it arrived: [e.g. a photo of it on the group leader’s or a public scale, the weight label, the message I sent the leader on pickup day].',
  'msg.reply.signed-for-no-refund.missing.unboxing':
    'Even where what I signed listed the quantity, signing only presumes I checked it, unless evidence overturns that (Civil Code, Article 623). What is missing was not in the box when I opened it; I have kept the unboxing video and can provide it.',
  'msg.reply.signed-for-no-refund.unboxing':
    'A term that signing means accepting the quality is void (Supreme People’s Court Online Consumption Provisions (I), Article 1), and signing does not affect what I ask above. The damage was there when I opened the box: I have kept the unboxing video and can provide it.',
  'msg.reply.signed-for-no-refund.no-reason':
    'The 7 days of a no-reason return run from receiving the goods, so signing for them does not end that right (Consumer Rights Protection Law, Article 25).',
  'msg.reply.signed-for-no-refund.no-reason.after-basis':
    'The 7 days run from receiving the goods, so signing for them does not end the right above.',
  'msg.reply.signed-for-no-refund.not-received':
    'A signature in the tracking is not me receiving the parcel. A courier may not confirm receipt for me without my consent (Measures for the Express Delivery Market, Article 28); until the goods are delivered to me, the risk is your shop’s (Civil Code, Article 604).',
  'msg.reply.signed-for-no-refund.not-received.others':
    'A signature in the tracking is not me receiving the parcel. A courier may not confirm receipt for me without my consent (Measures for the Express Delivery Market, Article 28); until the goods are delivered to me, the risk is the seller’s (Civil Code, Article 604).',
  'msg.reply.not-a-quality-issue.no-reason':
    'A 7-day no-reason return needs no reason, whether or not there is a fault (Consumer Rights Protection Law, Article 25).',
  'msg.reply.not-a-quality-issue.no-reason.after-basis':
    'A 7-day no-reason return needs no reason, whether or not there is a fault.',
  'msg.reply.not-a-quality-issue.durable':
    'This item is one of the durable goods listed in Article 23 of the Consumer Rights Protection Law: for a defect found within 6 months of receipt, the seller bears the burden of proof. I found the problem on [date found], within 6 months of delivery.',
  'msg.reply.not-a-quality-issue':
    'In normal use, goods must have the quality and performance they should, and match the quality the seller described (Consumer Rights Protection Law, Article 23).',
  'msg.reply.deadline-passed':
    'I am making this request within 7 days of receiving the goods, inside the legal limit, and a platform’s after-sales window does not cut my legal rights.',
  'msg.reply.deadline-passed.asked':
    'I asked for the return within 7 days of receiving the goods (see above), inside the legal limit, and a platform’s after-sales window does not cut my legal rights.',
  'msg.reply.deadline-passed.asked.no-platform':
    'I asked for the return within 7 days of receiving the goods (see above), inside the legal limit.',
  'msg.reply.deadline-passed.after-7-days':
    'More than 7 days after receipt I can still make the request above under the law, and a platform’s after-sales window does not cut my legal rights.',
  'msg.reply.deadline-passed.no-platform':
    'I am making this request within 7 days of receiving the goods, inside the legal limit.',
  'msg.reply.deadline-passed.after-7-days.no-platform':
    'More than 7 days after receipt I can still make the request above under the law.',
  'msg.asked-in-time.regulator.refused':
    'I had also asked the seller for a return on or before {refused}, within 7 days of receiving the goods, and it refused on {refused}; {record}. {ask}.',
  'msg.asked-in-time.refused':
    'Also, I asked for a return on or before {refused}, within 7 days of receiving the goods, and you refused on {refused}; {record}. {ask}.',
  'msg.asked-in-time.regulator':
    'I had also asked the seller for a return on [date you asked], within 7 days of receiving the goods; {record}. {ask}.',
  'msg.asked-in-time':
    'Also, I asked for a return on [date you asked], within 7 days of receiving the goods; {record}. {ask}.',
  'msg.in-time-ask.return': 'Please first process the return and refund I asked for',
  'msg.in-time-ask.refund': 'Please refund me on that request',
  'msg.in-time-ask.regulator.return': 'I ask for that return and refund',
  'msg.in-time-ask.regulator.refund': 'I ask for the refund on that request',
  'msg.reply.deadline-passed.no-reason':
    'I asked for the return within 7 days of receiving the goods, inside the legal time limit; the 7 days start the day after signing (7-Day Return Measures, Article 10).',
  'msg.reply.opened-so-no-return':
    'Under the Supreme People’s Court Online Consumption Provisions (I), Article 3, and Article 19 of the Implementing Regulations of the Consumer Rights Protection Law, where the package was opened to inspect the item and the item is intact, the return cannot be refused because it was opened.',
  'msg.reply.tags-off-or-used.only-checked':
    'I only opened it and tried it to check it, and used it no further; any tags are still on. Under Article 8 of the 7-Day Return Measures, opening the packaging to inspect the goods, or testing them reasonably, does not affect their being intact.',
  'msg.reply.item-excluded-from-returns':
    'Beyond the goods the law lists, an item is excluded only where its nature makes it unsuitable and the buyer confirmed it when buying.',
  'msg.reply.item-excluded-from-returns.not-confirmed':
    'When I bought it, I was not asked to confirm that this item has no 7-day return, and I did not confirm it. Without the buyer’s confirmation, a seller may not refuse a no-reason return (Article 19 of the Implementing Regulations of the Consumer Rights Protection Law).',
  'msg.reply.item-excluded-from-returns.not-confirmed.others':
    'When I bought it, the seller did not ask me to confirm that this item has no 7-day return, and I did not confirm it. Without the buyer’s confirmation, a seller may not refuse a no-reason return (Article 19 of the Implementing Regulations of the Consumer Rights Protection Law).',
  'msg.reply.item-excluded-from-returns.not-confirmed.after-basis':
    'When I bought it, I was not asked to confirm that this item has no 7-day return, and I did not confirm it.',
  'msg.reply.item-excluded-from-returns.not-confirmed.after-basis.others':
    'When I bought it, the seller did not ask me to confirm that this item has no 7-day return, and I did not confirm it.',
  'msg.reply.sold-as-is':
    '“Sold as is, no returns” cannot reduce or remove a business’s liability for the quality of its goods. Under Article 26 of the Consumer Rights Protection Law, such a rule, whether in standard terms, a notice or a statement, is void.',
  'msg.reply.sold-as-is.wrong-item':
    '“Sold as is, no returns” cannot excuse you from delivering what was ordered; under Article 26 of the Consumer Rights Protection Law such a rule is void.',
  'msg.reply.sold-as-is.wrong-item.others':
    '“Sold as is, no returns” cannot excuse the seller from delivering what was ordered; under Article 26 of the Consumer Rights Protection Law such a rule is void.',
  'msg.basis.as-is-knew':
    'About “sold as is, no returns”: did you know of this problem when you sold it? A seller who, deliberately or through gross negligence, did not tell the buyer of a defect may not rely on such a term to reduce or escape liability (Civil Code, Article 618).',
  'msg.reply.sale-items-no-returns':
    'A rule that sale items cannot be returned takes away consumers’ rights, and whether it is made in standard terms, a notice, a statement or a shop sign, it is void under Article 26 of the Consumer Rights Protection Law.',
  'msg.reply.you-pay-return-shipping':
    'Under Article 24 of the Consumer Rights Protection Law, where goods do not meet quality requirements, the seller bears the transport and other necessary costs of the return.',
  'msg.reply.you-pay-return-shipping.after-basis':
    'This is a problem with the item, not a no-reason return, so the return postage is not mine to pay.',
  'msg.reply.you-pay-return-shipping.promised':
    'The product page promised free returns (退货包运费): that is something agreed. Under Article 12 of the Consumer Rights Protection Law’s Implementing Regulations, a business must keep what it promised. Please bear the return postage, as promised.',
  'msg.reply.packaging-not-a-return': 'I am not asking to send the item back, so the reason you gave does not apply.',
  'msg.reply.packaging-not-a-return.others':
    'I am not asking to send the item back, so the reason the seller gave does not apply.',
  'msg.reply.you-pay-return-shipping.wrong-item':
    '{error} does not match what we agreed. Under Article 577 of the Civil Code you must put it right or pay for my loss, and I count the postage involved as part of that loss.',
  'msg.reply.you-pay-return-shipping.wrong-item.others':
    '{error} does not match what was agreed. Under Article 577 of the Civil Code the seller must put it right or pay for my loss, and I count the postage involved as part of that loss.',
  'msg.reply.you-pay-return-shipping.wrong-item.after-basis':
    '{error} does not match what we agreed, and I count the postage involved as part of the loss, which Article 577 above puts on you.',
  'msg.reply.you-pay-return-shipping.wrong-item.after-basis.others':
    '{error} does not match what was agreed, and I count the postage involved as part of the loss, which Article 577 above puts on the seller.',
  'msg.reply.store-credit-only':
    'The refund must go back the way I paid; I do not agree to coupons or store credit instead (7-Day Return Measures, Article 14).',
  'msg.reply.refund-after-inspection':
    'Where the returned goods are intact, the seller must refund within 7 days of receiving them; a seller that has not refunded after more than 15 days can be penalised under the law (7-Day Return Measures, Articles 13 and 31).',
  'msg.reply.refund-after-inspection.no-fine':
    'Where the returned goods are intact, the seller must refund within 7 days of receiving them (7-Day Return Measures, Article 13).',
  'msg.reply.refund-after-inspection.quality':
    'Checking the item is no reason to hold back the refund: for goods that do not meet quality requirements, failing without good reason to refund for more than 15 days from my request counts as deliberate delay or unreasonable refusal (Measures for Penalising Infringements of Consumer Rights, Article 8).',
  'msg.reply.contact-the-manufacturer':
    'I bought the item from your shop. Under Article 40 of the Consumer Rights Protection Law I can claim from the seller, who can then recover from the maker.',
  'msg.reply.contact-the-manufacturer.others':
    'I bought the item from the seller. Under Article 40 of the Consumer Rights Protection Law I can claim from the seller, who can then recover from the maker.',
  'msg.reply.contact-the-manufacturer.no-reason':
    'I bought it from your shop. Under Article 25 of the Consumer Rights Protection Law, a 7-day no-reason return is made to the business that sold it online; the maker has no part in it.',
  'msg.reply.contact-the-manufacturer.no-reason.others':
    'I bought it from the seller. Under Article 25 of the Consumer Rights Protection Law, a 7-day no-reason return is made to the business that sold it online; the maker has no part in it.',
  'msg.reply.contact-the-manufacturer.no-reason.after-basis':
    'I bought it from your shop: the return is yours to handle, and the maker has no part in it.',
  'msg.reply.contact-the-manufacturer.no-reason.after-basis.others':
    'I bought it from the seller: the return is the seller’s to handle, and the maker has no part in it.',
  'msg.reply.final-interpretation-right':
    'A term giving the shop the final say is void (Supreme People’s Court Online Consumption Provisions (I), Article 1).',
  'msg.reply.platform-has-decided':
    'The platform’s decision is not the end: I can still complain to the market regulator or sue (Consumer Rights Protection Law, Article 39).',
  'msg.reply.price-mistake':
    'If you believe the price was a serious mistake (重大误解), under Article 147 of the Civil Code you must ask a court or an arbitration body to annul the sale; you cannot cancel the order on your own.',
  'msg.reply.price-mistake.others':
    'If the seller believes the price was a serious mistake (重大误解), under Article 147 of the Civil Code it must ask a court or an arbitration body to annul the sale; it cannot cancel the order on its own.',
  'msg.reply.out-of-stock':
    'Being out of stock does not end a contract already formed; a seller that cannot deliver bears liability for breach under Article 577 of the Civil Code.',
  'msg.reply.cooked-elsewhere':
    'I ordered from your shop. Under Article 19 of the Supreme People’s Court Online Consumption Provisions (I), courts do not accept a restaurant’s defence that the order was made by someone else.',
  'msg.reply.cooked-elsewhere.others':
    'I ordered from the seller. Under Article 19 of the Supreme People’s Court Online Consumption Provisions (I), courts do not accept a restaurant’s defence that the order was made by someone else.',
  'msg.reply.ask-the-courier.meal':
    'Under Article 20 of the E-Commerce Law, the business must deliver in the way and time promised or agreed, and bears the risk in transit. Delivery problems are for you to settle with the delivery service; they do not affect my claim against you.',
  'msg.reply.ask-the-courier.meal.others':
    'Under Article 20 of the E-Commerce Law, the business must deliver in the way and time promised or agreed, and bears the risk in transit. Delivery problems are for the seller to settle with the delivery service; they do not affect my claim against the seller.',
  'msg.reply.ask-the-courier.meal.after-basis':
    'Delivery problems are for you to settle with the delivery service; they do not affect my claim against you.',
  'msg.reply.ask-the-courier.meal.after-basis.others':
    'Delivery problems are for the seller to settle with the delivery service; they do not affect my claim against the seller.',
  'msg.reply.not-a-quality-issue.meal':
    'What I reported is not a matter of taste but a problem with the food itself. If we disagree about it, we can agree on a test; if we cannot agree, the market regulator handling a complaint may name a testing body (Implementing Regulations of the Consumer Rights Protection Law, Article 47).',
  'msg.reply.not-a-quality-issue.meal.ill':
    'What I reported is not a matter of taste: I became unwell after eating this food. If we disagree about the food’s condition, we can agree on a test; if we cannot agree, the market regulator handling a complaint may name a testing body (Implementing Regulations of the Consumer Rights Protection Law, Article 47).',
  'msg.reply.item-excluded-from-returns.meal':
    'I am not asking for a no-reason return: the food delivered did not match what was agreed, so under Article 582 of the Civil Code I may ask for it to be redone or replaced, or for a lower price.',
  'msg.reply.item-excluded-from-returns.meal.after-basis':
    'I am not asking for a no-reason return: the food delivered did not match what was agreed, and I ask under Article 582 above.',
  'msg.reply.store-credit-only.money':
    'I do not accept coupons, vouchers or store balance in place of what I ask for above.',
  'msg.reply.fee-in-the-rules.not-shown':
    'When I booked, I saw nothing pointing out this fee. Under Article 496 of the Civil Code, where the party using standard terms did not point out such a term, so that I did not notice it, I may claim it is not part of the contract.',
  'msg.reply.fee-in-the-rules.not-shown.after-basis':
    'That the rules mention this fee does not mean it was pointed out to me when I booked.',
  'msg.reply.fee-in-the-rules.costs':
    'Please list the costs actually incurred. Costs not yet actually incurred are to be refunded (Supreme People’s Court Provisions on Travel Disputes, Article 12).',
  'msg.reply.fee-in-the-rules.costs.after-basis':
    'That the rules set a deduction does not mean those costs were actually incurred.',
  'msg.reply.fee-in-the-rules.cancelled':
    'I was not the one who cancelled. Under Article 26 of the Consumer Rights Protection Law, a standard term or notice that takes away a consumer’s rights is void.',
  'msg.reply.ask-the-courier':
    'Under Article 20 of the E-Commerce Law, the seller bears the risks of transport. A courier problem is yours to take up with the courier; my claim is against you.',
  'msg.reply.ask-the-courier.others':
    'Under Article 20 of the E-Commerce Law, the seller bears the risks of transport. A courier problem is the seller’s to take up with the courier; my claim is against the seller.',
  'msg.reply.ask-the-courier.after-basis':
    'A courier problem is yours to take up with the courier; my claim is against you.',
  'msg.reply.ask-the-courier.after-basis.others':
    'A courier problem is the seller’s to take up with the courier; my claim is against the seller.',
  'msg.reply.deposit-not-refundable.advance': '“Deposits are not refundable” does not apply to this 订金.',
  'msg.reply.deposit-not-refundable.seller-failed':
    'It is your shop that did not perform, so under Article 587 of the Civil Code the deposit must be returned double.',
  'msg.reply.deposit-not-refundable.seller-failed.others':
    'It is the seller that did not perform, so under Article 587 of the Civil Code the deposit must be returned double.',
  'msg.reply.deposit-not-refundable.seller-failed.after-basis':
    'It is your shop that did not perform, so “deposits are not refundable” does not apply to this order.',
  'msg.reply.deposit-not-refundable.seller-failed.after-basis.others':
    'It is the seller that did not perform, so “deposits are not refundable” does not apply to this order.',
  'msg.reply.deposit-not-refundable.at-least':
    'It is your shop that did not perform. If this money was an 订金, it must be refunded; if it was a 定金, under Article 587 of the Civil Code it must be returned double.',
  'msg.reply.deposit-not-refundable.at-least.others':
    'It is the seller that did not perform. If this money was an 订金, it must be refunded; if it was a 定金, under Article 587 of the Civil Code it must be returned double.',
  'msg.reply.digital-no-refund.download':
    'I am not asking for a no-reason return: the item does not work as described, which is a quality problem, and being digital does not excuse it.',
  'msg.reply.digital-no-refund.cooling-off': '{excuse} does not rule out the request above.',
  'msg.reply.digital-no-refund.moved-away':
    '{excuse} does not rule out the request above to end the contract and refund the prepayment.',
  'msg.reply.digital-no-refund.auto-renewal':
    '{excuse} does not remove the duty to remind me prominently before renewing.',
  'msg.reply.digital-no-refund.service':
    'The course or service was not provided as agreed; under Article 53 of the Consumer Rights Protection Law the prepayment must be refunded if I ask.',
  'msg.reply.digital-no-refund.service.after-basis':
    '{excuse} does not remove the duty to refund under Article 53 above.',
  'msg.reply-by': 'Please reply by {date}.',
  'msg.reply-by.fill-in': 'Please reply by [reply deadline].',
  'msg.next.seller': 'If this is not resolved, I will ask the platform to step in and complain to 12315.',
  'msg.next.hope-agreed': 'I hope we can settle this between us.',
  'msg.next.seller-no-platform': 'If this is not resolved, I will pursue it by complaint or in court.',
  'msg.next.seller-private': 'If this is not resolved, I will ask the platform to step in, or take this to court.',
  'msg.next.seller.alongside':
    'So as not to miss the time limit for asking the platform to step in, I will also ask it to step in now; if this is still not resolved, I will complain to 12315.',
  'msg.next.seller-private.alongside':
    'So as not to miss the time limit for asking the platform to step in, I will also ask it to step in now; if this is still not resolved, I will take this to court.',
  'msg.next.seller-private-no-platform': 'If this is not resolved, I will take this to court.',
  'msg.next.refund-overdue.disputed': 'If there is no refund, I will ask the platform to step in.',
  'msg.next.refund-overdue.disputed.no-platform': 'If there is no refund, I will complain to 12315.',
  'msg.next.refund-overdue':
    'If there is no refund, I will ask the platform to step in and complain and report to 12315.',
  'msg.next.refund-overdue.no-platform': 'If there is no refund, I will complain and report to 12315.',
  'msg.next.platform-court': 'If the platform does not act, I will take the matter to court.',
  'msg.next.platform': 'If the platform does not act, I will complain to 12315.',
  'msg.next.court': 'This is my last written demand. If it is not dealt with by then, I will take the matter to court.',
  'msg.extra.fraud-reserved.regulator':
    'If the seller is found to have deceived me, I reserve the right under Article 55 of the Consumer Rights Protection Law to claim extra compensation of 3 times the price (at least ¥500).',
  'msg.extra.fraud-reserved':
    'If deceit on your part is established, I reserve the right under Article 55 of the Consumer Rights Protection Law to claim extra compensation of 3 times the price (at least ¥500).',
  'msg.next.platform-private': 'If the platform does not act, I will take this to court.',
  'msg.next.regulator': 'Please handle this under the law.',
  'msg.thanks': 'Thank you.',
};

export type MessageKey = keyof typeof messages;
