/**
 * The parts of the messages the user sends, in Chinese: the text that is copied and sent. Both pages load it (an
 * English plan shows the Chinese message and, from en/messages.ts, its meaning). Typed against the English meaning,
 * so a part without its meaning, or a meaning without its part, is a type error.
 */
import type { MessageKey } from '../en/messages';

export const messages: Record<MessageKey, string> = {
  'msg.blank.order-no': '【订单号】',
  'msg.opening.order': '您好，我是订单{order}的买家。',
  'msg.opening.order-and-shop': '您好，我是订单{order}的买家，卖家为“{shop}”。',
  'msg.opening.group-chat.seller': '您好，我是向您购买商品的买家。',
  'msg.opening.group-chat': '您好，我通过微信群向一名卖家购买了商品。',
  'msg.item.named': '“{item}”',
  'msg.item.unnamed': '该商品',
  'msg.item.meal': '外卖餐品',
  'msg.item.trip': '该订单',
  'msg.item.tour': '该旅游产品',
  'msg.item.service': '该课程或服务',
  'msg.item.renewal': '该订阅服务',
  'msg.paid.ordered': '我于{date}下单购买了{item}，实付{amount}。',
  'msg.paid.booked': '我于{date}预订并支付了{item}，实付{amount}。',
  'msg.paid.received': '我于{date}签收了{item}，支付{amount}。',
  'msg.paid.collected': '我于{date}收到{item}，支付{amount}。',
  'msg.paid.renewal': '{item}于{date}自动续费，扣款{amount}。',
  'msg.paid.presale.earnest': '我于{date}为{item}支付了定金{amount}。',
  'msg.paid.presale.advance': '我于{date}为{item}支付了订金{amount}。',
  'msg.paid.presale.unsure': '我于{date}为{item}支付了预售款项{amount}。',
  'msg.symptoms': '商品存在以下问题：{list}。',
  'msg.symptom.broken-on-arrival': '到货时已破损',
  'msg.symptom.does-not-work': '无法正常使用',
  'msg.symptom.stopped-working': '使用不久就出现故障',
  'msg.symptom.damaged-packaging': '外包装破损',
  'msg.symptom.spoiled': '食品变质或发霉',
  'msg.symptom.expired': '食品已过保质期',
  'msg.symptom.made-ill': '食用后身体不适',
  'msg.symptom.different-from-photos': '与商品页面图片不符',
  'msg.symptom.wrong-spec': '型号、规格或参数与描述不符',
  'msg.symptom.wrong-material': '材质与描述不符',
  'msg.symptom.wrong-size': '尺寸或容量与描述不符',
  'msg.symptom.wrong-item': '发来的是别的商品',
  'msg.symptom.wrong-size-colour': '颜色或尺码发错',
  'msg.symptom.missing-parts': '缺少配件',
  'msg.symptom.missing-items': '订单中的商品少发',
  'msg.symptom.short-weight': '重量不足，我订购的是【订购重量】，收到后称重只有【实称重量】',
  'msg.symptom.brand-denies': '品牌方表示不是正品',
  'msg.symptom.no-anti-fake': '防伪码查询不到或不符',
  'msg.symptom.poor-copy': '做工与正品明显不同',
  'msg.happened.defective-or-damaged': '商品存在质量问题：【具体问题，例如：无法开机】。',
  'msg.happened.defective-or-damaged.goods': '商品存在质量问题：【具体问题，例如：破损、开线、开裂】。',
  'msg.happened.defective-or-damaged.food': '商品存在质量问题：【具体问题，例如：发霉、变质】。',
  'msg.happened.defective-or-damaged.food.part': '商品存在质量问题：【具体问题，例如：部分发霉】。',
  'msg.excuse.price-mistake': '“价格标错了”',
  'msg.excuse.out-of-stock': '“没货了”',
  'msg.excuse.cooked-elsewhere': '“餐是别家做的，你去找他们”',
  'msg.excuse.fee-in-the-rules': '“退改规则里写了要扣费”',
  'msg.excuse.signed-for-no-refund': '“签收了就不退”',
  'msg.excuse.not-a-quality-issue': '“不是质量问题”',
  'msg.excuse.deadline-passed': '“已经过了售后期”',
  'msg.excuse.opened-so-no-return': '“拆封不退”',
  'msg.excuse.item-excluded-from-returns': '“该商品不支持7天无理由”',
  'msg.excuse.sale-items-no-returns': '“特价商品不退不换”',
  // Told, not quoted: the option names two things a seller may have said, and a quotation is one set of words.
  'msg.excuse.tags-off-or-used': '商品吊牌已剪或已经使用',
  'msg.excuse.you-pay-return-shipping': '“运费你自己出”',
  'msg.excuse.store-credit-only': '“只能退优惠券或余额”',
  'msg.excuse.refund-after-inspection': '“验货后再退”',
  'msg.excuse.contact-the-manufacturer': '“去找厂家”',
  'msg.excuse.sold-as-is': '“按现状出售，售出不退”',
  'msg.excuse.final-interpretation-right': '“最终解释权归本店”',
  'msg.excuse.ask-the-courier': '“去找快递”',
  'msg.excuse.ask-the-courier.meal': '“去找骑手”',
  'msg.excuse.deposit-not-refundable': '“定金不退”',
  'msg.excuse.digital-no-refund': '“虚拟商品不退”',
  'msg.excuse.returned-damaged': '“退回的商品有损坏”',
  'msg.happened.refused-saying': '卖家以{excuse}为由拒绝。',
  'msg.happened.refused-saying.to-seller': '贵店以{excuse}为由拒绝。',
  'msg.happened.refused-saying.to-private': '您以{excuse}为由拒绝。',
  'msg.happened.not-as-described': '商品与页面描述不符：【哪里不符】。',
  'msg.happened.counterfeit-goods': '我认为商品不是正品，理由是：【理由，例如：品牌方的答复】。',
  'msg.happened.wrong-or-missing-items': '收到的商品与订单不符：【发错了什么，或少发了什么】。',
  'msg.happened.box-damaged': '收到时商品外包装已经破损。',
  'msg.happened.no-reason-return': '我申请7天无理由退货，退回的商品会保持完好。',
  'msg.happened.no-reason-return.box':
    '我申请7天无理由退货。除收到时已有的外包装破损外，退回的商品会保持收到时的状态。',
  'msg.happened.no-reason-return.intact': '退回的商品会保持完好。',
  'msg.happened.no-reason-return.disputed': '我申请7天无理由退货。',
  'msg.happened.signed-not-received': '物流信息显示包裹已签收或已送达，但本人并未收到该包裹。',
  'msg.happened.locker-not-received': '物流显示包裹已放入快递柜或快递服务站。我没有同意过这样投递，也没有拿到包裹。',
  'msg.happened.not-received': '至今未收到商品。',
  'msg.happened.late-delivery': '商品至今仍未发货或送达，我没有收到。',
  'msg.happened.price-dropped':
    '我下单时商品页面写有价格保护（价保）承诺。【降价日期】，同一商品的售价为【降价后价格】元，低于我的成交价。',
  'msg.happened.seller-cancelled': '我付款后，卖家单方面取消了订单。',
  'msg.happened.seller-cancelled.to-seller': '我付款后，贵店单方面取消了订单。',
  'msg.happened.seller-cancelled.to-private': '我付款后，您单方面取消了订单。',
  'msg.happened.presale-seller-failed': '卖家没有按约定履行这笔预售订单。',
  'msg.happened.presale-seller-failed.to-seller': '贵店没有按约定履行这笔预售订单。',
  'msg.happened.presale-seller-failed.to-private': '您没有按约定履行这笔预售订单。',
  'msg.happened.presale-not-completed': '这笔预售订单没有完成。',
  'msg.happened.prepaid': '我已预先付款，但没有按约定提供全部服务。',
  'msg.happened.prepaid-moved': '我已预先付款。现在提供服务的地点已搬到【新地址】，我去接受服务明显不便。',
  'msg.happened.changed-mind-service': '我决定不再使用，并在付款之日起七日内提出退款要求。',
  'msg.happened.changed-mind-service.late': '我因个人原因，不再继续使用。',
  'msg.happened.auto-renewed': '扣款前我没有看到显著的续费提醒。',
  'msg.happened.download': '我购买的数字商品不能按描述正常使用。',
  'msg.happened.asked-no-reason-in-time': '我已于【申请退货的日期】（收货后七日内）申请七天无理由退货。',
  'msg.happened.asked-no-reason-in-time.refused': '我在{refused}或更早（收货后七日内）已申请七天无理由退货。',
  'msg.happened.private.listing-said.fake': '商品页面或聊天中对商品的描述是：【卖家的原话，例如：保证正品】。',
  'msg.happened.private.listing-said': '商品页面或聊天中对商品的描述是：【卖家的原话，例如：无任何故障】。',
  'msg.happened.returned': '我已将商品退回，卖家于{date}签收，至今未退款。',
  'msg.happened.asked-return': '我已于【提出退货的日期】（收货后七日内）向卖家提出退货要求，{record}。',
  'msg.happened.asked-return.to-seller': '我已于【提出退货的日期】（收货后七日内）提出退货要求，{record}。',
  'msg.happened.asked-return.refused': '我最晚在{refused}（收货后七日内）已向卖家提出退货要求，{record}。',
  'msg.happened.asked-return.refused.to-seller': '我最晚在{refused}（收货后七日内）已提出退货要求，{record}。',
  'msg.request-record.chat': '聊天记录附后',
  'msg.request-record.fill-in': '见【聊天或售后申请记录】',
  'msg.happened.returned.to-seller': '我已将商品退回，贵店已于{date}签收，至今未退款。',
  'msg.happened.returned.to-private': '我已将商品退回，您已于{date}签收，至今未退款。',
  'msg.happened.exclusion-confirmed': '我知道下单时确认过该商品不适用七天无理由退货。',
  'msg.happened.refused-as-excluded':
    '卖家以该商品不支持七天无理由退货为由拒绝。我购买时，卖家没有让我确认过这一点，我也没有确认过。',
  'msg.happened.refused-as-excluded.to-seller':
    '贵店以该商品不支持七天无理由退货为由拒绝。我购买时，贵店没有让我确认过这一点，我也没有确认过。',
  'msg.happened.refused-as-excluded.to-private':
    '您以该商品不支持七天无理由退货为由拒绝。我购买时，您没有让我确认过这一点，我也没有确认过。',
  'msg.happened.seller-unreachable': '卖家联系不上。',
  'msg.happened.seller-unreachable.asked-platform':
    '我已请平台提供卖家的真实姓名和联系方式，以便依法起诉，平台【未能提供／提供的信息为：……】。',
  'msg.happened.seller-unreachable.to-private': '我一直联系不上您。',
  'msg.happened.seller-unreachable.asked-platform.to-private':
    '我已请平台提供您的真实姓名和联系方式，以便依法起诉，平台【未能提供／提供的信息为：……】。',
  'msg.happened.shop-closed': '该店铺已关闭或联系不上。',
  'msg.happened.shop-closed.asked-platform':
    '我已请平台提供卖家的真实名称、地址和有效联系方式，平台【未能提供／提供的信息为：……】。',
  'msg.happened.meal.spilled': '外卖送达时餐品已洒漏。',
  'msg.happened.meal.wrong-dish': '送来的餐品与我点的不符。',
  'msg.happened.meal.missing-dish': '我点的餐品有一部分没有送到。',
  'msg.happened.meal.packaging-broken': '外卖送达时包装已破损。',
  'msg.happened.meal.gone-off': '送达的餐品已经变质。',
  'msg.happened.meal.smells-off': '送达的餐品有异味。',
  'msg.happened.meal.late-promised': '订单页面承诺了超时赔付。',
  'msg.happened.meal.told-ask-the-rider': '餐厅让我自己去找骑手处理。',
  'msg.happened.meal.late': '外卖比订单页面显示的送达时间晚了【多少分钟】才送到。',
  'msg.happened.meal.foreign-object': '餐品中有异物。',
  'msg.happened.meal.made-ill': '我食用这份餐品后出现身体不适。',
  'msg.happened.trip.tour-too-few': '旅行社以未达到成团人数为由解除了旅游合同。',
  'msg.happened.trip.tour-i-cancelled': '我已取消这次旅游（解除旅游合同）。',
  'msg.happened.trip.provider-cancelled': '这一预订已被对方取消。',
  'msg.happened.trip.hidden-fee': '我申请退改时，被收取了一笔手续费。我不记得下单时看到过有关这笔费用的提示。',
  'msg.happened.trip.add-on': '订单中的【附加产品名称】（【附加产品金额】元）是默认勾选的，并非我主动选择。',
  'msg.evidence-kept': '我保存有{list}。',
  'msg.evidence.order-page': '订单截图',
  'msg.evidence.listing': '商品页面截图',
  'msg.evidence.listing.booking': '预订页面截图',
  'msg.evidence.listing.group-chat': '商品信息截图',
  'msg.evidence.order-page.group-chat': '交易记录截图',
  'msg.evidence.chat.group-chat': '聊天记录',
  'msg.evidence.chat': '聊天记录',
  'msg.evidence.photos': '问题照片或视频',
  'msg.evidence.photos.meal': '餐品照片或视频',
  'msg.evidence.photos.pickup': '问题照片或视频',
  'msg.evidence.photos.sent-back': '问题照片或视频',
  'msg.evidence.photos.later': '问题照片或视频',
  'msg.evidence.unboxing': '开箱视频',
  'msg.evidence.tracking': '物流记录',
  'msg.evidence.tracking.in-transit': '物流记录',
  'msg.evidence.test-report': '检测报告',
  'msg.basis.quality-7-days':
    '依据《消费者权益保护法》第二十四条，商品不符合质量要求的，我可以自收到商品之日起七日内退货，运输等必要费用由经营者承担。',
  'msg.basis.quality-after-7-days':
    '依据《消费者权益保护法》第二十四条，商品不符合质量要求的，七日后可以要求经营者履行更换、修理等义务，符合法定解除合同条件的可以退货，运输等必要费用由经营者承担。',
  'msg.basis.quality-fallback-7-days':
    '如不能得到补救，依据《消费者权益保护法》第二十四条，商品不符合质量要求的，我也可以自收到商品之日起七日内退货，运输等必要费用由经营者承担。',
  'msg.basis.quality-fallback-after-7-days':
    '如不能得到补救，依据《消费者权益保护法》第二十四条，商品不符合质量要求、符合法定解除合同条件的，我也可以退货，运输等必要费用由经营者承担。',
  'msg.basis.part-of-goods': '依据《民法典》第六百三十二条，标的物为数物，其中一物不符合约定的，我可以就该物解除合同。',
  'msg.happened.denied-fault': '卖家以“不是质量问题”为由拒绝。',
  'msg.happened.denied-fault.to-seller': '贵店以“不是质量问题”为由拒绝。',
  'msg.happened.denied-fault.to-private': '您以“不是质量问题”为由拒绝。',
  'msg.basis.durable-burden':
    '本商品属于《消费者权益保护法》第二十三条列明的耐用商品，自收货之日起六个月内发现瑕疵的，由经营者承担有关瑕疵的举证责任。我于【发现问题的日期】发现该问题，在收货后六个月内。',
  'msg.basis.no-reason':
    '依据《消费者权益保护法》第二十五条，网购商品自收到之日起七日内可以无理由退货，退回商品的运费由消费者承担，另有约定的按照约定。',
  'msg.basis.exclusion-needs-confirmation':
    '依据《消费者权益保护法实施条例》第十九条，未经消费者确认，经营者不得拒绝无理由退货。',
  'msg.basis.fake-defeats-purpose':
    '依据《民法典》第五百六十三条，当事人一方有违约行为致使不能实现合同目的的，另一方可以解除合同；以假充真出售商品，就属于这种违约。',
  'msg.basis.delivery':
    '依据《电子商务法》第二十条，经营者应当按照承诺或者约定的方式、时限交付商品，并承担商品运输中的风险和责任。',
  'msg.basis.locker-needs-consent':
    '依据《快递市场管理办法》第二十八条，未经用户同意，快递企业不得代为确认收到快件，不得擅自将快件投递到智能快件箱、快递服务站。',
  'msg.basis.late-end':
    '依据《民法典》第五百六十三条，卖家迟延履行主要债务，经催告后在合理期限内仍未履行的，我可以解除合同。',
  'msg.basis.earnest-double':
    '依据《民法典》第五百八十七条，收受定金的一方不履行债务致使不能实现合同目的的，应当双倍返还定金。',
  'msg.basis.advance': '该款项在页面上称为“订金”。订金没有约定定金性质的，不适用定金罚则，不能以定金为由不予退还。',
  'msg.basis.fraud-reserved':
    '商品如经查实不是正品，我保留依据《消费者权益保护法》第五十五条要求增加赔偿的权利（价款的三倍，不足500元的为500元）。',
  'msg.basis.price-promise': '依据《消费者权益保护法实施条例》第十二条，经营者对价格作出的承诺，应当履行。',
  'msg.basis.order-formed':
    '依据《电子商务法》第四十九条，商品信息符合要约条件的，订单提交成功，合同即成立；约定消费者付款后合同不成立的格式条款无效。',
  'msg.basis.prepaid':
    '依据《消费者权益保护法》第五十三条，经营者以预收款方式提供商品或者服务，未按照约定提供的，应当按照消费者的要求履行约定或者退回预付款，并应当承担预付款的利息。',
  'msg.basis.prepaid-moved':
    '依据《最高人民法院关于审理预付式消费民事纠纷案件适用法律若干问题的解释》第十三条，经营者变更经营场所给消费者接受商品或者服务造成明显不便的，消费者请求解除预付式消费合同，人民法院应予支持。',
  'msg.basis.prepaid-balance':
    '依据该解释第十五条，预付式消费合同解除，消费者请求经营者返还剩余预付款并支付利息的，人民法院应予支持。',
  'msg.basis.prepaid-interest':
    '依据《最高人民法院关于审理预付式消费民事纠纷案件适用法律若干问题的解释》第十六条，没有约定的，因经营者原因返还预付款，按照合同成立时一年期贷款市场报价利率计算利息。',
  'msg.basis.as-described':
    '依据《消费者权益保护法》第二十三条，经营者应当保证其提供的商品或者服务的实际质量与表明的质量状况相符。',
  'msg.basis.cooling-off':
    '依据《最高人民法院关于审理预付式消费民事纠纷案件适用法律若干问题的解释》第十四条，消费者自付款之日起七日内请求经营者返还预付款本金的，人民法院应予支持。',
  'msg.basis.prepaid-own-reason':
    '依据《最高人民法院关于审理预付式消费民事纠纷案件适用法律若干问题的解释》第十九条，因消费者原因返还预付款，经营者提供过折扣的，已提供的部分按打折前的价格计算。',
  'msg.basis.auto-renewal':
    '依据《网络交易监督管理办法》第十八条，采取自动续费方式提供服务的，应当在自动续费日期前五日，以显著方式提请消费者注意，由消费者自主选择。',
  'msg.basis.meal-remedy':
    '依据《民法典》第五百八十二条，履行不符合约定的，我可以合理选择要求重作、更换、退货或者减少价款。',
  'msg.basis.breach-damages':
    '依据《民法典》第五百七十七条，履行合同义务不符合约定的，应当承担采取补救措施或者赔偿损失等违约责任。',
  'msg.basis.platform-liable':
    '依据《消费者权益保护法》第四十四条，网络交易平台提供者不能提供销售者的真实名称、地址和有效联系方式的，消费者可以向平台要求赔偿。',
  'msg.basis.breach-remedies':
    '依据《民法典》第五百八十二条，履行不符合约定的，我可以合理选择要求对方承担修理、重作、更换、退货、减少价款等违约责任。',
  'msg.basis.delivery-on-signature':
    '依据《民法典》第五百一十二条，网上订立的买卖以快递交付的，收货人的签收时间为交付时间。',
  'msg.basis.risk-until-delivery': '依据《民法典》第六百零四条，标的物毁损、灭失的风险，在交付之前由出卖人承担。',
  'msg.basis.food-reserved':
    '如该食品经认定不符合食品安全标准，我保留依据《食品安全法》第一百四十八条要求赔偿损失，并要求支付价款十倍或者损失三倍赔偿金的权利。',
  'msg.basis.tour-too-few':
    '依据《旅游法》第六十三条，因未达到约定的成团人数解除合同的，组团社应当向旅游者退还已收取的全部费用。',
  'msg.basis.tour-i-cancelled':
    '依据《旅游法》第六十五条，旅游者解除合同的，组团社应当在扣除必要的费用后将余款退还；依据《最高人民法院关于审理旅游纠纷案件适用法律若干问题的规定》第十二条，尚未实际发生的费用应当退还。',
  'msg.basis.provider-cancelled':
    '依据《民法典》第五百六十三条、第五百六十六条，对方明确表示不履行主要债务的，我可以解除合同，并要求恢复原状。',
  'msg.basis.hidden-fee':
    '依据《民法典》第四百九十六条，提供格式条款的一方未提示与我有重大利害关系的条款，致使我没有注意的，我可以主张该条款不成为合同的内容。',
  'msg.basis.add-on': '依据《网络交易监督管理办法》第十七条，搭售的选项不得设定为消费者默认同意。',
  'msg.what-i-ask': '我的要求是：{ask}。',
  'msg.ask.quality-return': '退货并全额退款{amount}，退货运费由卖家承担',
  'msg.ask.quality-remedy': '更换或修理；如质量问题致使不能实现合同目的，予以退货退款',
  'msg.ask.quality-remedy.consumable': '更换；如质量问题致使不能实现合同目的，予以退货退款',
  'msg.ask.with-food-costs': '{ask}；如因食用该食品产生医疗费等合理损失，一并赔偿',
  'msg.ask.quality-remedy.not-as-described':
    '更换为与描述相符的商品，或者减少价款；如因此不能实现合同目的，予以退货退款',
  'msg.ask.quality-remedy.counterfeit-goods': '退货并全额退款，运输等必要费用由卖家承担',
  'msg.ask.quality-remedy.wrong-or-missing-items':
    '换发正确的商品或者补发缺少的商品；如发错、少发致使不能实现合同目的，予以退货退款',
  'msg.ask.quality-remedy.wrong-item':
    '换发正确的商品；如在合理期限内仍未换发，或者发错致使不能实现合同目的，予以退货退款',
  'msg.ask.quality-remedy.missing-items':
    '补发少发的商品或缺少的配件；如在合理期限内仍未补发，退还缺少部分的价款；如少发致使不能实现合同目的，予以退货退款',
  'msg.ask.quality-remedy.packaging': '更换完好的外包装，或者适当减少价款',
  'msg.ask.send-what-is-right.wrong-or-missing-items': '换发正确的商品或者补发少发的商品，由此产生的运费由卖家承担',
  'msg.ask.send-what-is-right.wrong-item': '换发正确的商品，由此产生的运费由卖家承担',
  'msg.ask.send-what-is-right.missing-items': '补发少发的商品或缺少的配件，由此产生的运费由卖家承担',
  'msg.ask.send-what-is-right.short-weight': '补足不足的重量（【差额重量】），由此产生的运费由卖家承担',
  'msg.ask.if-knew': '如果您出售时知道这个问题而没有告诉我，{ask}',
  'msg.ask.bad-part': '退还有问题部分对应的货款【金额】元，其余商品我保留',
  'msg.ask.bad-part.returned': '按原支付方式退还有问题部分对应的货款【金额】元',
  'msg.ask.refund-missing-part': '退还少发部分对应的货款【金额】元，已收到的商品我保留',
  'msg.ask.no-reason-return': '办理7天无理由退货，提供退货地址，并在收到退货后7日内退款',
  'msg.ask.delivery': '重新发货，或全额退款{amount}',
  'msg.ask.delivery.not-arrived': '立即将商品送达，或全额退款{amount}',
  'msg.ask.late-delivery': '在{date}前发货；逾期未发货的，我将解除合同，请全额退款{amount}',
  'msg.ask.late-delivery.final': '请在{date}前发货；逾期仍未发货的，我将解除合同，请全额退款{amount}',
  'msg.ask.late-delivery.final.fill-in': '请在【日期】前发货；逾期仍未发货的，我将解除合同，请全额退款{amount}',
  'msg.late-delivery.demand-passed':
    '我的要求是：解除合同，全额退款{amount}。我已于【发出催告的日期】催告卖家在【催告写明的日期】前发货，卖家逾期仍未发货，聊天记录附后。',
  'msg.late-delivery.demand-passed.seller':
    '我的要求是：解除合同，全额退款{amount}。我已于【发出催告的日期】催告贵店在【催告写明的日期】前发货，贵店逾期仍未发货。',
  'msg.late-delivery.demand-passed.private':
    '我的要求是：解除合同，全额退款{amount}。我已于【发出催告的日期】催告您在【催告写明的日期】前发货，您逾期仍未发货。',
  'msg.ask.late-delivery.later': '尽快发货；如卖家在{date}前仍未发货，我将解除合同，请全额退款{amount}',
  'msg.ask.price-difference': '按价保承诺退还差价',
  'msg.ask.perform-or-compensate':
    '按订单价格发货并告知物流单号；如不能发货，退还全部货款（已退还的部分除外），并赔偿我的损失',
  'msg.ask.meal-remedy.spilled': '重做洒漏的餐品，或退还相应部分的款项',
  'msg.ask.meal-remedy.wrong-dish': '补送我点的餐品，或退还送错部分的款项',
  'msg.ask.meal-remedy.missing-dish': '补送没有送到的餐品，或退还这部分的款项',
  'msg.ask.meal-remedy.packaging-broken': '重做包装破损的餐品，或退还相应部分的款项',
  'msg.ask.meal-part-refund.wrong-dish': '退还送错餐品的价款【金额】元',
  'msg.ask.meal-part-refund.missing-dish': '退还没有送到的餐品的价款【金额】元',
  'msg.ask.meal-part-refund.spilled': '退还洒漏餐品的价款【金额】元',
  'msg.ask.meal-part-refund.packaging-broken': '退还包装破损餐品的价款【金额】元',
  'msg.ask.meal-late.promised': '按订单页面的承诺支付超时赔付',
  'msg.ask.meal-late.not-promised': '因超时送达退还【金额】元',
  'msg.ask.meal-refund': '退还这份外卖的全部款项{amount}',
  'msg.ask.meal-refund-and-costs': '退还这份外卖的全部款项{amount}；如因此产生医疗费等合理损失，一并赔偿',
  'msg.ask.trip-full-refund': '按原支付方式全额退款{amount}，不收取手续费',
  'msg.ask.trip-balance': '扣除实际发生的必要费用后退还余款，并书面列明扣除的每一项费用及其依据',
  'msg.ask.trip-fee-back': '退还这笔手续费，或书面说明收费依据以及下单时是如何向我提示的',
  'msg.ask.add-on': '取消这项默认勾选的附加产品，并退还【附加产品金额】元',
  'msg.ask.favour-return': '请贵店通融，办理退货退款，退货运费由我承担',
  'msg.ask.earnest-double': '双倍返还定金',
  'msg.ask.advance': '退还我支付的订金',
  'msg.ask.presale-at-least': '退还我支付的预售款项；如该款项是定金，双倍返还',
  'msg.ask.presale-payment': '退还我支付的预售款项',
  'msg.ask.seller-details': '提供卖家的真实名称、地址和有效联系方式；不能提供的，由平台赔偿',
  'msg.ask.breach-remedy': '退货并退款{amount}，或者由卖家承担修理费用，或者适当减少价款',
  'msg.ask.breach-remedy.to-private': '退货并退款{amount}，或者由您承担修理费用，或者适当减少价款',
  'msg.ask.breach-remedy.consumable': '退货并退款{amount}，或者更换',
  'msg.ask.breach-remedy.not-as-described': '退货并退款{amount}，或者更换为与描述相符的商品，或者减少价款',
  'msg.ask.breach-remedy.missing-items':
    '补发缺少的商品或配件，或者退还缺少部分的价款；如少发致使不能实现合同目的，予以退货退款',
  'msg.ask.breach-remedy.return': '退货并退款{amount}',
  'msg.ask.prepaid': '按约定提供服务；或者退还未消费部分的预付款【未消费金额】元及其利息',
  'msg.ask.prepaid-moved': '解除合同，退还未消费部分的预付款【未消费金额】元及其利息',
  'msg.ask.prepaid.private': '按约定提供服务；或者退还未提供部分的款项【未提供部分金额】元',
  'msg.ask.prepaid-principal': '退还我预付的本金{amount}',
  'msg.ask.prepaid-unused': '解除合同，退还未使用部分的费用【未使用部分金额】元',
  'msg.ask.auto-renewal': '取消自动续费，并退还本次自动续费扣除的款项',
  'msg.ask.download': '修复问题，或者退款',
  'msg.ask.refund-now': '立即按原支付方式退款',
  'msg.ask.lower-price-or-refund': '卖家减少价款【减价金额】元并把商品寄还给我；卖家同意退款的，按原支付方式退还',
  'msg.ask.lower-price-or-refund.to-private':
    '减少价款【减价金额】元并把商品寄还给我；如您同意退款，请按原支付方式退还',
  'msg.ask.packaging-or-refund.returned':
    '卖家更换完好的外包装，或减少价款【减价金额】元，并把商品寄还给我；卖家同意退款的，按原支付方式退还',
  'msg.ask.packaging-or-refund.returned.to-seller':
    '更换完好的外包装，或减少价款【减价金额】元，并把商品寄还给我；如贵店同意退款，请按原支付方式退还',
  'msg.ask.refund-or-send-back': '按原支付方式退款，或者把商品寄还给我',
  'msg.extra.test-offer': '如需检测，我愿意配合，检测机构可由双方协商确定。',
  'msg.basis.refund-due':
    '依据《网络购买商品七日无理由退货暂行办法》第十三条，退回的商品完好的，经营者应当自收到退回商品之日起七日内返还已支付的商品价款。',
  'msg.basis.refund-due-if-accepted':
    '如经营者认可这次退货，依据《网络购买商品七日无理由退货暂行办法》第十三条，退回的商品完好的，经营者应当自收到退回商品之日起七日内返还已支付的商品价款。',
  'msg.extra.refund-due.quality':
    '商品不符合质量要求的，自我提出要求之日起超过十五日无正当理由不退款，视为故意拖延或者无理拒绝（《侵害消费者权益行为处罚办法》第八条）。',
  'msg.happened.returned-damaged.claimed':
    '卖家称收到的退货有损坏。我寄出时商品【未使用、完好，并已妥善包装】。请核实卖家签收退货时商品的状态，并请卖家提供相应证据。',
  'msg.happened.returned-damaged.claimed.to-seller':
    '贵店称收到的退货有损坏。我寄出时商品【未使用、完好，并已妥善包装】。请提供贵店签收退货时商品状态的证据。',
  'msg.happened.returned-damaged.claimed.to-private':
    '您称收到的退货有损坏。我寄出时商品【未使用、完好，并已妥善包装】。请提供您签收退货时商品状态的证据。',
  'msg.extra.inspection.sent-back':
    '贵店称验货后再退款：验货应当在上述七日内完成，超过十五日仍未退款的，依法可以处罚（该办法第三十一条）。',
  'msg.extra.inspection.sent-back.no-fine':
    '贵店称验货后再退款：如认可退货，请在上述七日内完成验货并退款；不认可的，请把商品寄还给我。',
  'msg.extra.inspection.sent-back.quality': '贵店称验货后再退款，但验货不是拖延退款的理由。',
  'msg.extra.returned-damaged': '贵店称收到的退货有损坏，请提供收货时的照片或视频，以及快递公司的破损记录。',
  'msg.extra.seller-details-private': '请平台提供卖家的真实姓名和联系方式，以便我依法起诉。',
  'msg.extra.platform-step-in': '我已联系卖家，未能解决，请平台介入处理。',
  'msg.extra.platform-step-in.quoted': '请平台介入处理。',
  'msg.extra.platform-decided': '申请平台介入后，平台也没有支持我的请求。',
  'msg.extra.taobao-non-delivery-burden':
    '依据《淘宝平台争议处理规则》第三十八条，买家主张未收到商品的，由相对方（卖家）承担举证责任。',
  'msg.extra.taobao-postage-fault.wrong-size-colour':
    '依据《淘宝平台争议处理规则》第四十九条，淘宝介入后，运费争议按“谁过错、谁承担”的原则处理；发错颜色或尺码是卖家的过错。',
  'msg.extra.taobao-postage-fault.wrong-item':
    '依据《淘宝平台争议处理规则》第四十九条，淘宝介入后，运费争议按“谁过错、谁承担”的原则处理；发错商品是卖家的过错。',
  'msg.extra.taobao-postage-fault.missing-items':
    '依据《淘宝平台争议处理规则》第四十九条，淘宝介入后，运费争议按“谁过错、谁承担”的原则处理；少发商品是卖家的过错。',
  'msg.extra.taobao-postage-fault.wrong-or-missing-items':
    '依据《淘宝平台争议处理规则》第四十九条，淘宝介入后，运费争议按“谁过错、谁承担”的原则处理；发错或少发商品是卖家的过错。',
  'msg.extra.taobao-postage-fault.short-weight':
    '依据《淘宝平台争议处理规则》第四十九条，淘宝介入后，运费争议按“谁过错、谁承担”的原则处理；重量不足是卖家的过错。',
  'msg.extra.taobao-fake-burden':
    '依据《淘宝平台争议处理规则》第六十六条，买家主张商品系假冒商品的，卖家应提供厂家的经销凭证等凭证，证明商品来源。请要求卖家提供。',
  'msg.extra.seller-refused': '我已联系卖家，未能解决。',
  'msg.extra.no-refund-term-void': '依据该解释第九条，排除消费者依法解除合同或者请求返还预付款的权利的格式条款无效。',
  'msg.extra.platform-refused': '我已联系卖家，未能解决；申请平台介入后，平台也没有支持我的请求。',
  'msg.extra.platform-refused.to-seller': '我与贵店协商未果；申请平台介入后，平台也没有支持我的请求。',
  'msg.extra.platform-refused.to-private': '我与您协商未果；申请平台介入后，平台也没有支持我的请求。',
  'msg.extra.seller-refused.silent': '我已联系卖家，卖家一直没有答复。',
  'msg.extra.platform-refused.silent': '我已联系卖家，卖家一直没有答复；申请平台介入后，平台也没有支持我的请求。',
  'msg.extra.platform-refused.silent.to-seller':
    '我联系贵店后一直没有得到答复；申请平台介入后，平台也没有支持我的请求。',
  'msg.extra.platform-refused.silent.to-private':
    '我联系您后一直没有得到答复；申请平台介入后，平台也没有支持我的请求。',
  'msg.seller-error.wrong-size-colour': '发错颜色或尺码',
  'msg.seller-error.wrong-item': '发错商品',
  'msg.seller-error.missing-items': '少发商品',
  'msg.seller-error.wrong-or-missing-items': '发错商品或少发',
  'msg.seller-error.short-weight': '重量不足',
  'msg.reply.quality':
    '我的权利来自《消费者权益保护法》第二十四条关于商品不符合质量要求的规定，您提出的理由不影响这些权利。',
  'msg.reply.quality.others':
    '我的权利来自《消费者权益保护法》第二十四条关于商品不符合质量要求的规定，卖家提出的理由不影响这些权利。',
  'msg.reply.quality.after-basis': '您提出的理由不影响我依据上述第二十四条享有的权利。',
  'msg.reply.quality.after-basis.others': '卖家提出的理由不影响我依据上述第二十四条享有的权利。',
  'msg.reply.quality.wrong-item':
    '{error}属于履行不符合约定。依据《民法典》第五百八十二条，我可以合理选择要求更换、退货或者减少价款，与您提出的理由无关。',
  'msg.reply.quality.missing':
    '{error}属于履行不符合约定，与您提出的理由无关；贵店应当承担违约责任（《民法典》第五百七十七条），我的要求见上。',
  'msg.reply.quality.missing.others':
    '{error}属于履行不符合约定，与卖家提出的理由无关；卖家应当承担违约责任（《民法典》第五百七十七条），我的要求见上。',
  'msg.reply.quality.missing.after-basis':
    '{error}属于履行不符合约定，与您提出的理由无关；贵店应当依照上述《民法典》的规定承担违约责任，我的要求见上。',
  'msg.reply.quality.missing.after-basis.others':
    '{error}属于履行不符合约定，与卖家提出的理由无关；卖家应当依照上述《民法典》的规定承担违约责任，我的要求见上。',
  'msg.reply.quality.wrong-item.others':
    '{error}属于履行不符合约定。依据《民法典》第五百八十二条，我可以合理选择要求更换、退货或者减少价款，与卖家提出的理由无关。',
  'msg.reply.quality.wrong-item.after-basis':
    '{error}属于履行不符合约定，我依据上述第五百八十二条作出的选择与您提出的理由无关。',
  'msg.reply.quality.wrong-item.after-basis.others':
    '{error}属于履行不符合约定，我依据上述第五百八十二条作出的选择与卖家提出的理由无关。',
  'msg.reply.signed-for-no-refund':
    '“签收即视为认可商品质量”的条款依法无效（《最高人民法院关于审理网络消费纠纷案件适用法律若干问题的规定（一）》第一条），签收不影响我的上述要求。',
  'msg.reply.signed-for-no-refund.missing':
    '即使签收的单据载明了数量，也只是推定我已核对数量，有相关证据足以推翻的除外（《民法典》第六百二十三条）。我可以提供能证明收到时就有短缺的证据：【例如快递记录上的重量、开箱或称重照片】。',
  'msg.reply.signed-for-no-refund.missing.collected':
    '即使签收的单据载明了数量，也只是推定我已核对数量，有相关证据足以推翻的除外（《民法典》第六百二十三条）。我可以提供能证明收到时就有短缺的证据：【例如在团长处或公平秤上的称重照片、包装上的重量标签、取货当天发给团长的消息】。',
  'msg.reply.signed-for-no-refund.missing.unboxing':
    '即使签收的单据载明了数量，也只是推定我已核对数量，有相关证据足以推翻的除外（《民法典》第六百二十三条）。缺少的部分在开箱时就不在，开箱视频已保存，可以提供。',
  'msg.reply.signed-for-no-refund.unboxing':
    '“签收即视为认可商品质量”的条款依法无效（《最高人民法院关于审理网络消费纠纷案件适用法律若干问题的规定（一）》第一条），签收不影响我的上述要求。上述破损在开箱时即已存在，开箱视频已保存，可以提供。',
  'msg.reply.signed-for-no-refund.no-reason':
    '七日无理由退货的期限，正是从收到商品之日起算，签收不影响这项权利（《消费者权益保护法》第二十五条）。',
  'msg.reply.signed-for-no-refund.no-reason.after-basis':
    '七日无理由退货的期限正是从收到商品之日起算，签收不影响上述权利。',
  'msg.reply.signed-for-no-refund.not-received':
    '签收记录不等于我收到了包裹。未经我同意，快递企业不得代为确认收到快件（《快递市场管理办法》第二十八条）；商品交付给我之前的风险由贵店承担（《民法典》第六百零四条）。',
  'msg.reply.signed-for-no-refund.not-received.others':
    '签收记录不等于我收到了包裹。未经我同意，快递企业不得代为确认收到快件（《快递市场管理办法》第二十八条）；商品交付给我之前的风险由卖家承担（《民法典》第六百零四条）。',
  'msg.reply.not-a-quality-issue.no-reason':
    '七日无理由退货不需要说明理由，与是否存在质量问题无关（《消费者权益保护法》第二十五条）。',
  'msg.reply.not-a-quality-issue.no-reason.after-basis': '七日无理由退货不需要说明理由，与是否存在质量问题无关。',
  'msg.reply.not-a-quality-issue.durable':
    '本商品属于《消费者权益保护法》第二十三条列明的耐用商品，自收货之日起六个月内发现瑕疵的，由经营者承担有关瑕疵的举证责任。我于【发现问题的日期】发现该问题，在收货后六个月内。',
  'msg.reply.not-a-quality-issue':
    '商品在正常使用时应当具有相应的质量和性能，并与卖家表明的质量状况相符（《消费者权益保护法》第二十三条）。',
  'msg.reply.deadline-passed':
    '我在收货后七日内提出上述要求，没有超过法定期限；平台规定的售后期限也不影响我依法享有的权利。',
  'msg.reply.deadline-passed.asked':
    '退货要求是我在收货后七日内提出的（见上），没有超过法定期限；平台规定的售后期限也不影响我依法享有的权利。',
  'msg.reply.deadline-passed.asked.no-platform': '退货要求是我在收货后七日内提出的（见上），没有超过法定期限。',
  'msg.reply.deadline-passed.after-7-days':
    '收货超过七日，不影响我依法提出上述要求；平台规定的售后期限也不影响我依法享有的权利。',
  'msg.reply.deadline-passed.no-platform': '我在收货后七日内提出上述要求，没有超过法定期限。',
  'msg.reply.deadline-passed.after-7-days.no-platform': '收货超过七日，不影响我依法提出上述要求。',
  'msg.asked-in-time.regulator.refused':
    '另外，我在{refused}或更早（收货后七日内）已向卖家提出退货要求，卖家于{refused}拒绝，{record}。{ask}。',
  'msg.asked-in-time.refused':
    '另外，我在{refused}或更早（收货后七日内）已提出退货要求，贵店于{refused}拒绝，{record}，{ask}。',
  'msg.asked-in-time.regulator': '另外，我已于【提出退货的日期】（收货后七日内）向卖家提出退货要求，{record}。{ask}。',
  'msg.asked-in-time': '另外，我已于【提出退货的日期】（收货后七日内）提出退货要求，{record}，{ask}。',
  'msg.in-time-ask.return': '请优先按该要求办理退货退款',
  'msg.in-time-ask.refund': '请按该要求退款',
  'msg.in-time-ask.regulator.return': '我请求按该要求退货退款',
  'msg.in-time-ask.regulator.refund': '我请求按该要求退款',
  'msg.reply.deadline-passed.no-reason':
    '我在收到商品后七日内提出退货，没有超过法定期限；七日从签收的次日起算（《网络购买商品七日无理由退货暂行办法》第十条）。',
  'msg.reply.opened-so-no-return':
    '依据《最高人民法院关于审理网络消费纠纷案件适用法律若干问题的规定（一）》第三条和《消费者权益保护法实施条例》第十九条，为查验商品而拆封、不影响商品完好的，经营者不能以商品已拆封为由拒绝七日无理由退货。',
  'msg.reply.tags-off-or-used.only-checked':
    '我只是为查验拆封、试用或试穿，没有超出查验需要使用；商品如有吊牌，吊牌仍然完好。依据《网络购买商品七日无理由退货暂行办法》第八条，消费者基于查验需要而打开商品包装，或者为确认商品的品质、功能而进行合理的调试，不影响商品的完好。',
  'msg.reply.item-excluded-from-returns':
    '除法律列明的商品外，只有根据商品性质不宜退货、并经消费者在购买时确认的商品，才不适用无理由退货。',
  'msg.reply.item-excluded-from-returns.not-confirmed':
    '我购买时，贵店没有让我确认该商品不适用七天无理由退货，我也没有确认过。未经消费者确认，经营者不得拒绝无理由退货（《消费者权益保护法实施条例》第十九条）。',
  'msg.reply.item-excluded-from-returns.not-confirmed.others':
    '我购买时，卖家没有让我确认该商品不适用七天无理由退货，我也没有确认过。未经消费者确认，经营者不得拒绝无理由退货（《消费者权益保护法实施条例》第十九条）。',
  'msg.reply.item-excluded-from-returns.not-confirmed.after-basis':
    '我购买时，贵店没有让我确认该商品不适用七天无理由退货，我也没有确认过。',
  'msg.reply.item-excluded-from-returns.not-confirmed.after-basis.others':
    '我购买时，卖家没有让我确认该商品不适用七天无理由退货，我也没有确认过。',
  'msg.reply.sold-as-is':
    '“按现状出售、售出不退”这类规定，不能减轻或者免除经营者对商品质量的责任。依据《消费者权益保护法》第二十六条，经营者以格式条款、通知、声明等方式作出的这类规定，其内容无效。',
  'msg.reply.sold-as-is.wrong-item':
    '“按现状出售、售出不退”这类规定，不能免除贵店按订单交付商品的责任；依据《消费者权益保护法》第二十六条，其内容无效。',
  'msg.reply.sold-as-is.wrong-item.others':
    '“按现状出售、售出不退”这类规定，不能免除卖家按订单交付商品的责任；依据《消费者权益保护法》第二十六条，其内容无效。',
  'msg.basis.as-is-knew':
    '关于“按现状出售、售出不退”：请问您出售时是否知道这个问题？出卖人故意或者因重大过失不告知标的物瑕疵的，无权主张减轻或者免除责任（《民法典》第六百一十八条）。',
  'msg.reply.sale-items-no-returns':
    '“特价商品不退不换”这类规定排除了消费者的权利，不论以格式条款、通知、声明还是店堂告示作出，依据《消费者权益保护法》第二十六条，其内容无效。',
  'msg.reply.you-pay-return-shipping':
    '依据《消费者权益保护法》第二十四条，商品不符合质量要求的，退货的运输等必要费用由经营者承担。',
  'msg.reply.you-pay-return-shipping.after-basis': '这是商品本身的问题，不是无理由退货，退货运费不应由我承担。',
  'msg.reply.you-pay-return-shipping.promised':
    '商品页面承诺了“退货包运费”，这就是另有约定。依据《消费者权益保护法实施条例》第十二条，经营者应当履行其所承诺的内容。请按承诺承担本次退货运费。',
  'msg.reply.packaging-not-a-return': '我并没有要求退货，您提出的理由与我的要求无关。',
  'msg.reply.packaging-not-a-return.others': '我并没有要求退货，卖家提出的理由与我的要求无关。',
  'msg.reply.you-pay-return-shipping.wrong-item':
    '{error}属于履行不符合约定。依据《民法典》第五百七十七条，贵店应当采取补救措施或者赔偿损失，我认为相关运费属于由此造成的损失，应由贵店承担。',
  'msg.reply.you-pay-return-shipping.wrong-item.others':
    '{error}属于履行不符合约定。依据《民法典》第五百七十七条，卖家应当采取补救措施或者赔偿损失，我认为相关运费属于由此造成的损失，应由卖家承担。',
  'msg.reply.you-pay-return-shipping.wrong-item.after-basis':
    '{error}属于履行不符合约定，我认为相关运费属于由此造成的损失，依照上述第五百七十七条应由贵店承担。',
  'msg.reply.you-pay-return-shipping.wrong-item.after-basis.others':
    '{error}属于履行不符合约定，我认为相关运费属于由此造成的损失，依照上述第五百七十七条应由卖家承担。',
  'msg.reply.store-credit-only':
    '退款应当按原支付方式退回，我不同意以优惠券或余额代替（《网络购买商品七日无理由退货暂行办法》第十四条）。',
  'msg.reply.refund-after-inspection':
    '退回的商品完好的，经营者应当自收到退回商品之日起七日内退款，超过十五日未退款的依法可以处罚（《网络购买商品七日无理由退货暂行办法》第十三条、第三十一条）。',
  'msg.reply.refund-after-inspection.no-fine':
    '退回的商品完好的，经营者应当自收到退回商品之日起七日内退款（《网络购买商品七日无理由退货暂行办法》第十三条）。',
  'msg.reply.refund-after-inspection.quality':
    '验货不是拖延退款的理由：商品不符合质量要求的，自我提出要求之日起超过十五日无正当理由不退款，视为故意拖延或者无理拒绝（《侵害消费者权益行为处罚办法》第八条）。',
  'msg.reply.contact-the-manufacturer':
    '商品是我向贵店购买的，依据《消费者权益保护法》第四十条，我可以向销售者要求赔偿，贵店赔偿后可以向生产者追偿。',
  'msg.reply.contact-the-manufacturer.others':
    '商品是我向卖家购买的，依据《消费者权益保护法》第四十条，我可以向销售者要求赔偿，销售者赔偿后可以向生产者追偿。',
  'msg.reply.contact-the-manufacturer.no-reason':
    '商品是我向贵店购买的。依据《消费者权益保护法》第二十五条，七日无理由退货由在网上销售商品的经营者办理，与生产者无关。',
  'msg.reply.contact-the-manufacturer.no-reason.others':
    '商品是我向卖家购买的。依据《消费者权益保护法》第二十五条，七日无理由退货由在网上销售商品的经营者办理，与生产者无关。',
  'msg.reply.contact-the-manufacturer.no-reason.after-basis': '商品是我向贵店购买的，退货由贵店办理，与生产者无关。',
  'msg.reply.contact-the-manufacturer.no-reason.after-basis.others':
    '商品是我向卖家购买的，退货由卖家办理，与生产者无关。',
  'msg.reply.final-interpretation-right':
    '“最终解释权归本店”这类格式条款依法无效（《最高人民法院关于审理网络消费纠纷案件适用法律若干问题的规定（一）》第一条）。',
  'msg.reply.platform-has-decided':
    '平台的处理不是最终结果。我仍可以向市场监管部门投诉或向人民法院起诉（《消费者权益保护法》第三十九条）。',
  'msg.reply.price-mistake':
    '如贵店认为价格标错属于重大误解，依据《民法典》第一百四十七条，应当请求人民法院或者仲裁机构撤销，不能单方取消订单。',
  'msg.reply.price-mistake.others':
    '如卖家认为价格标错属于重大误解，依据《民法典》第一百四十七条，应当请求人民法院或者仲裁机构撤销，不能单方取消订单。',
  'msg.reply.out-of-stock': '缺货不能解除已经成立的合同；不能发货的，应当依据《民法典》第五百七十七条承担违约责任。',
  'msg.reply.cooked-elsewhere':
    '我是向贵店下的单。依据《最高人民法院关于审理网络消费纠纷案件适用法律若干问题的规定（一）》第十九条，餐饮经营者以订单系委托他人加工制作为由推脱责任的，法院不予支持。',
  'msg.reply.cooked-elsewhere.others':
    '我是向卖家下的单。依据《最高人民法院关于审理网络消费纠纷案件适用法律若干问题的规定（一）》第十九条，餐饮经营者以订单系委托他人加工制作为由推脱责任的，法院不予支持。',
  'msg.reply.ask-the-courier.meal':
    '依据《电子商务法》第二十条，经营者应当按照承诺或者约定的方式、时限交付，并承担运输中的风险和责任。配送问题应由贵店与配送方处理，不影响我向贵店主张权利。',
  'msg.reply.ask-the-courier.meal.others':
    '依据《电子商务法》第二十条，经营者应当按照承诺或者约定的方式、时限交付，并承担运输中的风险和责任。配送问题应由卖家与配送方处理，不影响我向卖家主张权利。',
  'msg.reply.ask-the-courier.meal.after-basis': '配送问题应由贵店与配送方处理，不影响我向贵店主张权利。',
  'msg.reply.ask-the-courier.meal.after-basis.others': '配送问题应由卖家与配送方处理，不影响我向卖家主张权利。',
  'msg.reply.not-a-quality-issue.meal':
    '我反映的不是口味问题，而是餐品本身的问题。双方有争议的，可以协商检测；协商不成的，受理投诉的市场监督管理部门可以指定检测机构（《消费者权益保护法实施条例》第四十七条）。',
  'msg.reply.not-a-quality-issue.meal.ill':
    '我反映的不是口味问题：我食用这份餐品后出现身体不适。双方对餐品状况有争议的，可以协商检测；协商不成的，受理投诉的市场监督管理部门可以指定检测机构（《消费者权益保护法实施条例》第四十七条）。',
  'msg.reply.item-excluded-from-returns.meal':
    '我不是要求无理由退货：送达的餐品不符合约定，依据《民法典》第五百八十二条，我可以要求重作、更换或者减少价款。',
  'msg.reply.item-excluded-from-returns.meal.after-basis':
    '我不是要求无理由退货：送达的餐品不符合约定，我依据上述第五百八十二条提出要求。',
  'msg.reply.store-credit-only.money': '我不接受以优惠券、代金券或店铺余额代替上述要求。',
  'msg.reply.fee-in-the-rules.not-shown':
    '下单时，我没有看到有关这笔费用的提示。依据《民法典》第四百九十六条，提供格式条款的一方未提示这样的条款、致使我没有注意的，我可以主张该条款不成为合同的内容。',
  'msg.reply.fee-in-the-rules.not-shown.after-basis': '规则里写有这笔费用，不等于下单时向我作了提示。',
  'msg.reply.fee-in-the-rules.costs':
    '请列明实际发生的费用。尚未实际发生的费用应当退还（《最高人民法院关于审理旅游纠纷案件适用法律若干问题的规定》第十二条）。',
  'msg.reply.fee-in-the-rules.costs.after-basis': '扣费标准写在规则里，不等于这些费用已经实际发生。',
  'msg.reply.fee-in-the-rules.cancelled':
    '取消不是我提出的。依据《消费者权益保护法》第二十六条，以格式条款、通知等方式排除消费者权利的，其内容无效。',
  'msg.reply.ask-the-courier':
    '依据《电子商务法》第二十条，经营者承担商品运输中的风险和责任。快递问题应由贵店与快递公司处理，不影响我向贵店主张权利。',
  'msg.reply.ask-the-courier.others':
    '依据《电子商务法》第二十条，经营者承担商品运输中的风险和责任。快递问题应由卖家与快递公司处理，不影响我向卖家主张权利。',
  'msg.reply.ask-the-courier.after-basis': '快递问题应由贵店与快递公司处理，不影响我向贵店主张权利。',
  'msg.reply.ask-the-courier.after-basis.others': '快递问题应由卖家与快递公司处理，不影响我向卖家主张权利。',
  'msg.reply.deposit-not-refundable.advance': '“定金不退”的说法不适用于这笔订金。',
  'msg.reply.deposit-not-refundable.seller-failed':
    '是贵店没有按约定履行，依据《民法典》第五百八十七条，应当双倍返还定金。',
  'msg.reply.deposit-not-refundable.seller-failed.others':
    '是卖家没有按约定履行，依据《民法典》第五百八十七条，应当双倍返还定金。',
  'msg.reply.deposit-not-refundable.seller-failed.after-basis': '是贵店没有按约定履行，“定金不退”不适用于本单。',
  'msg.reply.deposit-not-refundable.seller-failed.after-basis.others': '是卖家没有按约定履行，“定金不退”不适用于本单。',
  'msg.reply.deposit-not-refundable.at-least':
    '是贵店没有按约定履行。这笔钱如是“订金”，应当退还；如是“定金”，依据《民法典》第五百八十七条，应当双倍返还。',
  'msg.reply.deposit-not-refundable.at-least.others':
    '是卖家没有按约定履行。这笔钱如是“订金”，应当退还；如是“定金”，依据《民法典》第五百八十七条，应当双倍返还。',
  'msg.reply.digital-no-refund.download':
    '我不是要求无理由退货：商品不能按描述使用，属于质量问题，不因是虚拟商品而免责。',
  'msg.reply.digital-no-refund.cooling-off': '{excuse}不能排除上述请求。',
  'msg.reply.digital-no-refund.moved-away': '{excuse}不能排除上述解除合同、退还预付款的请求。',
  'msg.reply.digital-no-refund.auto-renewal': '{excuse}不能免除续费前以显著方式提醒的义务。',
  'msg.reply.digital-no-refund.service':
    '课程或服务没有按约定提供，依据《消费者权益保护法》第五十三条，应当按我的要求退回预付款。',
  'msg.reply.digital-no-refund.service.after-basis': '{excuse}不能免除上述第五十三条规定的退款义务。',
  'msg.reply-by': '请在{date}前答复。',
  'msg.reply-by.fill-in': '请在【答复期限】前答复。',
  'msg.next.seller': '如未处理，我将申请平台介入，并向12315投诉。',
  'msg.next.hope-agreed': '希望能协商解决。',
  'msg.next.seller-no-platform': '如未处理，我将通过投诉或诉讼依法维权。',
  'msg.next.seller-private': '如未处理，我将申请平台介入，或依法向法院起诉。',
  'msg.next.seller.alongside': '为免错过平台介入的申请期限，我会同时申请平台介入；如仍未处理，还将向12315投诉。',
  'msg.next.seller-private.alongside':
    '为免错过平台介入的申请期限，我会同时申请平台介入；如仍未处理，将依法向法院起诉。',
  'msg.next.seller-private-no-platform': '如未处理，我将依法向法院起诉。',
  'msg.next.refund-overdue.disputed': '如未退款，我将申请平台介入。',
  'msg.next.refund-overdue.disputed.no-platform': '如未退款，我将向12315投诉。',
  'msg.next.refund-overdue': '如未退款，我将申请平台介入，并向12315投诉、举报。',
  'msg.next.refund-overdue.no-platform': '如未退款，我将向12315投诉、举报。',
  'msg.next.platform-court': '如平台不予处理，我将依法向人民法院起诉。',
  'msg.next.platform': '如平台不予处理，我将向12315投诉。',
  'msg.next.court': '这是我的最后一次书面催告。如到期仍未处理，我将依法向人民法院起诉。',
  'msg.extra.fraud-reserved.regulator':
    '如经查实卖家存在欺诈，我保留依据《消费者权益保护法》第五十五条要求增加赔偿的权利（价款的三倍，不足500元的为500元）。',
  'msg.extra.fraud-reserved':
    '如经查实贵店存在欺诈，我保留依据《消费者权益保护法》第五十五条要求增加赔偿的权利（价款的三倍，不足500元的为500元）。',
  'msg.next.platform-private': '如平台不予处理，我将依法向法院起诉。',
  'msg.next.regulator': '请依法处理。',
  'msg.thanks': '谢谢。',
};
