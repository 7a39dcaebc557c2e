/** What the plan says in Simplified Chinese, typed against the English: a missing or extra key is a type error. */
import type { PlanTextKey } from '../en/plan';

export const plan: Record<PlanTextKey, string> = {
  'step.save-evidence.title': '先把证据保存好',
  'step.save-evidence.what': '趁内容还没变先截图：商品页面会被修改，聊天记录也可能被清除。',
  'step.save-evidence.why.private': '聊天记录、截图、照片和视频都属于电子数据证据。',
  'step.save-evidence.why': '聊天记录、截图、照片和视频都属于电子数据证据，卖家也应当提供其掌握的交易记录。',
  'step.save-evidence.how.1': '截图保存订单页面和付款记录，显示订单号和日期。',
  'step.save-evidence.how.2': '截图保存现在的商品页面，包括价格和描述。',
  'step.save-evidence.how.2.booking': '截图保存现在的预订页面，包括价格和退改规则。',
  'step.save-evidence.how.2.meal': '截图保存App里这家店现在的页面，包括菜品和价格。',
  'step.save-evidence.how.3': '在平台内保留与卖家的完整聊天记录。',
  'step.save-evidence.how.fake':
    '品牌方说是假货的，保留书面答复：截图或书面说明。卖家仍可能不认；到了投诉或起诉那一步，双方谈不拢的，检测机构的检测报告是更有力的证据。',
  'step.save-evidence.how.fake.private':
    '品牌方说是假货的，保留书面答复：截图或书面说明。卖家仍可能不认；到了起诉那一步，双方谈不拢的，独立机构的检测报告是更有力的证据。',
  'step.save-evidence.how.1.group-chat': '截图保存付款或转账记录，显示日期、金额和收款账户。',
  'step.save-evidence.how.2.group-chat': '截图保存卖家发布的商品信息，包括图片、描述和价格。',
  'step.save-evidence.how.3.group-chat': '保留与卖家的完整聊天记录，并截图对方的账号（微信号等，不只是昵称）。',
  'step.how.group-chat':
    '在微信等聊天中把下面的消息发给卖家，并截图保存。卖家已经把你拉黑的，截图拉黑的提示，直接进入下一步。',
  'step.save-evidence.takes': '大约15分钟。',
  'step.save-evidence.moveOn': '证据清单里的材料保存好后，就进入下一步。',
  'step.quality-return.title': '申请质量问题退货：运费由卖家承担',
  'step.quality-return.what':
    '{problem}，而且你还在收货后7天的期限内。以商品问题为由申请退货退款。不要选“七天无理由”：那样运费由你承担，也等于说商品没有问题。',
  'step.quality-return.what.asked-in-time':
    '{problem}。收货后7天的期限已过，但你在7天内就要求过退货。以商品问题为由再次申请退货退款，消息里写明你当时的要求。不要选“七天无理由”：那样运费由你承担，也等于说商品没有问题。',
  'step.quality-return.problem.defective-or-damaged': '商品有质量问题或损坏',
  'step.quality-return.problem.not-as-described': '商品与描述不符',
  'step.quality-return.problem.counterfeit-goods': '商品是假货',
  'step.quality-return.problem.wrong-or-missing-items': '收到的商品与订单不符',
  'step.quality-return.why': '商品不符合质量要求的，自收到商品之日起七日内可以退货，运输等必要费用由经营者承担。',
  'step.quality-return.how.1':
    '在订单中点“申请售后”，选择“退货退款”，原因选“质量问题”等相符的选项。各App的按钮名称不同，请以实际页面为准。',
  'step.goods.how.food-keep':
    '把剩下的食品连同包装密封保存，需要冷藏的放冰箱，直到纠纷解决：可能要送检，也是后续主张赔偿的证据。拍下生产日期、保质期和批号。卖家要求寄回的，至少留下一件未开封的或一部分，寄出前先拍照；App里有“仅退款”的，也可以选它。',
  'step.bad-part.title': '要求退还有问题部分的货款',
  'step.bad-part.what': '只有一部分有问题：按质量问题申请售后，退款金额填有问题那部分的价款，其余的你留下。',
  'step.bad-part.how.1':
    '在订单中点“申请售后”，有“仅退款”或可以改退款金额的，就用它，金额填有问题那部分的价款，原因选“质量问题”等相符的选项。各App的按钮名称不同，请以实际页面为准。',
  'step.goods.how.food-keep.part':
    '把有问题的那部分连同包装密封保存，需要冷藏的放冰箱，直到纠纷解决：可能要送检，也是后续主张赔偿的证据。拍下生产日期、保质期和批号。',
  'today.food-keep.part': '把有问题的那部分连同包装密封保存，需要冷藏的放冰箱：可能要送检。',
  'step.goods.how.food-doctor': '如果有人吃后身体不适，请及时就医，告诉医生吃了什么、什么时候吃的，并保留病历和票据。',
  'step.goods.how.medicine': '与订单不符或看起来有问题的药品，不要服用。保留药品，尽量不要拆封，以便退货。',
  'step.quality-return.how.2': '在聊天中发送下面的消息，并附上照片或视频。',
  'step.quality-return.takes': '等到消息里写的答复日期。自你提出要求之日起超过15日无正当理由不退款的，视为故意拖延。',
  'step.quality-return.moveOn': '如果卖家拒绝，或到消息中的日期仍不答复，进入下一步。',
  'step.quality-remedy.title': '要求更换或修理；符合解除合同条件的可以退货',
  'step.quality-remedy.what':
    '收货已超过7天。你可以要求更换或修理；质量问题导致不能实现购买目的的，可以退货。运输等必要费用由卖家承担。',
  'step.quality-remedy.title.counterfeit-goods': '要求退货并全额退款',
  'step.quality-remedy.title.not-as-described': '要求换成与描述相符的商品或减价；不能实现购买目的的可以退货',
  'step.quality-remedy.what.not-as-described':
    '收货已超过7天。你可以要求换成与描述相符的商品，或者减少价款；因此不能实现购买目的的，可以退货。运输等必要费用由卖家承担。',
  'step.quality-remedy.title.wrong-or-missing-items': '要求换发正确的商品或补发缺少的；不能实现购买目的的可以退货',
  'step.quality-remedy.what.wrong-or-missing-items':
    '收货已超过7天。你可以要求换发正确的商品或补发缺少的商品。发错的，你要求后卖家在合理期限内仍不换发，可以退货退款；少发的，可以要求退还缺少部分的钱。发错、少发导致不能实现购买目的的，可以整单退货。运输等必要费用由卖家承担。',
  'step.quality-remedy.title.wrong-item': '要求换发正确的商品；卖家仍不换发的可以退货',
  'step.quality-remedy.what.wrong-item':
    '收货已超过7天。这时，发错导致不能实现购买目的，或者你要求后卖家在合理期限内仍不换发的，可以退货退款。所以先要求换发正确的商品。运输等必要费用由卖家承担。',
  'step.quality-remedy.title.missing-items': '要求补发缺少的；卖家仍不补发的，退还这部分的钱',
  'step.quality-remedy.what.missing-items':
    '收货已超过7天。你可以要求补发缺少的商品；卖家在合理期限内仍不补发的，可以要求退还这部分的钱。少发导致不能实现购买目的的，可以整单退货。运输等必要费用由卖家承担。',
  'step.quality-remedy.title.packaging': '要求更换完好的外包装或减价',
  'step.quality-remedy.what.packaging':
    '收货已超过7天，你只说了外包装破损。先检查商品本身并拍照：商品也有损坏或不能正常使用的，返回修改你的回答，让消息写明商品的问题。商品没问题的，可以要求更换完好的外包装或减价，但卖家可能不同意。',
  'step.quality-remedy.what.packaging.fresh-food':
    '你只说了外包装破损，还在收货后7天内。先检查食品并拍照。食品有损坏或变质的，返回修改你的回答，让消息写明问题。食品没问题的，只因包装破损要求退货可能得不到支持：生鲜没有七天无理由退货。你可以要求更换完好的外包装或减价，但卖家可能不同意。',
  'step.quality-remedy.what.packaging.medicine':
    '你只说了外包装破损，还在收货后7天内。先不拆密封包装，查看药品并拍照。药品本身有破损的，不要服用，返回修改你的回答，让消息写明问题。药品没问题的，能否七天无理由退货，本站未能核实是否有明确规定，卖家可能拒绝。你可以要求更换完好的外包装或减价，但卖家可能不同意。',
  'step.quality-remedy.what.packaging.custom-made':
    '你只说了外包装破损，还在收货后7天内。先打开检查商品并拍照。商品有损坏或不能正常使用的，返回修改你的回答，让消息写明问题。商品没问题的，只因包装破损要求退货可能得不到支持：定做的商品没有七天无理由退货。你可以要求更换完好的外包装或减价，但卖家可能不同意。',
  'step.quality-remedy.title.consumable': '要求更换；不能实现购买目的的可以退货',
  'step.quality-remedy.what.consumable':
    '收货已超过7天。你可以要求更换；因此不能实现购买目的的，可以退货。运输等必要费用由卖家承担。',
  'step.quality-remedy.what.counterfeit-goods':
    '收货已超过7天。但假货不是修理或让同一卖家换一件就能解决的。出售假货通常会导致不能实现购买目的，这时你可以解除合同、退货。运输等必要费用由卖家承担。',
  'step.quality-remedy.why':
    '七日后符合法定解除合同条件的可以退货，不符合的可以要求更换、修理，运输等必要费用由经营者承担。',
  'step.quality-remedy.why.packaging': '交付不符合约定的，买方可以合理选择要求对方承担更换、减少价款等违约责任。',
  'step.quality-remedy.how.1': '在订单中“申请售后”，并发送下面的消息。',
  'step.quality-remedy.how.asked-in-time':
    '你是否在{date}或更早（收货后7天内）就要求过退货？如果是，把下面这句加到“我的要求是”那句后面，填上提出的日期，附上当时的记录（聊天或售后申请）：“{sentence}”卖家拒绝或不答复后，按时提出的要求还算不算数，由{deciders}判断。',
  'step.quality-remedy.how.asked-in-time.refused':
    '卖家在{refused}拒绝了你当时的要求，那天还在收货后7天内。如果你那时要求的是退货，把下面这句加到“我的要求是”那句后面，附上当时的记录（聊天或售后申请）：“{sentence}”按时提出的要求还算不算数，由{deciders}判断。',
  'step.quality-remedy.takes': '给卖家大约3天答复。这是我们的建议，不是法定期限。',
  'step.quality-remedy.moveOn': '如果卖家拒绝或不答复，进入下一步。',
  'step.put-order-right.title.send': '请卖家换发正确的商品，或者补发少发的',
  'step.put-order-right.title.refund': '要求退还少发部分的货款',
  'step.put-order-right.what.send': '你要的是把订单补齐，不是退货。换发或补发的运费由卖家承担。',
  'step.put-order-right.what.refund': '收到的商品你留下。先按订单页面算出少发部分的金额，能写进消息的就写上。',
  'step.put-order-right.why':
    '交付的商品与订单不符，你可以选择更换、退货或者减少价款。卖家应当采取补救措施，或者赔偿损失。',
  'step.put-order-right.how.1.send':
    '在订单聊天里发送下面的消息。发错商品的，如果App的“申请售后”里有“换货”，也可以直接申请换货。',
  'step.put-order-right.how.1.refund':
    '在订单里点“申请售后”，对少发的部分选“仅退款”；也可以在聊天里发送下面的消息。各个App的叫法不同，以你的App为准。',
  'step.put-order-right.how.2': '附上照片或开箱视频，并截图保存聊天记录。',
  'step.put-order-right.takes': '给卖家大约3天答复。这是我们的建议，不是法定期限。',
  'step.put-order-right.moveOn': '如果卖家拒绝或不答复，进入下一步。',
  'step.no-reason-return.title': '申请七天无理由退货',
  'step.no-reason-return.what': '你还在7天内，不需要任何理由。请保持商品完好，配件和吊牌齐全。',
  'step.no-reason-return.what.sealed':
    '你还在7天内，不需要任何理由。请保持商品完好、密封包装不拆：食品、化妆品的一次性密封包装拆了，就不能无理由退货。',
  'step.no-reason-return.what.medicine':
    '你还在7天内，可以申请无理由退货。药品能否无理由退货，本站未能核实（见“卖家可能有道理的地方”）。请保持药品未拆封、密封包装完好。',
  'step.no-reason-return.what.packaging':
    '你只说了外包装破损，还在收货后7天内。先打开检查商品并拍照。商品也有损坏或不能正常使用的，返回修改你的回答：那是质量问题，退货运费由卖家承担。商品没问题、仍想退的，截至{date}可以申请七天无理由退货。这种退货不需要理由，为查验打开包装不影响退货，运费一般由你承担。',
  'step.no-reason-return.what.packaging.sealed':
    '你只说了外包装破损，还在收货后7天内。先不拆密封包装，查看商品并拍照。商品有破损、渗漏的，返回修改你的回答：那是质量问题，退货运费由卖家承担。商品没问题、仍想退的，截至{date}可以申请七天无理由退货，但密封包装不能拆。这种退货不需要理由，运费一般由你承担。',
  'step.no-reason-return.why':
    '网购商品可以在7日内无理由退货。退货运费一般由你承担，除非商品页面另有承诺（例如“退货包运费”）。订单显示有运费险的，在订单里查看它赔付什么。',
  'step.no-reason-return.how.1': '在订单中点“申请售后”，选“退货退款”和七天无理由选项。按钮名称以App为准。',
  'step.no-reason-return.how.2': '把商品寄回，保留快递单和单号。',
  'step.no-reason-return.takes': '卖家收到退货后7日内应当退款。',
  'step.no-reason-return.moveOn': '如果卖家拒绝或不提供退货地址，进入下一步。',
  'step.ask-delivery.title': '要求卖家限期发货或退款',
  'step.ask-delivery.what.signed-not-received':
    '物流显示已签收，但你没有收到。书面告诉卖家你没有收到。不要写你签收了。',
  'step.ask-delivery.what.not-arrived': '书面要求卖家发货或全额退款，并给出期限。',
  'step.ask-delivery.why':
    '卖家应当按承诺交付，商品交付前的风险由卖家承担。催告后在合理期限内仍不履行的，你可以解除合同。',
  'step.ask-delivery.how.1': '在订单聊天中发送下面的消息，并截图保存。',
  'step.ask-delivery.how.cancel':
    '如果你想直接拿回钱，可以在订单里申请取消订单或未发货退款（按钮名称以App为准）；卖家驳回的，申请平台介入。',
  'step.ask-delivery.how.courier':
    '你也可以就“已签收”的记录向快递公司投诉。投诉没有及时处理，或者你对结果不满意，可以向邮政管理部门提出快递服务质量申诉，由它调解。这不能代替你向卖家提出的要求。',
  'step.ask-delivery.takes': '按消息中的期限等待卖家答复。',
  'step.ask-delivery.moveOn': '如果卖家拒绝或不答复，进入下一步。',
  'step.presale-refund.title': '要求退还预售款',
  'step.presale-refund.what.earnest-double': '卖家没有履行预售，页面写的是“定金”：要求双倍返还。',
  'step.presale-refund.what.advance': '页面上写的是“订金”，这是预付款，可以要求退还。',
  'step.presale-refund.what.at-least':
    '卖家没有履行预售。先在订单页面查清这笔钱叫“定金”还是“订金”：“订金”要求退还，“定金”可以要求双倍返还。下面的消息两种情况都写到了。',
  'step.presale-refund.what.unclear':
    '先在订单页面查清两件事：这笔钱叫“定金”还是“订金”，以及是哪一方没有继续。卖家什么时候可以不退，见“卖家可能有道理的地方”。',
  'step.presale-refund.why':
    '收受定金的一方不履行、致使不能实现合同目的的，应当双倍返还定金；“订金”等没有约定定金性质的款项不适用定金罚则。定金不得超过价款的20%，超过部分不算定金。',
  'step.presale-refund.why.advance': '订金是预付款，不是定金：不适用定金罚则，卖家不能以定金为由不退。',
  'step.presale-refund.how.1': '在订单聊天中发送下面的消息，附上预售规则的截图。',
  'step.presale-refund.takes': '给卖家大约3天答复。',
  'step.presale-refund.moveOn': '如果卖家拒绝，进入下一步。',
  'step.ask-price-promise.title': '要求店铺按价保承诺退差价',
  'step.ask-price-promise.what': '你下单时页面写了“价保”，现在同一商品降价了。按页面写明的价保条件，要求退还差价。',
  'step.ask-price-promise.why':
    '经营者在商品页面上作出的承诺，包括价格方面的承诺，应当履行。价保是店铺的承诺，不是法律直接给的权利，所以能退多少，看价保条款（期限、哪些价格算）。',
  'step.ask-price-promise.how.1':
    '截图保存：价保承诺和条款、订单里的成交价和日期、带日期时间的降价页面。核对是同一商品、同一规格和颜色。',
  'step.ask-price-promise.how.terms':
    '核对降价是否在价保条款的范围内：保价的期限，以及哪些价格算数。不在范围内的，店铺可能有道理。',
  'step.ask-price-promise.how.2':
    '订单页有价保申请按钮的，先用按钮申请。没有按钮或者申请失败，就在订单聊天里发下面的消息。',
  'step.ask-price-promise.takes': '给卖家大约3天答复。',
  'step.ask-price-promise.moveOn': '卖家拒绝或者不回复，就进入下一步。',
  'step.report-price-fraud.title': '向市场监管部门举报虚假“原价”',
  'step.report-price-fraud.what': '通过12315平台（网站、App或小程序）举报，附上带日期的价格截图。',
  'step.report-price-fraud.why':
    '价格规定禁止通过虚假折价、减价或者价格比较等方式销售商品。划线“原价”是不是虚假，由市场监管部门认定。卖家故意欺诈的，你可以主张价款三倍的赔偿（不足500元的按500元），但要证明存在欺诈，由法院判断。',
  'step.report-price-fraud.how.1':
    '规定给了一个标准：店铺没标明“原价”的详细信息，“原价”就不能高于它标出比较前七天内的最低成交价。收集能证明这家店当时真实售价的材料：你自己带日期的截图，或者别人记录的价格走势。',
  'step.report-price-fraud.how.2': '选择“举报”，不是“投诉”：你是在反映违反价格规定的行为。',
  'step.report-price-fraud.takes':
    '是否立案由市场监管部门决定。据报道，相关规定要求把处理结果告诉举报人，但不一定告诉全部细节。我们没有读到规定原文。',
  'step.report-price-fraud.moveOn': '想拿回钱：如果还在七天无理由退货期内，可以退货；想要三倍赔偿，要由法院判断。',
  'step.ask-restaurant.title': '今天就在App里要求商家处理',
  'step.ask-restaurant.what':
    '在订单的帮助或售后页面反映问题，并在订单聊天里发送下面的消息。外卖的问题越早提出，越容易说清楚。',
  'step.ask-restaurant.why': '你向哪家店下的单，就由哪家店负责，即使餐是别的厨房做的。',
  'step.ask-restaurant.why.delivery': '你向哪家店下的单，就由哪家店按承诺送达；送餐路上出的问题，也由它负责。',
  'step.ask-restaurant.how.photos': '拍下手头还有的东西：外卖袋和封签、餐品和小票。有问题的地方拍视频。',
  'step.ask-restaurant.how.photos.unsafe': '先别再吃了。拍下外卖袋和封签、餐品和小票，有异常的地方拍视频。',
  'step.ask-restaurant.how.keep': '剩下的餐品装进密封袋，放冰箱保存。',
  'step.ask-restaurant.how.doctor': '身体不适就去看医生，保存病历和收据。',
  'step.ask-restaurant.how.times': '截图订单页面：显示的送达时间、实际送到的时间，以及准时送达之类的承诺。',
  'step.ask-restaurant.how.in-app': '按钮名称会变，请按App当前的页面操作。所有沟通都用文字留下记录。',
  'step.ask-restaurant.takes': '消息给商家3天时间答复。商家明确拒绝的，马上进入下一步。',
  'step.ask-restaurant.moveOn': '商家拒绝或不回复，就请App介入。',
  'step.ask-trip-refund.title': '用文字向商家要求退款',
  'step.ask-trip-refund.what':
    '在你下单的App或网站的订单聊天里，发送下面的消息。要的是退款，不是代金券，除非你自己想要代金券。',
  'step.ask-trip-refund.why':
    '谁把行程或票卖给你，就由谁负责。App提供不了这个商家的真实名称、地址和联系方式的，你可以找App赔。',
  'step.ask-trip-refund.how.screenshots': '今天就截图：预订页面、退改签规则、订单确认和取消通知。',
  'step.ask-trip-refund.how.no-voucher': '商家在聊天里给代金券的，你可以不接受，明确说要退款。',
  'step.ask-trip-refund.how.notice':
    '国内游至少要提前7天通知你，出境游至少提前30天。通知晚了，因此造成的损失也可以要求赔偿。',
  'step.ask-trip-refund.how.costs': '要求商家书面列出扣了哪些钱，每一笔的依据是什么。',
  'step.ask-trip-refund.how.add-on': '截图订单页面，留下附加产品被选中的样子。在消息里填上它的名称和价格。',
  'step.ask-trip-refund.takes': '给商家3天左右时间答复。',
  'step.ask-trip-refund.moveOn': '商家拒绝或不回复，就在订单的售后页面申请App介入。',
  'step.ask-to-perform.title': '要求按下单价格发货，或者退款',
  'step.ask-to-perform.what':
    '你已经付款，卖家却取消了订单。先想好你要什么：按下单价格发货，还是全额退款并赔偿你的损失（比如去别处买多花的钱）。',
  'step.ask-to-perform.why':
    '订单提交成功并付款后，合同就成立了，约定“付款后合同不成立”的条款无效。卖家不发货，应当继续履行、采取补救措施或者赔偿损失。卖家明确表示不发货的，你可以解除合同，要求退款并赔偿损失。',
  'step.ask-to-perform.how.1': '趁页面还没变，马上截图：带价格的商品页、订单页和取消通知。',
  'step.ask-to-perform.how.2':
    '如果你想要这件商品，不要因为卖家的要求就同意取消或者申请退款。如果你想要回钱，先查一下款项是否已经退回。在订单聊天里发送下面的消息。',
  'step.ask-to-perform.takes': '给卖家大约3天答复。',
  'step.ask-to-perform.moveOn': '卖家拒绝或者不回复，就进入下一步。',
  'step.service-refund.title': '要求履行服务或退还未消费的预付款',
  'step.service-refund.what': '你预先付款购买的课程、会员或服务没有按约定提供。',
  'step.service-refund.why': '经营者收取预付款后未按约定提供的，应当按你的要求履行或退还预付款。',
  'step.download-fix.title': '用文字要求修复或退款',
  'step.download-fix.what':
    '下载的商品用不了，或者和商品页面描述的不一样。下载类商品不适用无理由退货，但仍然要和描述相符。',
  'step.download-fix.why':
    '卖家卖的商品，实际质量要和商品页面、说明里表明的相符；不相符的，你可以合理选择要求修复、更换或退款。',
  'step.download-fix.how.1': '记录哪里用不了：截图或录屏，并和商品页面放在一起。',
  'step.download-fix.how.2': '在聊天中发送下面的消息，附上截图。',
  'step.download-fix.takes': '给卖家大约3天答复。',
  'step.download-fix.moveOn': '如果卖家拒绝或不答复，进入下一步。',
  'step.service-refund.title.changed-mind': '付款7日内要求退还预付款',
  'step.service-refund.what.changed-mind':
    '你付款还不到7天，现在不想要了。在7天期满前，用文字要求退款。这条规定适用于分多次或持续提供的服务，比如会员、储值卡、系列课程。一次性交付的录播课是否适用，还没有定论。付款时你已经在这家或别家用过同样服务的，不适用。',
  'step.service-refund.why.changed-mind':
    '先付款、再分多次或持续提供的服务，自付款之日起7日内要求退还预付款本金的，法院支持。签合同时已经得到过相同商品或服务的除外。',
  'step.service-refund.title.auto-renewed': '取消自动续费，要求退还扣款',
  'step.service-refund.what.auto-renewed': '先在App里关闭自动续费，免得再被扣款。然后用文字要求退还这次续费扣的钱。',
  'step.service-refund.why.auto-renewed':
    '网上自动续费的服务，要在你开通前和每次续费前5天显著提醒你，续不续由你选择。如果开通时没有显著告诉你会自动续费，你可以主张这一条款不成为合同内容。',
  'step.service-refund.title.moved-away': '要求解除合同，退还未消费的预付款',
  'step.service-refund.what.moved-away':
    '商家换了经营地点，你去消费明显不方便了。这种情况下，你可以要求解除合同，退还没用完的钱。这条规定适用于分多次或持续提供的服务，比如健身卡、美容卡、课时包。只用一次的服务（比如一次性的团购券）不一定适用；券或合同写明在原地址提供的，请重新做一遍检查，选“没有按约定提供”；没有写明地点的，仍可以发送下面的消息请商家退款，但商家可以不同意，法院也不一定支持。',
  'step.service-refund.why.moved-away':
    '先付款、再分多次或持续提供的服务，经营者换了经营地点、给你接受服务造成明显不便的，你要求解除预付式消费合同，法院支持；合同解除后，你可以要求退还剩余的预付款和利息。合同没有约定利息怎么算的，因经营者原因退还预付款，按合同成立时的一年期贷款市场报价利率付利息。',
  'step.service-refund.how.1': '在聊天中发送下面的消息，并保存合同或课程页面。',
  'step.service-refund.how.sum':
    '先算出没用上的部分，填进消息：按课时或次数买的，用实付金额除以总课时或次数，再乘以没有提供的课时或次数。退款不是你的原因造成的，已经用掉的部分按你实际支付的折扣价算。',
  'step.service-refund.how.sum.moved-away':
    '先算出没用上的部分，填进消息：按课时或次数买的，用实付金额除以总课时或次数，再乘以还没用的课时或次数；按期限买的不限次数的卡，用实付金额乘以解除后剩下的期限占全部期限的比例。退款不是你的原因造成的，已经用掉的部分按你实际支付的折扣价算。',
  'step.service-refund.how.1.auto-renewed': '在聊天中发送下面的消息，并截图保存账户里显示这次续费和扣款的页面。',
  'step.service-refund.takes': '给卖家大约3天答复。',
  'step.service-refund.moveOn': '如果卖家拒绝，进入下一步。',
  'step.answer-excuse.title': '回应卖家的说法',
  'step.answer-excuse.what': '卖家说{excuse}。法律并不支持这种说法：发送下面的回复。',
  'step.answer-excuse.what.refund-after-inspection':
    '卖家说{excuse}。法律不禁止验货，但规定了退款的期限：发送下面的回复。',
  'step.answer-excuse.what.no-fault-needed':
    '卖家说{excuse}。这一点没错，但七天无理由退货本来就不需要质量问题：发送下面的回复。',
  'step.answer-excuse.what.no-fault-needed.partly':
    '卖家说{excuse}。这一点没错，但无理由退货本来就不需要质量问题。要看的是你哪天提出的退货：先看“卖家可能有道理的地方”。',
  'step.answer-excuse.what.food':
    '卖家说{excuse}。法律并不支持这种说法：发送下面的回复。关于食品你可能要拿出什么证据，见“卖家可能有道理的地方”。',
  'step.answer-excuse.what.partly':
    '卖家说{excuse}。这话不一定站得住，也不一定全错：先看“卖家可能有道理的地方”。下面的回复只要求法律给你的部分，核对与你的情况相符后再发送。',
  'step.answer-excuse.why': '回复中引用了回应这个说法的法条，以及你的情况所依据的法律。',
  'step.answer-excuse.how.1': '复制回复，核对后在平台聊天中发送。',
  'step.answer-excuse.takes': '给卖家大约3天答复。',
  'step.answer-excuse.moveOn': '如果卖家重复同样的说法，或到回复里写的日期还没答复，进入下一步。不要和卖家反复拉扯。',
  'step.refund-overdue.title': '要求退还应退的款项',
  'step.refund-overdue.what': '卖家已经收到退货，应在收到后7日内退款；收到退货超过15日未退款的，可以被处罚。',
  'step.refund-overdue.why': '卖家应当自收到退回商品之日起七日内返还价款。',
  'step.refund-overdue.what.may-refuse':
    '卖家已经收到退货。这件商品，卖家可能本可以不接受无理由退货（见“卖家可能有道理的地方”）。它既然收下了，可以请它退款，或者把商品寄还给你。',
  'step.refund-overdue.why.may-refuse': '卖家收下了退货，但可能没有义务按无理由退货退款：这条消息只是请它处理。',
  'step.refund-overdue.why.medicine':
    '药品能否七天无理由退货，本站未能核实。卖家认可这次退货的，应当自收到之日起7日内退款。',
  'step.refund-overdue.why.conditional': '卖家拒绝的理由不成立的，应当自收到退回商品之日起七日内返还价款。',
  'step.refund-overdue.what.conditional':
    '卖家已经收到退货。卖家拒绝的理由不成立的（见“卖家可能有道理的地方”），应在收到后7日内退款；收到退货超过15日未退款的，可以被处罚。',
  'step.refund-overdue.what.medicine':
    '卖家已经收到退回的药品。药品能否七天无理由退货，本站未能核实（见“卖家可能有道理的地方”）：可以请它退款，不同意的，请它把药品寄还给你。',
  'step.refund-overdue.what.medicine.disputed':
    '卖家已经收到退回的药品。药品能否七天无理由退货，本站未能核实。卖家说收到时有损坏：先请它拿出证据（见“卖家可能有道理的地方”）。可以请它退款，不同意的，请它把药品寄还给你。',
  'step.refund-overdue.title.may-refuse': '请卖家退款或寄还商品',
  'step.refund-overdue.title.packaging': '请卖家换外包装或减价，并寄还商品',
  'step.refund-overdue.title.after-seven': '要求退款（卖家也可以依法改为补救）',
  'step.refund-overdue.moveOn.may-refuse':
    '卖家不同意的，法律可能站在卖家一边。商品本身有质量问题的，返回修改你的回答，按质量问题处理。',
  'step.refund-overdue.moveOn.may-refuse.confirmed':
    '卖家不同意的：商品属于上面说的几类的，法律可能站在卖家一边；不属于的，你的确认不算数，可以起诉（见下一步）。商品本身有质量问题的，返回修改你的回答。',
  'step.refund-overdue.what.disputed':
    '卖家已经收到退货。退回的商品和你寄出时一样完好的，卖家应当退款。卖家说收到时有损坏：先请它拿出证据，这一点弄清楚之前先不要举报。',
  'step.refund-overdue.what.disputed.part':
    '卖家已经收到退货。退回的商品和你寄出时一样的，卖家至少应当退还坏掉那部分的钱。卖家说收到时有损坏：先请它拿出证据，这一点弄清楚之前先不要举报。',
  'step.refund-overdue.what.disputed.after-seven':
    '卖家已经收到退货。退回的商品和你寄出时一样的：问题导致不能实现购买目的，卖家应当退款；不到这个程度的，卖家可以改用其他补救办法。卖家说收到时有损坏：先请它拿出证据，这一点弄清楚之前先不要举报。',
  'step.refund-overdue.what.quality':
    '卖家已经收到退货，应当退款。商品有质量问题的，自你提出要求起超过15天无正当理由不退款，视为故意拖延，可以被处罚。',
  'step.refund-overdue.what.quality.after-seven':
    '卖家已经收到退货。问题导致不能实现购买目的的，卖家应当退款；不到这个程度的，卖家可以改用其他补救办法，见日期“{date}”下的说明。自你提出要求起超过15天，无正当理由既不退款也不处理的，视为故意拖延，可以被处罚。',
  'step.refund-overdue.what.box.after-seven':
    '卖家已经收到退货。只有外包装破损的，可以请它更换外包装或减价，再把商品寄还给你；它同意的，也可以退款。',
  'step.refund-overdue.what.quality.part':
    '卖家已经收到退货，至少应当退还坏掉那部分的钱。商品有质量问题的，自你提出要求起超过15天无正当理由不退款，视为故意拖延，可以被处罚。',
  'step.refund-overdue.why.quality':
    '商品不符合质量要求的，自你提出要求之日起超过十五日，卖家无正当理由不退货、不退款，视为故意拖延或者无理拒绝。',
  'step.refund-overdue.why.after-seven':
    '商品不符合质量要求的，自你提出要求之日起超过十五日，卖家无正当理由不修理、不更换、不退货也不退款，视为故意拖延或者无理拒绝。',
  'step.refund-overdue.how.1': '发送下面的消息，附上退货物流信息。',
  'step.refund-overdue.how.asked-in-time':
    '卖家收到退货时，已经过了7天。算不算按时，看你哪天提出退货申请，不看包裹哪天到。在消息里填上那一天，并保留好申请的记录（售后申请或聊天记录）。如果你是过了7天才申请的，卖家说退货晚了可能有道理。',
  'step.refund-overdue.how.asked-in-time.refused':
    '卖家收到退货时，已经过了7天。算不算按时，看你哪天提出退货申请，不看包裹哪天到。卖家在{refused}拒绝了你的申请，那天还在收货后7天内，消息里已经写明。保留好那次申请的记录（售后申请或聊天记录）。',
  'step.refund-overdue.takes': '等到消息里写的答复日期。退款原路返回。',
  'step.refund-overdue.moveOn': '如果仍不退款，进入下一步。',
  'step.refund-overdue.moveOn.put-right': '卖家既没有退款，也没有按上面说的办法处理的，进入下一步。',
  'step.refund-overdue.moveOn.medicine': '卖家既不退款、也不寄还药品的，进入下一步。',
  'step.platform-intervention.title': '申请平台介入',
  'step.platform-intervention.what': '请{platform}处理这个纠纷，依据你在消息里写明的事实和法律。',
  'step.same-law': '你的情况所依据的法律不变。',
  'step.platform-intervention.why.private':
    '平台对在它上面成交的买卖有自己的纠纷处理流程：这是平台规则，不是对你的法定义务。',
  'step.platform-intervention.why': '平台应当积极协助你处理与平台内卖家的纠纷。',
  'step.platform-intervention.how.taobao.1':
    '打开订单和售后申请，找“申请平台介入”或“申请客服介入”（各版本App的名称不同，以实际页面为准）。淘宝规则称之为“淘宝介入”。',
  'step.platform-intervention.how.taobao.2':
    '淘宝争议处理规则（2025年8月15日施行的版本，属于平台规则）没有写明申请的天数：卖家一拒绝就申请。',
  'step.platform-intervention.how.taobao.2.after-reply':
    '淘宝争议处理规则（2025年8月15日施行的版本，属于平台规则）要求在淘宝规定的时限内在线发起维权，但没有写明天数。再次被拒绝，或到你消息里写的日期还没答复，就申请；如果App里显示的期限在那天或之前截止，就提前申请。发起维权的时限已过，也不一定没办法。按规则第五条，这些情况不受这个时限限制：能证明没收到货或商品有质量问题；假货已由主管部门认定；卖家承诺过更长的期限。遇到这些情况，可以联系淘宝客服。',
  'step.platform-intervention.how.taobao.fake':
    '说是假货的，按淘宝规则第66条，先由卖家证明商品来源。卖家要按淘宝的要求，提供厂家经销凭证、报关单据（进口商品）、合格证或发票等。卖家拿不出的，淘宝支持退货退款。卖家拿出有效凭证的，淘宝会要你提供质检凭证等证据；拿不出的，淘宝会把货款打给卖家。所以手头的证据都要留好，比如品牌方的答复；能做检测就做。',
  'step.platform-intervention.how.jd.1':
    '在售后页面申请“京东介入”，在卖家驳回申请后15个自然日内（京东开放平台交易纠纷处理总则，2025年7月4日施行的版本；平台规则，不是法律）。如果是京东自营商品，京东就是卖家：直接找京东客服。',
  'step.platform-intervention.how.window-passed':
    '按你给的日期，申请{platform}介入的期限可能已在{date}过了，平台可能不再受理。可以试着申请；不受理的，直接向12315投诉。',
  'step.platform-intervention.how.jd.silent':
    '卖家一直不处理的，提起售后或纠纷申请24小时后，就可以在售后页面申请“京东介入”。这是京东开放平台交易纠纷处理总则第三条（2025年7月4日施行的版本），是平台规则，不是法律。卖家之后驳回申请的，从驳回那天起15个自然日内申请。如果是京东自营商品，京东就是卖家：直接找京东客服。',
  'step.platform-intervention.how.wechat-store.silent':
    '微信小店的开发者文档说，商家超时不处理的，平台会介入。商家拒绝你的售后申请后，你可以在7天内申请平台介入。这些是平台规则，不是法律。',
  'step.platform-intervention.how.jd.order':
    '在订单中申请“京东介入”。京东规则对发货和取消订单的纠纷，给15个自然日申请介入。我们没有核实从哪天起算，请现在就申请（京东开放平台交易纠纷处理总则，2025年7月4日施行的版本；平台规则，不是法律）。如果是京东自营商品，京东就是卖家：直接找京东客服。',
  'step.platform-intervention.how.jd.other':
    '在订单中申请“京东介入”。我们没有看到京东对这类纠纷的申请期限，请现在就申请（京东开放平台交易纠纷处理总则，2025年7月4日施行的版本；平台规则，不是法律）。如果是京东自营商品，京东就是卖家：直接找京东客服。',
  'step.platform-intervention.how.jd.price-mistake': '价格标错适用京东另一项我们没有读过的规则。',
  'step.platform-intervention.how.wechat-store.1':
    '在微信小店订单中，卖家拒绝后7天内申请平台介入（微信小店开发者文档；平台规则）。',
  'step.platform-intervention.how.other.1':
    '打开订单申请“平台介入”或“客服介入”。我们没有看到这个平台的现行规则：请在App中查看期限，尽快申请。',
  'step.platform-intervention.takes': '通常需要几天。平台要求补充证据时请立即回应。',
  'step.platform-intervention.moveOn': '如果平台的处理结果对你不利，申请一次人工复核，然后进入下一步。',
  'step.platform-liability.title': '要求平台提供卖家信息或赔偿',
  'step.platform-liability.what': '店铺已关闭或联系不上。书面要求平台提供卖家的真实名称、地址和有效联系方式。',
  'step.platform-liability.why': '平台不能提供的，你可以向平台要求赔偿。',
  'step.platform-liability.how.1': '在订单中联系平台客服，截图保存你的请求和答复。',
  'step.platform-liability.how.return':
    '质量问题的7日退货期还没过：今天同时在订单中申请退货。点“申请售后”，选择“退货退款”，原因选“质量问题”，让申请按时留下记录。各App的按钮名称不同，请以实际页面为准。',
  'step.platform-liability.how.return.no-reason':
    '七天无理由退货的期限还没过：今天同时在订单中申请退货。点“申请售后”，选择“退货退款”和七天无理由选项，让申请按时留下记录。各App的按钮名称不同，请以实际页面为准。',
  'step.platform-liability.takes': '要求平台在几天内答复。',
  'step.platform-liability.moveOn': '平台既不提供卖家信息也不赔偿的，向12315投诉，并把平台一并列为被投诉人。',
  'step.complain-12315.title': '向12315投诉',
  'step.complain-12315.what': '在全国12315平台向市场监管部门投诉。监管部门会组织双方调解。',
  'step.complain-12315.why': '监管部门应当在7个工作日内处理投诉并告知你。调解需要双方同意，监管部门不能强制退款。',
  'step.complain-12315.how.1': '打开12315.cn（或12315 App、小程序），选择“投诉”。',
  'step.complain-12315.how.2': '提供真实身份信息、卖家名称、投诉请求和事实，并上传证据。',
  'step.complain-12315.how.demand-passed':
    '你是否已经催告卖家在某个日期前发货，而那个日期已经过了？如果是，不必再给卖家一周：把消息里“我的要求是”那句换成下面这句，填上两个日期，附上当时的聊天记录：“{sentence}”',
  'step.court.how.demand-passed':
    '你是否已经催告卖家在某个日期前发货，而那个日期已经过了？如果是，最后一次催告不必再给卖家新的发货期限：把消息里“我的要求是”那句换成下面这句，填上两个日期：“{sentence}”',
  'step.complain-12315.how.platform-review':
    '如果还没有，可以通过平台客服，请人工对这次处理结果复核一次。不管结果如何，你都可以向12315投诉。',
  'step.how.jd-appeal.regulator':
    '京东开放平台交易纠纷处理总则（2025年7月4日施行的版本；平台规则，不是法律）允许你在纠纷单关闭后7个自然日内附证据申诉。有京东没看到的证据，就去申诉。如果是京东自营商品，京东就是卖家，这条规则不适用：直接找京东客服。不管京东怎么答复，你都可以向12315投诉。',
  'step.how.jd-appeal.regulator.passed':
    '京东开放平台交易纠纷处理总则（2025年7月4日施行的版本；平台规则，不是法律）允许在纠纷单关闭后7个自然日内申诉。从你记录的处理日算，这个期限已经过了。只有纠纷单是在最近7天内关闭的，才还能申诉。京东自营商品不适用这条规则。不管怎样，你都可以向12315投诉。',
  'step.how.jd-appeal.court':
    '京东开放平台交易纠纷处理总则（2025年7月4日施行的版本；平台规则，不是法律）允许你在纠纷单关闭后7个自然日内附证据申诉。有京东没看到的证据，就去申诉。如果是京东自营商品，京东就是卖家，这条规则不适用：直接找京东客服。起诉不需要先等京东答复。',
  'step.how.jd-appeal.court.passed':
    '京东开放平台交易纠纷处理总则（2025年7月4日施行的版本；平台规则，不是法律）允许在纠纷单关闭后7个自然日内申诉。从你记录的处理日算，这个期限已经过了。只有纠纷单是在最近7天内关闭的，才还能申诉。京东自营商品不适用这条规则。起诉不需要先等京东答复。',
  'step.complain-12315.takes': '7个工作日内决定是否受理。',
  'step.complain-12315.moveOn': '卖家拒绝调解或调解不成的，起诉。',
  'step.report.title': '举报违法行为',
  'step.report.what':
    '无理拒绝或故意拖延依法应当办理的退货、退款，本身就是可以被罚款的违法行为。卖家这样做的，可以举报，请监管部门调查处理，与投诉分开进行。',
  'step.report.what.late-from-return':
    '卖家收到退货超过15日，仍没有把钱退给你的，这种拖延本身就是可以被罚款的违法行为。那时可以举报，请监管部门调查处理，与投诉分开进行。',
  'step.report.what.returned-damaged':
    '卖家{date}已收到退货，超过15日仍未退款。卖家拿不出退货是在你寄出后才损坏的证据的，这种拖延本身就是监管部门可以罚款的违法行为，可以举报，和你的投诉分开处理。',
  'step.report.what.returned-damaged.conditional':
    '卖家{date}已收到退货，至今已超过15日。卖家拿不出退货是在你寄出后才损坏的证据，又无正当理由既不退款、也没有用其他办法处理的，视为故意拖延。可以举报，和你的投诉分开处理。',
  'step.report.what.conditional':
    '卖家{date}已收到退货，超过15日仍未退款。卖家拒绝的理由不成立的（见“卖家可能有道理的地方”），这种拖延就是可以罚款的违法行为。可以举报，和你的投诉分开处理。',
  'step.report.what.late-passed':
    '卖家{date}已收到退货，超过15日仍未退款，这本身就是监管部门可以罚款的违法行为。举报请监管部门调查，和你的投诉分开处理。',
  'step.report.what.late-passed.request':
    '你最晚在卖家{date}收到退货前就提出了退货退款要求，至今已超过15日仍未退款。商品有质量问题的，这视为故意拖延，监管部门可以罚款。举报请监管部门调查，和你的投诉分开处理。',
  'step.report.what.late-passed.request.conditional':
    '你最晚在卖家{date}收到退货前就提出了要求，至今已超过15日。卖家无正当理由既不退款、也没有用其他办法处理的，视为故意拖延，监管部门可以罚款。举报请监管部门调查，和你的投诉分开处理。',
  'step.report.what.unconfirmed-exclusion':
    '没经你在购买时确认，就以商品不适用七天无理由退货为由拒绝退货，本身就是可以被处罚的违法行为。举报是请监管部门调查，和你的投诉分开处理。',
  'step.report.what.late-from-request':
    '自你提出要求之日起超过15日仍不退款的，这种拖延本身就是可以被罚款的违法行为。那时可以举报，请监管部门调查处理，与投诉分开进行。',
  'step.report.what.late-from-request.conditional':
    '自你提出要求之日起超过15日，卖家无正当理由既不退款、也没有用其他办法处理的，视为故意拖延，可以被罚款。那时可以举报，请监管部门调查处理，与投诉分开进行。',
  'step.report.why': '故意拖延或无理拒绝消费者的退货、退款要求的，可以被处罚。',
  'step.report.what.put-right.missing-items':
    '对你补足商品数量的要求无理拒绝或故意拖延，本身就是可以被罚款的违法行为。卖家这样做的，可以举报，请监管部门调查处理，与投诉分开进行。',
  'step.report.what.put-right.wrong-item':
    '对你更换商品的要求无理拒绝或故意拖延，本身就是可以被罚款的违法行为。卖家这样做的，可以举报，请监管部门调查处理，与投诉分开进行。',
  'step.report.what.put-right.wrong-or-missing-items':
    '对你更换商品或补足商品数量的要求无理拒绝或故意拖延，本身就是可以被罚款的违法行为。卖家这样做的，可以举报，请监管部门调查处理，与投诉分开进行。',
  'step.report.why.put-right': '故意拖延或无理拒绝消费者更换商品、补足商品数量的要求的，可以被处罚。',
  'step.report.title.price-promise': '举报拒不履行价格承诺',
  'step.report.what.price-promise':
    '没有正当理由拒绝履行价格承诺，是价格规定列出的价格欺诈行为。你可以在12315投诉的同时举报；这次拒绝算不算，由监管部门认定。',
  'step.report.what.price-promise.ended':
    '没有正当理由拒绝履行价格承诺，是价格规定列出的价格欺诈行为。调解终止了，举报照样可以提；这次拒绝算不算，由监管部门认定。',
  'step.report.why.price-promise':
    '《明码标价和禁止价格欺诈规定》把无正当理由拒绝履行或者不完全履行价格承诺，列为经营者不得实施的价格欺诈行为。',
  'step.report.title.fake': '举报售假',
  'step.report.what.fake': '以假充真，本身就是可以被处罚的违法行为。举报是请监管部门调查，是不是假货由它认定。',
  'step.report.why.fake': '《消费者权益保护法》把以假充真列为可以处罚的行为，处罚还要记入卖家的信用档案。',
  'step.report.title.false-description': '举报虚假宣传',
  'step.report.what.false-description':
    '对商品作虚假或者引人误解的宣传，本身就是可以被处罚的违法行为。举报是请监管部门调查，商品页面是否虚假由它认定。',
  'step.report.why.false-description':
    '《消费者权益保护法》把对商品作虚假或者引人误解的宣传列为可以处罚的行为，处罚还要记入卖家的信用档案。',
  'step.report.how.false-sale':
    '在12315平台上选择“举报”。附上你看到的商品页面，以及能证明商品与描述不符的材料：检测报告、品牌方的答复或照片。',
  'step.report.apart.beside': '举报和投诉分开处理，两件事可以一起做。',
  'step.report.apart.ended': '举报和投诉分开处理，调解终止了，举报照样可以提。',
  'step.report.how.1': '在12315平台上，除“投诉”外再提交一份“举报”，附上相同证据。',
  'step.report.how.1.ended': '在12315平台上选择“举报”，附上投诉时提交过的证据。',
  'step.report.takes': '举报本身不会帮你拿回钱，但会增加压力。',
  'step.report.moveOn.ended': '同时起诉。',
  'step.report.moveOn': '同时继续你的投诉或诉讼。',
  'step.court.title': '发出最后催告，然后起诉',
  'step.court.what': '金额不大的案子，诉讼费很低，也可以在网上立案。通常可以在订单收货地址所在地的法院起诉。',
  'step.court.why':
    '可以在合同履行地起诉，寄送的商品以收货地为合同履行地。诉讼请求金额不超过1万元的，案件受理费50元；法院适用简易程序（如小额诉讼）的，一般减半为25元。书面要求履行会让3年诉讼时效重新计算。',
  'step.court.what.service': '金额不大的案子，诉讼费很低，也可以在网上立案。',
  'step.court.what.group-chat':
    '金额不大的案子，诉讼费很低，也可以在网上立案。通常可以在收货地的法院起诉：你告诉卖家的收货地址。',
  'step.court.what.cross-border':
    '可以网上起诉，但卖家在境外，就不能走快捷的小额诉讼程序（见下文）。依法可以向平台主张的，在国内起诉平台。',
  'step.court.takes.cross-border': '有境外当事人的案件，审理时间比小额诉讼长。',
  'step.court.why.service':
    '合同纠纷可以在被告住所地或合同履行地的法院起诉。诉讼请求金额不超过1万元的，案件受理费50元；法院适用简易程序（如小额诉讼）的，一般减半为25元。书面要求履行会让3年诉讼时效重新计算。',
  'step.court.how.1': '在聊天中发出最后一次书面催告，写明期限。',
  'step.court.how.1.shop-closed': '通过平台客服向平台发出最后一次书面催告，写明期限（店铺已经联系不上）。',
  'step.court.how.2': '到期仍不处理的，向收货地的法院网上立案，并上传证据。',
  'step.court.how.2.service': '到期仍不处理的，向被告住所地或合同履行地的法院网上立案，并上传证据。',
  'step.court.how.download':
    '网上购买、通过网络交付的商品（如下载内容、激活码），以你的住所地为合同履行地，可以在你住所地的法院起诉。',
  'step.court.takes': '小额诉讼一般应在立案后2个月内审结；需要鉴定的案件不适用小额诉讼。',
  'step.court.takes.service': '小额诉讼一般应在立案后2个月内审结。',
  'step.court.moveOn': '在各种维权途径中，起诉最有力。任何和解都要有书面记录。',
  'today.read-caveat': '发送前，先看下面的“卖家可能有道理的地方”，确认这条回复符合你的情况。',
  'today.then.after-refusal':
    '你的要求已经被拒绝过一次。这条回复针对这次拒绝，写明你的要求和法律依据，留下书面记录。发出后截图保存，后面的步骤用得上。',
  'today.then.go-on': '如果再次被拒绝，或到你消息里写的日期（今天发出的话是{date}）还没答复，就进入“{title}”。',
  'today.then.go-on.window-today':
    '{platform}介入的期限今天截止。发出这条消息后，今天也要进入“{title}”，不用等对方答复。这是{rule}的规定，属于平台规则，不是法律。',
  'today.then.go-on.window-tomorrow':
    '{platform}介入的期限明天（{date}）截止。发出这条消息后，今天或最晚明天就进入“{title}”，不用等对方答复。这是{rule}的规定，属于平台规则，不是法律。',
  'today.then.go-on.window-passed':
    '不过{platform}介入的期限可能已在{closed}截止。这是{rule}的规定，属于平台规则，不是法律。平台不受理怎么办，那一步里有写。',
  'today.then.go-on.now':
    '这类纠纷申请{platform}介入的天数从哪天起算，我们没有核实，可能已经开始计算。发出这条消息后，今天也要进入“{title}”，不用等对方答复。',
  'today.then.go-on.taobao':
    '淘宝规则有发起维权的时限，但没有写明天数。今天就在App里查看：如果在{date}当天或之前截止，就在截止前进入“{title}”。',
  'today.then.after-refusal.ask':
    '你的要求已经被拒绝过一次。用这条消息再礼貌地商量一次，留下书面记录。发出后截图保存。',
  'today.then.go-on.unseen':
    '我们没有查到这个平台申请介入的期限。今天就在App里查看：如果在{date}当天或之前截止，就在截止前进入“{title}”，不用等对方答复。',
  'today.then.after-refusal.demand':
    '你的要求已经被拒绝过一次。这条消息把你的要求和法律依据写成书面记录。发出后截图保存，后面的步骤用得上。',
  'today.read-caveat.message': '发送前，先看下面的“卖家可能有道理的地方”，确认这条消息符合你的情况。',
  'today.read-food-caveat': '发送前，先看下面的“卖家可能有道理的地方”：那里说了你可能要就食品拿出什么证据。',
  'today.read-packaging-caveat':
    '发送前，先检查商品本身，并看下面的“卖家可能有道理的地方”：只是包装破损，不一定算质量问题。',
  'today.read-packaging-caveat.sealed':
    '发送前，先不拆密封包装查看商品，并看下面的“卖家可能有道理的地方”：只是包装破损，不一定算质量问题。',
  'decides.platform': '平台、12315或法院',
  'decides.no-platform': '12315或法院',
  'decides.court': '法院',
  'today.demand-passed':
    '你是否已经催告卖家在某个日期前发货，而那个日期已经过了？如果是，把消息里“我的要求是”那句换成下面这句，填上两个日期，并附上当时的聊天记录。',
  'today.asked-in-time': '你是否在{date}或更早（收货后7天内）就向卖家要求过退货？',
  'today.asked-in-time.refused': '卖家在{refused}拒绝了你当时的要求，那天还在收货后7天内。你那时要求的是退货吗？',
  'today.asked-in-time.hint':
    '选“是”，每条消息都会改为要求退货，并写明你按时提出过。记得附上当时的记录（聊天或售后申请）。按时提出的要求还算不算数，由{deciders}判断。',
  'today.asked-in-time.said':
    '你说你在收货后7天内就要求过退货：每条消息都按退货写，并写明了这一点。附上当时的记录（聊天或售后申请）。按时提出的要求还算不算数，由{deciders}判断。',
  'today.asked-in-time.hint.returned':
    '选“是”，每条消息都会写明你在7天内就要求过退货，退款按那次要求主张。记得附上当时的记录（聊天或售后申请）。按时提出的要求还算不算数，由{deciders}判断。',
  'today.asked-in-time.said.returned':
    '你说你在收货后7天内就要求过退货：每条消息都写明了这一点，退款按那次要求主张。附上当时的记录（聊天或售后申请）。按时提出的要求还算不算数，由{deciders}判断。',
  'today.food-keep': '剩下的食品连同包装密封保存：可能要送检。',
  'today.price-terms': '发送前，核对降价是否在价保条款的范围内：保价的期限，以及哪些价格算数。',
  'step.how.reply-instead': '如果已经发送了“今天先做这件事”里的回复，就不用再发这条消息：两条要求相同。',
  'step.punitive-damages.title': '考虑主张惩罚性赔偿',
  'step.punitive-damages.what.fraud': '能证明卖家欺诈的：增加赔偿{fraud}（价款的三倍，不足500元的按500元）。',
  'step.punitive-damages.what.food':
    '食品不符合食品安全标准的，可以向生产者或明知而销售的卖家要求增加赔偿{food}。标准是价款的十倍，不足1000元的按1000元。',
  'step.punitive-damages.what.food.ill':
    '食品不符合食品安全标准、造成损害的，你可以向卖家要求赔偿医疗费等损失，卖家应当先行赔付。生产者生产了不合格食品，或卖家明知不合格还在卖的，还可以要求价款十倍或者损失三倍的赔偿金。不足1000元的按1000元算。',
  'step.punitive-damages.ten-times': '本单价款的十倍是{food}。',
  'step.punitive-damages.how.1.meal':
    '提交证据：餐品、外卖袋和封签的照片或视频，以及密封冷藏的剩余餐品；商家有争议的，再提供检测报告。',
  'step.punitive-damages.what.fraud-and-food':
    '能证明卖家欺诈的：增加赔偿{fraud}（价款的三倍，不足500元的按500元）。食品不符合食品安全标准的，可以向生产者或明知而销售的卖家要求增加赔偿{food}。标准是价款的十倍，不足1000元的按1000元。',
  'step.punitive-damages.why':
    '这笔赔偿不是自动得到的：你需要证明事实，通常通过诉讼或12315主张。只主张证据能证明的内容。',
  'step.punitive-damages.why.ended': '这笔赔偿不是自动得到的：你需要证明事实，由法院判断。只主张证据能证明的内容。',
  'step.punitive-damages.how.1': '提交证据：检测报告；假货或虚假宣传的，当时的商品页面。',
  'step.punitive-damages.how.1.food':
    '提交证据：收到当天食品的照片，有标签的连同标签；卖家对食品状况有争议的，再提供检测报告。',
  'step.punitive-damages.how.where': '在诉讼或投诉中一并主张。',
  'step.punitive-damages.how.where.ended': '调解已经终止，要在起诉时一并主张。',
  'step.punitive-damages.takes': '在诉讼或投诉中一并主张。',
  'step.punitive-damages.takes.ended': '在起诉时一并主张。',
  'step.punitive-damages.moveOn': '只主张证据能证明的内容。',
  'step.private-seller.title': '个人卖家：按《民法典》的合同规则维权，不适用《消费者权益保护法》',
  'step.private-seller.what':
    '《消费者权益保护法》（七天无理由、12315）针对的是经营者。对个人卖家，你仍可依据《民法典》要求与问题相符的补救（下面的消息写明了要求），也可以起诉。所谓“个人”卖家实际在经营的，法院可能认定其为经营者。',
  'step.private-seller.why':
    '履行不符合约定的，买方可以根据商品的性质和损失的大小，合理选择修理、更换、退货、减价等。卖家是不是在经营，法院会看出售商品的性质、来源、数量、价格、频率等来判断。',
  'step.private-seller.what.perform':
    '《消费者权益保护法》（七天无理由、12315）针对的是经营者。对个人卖家，你仍可依据《民法典》要求对方按约定履行，做不到的退款或赔偿损失，也可以起诉。所谓“个人”卖家实际在经营的，法院可能认定其为经营者。',
  'step.private-seller.what.moved':
    '《消费者权益保护法》（七天无理由、12315）和法院关于预付式消费的规定，针对的是经营者。对个人卖家，换了地方、让你去接受服务明显不便，本身不一定违反合同：下面的消息是请对方同意解除、退还没用完的钱。对方不同意、你想起诉的，要看你们是否约定了在原来的地点提供服务，或者对方是否实际在经营。',
  'step.private-seller.why.perform':
    '没有按约定履行的一方，应当继续履行、采取补救措施或者赔偿损失。卖家是不是在经营，法院会看出售商品的性质、来源、数量、价格、频率等来判断。',
  'step.private-seller.why.moved':
    '没有按约定履行的一方，应当继续履行、采取补救措施或者赔偿损失；违约致使不能实现合同目的的，对方可以解除合同。卖家是不是在经营，法院会看出售商品的性质、来源、数量、价格、频率等来判断。',
  'step.private-seller.how.1': '在App聊天中把下面的消息发给卖家，并保存商品页面和聊天记录。',
  'step.private-seller.how.moved':
    '对个人卖家，法院关于商家搬迁、造成明显不便时可以解除预付合同的规定不一定适用，下面的消息是请对方同意解除、退还没用完的钱。你们约定了在原来的地点提供服务的，在消息里加一句“我们约定在【原地址】提供服务”：不在约定地点提供，就是履行不符合约定。对方实际在经营（比如有固定场所、长期招收会员或学员）的，法院可能认定其为经营者，这时可以按商家搬迁的规定要求解除合同：要这样做，请重新做一遍检查，卖家类型选“商家或店铺”。',
  'step.private-seller.how.moved.sum':
    '先算出没用上的部分，填进消息：按课时或次数买的，用实付金额除以总课时或次数，再乘以还没用的课时或次数。',
  'step.private-seller.takes': '给卖家大约3天答复。',
  'step.private-seller.moveOn': '卖家拒绝的，有平台纠纷处理就先申请，再考虑起诉。',
  'step.complain-12315.how.group-chat':
    '投诉需要明确的被投诉人。如果你只知道卖家的微信账号，改为提交“举报”，写明微信号（不只是昵称）和转账的交易单号。',
  'step.court.how.seller-gone':
    '起诉需要明确的被告。卖家联系不上的，写明平台上能看到的卖家信息，并可以书面申请法院向平台调取卖家的实名信息。各地法院做法不一。',
  'step.court.how.ask-platform-details':
    '先在订单中联系平台客服，请平台提供卖家的真实姓名和联系方式，截图保存平台的答复。',
  'step.court.how.group-chat':
    '起诉需要明确的被告。如果你只知道卖家的微信账号，可以书面申请法院向腾讯或财付通调取实名信息。各地法院做法不一。',
  'step.moveOn.platform-window':
    '申请{platform}介入的期限，从卖家拒绝或不再回复那天起就在计算。即使卖家还在回复，最晚也要在{date}申请。',
  'step.moveOn.platform-window.unconfirmed':
    '京东规则给15个自然日申请介入，但发货和取消订单的纠纷从哪天起算，我们没有核实。为稳妥起见，即使卖家还在回复，最晚也要在{date}申请。',
  'step.moveOn.refused-already': '你的要求已经被拒绝过一次：这一步的消息不用发，改发“{title}”里的回复，要求相同。',
  'step.moveOn.refused-demand': '对方已经拒绝过一次。如果再次拒绝，或到消息里写的日期还没答复，就进入“{title}”。',
  'step.moveOn.refused-now': '对方已经拒绝过一次：按“{title}”说的，现在就申请{platform}介入，同时继续在聊天里沟通。',
  'step.takes.short': '给卖家的答复期限以消息里写的日期为准。比平时短，是因为{platform}介入的期限在{date}截止。',
  'step.complain-12315.how.cross-border':
    '除了境外卖家，也写上平台：平台在中国境内；平台不能提供卖家真实名称、地址和有效联系方式的，你可以向平台要求赔偿。',
  'step.complain-12315.how.tour':
    '包价旅游的纠纷，也可以向当地的旅游投诉受理机构投诉：它会处理或者移交有关部门，也可以调解。',
  'step.complain-12315.how.shop-closed':
    '除了店铺，也写上平台：平台不能提供卖家真实名称、地址和有效联系方式的，你可以向平台要求赔偿。',
  'step.court.how.shop-closed':
    '找不到店铺、平台又不能提供卖家真实名称、地址和有效联系方式的，你可以直接向平台主张赔偿。',
  'step.court.how.price-fraud':
    '可以请求法院判的：商家故意欺诈的，赔偿价款的三倍，不足500元的按500元。欺诈要由你举证，“原价”是否虚构由法院认定。',
  'step.court.how.1.price-fraud': '先在聊天中书面向商家提出这笔赔偿，写明金额和答复期限。',
  'step.court.how.cross-border':
    '卖家在境外，起诉会更难：涉外案件不适用小额诉讼程序。依法可以向平台主张的，在国内起诉平台。',
  'step.payment-complaint.title': '通过支付平台投诉',
  'step.payment-complaint.what':
    '你是直接付款给卖家的。如果是通过微信支付或支付宝付给商户的，可以用它们的投诉渠道：在账单里找到这笔付款并投诉。转账、红包或付给个人收款码的钱，是个人之间的付款，据我们所知不在这些渠道之内。',
  'step.payment-complaint.what.in-app':
    '你是在商家自己的App或小程序里付款的，钱付给了商户。用微信支付或支付宝付的，可以在那里投诉：在账单里找到这笔付款，投诉商家。微信小程序还有自己的“交易投诉”，微信可以认定商家责任并退款。',
  'step.payment-complaint.why':
    '没有平台可以介入，支付平台是最近的求助渠道。这是服务渠道，不是法定权利；保留所有记录。',
  'step.payment-complaint.why.in-app':
    '这些是微信、支付宝对商户的规则，不是法律：微信支付要求商户24小时内回复、72小时内处理投诉。它们可能比12315快；请保留所有记录。',
  'step.payment-complaint.how.1': '在App“账单”中打开这笔付款，找“投诉”或相关入口。按钮名称以App为准。',
  'step.payment-complaint.takes': '几天到几周。',
  'step.payment-complaint.moveOn': '卖家卷款消失的，向公安机关报案。',
  'step.report-fraud.title': '卖家收钱后消失，向公安机关报案',
  'step.report-fraud.what':
    '货没到，卖家也不回了。如果对方本来就不打算发货（比如付款后把你拉黑），可能是诈骗：打110或网上报警，并索要受案回执。',
  'step.report-fraud.why':
    '公安机关受理报案时要给受案回执。只有公安机关能让支付机构紧急止付、快速冻结，所以要快。卖家还在、只是有争执的，公安一般当作消费纠纷，这时走12315投诉或起诉。',
  'step.report-fraud.how.1':
    '带上身份证、卖家的微信号（不只是昵称）、对方主页截图、完整聊天记录和交易单号；被拉黑的，也带上拉黑的证明。96110是反诈咨询电话，报案打110。',
  'step.report-fraud.how.2': '公安机关不予立案的，收到不予立案通知书后7日内可以向它申请复议。',
  'step.report-fraud.takes': '发现卖家消失的当天就报案。',
  'step.report-fraud.moveOn': '保留受案回执。支付平台投诉和起诉可以同时进行。',
  'step.still-possible.title': '你还可以做什么',
  'step.still-possible.how.1': '在聊天中礼貌地和卖家商量；即使法律没有要求，卖家也可能同意。',
  'step.still-possible.how.refused': '卖家已经拒绝，这一点法律可能站在卖家一边。可以在聊天中再礼貌地商量一次。',
  'step.still-possible.how.refused.excluded':
    '卖家已经拒绝，法律也站在卖家一边：这类商品不适用七天无理由退货。可以再礼貌地商量一次，请卖家通融。',
  'step.still-possible.how.refused.postage':
    '卖家要你出退货运费，这一点法律可能站在卖家一边。可以在聊天中再礼貌地问一次，请卖家通融承担运费。',
  'step.still-possible.how.prepaid':
    '发消息前先算好金额：实付的钱，减去已经用掉的部分。有折扣的，用掉的部分按打折前的价格算。把算好的金额填进消息。',
  'step.still-possible.how.prepaid-after':
    '商家仍然拒绝的，可以向12315投诉，双方同意就会调解；也可以起诉，法院可能判退一部分。结果不确定。',
  'step.still-possible.takes': '几天。',
  'step.still-possible.moveOn':
    '如果情况有变（比如发现商品有质量问题，或者服务没有按约定提供），请重新做一遍检查，选符合的答案。',
  'step.still-possible.moveOn.presale': '如果卖家改了预售条款，或者没有按时发货，请重新做一遍检查，选符合的答案。',
  'step.still-possible.moveOn.goods':
    '如果情况有变（比如发现商品有质量问题，或者与描述不符），请重新做一遍检查，选符合的答案。',
  'deadline.no-reason-return.label': '申请7天无理由退货的最后一天',
  'deadline.no-reason-return.note': '7天从签收的次日起算。',
  'deadline.no-reason-return.afterwards':
    '无理由退货期已过；在这天之前提出过的，要求仍然有效。如果商品有质量问题或与描述不符，你仍可要求修理或更换；问题导致不能实现购买目的的，仍可以退货。',
  'deadline.cooling-off.label': '不说理由要求退还预付款的最后一天',
  'deadline.cooling-off.note': '从付款第二天起算7天。在聊天里用文字提出，留下提出的日期。',
  'deadline.cooling-off.afterwards': '7天已经过了。如果商家没有按约定提供服务，你仍然可以要求退还未消费的预付款。',
  'deadline.quality-return.label': '质量问题7日内退货的最后一天',
  'deadline.quality-return.afterwards': '你仍可要求更换或修理；如果质量问题导致不能实现购买目的，也可以退货。',
  'deadline.quality-return.afterwards.returned':
    '商品已经退回。问题导致不能实现购买目的的，这次退货成立，卖家应当退款；不到这个程度的，卖家可以改为修理、更换或补发，再把商品寄还给你。',
  'deadline.quality-return.afterwards.returned.wrong-or-missing-items':
    '商品已经退回。发错或少发导致不能实现购买目的的，这次退货成立，卖家应当退款。否则卖家可以改为补救：换发正确的商品，少发的补发或退还这部分的钱，并把其余商品寄还给你。',
  'deadline.quality-return.afterwards.returned.missing-items':
    '商品已经退回。少发导致不能实现购买目的的，这次退货成立，卖家应当退款。否则卖家可以改为补发缺少的商品或退还这部分的钱，再把商品寄还给你。',
  'deadline.quality-return.afterwards.returned.wrong-item':
    '商品已经退回。发错导致不能实现购买目的的，这次退货成立，卖家应当退款。否则卖家可以改为换发正确的商品；在合理期限内仍不换发的，应当退款。',
  'deadline.quality-return.afterwards.returned.not-as-described':
    '商品已经退回。差别导致不能实现购买目的的，这次退货成立，卖家应当退款。不到这个程度的，卖家可以改为换发与描述相符的商品，或者减价后把商品寄还给你。',
  'deadline.quality-return.afterwards.returned.packaging':
    '商品已经退回。只有外包装破损的，卖家可以改为更换外包装或减价，再把商品寄还给你。商品本身也有损坏的，返回修改你的回答。',
  'deadline.quality-return.afterwards.returned.consumable':
    '商品已经退回。问题导致不能实现购买目的的，这次退货成立，卖家应当退款；不到这个程度的，卖家可以改为给你换发合格的商品。',
  'deadline.quality-return.afterwards.returned.consumable.part':
    '商品已经退回。坏掉的那部分不符合约定，你可以就这部分解除合同，卖家应当退还这部分的钱。',
  'deadline.quality-return.afterwards.returned.counterfeit-goods':
    '商品已经退回。假货通常导致不能实现购买目的：这次退货成立，卖家应当退款，费用由卖家承担。',
  'deadline.quality-return.afterwards.asked-in-time':
    '你说你在这一天或更早就要求过退货：消息按那次要求写。那次要求还算不算数，由{deciders}判断。不算的：',
  'deadline.quality-return.afterwards.not-as-described':
    '你仍可要求换成与描述相符的商品或减少价款；如果因此不能实现购买目的，也可以退货。',
  'deadline.quality-return.afterwards.wrong-or-missing-items':
    '你仍可要求换发正确的商品或补发缺少的商品；如果因此不能实现购买目的，也可以退货。',
  'deadline.quality-return.afterwards.wrong-item':
    '你仍可要求换发正确的商品。你提出后，卖家在合理期限内仍不换发，或者发错导致不能实现购买目的的，可以退货。',
  'deadline.quality-return.afterwards.missing-items':
    '你仍可要求补发缺少的商品；卖家在合理期限内仍不补发的，可以要求退还这部分的钱。少发导致不能实现购买目的的，可以整单退货。',
  'deadline.quality-return.afterwards.packaging':
    '你仍可要求更换完好的外包装或减价；商品本身也有损坏的，还可以要求更多。',
  'deadline.quality-return.afterwards.counterfeit-goods':
    '假货通常导致不能实现购买目的：你仍可以解除合同、退货，费用由卖家承担。',
  'deadline.quality-return.afterwards.send-what-is-right':
    '你仍可以要求换发正确的商品或补发缺少的商品，这不受这7天限制。',
  'deadline.quality-return.afterwards.refund-missing-part': '你仍可以要求退还缺少部分的价款，这不受这7天限制。',
  'deadline.quality-return.afterwards.consumable': '你仍可要求更换；如果因此不能实现购买目的，也可以退货。',
  'deadline.burden-of-proof.label': '耐用商品：这天前发现的问题，由卖家负责举证',
  'deadline.burden-of-proof.note': '法律列明的耐用商品有机动车、计算机、电视机、电冰箱、空调器、洗衣机等。',
  'deadline.burden-of-proof.afterwards': '现在可能需要你自己证明瑕疵，例如提供检测报告。',
  'deadline.burden-of-proof-if-durable.label': '如果你的电器也算耐用商品：这天前发现的问题，由卖家负责举证',
  'deadline.burden-of-proof-if-durable.note':
    '法律列的是机动车、计算机、电视机、电冰箱、空调器、洗衣机“等”耐用商品。你的电器不在列出的几类里，法律没说它算不算，卖家可能不认。',
  'deadline.defect-notice.label': '通知卖家质量问题的最长期限（发现问题要尽快通知；商品没有质量保证期时）',
  'deadline.defect-notice.note':
    '在发现或者应当发现问题后的合理期限内通知卖家（看得出来的问题，一般从收货时算），最晚不超过收货后2年。商品有质量保证期的，按质量保证期算，不论它比2年短还是长。卖家知道或者应当知道有问题的，不受这个期限限制。',
  'deadline.defect-notice.afterwards': '除非卖家知道瑕疵或质量保证期还没到，这条途径可能已经关闭。请咨询律师。',
  'deadline.limitation.label': '起诉的最后期限（3年诉讼时效）',
  'deadline.limitation.label.if-claim': '如果之后有可以主张的权利，起诉的最后期限（3年诉讼时效）',
  'deadline.limitation.note.received': '为稳妥起见，从收货日起算。每次书面要求卖家履行，3年期限重新计算。',
  'deadline.limitation.note.ordered': '为稳妥起见，从下单日起算。每次书面要求卖家履行，3年期限重新计算。',
  'deadline.harm-limitation.label': '稳妥起见，为身体受到的损害起诉或书面索赔的最后一天（2年诉讼时效）',
  'deadline.harm-limitation.note.received':
    '产品有缺陷、造成损害要求赔偿的，诉讼时效是2年，从你知道或者应当知道受到损害时起算。为稳妥起见，这里从收货日算。和这次身体不适有关的要求，包括医疗费等损失和十倍（或损失三倍）赔偿金，最好都在这一天前起诉或书面提出；每次书面要求赔偿，2年重新计算。退款按3年算。',
  'deadline.harm-limitation.note.received.no-ten-times':
    '产品有缺陷、造成损害要求赔偿的，诉讼时效是2年，从你知道或者应当知道受到损害时起算。为稳妥起见，这里从收货日算。和这次身体不适有关的赔偿要求，比如医疗费等损失，最好都在这一天前起诉或书面提出；每次书面要求赔偿，2年重新计算。退款按3年算。',
  'deadline.harm-limitation.note.ordered':
    '产品有缺陷、造成损害要求赔偿的，诉讼时效是2年，从你知道或者应当知道受到损害时起算。为稳妥起见，这里从下单日算。和这次身体不适有关的要求，包括医疗费等损失和十倍（或损失三倍）赔偿金，最好都在这一天前起诉或书面提出；每次书面要求赔偿，2年重新计算。退款按3年算。',
  'deadline.harm-limitation.note.ordered.no-ten-times':
    '产品有缺陷、造成损害要求赔偿的，诉讼时效是2年，从你知道或者应当知道受到损害时起算。为稳妥起见，这里从下单日算。和这次身体不适有关的赔偿要求，比如医疗费等损失，最好都在这一天前起诉或书面提出；每次书面要求赔偿，2年重新计算。退款按3年算。',
  'deadline.harm-limitation.afterwards':
    '如果你是2年多以前就知道身体受到损害的，对方可能以超过诉讼时效为由拒绝赔偿这部分损害，除非这期间你书面要求过赔偿，或者已经起诉。如果你是在这个日期之后才出现不适的，2年从那时起算。请咨询律师。',
  'deadline.limitation.afterwards': '卖家现在可以以超过诉讼时效为由拒绝赔付，除非你在过去3年内曾书面要求履行。',
  'deadline.jd-intervention.label': '申请京东介入的最后一天',
  'deadline.jd-intervention.note':
    '京东自己的规则（2025年7月4日施行的版本），不是法律：卖家驳回售后申请后15个自然日内。',
  'deadline.jd-intervention.note.order':
    '京东自己的规则（2025年7月4日施行的版本），不是法律：发货和取消订单的纠纷为15个自然日。我们没有核实从哪天起算，这里从卖家拒绝之日算起：请尽早申请。',
  'deadline.jd-intervention.afterwards': '京东可能不再介入。你的法定权利不受影响：仍然可以找12315或法院。',
  'deadline.jd-appeal.label': '向京东申诉的最后一天',
  'deadline.jd-appeal.note':
    '京东开放平台交易纠纷处理总则（2025年7月4日施行的版本），平台规则，不是法律：纠纷单关闭后7个自然日内。这里从你记录的京东处理日算起；纠纷单晚于那天关闭的，从关闭那天算。京东自营商品不适用这条规则。',
  'deadline.jd-appeal.afterwards':
    '按你记录的日期，京东不再受理申诉（纠纷单最近7天内才关闭的除外）。你的法定权利不受影响：仍然可以找12315或法院。',
  'deadline.refund-due.label': '卖家应退款的最后一天',
  'deadline.refund-due.note': '自卖家收到退货之日起7日。',
  'deadline.refund-due.afterwards': '退款已逾期。收到退货超过15日未退款的可以被处罚：可以在投诉的同时举报。',
  'deadline.refund-due.afterwards.conditional':
    '卖家拒绝的理由不成立的，退款已逾期，收到退货超过15日未退款的可以被处罚。',
  'deadline.refund-due.afterwards.ended': '退款已逾期。收到退货超过15日未退款的可以被处罚：调解终止了，照样可以举报。',
  'deadline.refund-due.afterwards.disputed':
    '退回的商品完好的，退款已经逾期，收到退货超过15日未退款的可以被处罚。商品是否完好，正是卖家提出的问题：请看“卖家可能有道理的地方”。',
  'deadline.wechat-intervention.label': '申请微信小店平台介入的最后一天',
  'deadline.wechat-intervention.note': '这是微信小店开发者文档中的平台规则，不是法律：卖家拒绝申请后7天内。',
  'deadline.wechat-intervention.afterwards': '平台可能不再介入。你仍然可以找12315或法院。',
  'deadline.regulator-reply.label': '如果你在{filed}向12315投诉，监管部门最晚应在这天处理并告知你',
  'deadline.regulator-reply.note.covered': '7个工作日，按官方节假日和调休日历计算。',
  'deadline.regulator-reply.note.uncovered':
    '7个工作日。其中一部分落在官方节假日安排尚未公布的年份，那部分只扣除了周末，实际日期可能更晚。',
  'deadline.reply-by.label': '你的消息请对方答复的最后一天',
  'deadline.reply-by.note': '到这天还没答复，或者被拒绝了，就进入“{title}”。',
  'deadline.reply-by.note.window-today':
    '不要等到这天：{platform}介入的期限今天截止，今天就进入“{title}”。这是{rule}的规定，属于平台规则，不是法律。',
  'deadline.reply-by.note.window-tomorrow':
    '不要等到这天：{platform}介入的期限在{date}截止，最晚在那天进入“{title}”。这是{rule}的规定，属于平台规则，不是法律。',
  'deadline.reply-by.note.window-passed':
    '到这天还没答复，或者被拒绝了，就进入“{title}”。不过{platform}介入的期限可能已在{closed}截止，这是{rule}的规定，属于平台规则，不是法律。平台不受理怎么办，那一步里有写。',
  'deadline.reply-by.note.now':
    '不要等到这天：按那一步说的，现在就进入“{title}”。这类纠纷申请{platform}介入的天数从哪天起算，我们没有核实。',
  'deadline.reply-by.note.unseen':
    '到这天还没答复，或者被拒绝了，就进入“{title}”。如果App里显示的平台介入期限在这天或之前截止，就提前去。',
  'deadline.reply-by.note.court': '到这天卖家仍未按催告处理，就向法院起诉（“{title}”）。',
  'deadline.reply-by.note.police':
    '如果卖家已经跑了（拉黑你、退群、不再回复），不要等到这天，发现后马上进入“{title}”。',
  'deadline.reply-by.note.last': '到这天，看看卖家处理了没有。',
  'deadline.reply-by.counted': '这个日期和今天的消息一样，从今天起算。如果消息是之前发出的，以消息里写的日期为准。',
  'evidence.order-page': '订单页面截图（订单号、日期、价格）',
  'evidence.payment': '付款记录',
  'evidence.listing': '购买时的商品页面（保存或截图）',
  'evidence.listing.booking': '预订时的页面和退改规则（保存或截图）',
  'evidence.listing.group-chat': '卖家发布的商品信息：图片、描述和价格（截图）',
  'evidence.order-page.group-chat': '交易记录：约定的商品、价格和日期（聊天截图）',
  'evidence.chat.group-chat': '与卖家的完整聊天记录，以及对方的账号（不只是昵称）',
  'evidence.chat': '在平台内与卖家的完整聊天记录',
  'evidence.unboxing': '开箱视频（如有）',
  'evidence.tracking': '物流记录，包括签收人和地点',
  'evidence.tracking.in-transit': '物流记录：最后一次更新的时间和地点（已经发货的）',
  'evidence.test-report': '检测或鉴定报告',
  'evidence.brand-answer': '品牌方说不是正品的书面答复（截图或书面说明）',
  'evidence.stream-recording': '直播录屏或回放',
  'evidence.product-kept': '保留商品和包装原样',
  'evidence.product-kept.sent-back': '没有寄回的那部分食品（如有）和包装，密封保存',
  'evidence.product-kept.meal': '剩下的餐品和外卖袋，密封后冷藏保存',
  'evidence.medical-records': '如有人受到伤害，保留病历和票据',
  'evidence.medical-records.harmed': '保留病历和票据',
  'evidence.product-kept.weighed': '保留包装和重量标签，拍下商品放在秤上的照片',
  'evidence.deposit-terms': '预售规则，注明是“定金”还是“订金”',
  'evidence.return-receipt': '退货快递单和单号',
  'evidence.photos': '问题照片或视频，拍到商品和快递单',
  'evidence.photos.meal': '餐品、外卖袋和封签的照片或视频',
  'evidence.photos.later': '问题照片或视频，拍清问题所在',
  'evidence.photos.sent-back': '问题照片或视频（退回前拍的，如有）',
  'evidence.unboxing.filmed': '开箱视频',
  'evidence.parcel-weight': '快递记录上的包裹重量（物流详情或向快递公司查询）',
  'evidence.photos-before-return': '寄回前商品和包装的照片（如有）',
  'evidence.platform-decision': '平台的处理结果（含理由）截图',
  'evidence.mediation-ended-notice': '12315终止调解的告知（短信或页面截图）',
  'evidence.photos.pickup': '问题照片或视频，拍清商品，能在取货点当场拍更好',
  'evidence.lower-price': '降价后同一商品的页面截图，带日期和时间',
  'evidence.past-prices': '这家店标出“原价”前七天内的真实售价记录，比如带日期的截图',
  'evidence.seller-listings': '卖家其他在售和已售商品的截图：同款数量、出售频率（现在就保存，对方可能删除）',
  'excuse.not-a-quality-issue.meal.why': '口味、分量，或者路上变凉，都不算质量问题。如果只是这些，商家可以拒绝。',
  'excuse.not-a-quality-issue.meal.still': '变质或有异物就不一样了：把当时拍的照片发过去，剩下的餐品密封冷藏。',
  'excuse.not-a-quality-issue.test.why': '如果商品摔过、进水或因使用受损，检测会显示出来，卖家可以拒绝退货。',
  'excuse.not-a-quality-issue.test.still': '提出由品牌售后或独立机构检测。如果是商品本身的问题，卖家应当退货。',
  'excuse.not-a-quality-issue.test.returned.why': '如果商品摔过、进水或因使用受损，检测会显示出来，卖家可以拒绝退款。',
  'excuse.not-a-quality-issue.test.returned.still':
    '提出由品牌售后或独立机构检测。如果是商品本身的问题，卖家应当退款。',
  'excuse.not-a-quality-issue.fake.why':
    '卖家可能坚持商品是正品。品牌方的书面答复是证据，但卖家可以不认；双方谈不拢的，检测机构的检测结果更有力。',
  'excuse.not-a-quality-issue.fake.why.taobao':
    '按淘宝的规则（淘宝争议处理规则，2025年8月15日施行的版本；平台规则，不是法律），卖家要先拿出证明商品来源的凭证；拿出了的，你要按淘宝的要求提供检测报告等凭证。',
  'excuse.not-a-quality-issue.fake.still':
    '请品牌方出具书面意见，或者提出由检测机构检测。证明是假货的，你可以解除合同、退货，费用由卖家承担：假货通常导致不能实现购买目的。',
  'excuse.not-a-quality-issue.fake.still.in-time':
    '请品牌方出具书面意见，或者提出由检测机构检测。证明是假货的，卖家应当接受你在收货后7天内提出的退货，运费由卖家承担。',
  'excuse.not-a-quality-issue.fake.still.returned':
    '请品牌方出具书面意见，或者提出由检测机构检测。证明是假货的，卖家应当退款。',
  'excuse.not-a-quality-issue.fake.brand':
    '保留品牌方说不是正品的答复；还不是书面的，请品牌方出具书面意见，或截图保存。卖家不认的，提出由检测机构检测。',
  'excuse.not-a-quality-issue.fake.test':
    '你已有检测报告：随消息发给卖家和平台。卖家不认这份报告的，提出由双方商定的检测机构检测。',
  'excuse.not-a-quality-issue.fake.test.no-platform':
    '你已有检测报告：随消息发给卖家，投诉时一并提交给市场监管部门。卖家不认这份报告的，提出由双方商定的检测机构检测。',
  'excuse.not-a-quality-issue.fake.test.complaint':
    '你已有检测报告：投诉时一并提交给市场监管部门，起诉时作为证据提交。卖家不认这份报告的，提出由双方商定的检测机构检测。',
  'excuse.not-a-quality-issue.fake.test.court': '你已有检测报告：起诉时作为证据提交；卖家可能不认这份报告。',
  'excuse.not-a-quality-issue.fake.brand.still':
    '证明是假货的，你可以解除合同、退货，费用由卖家承担：假货通常导致不能实现购买目的。',
  'excuse.not-a-quality-issue.fake.brand.still.in-time':
    '证明是假货的，卖家应当接受你在收货后7天内提出的退货，运费由卖家承担。',
  'excuse.not-a-quality-issue.fake.brand.still.returned': '证明是假货的，卖家应当退款。',
  'excuse.not-a-quality-issue.test.asked.why': '如果商品摔过、进水或因使用受损，检测会显示出来，卖家可以拒绝退货。',
  'excuse.not-a-quality-issue.test.asked.still':
    '提出由品牌售后或独立机构检测。如果是商品本身的问题，卖家应当按你在7天内提出的要求退货；那次要求还算不算数，由{deciders}判断。不算的：',
  'excuse.not-a-quality-issue.test.asked.returned.why':
    '如果商品摔过、进水或因使用受损，检测会显示出来，卖家可以拒绝退款。',
  'excuse.not-a-quality-issue.test.asked.returned.still':
    '提出由品牌售后或独立机构检测。如果是商品本身的问题，卖家应当按你在7天内提出的退货要求退款；那次要求还算不算数，由{deciders}判断。不算的：',
  'excuse.signed-for-no-refund.visible.why':
    '签收的单据上写明了商品数量、型号的，法律推定你签收时已经检查过外观。签收以后才提外观破损，卖家可能说是签收后弄坏的。',
  'excuse.signed-for-no-refund.visible.still':
    '这个推定可以用证据推翻：开箱视频、签收当天拍的照片、当天发给卖家的消息。有的话随回复一起发。从外面看不出来的内部故障，不受这个推定影响。',
  'excuse.signed-for-no-refund.visible.still.later':
    '这个推定可以用证据推翻：开箱视频、签收当天拍的照片、当天发给卖家的消息。有的话，在之后的消息、投诉或起诉中一并提交。从外面看不出来的内部故障，不受这个推定影响。',
  'excuse.signed-for-no-refund.visible.still.court':
    '这个推定可以用证据推翻：开箱视频、签收当天拍的照片、当天发给卖家的消息。有的话，在最后催告中说明，起诉时作为证据提交。从外面看不出来的内部故障，不受这个推定影响。',
  'excuse.not-a-quality-issue.test.late.why': '如果商品摔过、进水或因使用受损，检测会显示出来，卖家可以拒绝你的要求。',
  'excuse.not-a-quality-issue.test.late.still': '提出由品牌售后或独立机构检测。检测证明是商品本身的问题的：',
  'excuse.not-a-quality-issue.durable.why':
    '法律把证明责任放在卖家，但不等于卖家一定错。如果商品确实被磕碰、摔过或因使用受损，卖家拿出检测结果等证据，就可以拒绝。',
  'excuse.not-a-quality-issue.durable.still': '请卖家拿出检测结果：证明责任在卖家。',
  'excuse.not-a-quality-issue.maybe-durable':
    '法律列的耐用商品后面有个“等”字，你的电器也可能算。算的话，收货后6个月内发现的问题由卖家负责举证。你的电器算不算，由{deciders}判断，所以消息里没有这样写。想主张的，可以在给卖家的消息里加一句：“本商品属于《消费者权益保护法》第二十三条所说的耐用商品，我在收货后六个月内发现了瑕疵，应由贵店承担举证责任。”',
  'excuse.not-a-quality-issue.maybe-durable.others': '申请平台介入或投诉时，也可以加上这句，把“贵店”改成“卖家”。',
  'excuse.not-a-quality-issue.maybe-durable.others.no-platform': '投诉时也可以加上这句，把“贵店”改成“卖家”。',
  'excuse.not-a-quality-issue.maybe-durable.complaint':
    '法律列的耐用商品后面有个“等”字，你的电器也可能算。算的话，收货后6个月内发现的问题由卖家负责举证。你的电器算不算，由{deciders}判断，所以消息里没有这样写。想主张的，可以在投诉内容里加一句：“本商品属于《消费者权益保护法》第二十三条所说的耐用商品，我在收货后六个月内发现了瑕疵，应由卖家承担举证责任。”',
  'excuse.not-a-quality-issue.maybe-durable.court':
    '法律列的耐用商品后面有个“等”字，你的电器也可能算。算的话，收货后6个月内发现的问题由卖家负责举证。你的电器算不算，由{deciders}判断，所以消息里没有这样写。想主张的，可以在最后催告里加一句：“本商品属于《消费者权益保护法》第二十三条所说的耐用商品，我在收货后六个月内发现了瑕疵，应由贵店承担举证责任。”起诉时，也可以这样主张。',
  'excuse.deadline-passed.fault.why':
    '收货后7天内退货的期限确实已过。如果你在7天内就提出过退货，在“今天先做这件事”里回答那个问题；还算不算数，由{deciders}判断。',
  'excuse.deadline-passed.fault.why.refused':
    '卖家在{refused}拒绝你时，收货后7天还没过，那时说“过了期限”并不对；现在7天确实已过。如果你那时要求的是退货，在“今天先做这件事”里回答那个问题；还算不算数，由{deciders}判断。',
  'excuse.deadline-passed.fault.why.asked':
    '收货后7天内退货的期限确实已过。你说你在7天内就要求过退货：按时提出的要求还算不算数，由{deciders}判断。',
  'excuse.deadline-passed.fault.why.asked.refused':
    '卖家在{refused}拒绝你时，收货后7天还没过，那时说“过了期限”并不对；现在7天确实已过。按时提出的要求还算不算数，由{deciders}判断。',
  'excuse.deadline-passed.fault.why.other': '收货后7天内退货的期限确实已过，你当时要求的也不是退货。',
  'excuse.deadline-passed.fault.why.other.refused':
    '卖家在{refused}拒绝你时，收货后7天还没过，那时说“过了期限”并不对；现在7天确实已过，你当时要求的也不是退货。',
  'excuse.deadline-passed.fault.why.no-return': '收货后7天内退货的期限确实已过；你的消息本来也不要求整单退货。',
  'excuse.deadline-passed.fault.why.no-return.refused':
    '卖家在{refused}拒绝你时，收货后7天还没过，那时说“过了期限”并不对；现在7天确实已过，你的消息本来也不要求整单退货。',
  'excuse.deadline-passed.fault.why.no-return.refused.no-reason':
    '卖家在{refused}拒绝你时，收货后7天还没过，那时说“过了期限”并不对；现在7天确实已过。如果你那时要求的是7天无理由退货，那次要求是按时提出的：把那天的聊天或售后记录发给卖家和平台，要求按那次申请退货退款（商品要完好，退货运费一般由你承担）。可以这样写：“我已于【日期】（收货后7天内）申请7天无理由退货，贵店以过了期限为由拒绝。请按该申请办理退货退款。”这样要求的，就不要同时要求更换外包装或减价；申请平台介入或投诉时，也按这次申请写，把“贵店”改成“卖家”。那次要求还算不算数，由{deciders}判断。',
  'excuse.deadline-passed.fault.why.no-return.refused.no-reason.complaint':
    '卖家在{refused}拒绝你时，收货后7天还没过，那时说“过了期限”并不对；现在7天确实已过。如果你那时要求的是7天无理由退货，那次要求是按时提出的。投诉时附上那天的聊天或售后记录，并写明：“我已于【日期】（收货后7天内）申请7天无理由退货，卖家以过了期限为由拒绝。请求按该申请退货退款。”商品要完好，退货运费一般由你承担。这样要求的，就不要同时要求更换外包装或减价。那次要求还算不算数，由{deciders}判断。',
  'excuse.deadline-passed.fault.why.no-return.refused.no-reason.court':
    '卖家在{refused}拒绝你时，收货后7天还没过，那时说“过了期限”并不对；现在7天确实已过。如果你那时要求的是7天无理由退货，那次要求是按时提出的。最后催告可以这样写：“我已于【日期】（收货后7天内）申请7天无理由退货，贵店以过了期限为由拒绝。请按该申请办理退货退款。”起诉时，把那天的聊天或售后记录作为证据提交。商品要完好，退货运费一般由你承担。这样要求的，就不要同时要求更换外包装或减价。那次要求还算不算数，由{deciders}判断。',
  'excuse.deadline-passed.fault.why.no-return.refused.no-reason.returned.complaint':
    '卖家在{refused}拒绝你时，收货后7天还没过，那时说“过了期限”并不对；现在7天确实已过。如果你那时要求的是7天无理由退货，那次要求是按时提出的，退款可以按那次申请主张。投诉时附上那天的聊天或售后记录，并写明：“我已于【日期】（收货后7天内）申请7天无理由退货，卖家以过了期限为由拒绝。商品已退回，请求按该申请退款。”那次要求还算不算数，由{deciders}判断。',
  'excuse.deadline-passed.fault.why.no-return.refused.no-reason.returned':
    '卖家在{refused}拒绝你时，收货后7天还没过，那时说“过了期限”并不对；现在7天确实已过。如果你那时要求的是7天无理由退货，那次要求是按时提出的，退款可以按那次申请主张，附上那天的聊天或售后记录。可以这样写：“我已于【日期】（收货后7天内）申请7天无理由退货，贵店以过了期限为由拒绝。商品已退回，请按该申请退款。”那次要求还算不算数，由{deciders}判断。',
  'excuse.deadline-passed.fault.still':
    '你仍可以要求更换或修理；质量问题导致不能实现购买目的的，仍可以退货，费用由卖家承担。',
  'excuse.deadline-passed.fault.still.returned':
    '商品已经退回。问题导致不能实现购买目的的，这次退货成立，卖家应当退款；不到这个程度的，卖家可以改为修理、更换或补发，再把商品寄还给你。',
  'excuse.deadline-passed.fault.still.returned.wrong-or-missing-items':
    '商品已经退回。发错或少发导致不能实现购买目的的，这次退货成立，卖家应当退款。否则卖家可以改为补救：换发正确的商品，少发的补发或退还这部分的钱，并把其余商品寄还给你。',
  'excuse.deadline-passed.fault.still.returned.missing-items':
    '商品已经退回。少发导致不能实现购买目的的，这次退货成立，卖家应当退款。否则卖家可以改为补发缺少的商品或退还这部分的钱，再把商品寄还给你。',
  'excuse.deadline-passed.fault.still.returned.wrong-item':
    '商品已经退回。发错导致不能实现购买目的的，这次退货成立，卖家应当退款。否则卖家可以改为换发正确的商品；在合理期限内仍不换发的，应当退款。',
  'excuse.deadline-passed.fault.still.returned.not-as-described':
    '商品已经退回。差别导致不能实现购买目的的，这次退货成立，卖家应当退款。不到这个程度的，卖家可以改为换发与描述相符的商品，或者减价后把商品寄还给你。',
  'excuse.deadline-passed.fault.still.returned.packaging':
    '商品已经退回。只有外包装破损的，卖家可以改为更换外包装或减价，再把商品寄还给你。商品本身也有损坏的，返回修改你的回答。',
  'excuse.deadline-passed.fault.still.returned.consumable':
    '商品已经退回。问题导致不能实现购买目的的，这次退货成立，卖家应当退款；不到这个程度的，卖家可以改为给你换发合格的商品。',
  'excuse.deadline-passed.fault.why.plain':
    '收货后7天内退货的期限确实已过。如果你在7天内就提出过退货，写明那一天并附上当时的聊天记录；还算不算数，由{deciders}判断。',
  'excuse.deadline-passed.fault.still.not-as-described':
    '你仍可以要求换成与描述相符的商品，或者减少价款；因此不能实现购买目的的，仍可以退货，费用由卖家承担。',
  'excuse.deadline-passed.fault.still.wrong-or-missing-items':
    '你仍可以要求换发正确的商品或补发缺少的商品；因此不能实现购买目的的，仍可以退货，费用由卖家承担。',
  'excuse.deadline-passed.fault.still.wrong-item':
    '你仍可以要求换发正确的商品。你提出后，卖家在合理期限内仍不换发，或者发错导致不能实现购买目的的，可以退货，费用由卖家承担。',
  'excuse.deadline-passed.fault.still.missing-items':
    '你仍可以要求补发缺少的商品；你提出后卖家在合理期限内仍不补发的，可以要求退还这部分的钱。少发导致不能实现购买目的的，可以整单退货，费用由卖家承担。',
  'excuse.deadline-passed.fault.still.packaging': '你仍可以要求更换完好的外包装或减价。',
  'excuse.deadline-passed.fault.still.packaging.if-not':
    '那次要求不算数，或者你那时要求的不是7天无理由退货的：你仍可以要求更换完好的外包装或减价。',
  'excuse.deadline-passed.fault.still.consumable':
    '你仍可以要求更换；因此不能实现购买目的的，仍可以退货退款，费用由卖家承担。',
  'case.food-part.why': '如果只有一部分坏了，卖家可以只退坏掉的那部分。',
  'case.food-part.still':
    '只有坏的部分影响到其余的，或者分出去后剩下的价值明显受损，才可以整单退。在消息里写明坏了多少。',
  'case.food-part.still.asked':
    '你的消息只要求退有问题那部分的钱。只有坏的部分影响到其余的，或者分出去后剩下的价值明显受损，才可以整单退；是这样的话，把要求改成整单退货退款。',
  'case.food-part.still.asked.returned':
    '你的消息按坏掉的那部分要钱。只有坏的部分影响到其余的，或者分出去后剩下的价值明显受损，才可以要求全部退款。没坏的部分也一起寄回了的，可以在消息里加一句：“其余没有问题的商品也已一并退回，请一并退还这部分的货款，或者寄还给我。”',
  'excuse.not-a-quality-issue.food.why':
    '如果食品是收到后才变质的（放太久，或没按标签要求保存），或是在你手里才过期的，卖家可以拒绝。',
  'excuse.not-a-quality-issue.food.still':
    '收到时就已变质、发霉或过期的，责任在卖家。按标签上的生产日期和保质期算出的到期日早于你签收的日期，就说明收到时已经过期。证据是食品和标签的照片（越早拍越好），以及密封保存的剩余食品。',
  'excuse.not-a-quality-issue.food.still.returned':
    '收到时就已变质、发霉或过期的，责任在卖家。按标签上的生产日期和保质期算出的到期日早于你签收的日期，就说明收到时已经过期。证据是退回前拍的食品和标签照片（越早拍越好）、退货物流记录，以及没有寄回的那部分食品（如有）。请卖家说明收到退货时食品的状况。',
  'excuse.opened-so-no-return.sealed.why':
    '食品、化妆品、医疗器械等商品，必要的一次性密封包装被损坏的，视为商品不完好，可以不退。',
  'excuse.opened-so-no-return.sealed.still':
    '如果只拆了外包装、密封完好，仍然可以退。商品有质量问题的，不论是否拆封都可以按质量问题退货。',
  'excuse.opened-so-no-return.sealed.still.returned':
    '如果寄回时只拆了外包装、密封完好，退货成立，卖家应当退款。商品有质量问题的，不论是否拆封都可以按质量问题主张。',
  'excuse.opened-so-no-return.medicine.why':
    '药品能否七天无理由退货，本站未能核实是否有明确规定。拆过密封包装的，卖家更有理由拒绝。',
  'excuse.opened-so-no-return.medicine.still':
    '下单时没有确认过不能退、密封包装也完好的，仍可以申请，但卖家可能不同意。药品有质量问题或与订单不符的，可以按质量问题退货。',
  'excuse.opened-so-no-return.medicine.still.returned':
    '卖家已经收到退回的药品。密封包装完好的，可以请它退款；但你是否有权坚持要求退款，本站未能核实。卖家不同意的，可以请它把药品寄还给你。',
  'excuse.opened-so-no-return.medicine.still.later':
    '下单时没有确认过不能退、密封包装也完好的，之后投诉或起诉时仍可以提出，但能否成立本站未能核实。药品有质量问题或与订单不符的，可以按质量问题退货。',
  'excuse.opened-so-no-return.medicine.still.court':
    '下单时没有确认过不能退、密封包装也完好的，起诉时仍可以提出，但能否成立本站未能核实。药品有质量问题或与订单不符的，可以按质量问题退货。',
  'excuse.item-excluded-from-returns.fault.why':
    '生鲜等商品依法不适用七天无理由退货，这一点卖家没说错。但你要的不是无理由退货。送错、少送或有质量问题，是卖家没有按约定交货。',
  'excuse.item-excluded-from-returns.fault.still':
    '发送下面的回复。它是按送货或商品本身的问题提出要求，不是无理由退货。',
  'excuse.item-excluded-from-returns.fault.still.later':
    '你的要求是按送货或商品本身的问题提出的，不是无理由退货：在之后的消息、投诉或起诉中写明这一点。',
  'excuse.item-excluded-from-returns.fault.still.court':
    '你的要求是按送货或商品本身的问题提出的，不是无理由退货：在最后催告和起诉中写明这一点。',
  'excuse.digital-no-refund.cooling-off.why':
    '一次性交付的录播课是否适用7日内退款，还没有定论。这条规定针对分多次或持续提供的服务，比如会员、系列课程。',
  'excuse.digital-no-refund.cooling-off.still':
    '还没上的课、会员或储值卡，明确适用。无论哪种，都要在7天期满前用文字提出。',
  'excuse.deposit-not-refundable.advance-backed-out.why':
    '是你没有继续购买。“订金”不适用定金罚则。但卖家如果能证明你不买给它造成了损失，仍可以要求你赔偿。',
  'excuse.deposit-not-refundable.advance-backed-out.still':
    '要求退还这笔钱。卖家说有损失的，请它说明是什么损失、金额多少。',
  'excuse.item-excluded-from-returns.fresh-food.why': '生鲜易腐商品依法不适用七天无理由退货。',
  'excuse.item-excluded-from-returns.fresh-food.still':
    '如果到货时已变质、有质量问题或与描述不符，仍可以按质量问题要求退货。',
  'excuse.item-excluded-from-returns.fresh-food.still.returned':
    '商品已经退回。到货时已变质、有质量问题或与描述不符的，可以按质量问题要求退款：返回修改你的回答。',
  'excuse.item-excluded-from-returns.custom-made.why': '按你的要求或尺寸定做的商品，依法不适用七天无理由退货。',
  'excuse.item-excluded-from-returns.custom-made.still':
    '如果有质量问题，或者与你提供的尺寸、要求不符，仍然可以要求修理、重作或者退货。',
  'excuse.item-excluded-from-returns.custom-made.still.returned':
    '商品已经退回。有质量问题，或者与你提供的尺寸、要求不符的，可以要求退款或重作：返回修改你的回答。',
  'excuse.item-excluded-from-returns.medicine.why':
    '药品能否七天无理由退货，本站未能核实是否有明确规定。卖家可能拒绝，也可能在下单时让你确认过不能退。',
  'excuse.item-excluded-from-returns.medicine.still':
    '下单时没有确认过的，仍可以申请。请保持药品未拆封、密封包装完好。药品有质量问题或与订单不符的，可以按质量问题退货。',
  'excuse.item-excluded-from-returns.medicine.still.returned':
    '卖家已经收到退回的药品。下单时没有确认过不能退的，可以请它按无理由退货退款；你是否有权坚持要求，本站未能核实，卖家可能不同意，那时可以请它把药品寄还给你。药品有质量问题或与订单不符的，可以按质量问题要求退款。',
  'excuse.item-excluded-from-returns.medicine.still.later':
    '下单时没有确认过的，之后的投诉或起诉中仍可以主张。请保持药品未拆封、密封包装完好。药品有质量问题或与订单不符的，可以按质量问题退货。',
  'excuse.item-excluded-from-returns.medicine.still.court':
    '下单时没有确认过的，起诉时仍可以主张。请保持药品未拆封、密封包装完好。药品有质量问题或与订单不符的，可以按质量问题退货。',
  'excuse.item-excluded-from-returns.not-listed.why':
    '如果你下单时确认过这件商品不支持七天无理由退货，而商品又属于性质上可以这样做的几类，卖家可能有道理。这几类是：拆封后容易影响安全健康或者品质的；激活或试用后价值贬损较大的；销售时已说明临近保质期或有瑕疵的。可以打开订单详情或商品快照，看下单时有没有确认过“不支持七天无理由退货”的提示。',
  'excuse.item-excluded-from-returns.not-listed.still':
    '没有确认过的，卖家不能拒绝，仍然可以退货。商品有质量问题的，不论如何标注都可以按质量问题退货。',
  'excuse.item-excluded-from-returns.not-listed.still.returned':
    '没有确认过的，卖家不能拒绝：商品已经退回，卖家应当退款。商品有质量问题的，不论如何标注都可以按质量问题主张。',
  'excuse.item-excluded-from-returns.confirmed.why':
    '你下单时确认过这件商品不支持七天无理由退货。商品属于下面几类的，这个确认让卖家可以拒绝退货：拆封后容易影响安全健康或者品质的；激活或试用后价值贬损较大的；销售时已说明临近保质期或有瑕疵的。',
  'excuse.item-excluded-from-returns.confirmed.still':
    '商品不属于这几类的，你的确认并不能取消退货的权利，申请时可以说明这一点。商品有质量问题的，无论你确认过什么，都可以按质量问题退货。',
  'excuse.item-excluded-from-returns.confirmed.still.returned':
    '商品不属于这几类的，你的确认并不能取消退货的权利：卖家已经收到退货，应当退款。商品有质量问题的，无论你确认过什么，都可以按质量问题主张。',
  'excuse.out-of-stock.why': '商品确实已经无法供应的，即使起诉，也不能强制卖家发货。',
  'excuse.out-of-stock.still': '缺货不会让订单自动取消：你仍可以要求退款，并赔偿损失，比如在别处买同款多花的钱。',
  'excuse.tags-off-or-used.why':
    '吊牌被剪、或超出查验需要使用导致价值明显贬损的，视为商品不完好，可以不退。服装鞋帽的商标标识被摘、被剪，或者被弄脏、弄坏，就算不完好。',
  'excuse.tags-off-or-used.still':
    '如果只是试穿或查验、吊牌完好，仍然可以退：拍照说明。商品有质量问题的，仍可按质量问题退货。',
  'excuse.tags-off-or-used.still.returned':
    '如果你寄回前只是试穿或查验、吊牌完好，退货成立，卖家应当退款：有寄出前拍的照片就发给它。商品有质量问题的，仍可以按质量问题主张。',
  'excuse.tags-off-or-used.used.why':
    '超出查验需要使用过，或者吊牌已经剪掉的，视为商品不完好，卖家可以拒绝无理由退货。',
  'excuse.tags-off-or-used.used.still': '可以和卖家商量，请它通融。商品有质量问题的，仍可以按质量问题退货。',
  'excuse.tags-off-or-used.used.still.returned':
    '卖家收下了退货，可以请它通融退款，或者把商品寄还给你。商品有质量问题的，可以按质量问题主张。',
  'excuse.you-pay-return-shipping.why': '无理由退货的运费一般由你承担，除非页面承诺“退货包运费”。',
  'excuse.you-pay-return-shipping.still':
    '查看订单是否承诺“退货包运费”；显示有运费险的，查看它赔付什么。卖家收到退货后7日内仍应退款。',
  'excuse.you-pay-return-shipping.still.medicine':
    '查看订单是否承诺“退货包运费”；显示有运费险的，查看它赔付什么。药品能否无理由退货，本站未能核实。卖家同意退货的，应当自收到之日起7日内退款。',
  'excuse.you-pay-return-shipping.returned.why':
    '无理由退货的运费由你承担，页面承诺“退货包运费”的除外。订单享受了满额免运费、退货后不再满足条件的，卖家退款时还可以扣除这笔运费。这一点卖家没说错。',
  'excuse.you-pay-return-shipping.returned.still':
    '但运费不影响退还货款：商品已经退回，你在7天内申请的，卖家应当自收到之日起7日内退款，最多扣除上面说的运费。卖家扣了钱的，请它写明扣了多少、依据是什么；不退的，按下面的步骤继续。',
  'excuse.you-pay-return-shipping.returned.still.medicine':
    '运费不影响退还货款。药品能否无理由退货，本站未能核实。卖家认可这次退货的，应当自收到之日起7日内退款，最多扣除上面说的运费。不认可的，可以请它把药品寄还给你。',
  'excuse.you-pay-return-shipping.no-promise.why':
    '无理由退货的运费由你承担，页面也没有承诺“退货包运费”：卖家要求你出运费，符合法律规定。',
  'excuse.you-pay-return-shipping.no-promise.still':
    '把商品寄回，运费由你出，保留快递单和单号。订单显示有运费险的，按它的条款申请赔付。卖家收到退货后7日内应当退款；逾期未退的，重新做一遍检查，选“已经退货，还没收到退款”。',
  'excuse.you-pay-return-shipping.no-promise.still.medicine':
    '把商品寄回的，运费由你出，保留快递单和单号。药品能否无理由退货，本站未能核实。卖家同意退货的，应当自收到之日起7日内退款。',
  'excuse.deposit-not-refundable.backed-out.why': '页面写的是“定金”，而且是你没有继续购买：按定金规则，卖家可以不退。',
  'excuse.deposit-not-refundable.backed-out.still':
    '定金不能超过商品总价的20%，超出的部分不算定金，可以要求退还（请在预售页面核对总价）。卖家改过预售条款的，你也可能拿回定金。页面写的是“订金”的，不是定金，卖家不能按定金规则不退。',
  'excuse.deposit-not-refundable.unclear.why':
    '卖家能否不退，取决于页面写的是“定金”还是“订金”，以及是哪一方没有继续履行。',
  'excuse.deposit-not-refundable.unclear.still':
    '截图保存预售规则。“订金”不适用定金罚则；卖家不履行、致使不能实现合同目的的，“定金”应当双倍返还。',
  'excuse.digital-no-refund.why': '在线下载的数字化商品依法不适用七天无理由退货。',
  'excuse.digital-no-refund.still': '如果不能按描述正常使用，仍可以要求修复或退款。',
  'case.meal-late.why': '订单页面没有承诺超时赔付，只是送晚了，可能得不到多少赔偿。',
  'case.meal-late.still':
    '你仍可以要求退还一部分钱。消息里的金额和晚了多久留给你自己填，金额要合理。送得太晚、已经没法吃的，可以要求退款；法律是否支持，要看具体情况。',
  'case.meal-late.promised.why': '能要多少，看承诺怎么写：晚多久算超时、赔多少，都按承诺本身的规则。',
  'case.meal-late.promised.still':
    '截图这项承诺和它的规则，以及订单显示的送达时间和实际送到的时间。超时不在规则范围内的，仍可以要求退还一部分钱，但法律未必支持。',
  'case.tour-i-cancelled.why':
    '是你取消的，旅行社可以扣除必要的费用，也可以要求你支付合理费用。下单时给你看过的退改扣费标准，多半就是它的依据。',
  'case.tour-i-cancelled.still':
    '还没有实际发生的费用，要退给你。让旅行社列出费用清单和每笔费用的凭证。扣费明显高于实际花费的，就是可以争的地方：费用是否合理，由调解方或法院判断。',
  'case.hidden-fee.why': '如果付款前页面已经清楚地显示了收费标准（比如特价票），这笔费用多半算合同的一部分。',
  'case.hidden-fee.still':
    '问清手续费怎么算、依据是什么。从来没有向你提示过的收费，或者明显不合理的收费，仍然可以提出异议，也可以向12315反映。',
  'case.food-made-ill.why':
    '卖家可以要求你证明食品本身有问题，而不只是吃后身体不适。要求退款以外的赔偿，还要证明身体不适是这份食品造成的。',
  'case.food-made-ill.still':
    '密封冷藏的剩余食品（检测可以查明有没有问题）、食品照片、写明吃了什么和什么时候吃的病历，都是证据。',
  'case.food-made-ill.still.meal':
    '密封冷藏的剩余餐品（检测可以查明有没有问题）、餐品和外卖袋封签的照片或视频、写明吃了什么和什么时候吃的病历，都是证据。',
  'case.food-made-ill.also.why': '要求退款以外的赔偿，卖家还可以要求你证明身体不适是这份食品造成的。',
  'case.food-made-ill.also.still': '身体不适的证据，是写明吃了什么、什么时候吃的病历。',
  'case.food.testing-body': '检测机构谈不拢的，受理投诉的市场监管部门可以指定。',
  'case.court-appraisal':
    '起诉后，可以向法院申请鉴定；鉴定人双方商量不成的，由法院指定。需要鉴定的案件不走小额诉讼程序。',
  'case.packaging-only.why':
    '你只选了外包装破损。如果只是包装坏了，里面的商品完好、能正常使用，卖家可能说这不算质量问题，不同意按质量问题退货、承担运费。',
  'case.packaging-only.why.no-return':
    '你只选了外包装破损。里面的东西没问题的，卖家可能说这不算质量问题，不用给你任何补偿。',
  'case.packaging-only.why.later':
    '你只选了外包装破损。里面的商品完好的，卖家可能说这不算质量问题，不用给你任何补偿。签收后过了一段时间才提出，卖家还可能说包装是签收后才坏的。',
  'case.packaging-only.why.private':
    '你只选了外包装破损。里面的商品完好的，卖家可能说不用为包装负责。而且个人之间，包裹在路上损坏由谁承担，并没有定论。一条规定是：卖家按你的地址交给快递后，风险由买家承担。另一条规定是：网上达成的买卖，收货人签收时才算交付，交付前风险由卖家承担。',
  'case.packaging-only.still': '如果发现商品本身也有损坏或不能正常使用，那就是质量问题：返回修改你的回答，让消息写明。',
  'case.packaging-only.still.fresh-food':
    '食品本身有损坏或变质的，属于质量问题：返回修改你的回答。食品没问题的，生鲜没有七天无理由退货，你仍可以要求更换完好的外包装或减价。',
  'case.packaging-only.still.medicine':
    '药品本身有破损的，属于质量问题：返回修改你的回答。药品没问题的，你仍可以要求更换完好的外包装或减价；能否无理由退货，本站未能核实是否有明确规定。',
  'case.packaging-only.still.custom-made':
    '商品本身有损坏或不能正常使用的，属于质量问题：返回修改你的回答。商品没问题的，定做的商品没有七天无理由退货，你仍可以要求更换完好的外包装或减价。',
  'case.signed-not-received.why':
    '如果是你授权的人签收的，或快递按你的要求放在了指定地点，就算交付给你，卖家可能有道理。',
  'case.signed-not-received.still':
    '如果都不是，“已签收”就不是你的签收：请快递公司提供签收凭证（签名或照片），并保存物流页面截图。',
  'case.private-transit.why':
    '个人之间，包裹在路上丢失由谁承担，并没有定论。一条规定是：卖家按你的地址交给快递后，风险由买家承担。另一条规定是：网上达成的买卖，收货人签收时才算交付，交付前风险由卖家承担。',
  'case.private-transit.still':
    '请卖家以寄件人身份向快递公司索赔，并保留物流记录。也可以申请平台介入；谈不拢的，由法院判断。',
  'case.private-transit.still.no-platform': '请卖家以寄件人身份向快递公司索赔，并保留物流记录。谈不拢的，由法院判断。',
  'case.no-reason-late.why':
    '无理由退货要在收货后7天内提出，从签收的次日算起。如果你第一次提出退货已经是{date}以后，卖家可以拒绝。',
  'case.no-reason-late.still':
    '在这之前提出过的，要求仍然有效：找出当时的聊天记录或售后申请截图，附在消息后，并填好提出的日期。商品有质量问题或与描述不符的，重新做一遍检查，选相应的问题。',
  'step.platform-liability.moveOn.ended': '平台既不提供卖家信息也不赔偿的，向法院起诉，把平台一并列为被告。',
  'step.still-possible.how.prepaid-after.ended':
    '调解已经终止。商家仍然拒绝的，可以起诉，法院可能判退一部分。结果不确定。',
  'case.hidden-fee.still.platform-decided':
    '问清手续费怎么算、依据是什么。从来没有向你提示过的收费，或者明显不合理的收费，仍然可以提出异议，也可以向12315反映。',
  'case.hidden-fee.still.ended':
    '问清手续费怎么算、依据是什么。从来没有向你提示过的收费，或者明显不合理的收费，仍然可以提出异议；调解已经终止，谈不拢的可以起诉。',
  'case.auto-renewed.still.platform-decided':
    '关闭自动续费能避免下次再扣。续费应当由你自己选择，所以可以要求退还这次扣款；商家拒绝的，向12315反映。',
  'case.auto-renewed.still.ended':
    '关闭自动续费能避免下次再扣。续费应当由你自己选择，所以可以要求退还这次扣款；调解已经终止，商家仍然拒绝的，可以起诉。',
  'case.fake-decided.why':
    '平台没有支持你，可能是因为卖家拿出了进货凭证，而你没有检测报告或品牌方的书面意见。只凭防伪标和做工，12315和法院也可能认为证据不够。',
  'case.fake-decided.why.taobao':
    '平台没有支持你，可能是因为卖家拿出了进货凭证（如厂家经销凭证、报关单据或发票），你却没有检测报告或品牌方的书面意见。按淘宝的规则（淘宝争议处理规则，2025年8月15日施行的版本；平台规则，不是法律），这时货款会打给卖家。只凭防伪标和做工，12315和法院也可能认为证据不够。',
  'case.fake-decided.still':
    '请品牌方出具书面意见，或者委托有资质的机构鉴定。投诉后双方对鉴定机构谈不拢的，受理投诉的市场监管部门可以指定。',
  'case.fake-decided.still.ended': '请品牌方出具书面意见，或者委托有资质的机构鉴定。',
  'case.missing-signed.why':
    '如果你签收的单据上写明了数量，法律推定你已经检查过数量和外观。没有开箱视频、事后才说少发，卖家可能据此反驳。',
  'case.missing-signed.still':
    '“签收时已点过数量”的推定，可以用证据推翻：快递记录上的包裹重量与整单应有重量的对比、包装照片、开箱时发给卖家的消息。',
  'case.missing-signed.still.pickup':
    '“签收时已点过数量”的推定，可以用证据推翻：商品放在秤上的照片（最好在团长处或市场的公平秤上称）、包装上的重量标签、取货当天发给团长或卖家的消息。',
  'case.missing-signed.late.why':
    '法律要求你在发现或者应当发现数量不对后的合理期限内通知卖家，否则视为数量符合约定。收货几周后才拆开，卖家可能说你本应在收货时就发现。签收单据上写明了数量的，法律还推定你签收时已经点过数量。',
  'case.missing-signed.late.still':
    '你多久之内要通知卖家，要看具体情况，比如整箱没拆、当时用不上、人不在家。卖家知道或者应当知道少发的，不受这个期限限制。发现后马上通知卖家，留下记录；再收集能说明少发的证据：快递记录上的包裹重量和整单应有重量的对比、包装照片。',
  'case.service-changed-mind.why':
    '法律明确支持的“改主意退款”，要在付款后7日内提出，现在已经超过7天。此后只因改主意要求退款，结果不确定，商家可能拒绝。',
  'case.service-changed-mind.still':
    '没用完的部分，仍然可以要求退还：法律并没有排除这一点。司法解释规定了因消费者原因退还预付款时怎么计算；格式条款排除你依法要求退款的权利的，无效。如果商家停业、改了服务，或者没有按约定提供，请重新做一遍检查，选“没有按约定提供”；商家搬到让你去消费明显不便的地方的，选“商家换了经营地点”。这些情况下，法律支持你。',
  'case.private-no-right.why':
    '七天无理由退货来自消费者权益保护法，约束的是经营者。个人出售自己的物品，不受这条规定约束，卖家可以拒绝。',
  'case.private-no-right.why.price':
    '有关价格和店铺价格承诺的规定，约束的是经营者。个人出售自己的物品，不受这些规定约束，卖家可以拒绝。',
  'case.private-no-right.still':
    '可以和卖家商量，卖家同意的，按商量好的办。所谓“个人”卖家实际在经营的，法院可能认定其为经营者，那时这些规定适用。',
  'case.auto-renewed.why':
    '规定要求每次续费前显著提醒，但没有写明没提醒就扣的钱必须退。商家可能拒绝，结果我们无法保证。',
  'case.auto-renewed.still':
    '关闭自动续费能避免下次再扣。续费应当由你自己选择，所以可以要求退还这次扣款；商家拒绝的，向平台和12315反映。',
  'case.auto-renewed.still.no-platform':
    '关闭自动续费能避免下次再扣。续费应当由你自己选择，所以可以要求退还这次扣款；商家拒绝的，向12315反映。',
  'case.price-not-promised.why':
    '付款后降价，法律没有规定要退差价。价保是店铺可以作出的承诺，不是法定权利，而这个页面没有承诺过。',
  'case.price-not-promised.still':
    '如果签收不超过7天，今天就办：签收后7天内，可以七天无理由退货（运费一般由你出），再按低价重新购买。请把商品未经使用、完整地退回：法律要求诚信使用这项权利。7天从签收的次日算起。如果你看到的划线“原价”是假的，那是另一回事，可以举报。',
  'case.price-not-promised.still.final-say': '“最终解释权归本店”依法无效，但本案中店铺本来就没有承诺，所以不影响结论。',
  'case.price-not-promised.still.jd':
    '京东的纠纷处理规则（2025年7月4日起施行的版本；平台规则，不是法律）还提到《京东开放平台商品价格保护规则》和《京东开放平台买贵双倍赔服务规则》，可用于价格纠纷。我们没有读过这两项规则的具体条款。可以在订单里找“价格保护”或“申请价保”，或者问京东客服。',
  'excuse.price-mistake.obvious.why':
    '如果价格明显是标错了（远低于正常价格），或者你一次买了很多件，法院可能支持卖家以重大误解为由撤销交易。这类案件法院逐案判断，结果不一。',
  'excuse.price-mistake.obvious.still':
    '卖家必须自己请求法院或仲裁机构撤销，证明存在错误，并且在知道之日起90日内提出；在App里取消订单不等于撤销。先确认钱全部退回；如果只是正常的促销价，可以要求发货或赔偿。',
  'excuse.sold-as-is.why':
    '如果商品页面或聊天里在你购买前就写明了这个具体问题，你是知道以后才买的，卖家可以不为这个问题负责。但法律禁止销售的商品不在此列：过期、变质的食品，假货，不安全的商品，写明了也不能卖，卖家仍要负责。',
  'excuse.sold-as-is.why.used': '二手商品按页面标明的成色判断：和标明的新旧程度相符的正常磨损，不算质量问题。',
  'excuse.sold-as-is.still':
    '笼统的“售出不退”“按现状出售”不算写明了问题。页面没写明的问题，卖家仍要负责：发送下面的回复，并保存好商品页面。',
  'excuse.sold-as-is.still.later':
    '笼统的“售出不退”“按现状出售”不算写明了问题。页面没写明的问题，卖家仍要负责：在之后的消息、投诉或起诉中写明这一点，并附上商品页面。',
  'excuse.sold-as-is.still.court':
    '笼统的“售出不退”“按现状出售”不算写明了问题。页面没写明的问题，卖家仍要负责：在最后催告和起诉中写明这一点，并附上商品页面。',
  'excuse.returned-damaged.why':
    '如果商品在寄回前因使用受损，卖家可能扣款或拒绝退款；运输中的损坏由谁承担，取决于具体情况。',
  'excuse.returned-damaged.still':
    '要求卖家提供照片和快递的破损记录；你寄出前拍过照片的，一并出示。如果是寄回途中损坏的，保留快递单，找你寄件的快递公司。可以请平台判断。',
  'excuse.returned-damaged.still.no-platform':
    '要求卖家提供照片和快递的破损记录；你寄出前拍过照片的，一并出示。如果是寄回途中损坏的，保留快递单，找你寄件的快递公司。谈不拢的，按下面的步骤继续。',
  'excuse.private-seller.why':
    '个人卖家不受《消费者权益保护法》约束。页面写了“按现状出售”“售出不退”的，在个人之间的买卖中一般有效；二手东西和新旧程度相符的正常磨损，也不算毛病。例外是：卖家故意或者因重大过失没有告诉你这个毛病。',
  'private.route.platform': '有平台纠纷处理的可以先用，也可以找法院解决。',
  'private.route.court': '平台已经作出处理，剩下的是向法院起诉。',
  'private.route.court.ended': '调解没有结果，剩下的是向法院起诉。',
  'excuse.private-seller.still':
    '如果页面或聊天里说过东西是好的，或者卖家出售前知道这个毛病却没说，你仍可以依据合同要求退货、修理或减价。商品页面和聊天记录要留好，能说明卖家早就知道的内容更要留好。',
  'excuse.private-seller.still.returned':
    '商品已经退回。如果页面或聊天里说过东西是好的，或者卖家出售前知道这个毛病却没说，你可以依据合同要求卖家退款。商品页面和聊天记录要留好。',
  'excuse.private-seller.still.returned.counterfeit-goods':
    '商品已经退回。如果页面说是正品，你可以依据合同要求卖家退款。',
  'excuse.private-seller.still.returned.packaging':
    '商品已经退回。如果页面没说包装有破损，可以请卖家减价后把商品寄还给你，或者请它同意退款。卖家可能说包装是在运输途中压坏的，风险在你：这要看证据。',
  'excuse.private-seller.still.returned.missing-items':
    '商品已经退回。如果页面写明包含缺少的东西：少发导致不能实现购买目的的，可以要求全额退款；否则卖家可以只退缺少部分的钱，再把商品寄还给你。',
  'excuse.private-seller.still.returned.wrong-or-missing-items':
    '商品已经退回。如果收到的不是页面上卖的商品，你可以依据合同要求卖家退款。',
  'excuse.private-seller.still.returned.not-as-described':
    '商品已经退回。如果页面没有展示或说明这个差别，差别导致不能实现购买目的的，你可以依据合同要求卖家退款。',
  'excuse.private-seller.still.returned.consumable':
    '商品已经退回。如果页面没有展示或说明这个问题，问题导致不能实现购买目的的，你可以依据合同要求卖家退款。',
  'excuse.private-seller.still.returned.consumable.part':
    '商品已经退回。如果页面没有展示或说明这个问题，你可以依据合同就坏掉的那部分解除，要求卖家退还这部分的钱。',
  'excuse.private-seller.why.wrong-or-missing-items':
    '个人卖家不受《消费者权益保护法》约束，没有七天无理由退货，也不能向12315投诉。如果收到的就是页面展示的商品，卖家拒绝可能有道理。',
  'excuse.private-seller.why.consumable':
    '个人卖家不受《消费者权益保护法》约束，没有七天无理由退货，也不能向12315投诉。如果页面展示或说明了这个问题，卖家拒绝可能有道理。',
  'excuse.private-seller.why.counterfeit-goods':
    '个人卖家不受《消费者权益保护法》约束，没有七天无理由退货，不能向12315投诉，也没有“退一赔三”。如果页面写明是仿品或不是正品，卖家拒绝可能有道理。',
  'excuse.private-seller.proof':
    '耐用商品六个月内由卖家举证的规定，只约束经营者，不约束个人卖家。继续维权前，先准备能证明故障的证据，例如维修店的书面检测结论或检测报告。',
  'excuse.private-seller.still.consumable': '如果页面没有展示或说明这个问题，你仍可以依据合同要求更换或退货。',
  'excuse.private-seller.still.not-as-described':
    '如果页面没有展示或说明这个差别，你仍可以依据合同要求换成与描述相符的商品、退货或减价。',
  'excuse.private-seller.still.wrong-or-missing-items':
    '如果收到的不是页面上卖的商品，你仍可以依据合同要求换发正确的商品、补发缺少的，或者退货。',
  'excuse.private-seller.still.missing-items':
    '如果页面写明包含缺少的东西，你仍可以依据合同要求补发，或者退还这部分的钱；少发导致不能实现购买目的的，可以整单退货。',
  'excuse.private-seller.still.packaging':
    '如果页面没说包装有破损，你仍可以要求更换完好的包装或减价。卖家可能说包装是在运输途中压坏的，风险在你：这要看证据。',
  'excuse.private-seller.still.counterfeit-goods': '如果页面说是正品，你仍可以依据合同要求退货退款。',
  'note.seller-unsure':
    '我们按经营者处理。如果对方是出售自己闲置物品的个人，《消费者权益保护法》（七天无理由、12315）可能不适用，适用《民法典》的合同规则。',
  'note.seller-unsure.prepaid':
    '我们按经营者处理。如果对方是个人，《消费者权益保护法》（七天无理由、12315）和消息里引用的法院关于预付式消费的规定可能都不适用，适用《民法典》的合同规则。确定对方是个人的，请重新做一遍检查，卖家类型选“出售自己物品的个人”。',
  'note.second-hand-business':
    '卖家可能说这是个人转卖。是不是经营者，要看出售商品的性质、数量、频率等来判断：现在就截图保存卖家的其他在售和已售商品。',
  'note.off-platform': '你没有通过购物App下单付款。请保留转账记录：这样付的钱，可能没有App自身的任何保障。',
  'note.cross-border':
    '国内App上的跨境店铺：平台受《电子商务法》约束，但我们没有核对各平台自己的跨境规则，请在App中查看。',
  'note.community-group':
    '在团长那里自提的：团长负责交货，但不一定是卖家。先马上告诉团长，再在App的订单里申请售后，并看清订单页面上写的卖家是谁。',
  'note.live-stream': '在直播间购买：直播间运营者没有清楚标明其不是销售者并标明实际销售者的，应当承担销售者责任。',
  'note.cosmetics':
    '化妆品不是食品，不适用《食品安全法》的十倍赔偿。卖家欺诈的，可以依据《消费者权益保护法》主张三倍赔偿。',
  'platform.name.taobao': '淘宝',
  'platform.name.tmall': '天猫',
  'platform.name.jd': '京东',
  'platform.name.pinduoduo': '拼多多',
  'platform.name.douyin': '抖音',
  'platform.name.kuaishou': '快手',
  'platform.name.wechat-store': '微信小店平台',
  'platform.window-rule.jd': '《京东开放平台交易纠纷处理总则》（2025年7月4日施行版）',
  'platform.window-rule.wechat-store': '微信小店开发者文档',
  'platform.name.xianyu': '闲鱼',
  'platform.name.meituan': '美团',
  'platform.name.eleme': '饿了么',
  'platform.name.community-group': '社区团购平台',
  'platform.name.travel-app': '你下单的App',
  'summary.seller-said.ask-the-rider': '“去找骑手”',
  'summary.seller-said.ask-the-courier': '“去找快递”',
  'platform.name.cross-border': '跨境店铺所在的App',
  'summary.platform.taobao': '淘宝',
  'summary.platform.tmall': '天猫',
  'summary.platform.jd': '京东',
  'summary.platform.pinduoduo': '拼多多',
  'summary.platform.douyin': '抖音',
  'summary.platform.kuaishou': '快手',
  'summary.platform.wechat-store': '微信小店',
  'summary.platform.wechat-group': '微信卖家',
  'summary.platform.meituan': '美团',
  'summary.platform.eleme': '饿了么',
  'summary.platform.community-group': '社区团购',
  'summary.platform.xianyu': '闲鱼',
  'summary.platform.cross-border': '跨境店铺',
  'summary.platform.travel-app': '旅游或票务App',
  'summary.platform.other': '其他店铺或App',
};
