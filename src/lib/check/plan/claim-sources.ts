/**
 * The claim table as a reviewer reads it: for every claim the plan can make (claims.ts), what it says in a sentence,
 * and for each article it cites, words that occur verbatim in that article's quoted text (tested against
 * content/laws/<id>.yaml), so a claim cannot drift away from the article it cites. The type holds each entry to the
 * claim's own articles in claims.ts: an article missing here, or one the claim does not cite, does not compile.
 * Tests and reviewers read this file; the plan's code does not (see claims.ts).
 */
import type { ClaimId, claims } from './claims';

export interface ClaimSource<Law extends string> {
  /** What the plan says, in a sentence, for the reviewer (the words the user reads are in the step and message texts). */
  says: string;
  /** Law id -> words of that article that carry the claim (verbatim in its `text`; for an entry without a quoted
   * text, its registry `phrase`). */
  laws: Readonly<Record<Law, string>>;
}

export const claimSources: { readonly [C in ClaimId]: ClaimSource<(typeof claims)[C][number]> } = {
  'quality-return-7-days': {
    says: 'Goods that do not meet quality requirements can be returned within 7 days of receipt.',
    laws: { 'crpl-24': '消费者可以自收到商品之日起七日内退货' },
  },
  'quality-costs-on-seller': {
    says: 'For a quality return, replacement or repair the seller pays transport and other necessary costs.',
    laws: { 'crpl-24': '经营者应当承担运输等必要费用' },
  },
  'quality-after-7-days': {
    says: 'After 7 days: a return if the conditions to end the contract are met, otherwise replacement or repair.',
    laws: {
      'crpl-24': '七日后符合法定解除合同条件的，消费者可以及时退货',
      'cc-582': '可以合理选择请求对方承担修理、重作、更换、退货、减少价款或者报酬等违约责任',
    },
  },
  'breach-remedies': {
    says: 'Where performance breaches the contract, the buyer can choose repair, redoing, replacement, return or a lower price.',
    laws: { 'cc-582': '可以合理选择请求对方承担修理、重作、更换、退货、减少价款或者报酬等违约责任' },
  },
  'part-of-goods': {
    says: 'Where the goods are several items and one does not match, the buyer can end the contract for that item; for all only if separating it clearly harms the value of the rest.',
    laws: { 'cc-632': '其中一物不符合约定的，买受人可以就该物解除' },
  },
  'as-is-term-limits': {
    says: 'A term limiting the seller’s liability for defects does not protect a seller who, deliberately or through gross negligence, did not tell the buyer of the defect.',
    laws: { 'cc-618': '因出卖人故意或者重大过失不告知买受人标的物瑕疵的，出卖人无权主张减轻或者免除责任' },
  },
  'as-described': {
    says: 'The goods must match the quality the listing, samples or descriptions showed.',
    laws: { 'crpl-23': '应当保证其提供的商品或者服务的实际质量与表明的质量状况相符' },
  },
  'durable-burden': {
    says: 'For the listed durable goods, a defect found within 6 months: the seller must prove there is none.',
    laws: { 'crpl-23': '由经营者承担有关瑕疵的举证责任' },
  },
  'durable-burden-open-list': {
    says: 'The durable-goods list ends in "and similar" (等): goods it does not name may count, which the article leaves open; if they do, a defect found within 6 months is for the seller to disprove.',
    laws: { 'crpl-23': '洗衣机等耐用商品' },
  },
  'no-reason-return': {
    says: 'Goods bought online can be returned within 7 days without a reason; the 7 days start the day after signing.',
    laws: {
      'crpl-25': '有权自收到商品之日起七日内退货，且无需说明理由',
      'returns-10': '七日期间自消费者签收商品的次日开始起算',
    },
  },
  'no-reason-postage': {
    says: 'For a no-reason return the buyer pays the return postage unless agreed otherwise.',
    laws: { 'crpl-25': '退回商品的运费由消费者承担', 'returns-18': '商品退回所产生的运费依法由消费者承担' },
  },
  'no-reason-excluded': {
    says: 'Fresh or perishable goods and downloaded or unsealed digital goods have no no-reason return.',
    laws: { 'crpl-25': '鲜活易腐的', 'returns-6': '在线下载或者消费者拆封的音像制品、计算机软件等数字化商品' },
  },
  'exclusion-needs-confirmation': {
    says: 'Beyond the listed goods, an item is excluded only where its nature makes it unsuitable and the buyer confirmed it.',
    laws: {
      'crpl-25': '其他根据商品性质并经消费者在购买时确认不宜退货的商品',
      'regs-19': '未经消费者确认，经营者不得拒绝无理由退货',
    },
  },
  'excludable-by-nature': {
    says: 'With the buyer’s confirmation at purchase, goods of certain kinds may be sold without the 7-day return: goods that opening makes unsafe or changes in quality, goods that lose much of their value once activated or tried, and goods sold as near their date or flawed.',
    laws: { 'returns-7': '下列性质的商品经消费者在购买时确认，可以不适用七日无理由退货规定' },
  },
  'unconfirmed-exclusion-fined': {
    says: 'Refusing a return as excluded from the 7-day return, without the buyer’s confirmation at purchase, can be fined.',
    laws: { 'returns-31': '未经消费者在购买时确认，擅自以商品不适用七日无理由退货为由拒绝退货' },
  },
  'opened-to-inspect': {
    says: 'Opening the package to inspect does not end the no-reason return.',
    laws: {
      'spc-online-3':
        '电子商务经营者以商品已拆封为由主张不适用消费者权益保护法第二十五条规定的无理由退货制度的，人民法院不予支持',
      'regs-19': '消费者基于查验需要打开商品包装',
    },
  },
  'used-beyond-checking': {
    says: 'Use beyond checking that lowers the value a lot makes an item not intact (broken seals, cut tags).',
    laws: { 'returns-9': '视为商品不完好' },
  },
  'refund-within-7-days': {
    says: 'The seller must refund within 7 days of receiving the returned goods.',
    laws: { 'returns-13': '应当在收到退回商品之日起七日内向消费者返还已支付的商品价款' },
  },
  'quality-delay-fined': {
    says: 'For goods that do not meet quality requirements, failing without good reason for more than 15 days from the buyer’s request to repair, replace, take back or refund counts as deliberate delay or unreasonable refusal.',
    laws: {
      'penalty-8':
        '不符合质量要求的自消费者提出要求之日起，无正当理由拒不履行修理、重作、更换、退货、补足商品数量、退还货款',
    },
  },
  'late-refund-fined': {
    says: 'Refunding more than 15 days after receiving the return, or refusing on the opened-box ground, can be fined.',
    laws: { 'returns-31': '在收到退回商品之日起超过十五日未向消费者返还已支付的商品价款的' },
  },
  'unfair-terms-void': {
    says: 'Shop notices and terms that exclude the buyer’s rights are void.',
    laws: { 'crpl-26': '格式条款、通知、声明、店堂告示等含有前款所列内容的，其内容无效' },
  },
  'signing-not-acceptance': {
    says: 'A term that signing for goods means accepting their quality is void.',
    laws: { 'spc-online-1': '收货人签收商品即视为认可商品质量符合约定' },
  },
  'final-say-void': {
    says: 'A term giving the seller the final interpretation is void.',
    laws: { 'spc-online-1': '电子商务经营者享有单方解释权或者最终解释权' },
  },
  'refund-original-method': {
    says: 'The refund goes back the way the buyer paid, unless the buyer clearly agrees otherwise.',
    laws: { 'returns-14': '除征得消费者明确表示同意的以外，网络商品销售者不应当自行指定其他退款方式' },
  },
  'seller-answers': {
    says: 'The buyer can claim from the seller; the seller then recovers from the maker.',
    laws: { 'crpl-40': '可以向销售者要求赔偿' },
  },
  'deliver-as-promised': {
    says: 'The seller must deliver in the way and time promised or agreed, and bears the risk in transit.',
    laws: {
      'ecl-20': '应当按照承诺或者与消费者约定的方式、时限向消费者交付商品或者服务，并承担商品运输中的风险和责任',
    },
  },
  'risk-until-delivery': {
    says: 'Until delivery, loss of the goods is the seller’s risk.',
    laws: { 'cc-604': '在标的物交付之前由出卖人承担' },
  },
  'delivery-on-signature': {
    says: 'For a sale agreed online and delivered by courier, delivery happens when the recipient signs for the goods.',
    laws: { 'cc-512': '收货人的签收时间为交付时间' },
  },
  'end-after-demand': {
    says: 'If the seller is late with its main duty and still does not perform within a reasonable time after a demand, the buyer can end the contract.',
    laws: { 'cc-563': '当事人一方迟延履行主要债务，经催告后在合理期限内仍未履行' },
  },
  'breach-defeats-purpose': {
    says: 'A party whose late performance or other breach defeats the purpose of the contract lets the other party end it.',
    laws: { 'cc-563': '有其他违约行为致使不能实现合同目的' },
  },
  'courier-appeal': {
    says: 'A user not satisfied with how a courier handled a complaint, or whose complaint was not dealt with in time, can appeal to the postal regulator, which mediates.',
    laws: { 'express-market-30': '可以提出快递服务质量申诉' },
  },
  'signing-needs-consent': {
    says: 'A courier may not confirm receipt for the recipient, or use a locker or station, without consent; someone else taking the parcel needs the recipient’s agreement.',
    laws: {
      'express-market-28': '经营快递业务的企业未经用户同意，不得代为确认收到快件',
      'ecl-52': '交由他人代收的，应当经收货人同意',
    },
  },
  'earnest-doubled': {
    says: 'A seller that took a 定金 and fails so that the purpose of the contract is defeated must return double.',
    laws: { 'cc-587': '收受定金的一方不履行债务或者履行债务不符合约定，致使不能实现合同目的的，应当双倍返还定金' },
  },
  'earnest-lost': {
    says: 'A buyer who paid a 定金 and then does not perform, so that the purpose is defeated, cannot claim it back.',
    laws: { 'cc-587': '给付定金的一方不履行债务或者履行债务不符合约定，致使不能实现合同目的的，无权请求返还定金' },
  },
  'advance-not-earnest': {
    says: 'A 订金 or other payment not agreed to be a 定金 is not subject to the 定金 rule.',
    laws: {
      'spc-contract-67': '但是没有约定定金性质，一方主张适用民法典第五百八十七条规定的定金罚则的，人民法院不予支持',
    },
  },
  'prepaid-cooling-off': {
    says: 'Where a business takes payment in advance and then supplies several times or over a period, a consumer who asks within 7 days of paying gets the prepaid principal back, unless they had already had the same goods or service, from this business or another, when they signed.',
    laws: {
      'spc-prepaid-1': '经营者收取预付款后多次或者持续向消费者兑付商品或者提供服务',
      'spc-prepaid-14': '消费者自付款之日起七日内请求经营者返还预付款本金的',
    },
  },
  'renewal-needs-choice': {
    says: 'A business that renews a service automatically online must point this out prominently before the service starts and 5 days before each renewal, let the consumer choose, and offer a simple way to cancel at any time.',
    laws: { 'online-trade-18': '以显著方式提请消费者注意，由消费者自主选择' },
  },
  'prepaid-own-reason': {
    says: 'A refund of a prepayment for the consumer’s own reasons is provided for (what was used is priced before any discount), and a standard term taking away a consumer’s lawful right to end the contract or get the prepayment back is void.',
    laws: {
      'spc-prepaid-9': '排除消费者依法解除合同或者请求返还预付款的权利',
      'spc-prepaid-19': '因消费者原因返还预付款',
    },
  },
  'prepaid-interest-lpr': {
    says: 'Unless agreed otherwise, a prepayment refunded because of the business comes back with interest at the one-year Loan Prime Rate of the day the contract was made.',
    laws: { 'spc-prepaid-16': '因经营者原因返还预付款的，按照预付式消费合同成立时一年期贷款市场报价利率计算利息' },
  },
  'prepaid-used-at-discount': {
    says: 'Where a prepayment is refunded not through the consumer’s doing, what was already provided is priced at the discount the consumer was given.',
    laws: { 'spc-prepaid-18': '按折扣价计算已兑付商品或者提供服务的价款' },
  },
  'prepaid-end-for-move': {
    says: 'For goods or services prepaid and given several times or over a period, courts support a consumer ending the prepaid contract where the business moves and this makes it clearly harder for the consumer to use, among other grounds.',
    laws: {
      'spc-prepaid-1': '经营者收取预付款后多次或者持续向消费者兑付商品或者提供服务',
      'spc-prepaid-13': '变更经营场所给消费者接受商品或者服务造成明显不便',
    },
  },
  'prepaid-balance-on-end': {
    says: 'Once a prepaid contract is ended, courts support the consumer’s request for the remaining prepayment back with interest; the principal is the prepayment less what was already provided.',
    laws: { 'spc-prepaid-15': '消费者请求经营者返还剩余预付款并支付利息的，人民法院应予支持' },
  },
  'prepaid-term-ratio': {
    says: 'For unlimited use over a set period, courts support counting the refund by the share of the period left after the contract ends.',
    laws: { 'spc-prepaid-22': '按合同解除后的剩余履行期限与全部履行期限的比例计算应予返还的预付款' },
  },
  'small-claims-not-foreign': {
    says: 'A case with a party abroad is not heard under the small-claims procedure.',
    laws: { 'cpl-166': '涉外案件' },
  },
  'transit-risk-private': {
    says: 'One rule passes the risk to the buyer once the seller hands the goods to a carrier for the buyer’s address; another makes delivery, for a contract made online and sent by courier, the moment the recipient signs.',
    laws: {
      'cc-607': '交付给承运人后，标的物毁损、灭失的风险由买受人承担',
      'cc-512': '收货人的签收时间为交付时间',
    },
  },
  'signing-presumes-checked': {
    says: 'Signing for a delivery note that lists the quantity is presumed to confirm the quantity and visible condition, unless evidence overturns it.',
    laws: { 'cc-623': '推定买受人已经对数量和外观瑕疵进行检验，但是有相关证据足以推翻的除外' },
  },
  'earnest-cap': {
    says: 'A 定金 may not exceed 20% of the contract’s value; any part above that is not a 定金.',
    laws: { 'cc-586': '不得超过主合同标的额的百分之二十，超过部分不产生定金的效力' },
  },
  'fake-defeats-purpose': {
    says: 'A breach that defeats the purpose of the contract (selling a fake as genuine) lets the buyer end the contract, so a fake can be returned after the first 7 days.',
    laws: { 'cc-563': '有其他违约行为致使不能实现合同目的' },
  },
  'complaint-needs-respondent': {
    says: 'A complaint to the regulator must name a clearly identified respondent.',
    laws: { 'regs-46': '有明确的被投诉人' },
  },
  'suit-needs-defendant': {
    says: 'A lawsuit needs a clearly identified defendant; evidence touching personal privacy is among what the court may collect on request.',
    laws: { 'cpl-122': '有明确的被告', 'spc-cpl-94': '涉及国家秘密、商业秘密或者个人隐私的' },
  },
  'prepaid-refund': {
    says: 'A business that took payment in advance and does not provide as agreed must perform or refund the prepayment, with interest on it.',
    laws: {
      'crpl-53': '应当按照消费者的要求履行约定或者退回预付款；并应当承担预付款的利息',
      'regs-22': '经营者未按照约定提供商品或者服务的，应当按照消费者的要求履行约定或者退还预付款',
    },
  },
  'platform-must-help': {
    says: 'The platform must actively help the buyer in a dispute with a seller on it.',
    laws: { 'ecl-61': '电子商务平台经营者应当积极协助消费者维护合法权益' },
  },
  'platform-pays-without-details': {
    says: 'If the platform cannot give the seller’s real name, address and contact details, the buyer can claim from the platform.',
    laws: {
      'crpl-44':
        '网络交易平台提供者不能提供销售者或者服务者的真实名称、地址和有效联系方式的，消费者也可以向网络交易平台提供者要求赔偿',
    },
  },
  'live-room-as-seller': {
    says: 'A live-room operator that did not clearly show it was not the seller is liable as the seller.',
    laws: { 'spc-online-11-17': '直播间运营者不能证明已经以足以使消费者辨别的方式标明其并非销售者并标明实际销售者的' },
  },
  'complaint-handled-7-working-days': {
    says: 'The regulator must handle a complaint and tell the buyer within 7 working days; mediation needs both sides and ends within 60 days.',
    laws: {
      'crpl-46': '该部门应当自收到投诉之日起七个工作日内，予以处理并告知消费者',
      'regs-46': '有关行政部门应当自收到投诉之日起7个工作日内，予以处理并告知消费者',
    },
  },
  'routes-to-resolve': {
    says: 'Disputes can be settled by talks, mediation, a complaint to the authorities, arbitration or court.',
    laws: { 'crpl-39': '向有关行政部门投诉' },
  },
  'police-receipt': {
    says: 'When the police accept a report they must give the person reporting it a receipt (受案回执).',
    laws: { 'police-rules-171': '应当制作受案登记表和受案回执' },
  },
  'police-can-freeze': {
    says: 'In online fraud, the police can order an emergency stop-payment or freeze, and payment firms must cooperate.',
    laws: { 'anti-fraud-20': '紧急止付、快速冻结' },
  },
  'police-refusal-review': {
    says: 'A refusal to open a case can be taken back to the same police for reconsideration within 7 days.',
    laws: { 'police-rules-179': '可以在收到不予立案通知书后七日以内向作出决定的公安机关申请复议' },
  },
  'put-right-refusal-fined': {
    says: 'Replacing goods and making up the quantity are among the duties a seller may not deliberately delay or refuse without good reason; doing so can be fined.',
    laws: {
      'crpl-56': '补足商品数量',
      'penalty-8': '补足商品数量、退还货款和服务费用或者赔偿损失等民事责任，不得故意拖延或者无理拒绝',
    },
  },
  'known-defect-excepted': {
    says: 'A business answers for the quality of its goods, except for a defect the consumer knew of before buying where that defect breaks no mandatory law; selling unsafe, fake, expired or spoiled goods is itself against the law.',
    laws: {
      'crpl-23': '但消费者在购买该商品或者接受该服务前已经知道其存在瑕疵，且存在该瑕疵不违反法律强制性规定的除外',
      'crpl-56': '销售失效、变质的商品',
    },
  },
  'refusal-can-be-fined': {
    says: 'Deliberately delaying or refusing a lawful request for return or refund can be fined by the regulator.',
    laws: { 'crpl-56': '故意拖延或者无理拒绝的' },
  },
  'fakes-can-be-penalised': {
    says: 'Passing off fakes as genuine is a breach the regulator can penalise, and the penalty goes on the seller’s credit record.',
    laws: { 'crpl-56-1-2': '在商品中掺杂、掺假，以假充真，以次充好' },
  },
  'false-claims-can-be-penalised': {
    says: 'False or misleading claims about goods are a breach the regulator can penalise, and the penalty goes on the seller’s credit record.',
    laws: { 'crpl-56-1-6': '对商品或者服务作虚假或者引人误解的宣传的' },
  },
  'sue-where-performed': {
    says: 'Contract claims can be brought where the defendant is domiciled or where the contract was performed.',
    laws: { 'cpl-24': '由被告住所地或者合同履行地人民法院管辖' },
  },
  'sue-where-delivered': {
    says: 'Contract claims can be brought where the contract was performed; for goods delivered by courier, the delivery address.',
    laws: { 'cpl-24': '由被告住所地或者合同履行地人民法院管辖', 'spc-cpl-20': '收货地为合同履行地' },
  },
  'sue-at-home-download': {
    says: 'For a sale made online and delivered online, the buyer’s home is the place of performance.',
    laws: { 'spc-cpl-20': '通过信息网络交付标的的，以买受人住所地为合同履行地' },
  },
  'small-claims': {
    says: 'Simple money claims up to 50% of the province’s average yearly wage are small claims, decided at one level.',
    laws: { 'cpl-165': '适用小额诉讼的程序审理，实行一审终审' },
  },
  'small-claims-two-months': {
    says: 'A small claim is to be decided within two months of filing.',
    laws: { 'cpl-168': '应当在立案之日起两个月内审结' },
  },
  'testing-leaves-small-claims': {
    says: 'A case that needs an assessment or a test does not take the small-claims procedure.',
    laws: { 'cpl-166': '需要评估、鉴定或者对诉前评估、鉴定结果有异议的案件' },
  },
  'court-appraisal': {
    says: 'In court, a party may ask for an expert appraisal of a specialised question of fact; if the parties cannot agree on the appraiser, the court names one. A case that needs one does not take the small-claims procedure.',
    laws: {
      'cpl-79':
        '当事人可以就查明事实的专门性问题向人民法院申请鉴定。当事人申请鉴定的，由双方当事人协商确定具备资格的鉴定人；协商不成的，由人民法院指定',
      'cpl-166': '需要评估、鉴定或者对诉前评估、鉴定结果有异议的案件',
    },
  },
  'court-fee': {
    says: 'A claim up to ¥10,000 costs ¥50; simplified procedure halves it.',
    laws: { 'fees-13': '不超过1万元的，每件交纳50元', 'fees-16': '减半交纳案件受理费' },
  },
  'defect-harm-2-years': {
    says: 'A claim for harm caused by a defective product has a 2-year time limit; a written demand restarts it.',
    laws: { 'pql-45': '因产品存在缺陷造成损害要求赔偿的诉讼时效期间为二年', 'cc-195': '权利人向义务人提出履行请求' },
  },
  'limitation-3-years': {
    says: 'The time limit to sue is 3 years; a written demand restarts it.',
    laws: { 'cc-188': '向人民法院请求保护民事权利的诉讼时效期间为三年', 'cc-195': '权利人向义务人提出履行请求' },
  },
  'defect-notice-2-years': {
    says: 'A defect must be notified within a reasonable time and at most 2 years after receipt, unless a warranty is longer or the seller knew.',
    laws: { 'cc-621': '自收到标的物之日起二年内未通知出卖人的' },
  },
  'electronic-evidence': {
    says: 'Chats, screenshots, photos and videos are electronic data, a kind of evidence; the seller must produce its records.',
    laws: { 'evidence-14': '即时通信', 'ecl-62': '电子商务经营者应当提供原始合同和交易记录' },
  },
  'electronic-data': {
    says: 'Chats, screenshots, photos and videos are electronic data, a kind of evidence.',
    laws: { 'evidence-14': '即时通信' },
  },
  'order-forms-contract': {
    says: 'Once a listing that is an offer is ordered and the order submitted, the contract exists; a term that there is no contract after payment is void.',
    laws: {
      'ecl-49': '不得以格式条款等方式约定消费者支付价款后合同不成立',
      'cc-491': '对方选择该商品或者服务并提交订单成功时合同成立',
    },
  },
  'checking-keeps-intact': {
    says: 'Opening the packaging to inspect the goods, or testing them reasonably, does not make them less than intact.',
    laws: {
      'returns-8': '消费者基于查验需要而打开商品包装，或者为确认商品的品质、功能而进行合理的调试不影响商品的完好',
    },
  },
  'tourism-complaint-office': {
    says: 'Local governments must set up a tourism complaint office, which deals with a complaint or passes it on; a traveller may ask it to mediate.',
    laws: {
      'tourism-91': '应当指定或者设立统一的旅游投诉受理机构',
      'tourism-92': '向消费者协会、旅游投诉受理机构或者有关调解组织申请调解',
    },
  },
  'price-promise-refused-fraud': {
    says: 'Refusing without good reason to keep a price promise, or keeping it only in part, is among the kinds of price fraud a business must not commit.',
    laws: { 'price-fraud-19': '无正当理由拒绝履行或者不完全履行价格承诺' },
  },
  'no-forced-delivery': {
    says: 'Performance cannot be demanded where it cannot be done in law or in fact; liability for the breach remains.',
    laws: { 'cc-580': '法律上或者事实上不能履行' },
  },
  'breach-remedies-damages': {
    says: 'A party that does not perform must perform, put it right or pay damages, including the benefit performance would have brought, up to the loss it could foresee.',
    laws: {
      'cc-577': '应当承担继续履行、采取补救措施或者赔偿损失等违约责任',
      'cc-584': '包括合同履行后可以获得的利益',
    },
  },
  'breach-damages': {
    says: 'A party that does not perform, or performs badly, must perform, put it right or pay for the loss.',
    laws: { 'cc-577': '应当承担继续履行、采取补救措施或者赔偿损失等违约责任' },
  },
  'tour-full-refund': {
    says: 'A package tour cancelled because too few people signed up: the agency refunds everything it collected.',
    laws: { 'tourism-63': '因未达到约定的成团人数解除合同的，组团社应当向旅游者退还已收取的全部费用' },
  },
  'tour-notice-or-losses': {
    says: 'An agency cancelling for too few people must tell travellers at least 7 days before a domestic tour and 30 days before one abroad; an agency that does not keep the contract answers for the losses.',
    laws: {
      'tourism-63': '境内旅游应当至少提前七日通知旅游者，出境旅游应当至少提前三十日通知旅游者',
      'tourism-70': '应当依法承担继续履行、采取补救措施或者赔偿损失等违约责任',
    },
  },
  'tour-balance-refund': {
    says: 'A traveller who ends the tour contract before the trip ends gets the balance back after necessary costs; costs not yet actually incurred come back, and the agency may claim reasonable costs.',
    laws: {
      'tourism-65': '组团社应当在扣除必要的费用后，将余款退还旅游者',
      'spc-travel-12':
        '旅游者请求旅游经营者退还尚未实际发生的费用，或者旅游经营者请求旅游者支付合理费用的，人民法院应予支持',
    },
  },
  'cancelled-by-provider': {
    says: 'A party that makes clear it will not perform its main obligation (a flight, a show called off) may have the contract ended by the other, who may then ask to be restored to where they were, with damages.',
    laws: {
      'cc-563': '当事人一方明确表示或者以自己的行为表明不履行主要债务',
      'cc-566': '当事人可以请求恢复原状或者采取其他补救措施，并有权请求赔偿损失',
    },
  },
  'terms-must-be-pointed-out': {
    says: 'A standard term of great interest to the buyer (a fee) that was not reasonably pointed out, so that the buyer did not notice it, can be claimed not to be part of the contract.',
    laws: { 'cc-496': '对方可以主张该条款不成为合同的内容' },
  },
  'no-pre-ticked-add-ons': {
    says: 'An online seller must point out anything it bundles, and may not set a bundled option as agreed by default.',
    laws: { 'online-trade-17': '不得将搭售商品或者服务的任何选项设定为消费者默认同意' },
  },
  'annul-needs-court': {
    says: 'A sale made under a serious mistake (a price can be one) is annulled only by a court or an arbitration body, which the seller must ask, with proof, within 90 days of knowing of it.',
    laws: {
      'cc-147': '行为人有权请求人民法院或者仲裁机构予以撤销',
      'spc-general-19': '质量、规格、价格、数量等产生错误认识',
      'cc-152': '重大误解的当事人自知道或者应当知道撤销事由之日起九十日内没有行使撤销权',
    },
  },
  'promises-binding': {
    says: 'A business must keep the promises it makes in adverts, pages or notices, including about price.',
    laws: { 'regs-12': '应当向购买商品或者接受服务的消费者履行其所承诺的内容' },
  },
  'fake-discount-banned': {
    says: 'Selling through false discounts, price cuts or price comparisons is price fraud, which the pricing rules ban.',
    laws: { 'price-fraud-19': '通过虚假折价、减价或者价格比较等方式销售商品或者提供服务' },
  },
  'compared-price-7-day-low': {
    says: 'Unless the shop gives details of the price it compares with, that price may be no higher than its lowest sale price in the 7 days before the comparison.',
    laws: { 'price-fraud-16': '被比较价格应当不高于该经营者在同一经营场所进行价格比较前七日内的最低成交价格' },
  },
  'no-reason-good-faith': {
    says: 'A no-reason return must be used in good faith.',
    laws: { 'regs-19': '消费者无理由退货应当遵循诚实信用原则' },
  },
  'fraud-three-times': {
    says: 'Fraud: extra compensation of 3 times the price, at least ¥500.',
    laws: { 'crpl-55': '增加赔偿的金额不足五百元的，为五百元' },
  },
  'food-ten-times': {
    says: 'Food that breaks safety standards, made or knowingly sold: 10 times the price or 3 times the loss, at least ¥1,000.',
    laws: { 'fsl-148': '还可以向生产者或者经营者要求支付价款十倍或者损失三倍的赔偿金' },
  },
  'food-losses-first-pay': {
    says: 'Harmed by food that breaks safety standards, a consumer may claim the loss from the business or the producer; whoever is asked must pay first and may not pass the consumer on.',
    laws: { 'fsl-148': '应当实行首负责任制，先行赔付，不得推诿' },
  },
  'food-no-harm-needed': {
    says: 'The 10 times for food that breaks safety standards does not need the consumer to have been hurt.',
    laws: { 'spc-fsl-10': '以未造成消费者人身损害为由抗辩的，人民法院不予支持' },
  },
  'test-body-named': {
    says: 'Where the consumer and the business cannot agree on who tests the goods, the regulator handling the complaint may name a testing body.',
    laws: { 'regs-47': '无法协商一致的，受理消费者投诉的市场监督管理部门或者其他有关行政部门可以指定鉴定、检测机构' },
  },
  'kitchen-no-excuse': {
    says: 'A restaurant on a delivery platform is liable as the business for the food it sells; that someone else cooked the order is no defence.',
    laws: { 'spc-online-19': '以订单系委托他人加工制作为由抗辩的，人民法院不予支持' },
  },
  'meal-platform-liable': {
    says: 'A food platform that cannot give the seller’s real name, address and valid contact details pays the consumer itself; one that failed to register or check a restaurant, and so harmed the consumer, is liable with it.',
    laws: {
      'fsl-131': '由网络食品交易第三方平台提供者赔偿',
      'spc-online-18': '主张网络餐饮服务平台经营者与入网餐饮服务提供者承担连带责任的，人民法院应予支持',
    },
  },
  'expired-food-knowing': {
    says: 'Selling food past its marked shelf life counts as knowing, for the Food Safety Law’s 10×.',
    laws: { 'spc-fsl-6': '已过食品标明的保质期但仍然销售的' },
  },
  'second-hand-business-test': {
    says: 'A seller on a second-hand platform is treated as a business when the nature, source, number, price and frequency of sales show trade.',
    laws: { 'spc-online-7': '能够认定销售者系从事商业经营活动' },
  },
  'jd-window': {
    says: 'JD’s rule (platform rule): apply for JD intervention within 15 natural days after the seller rejects.',
    laws: { 'jd-dispute': '拒绝后的15个自然日内发起申请' },
  },
  'jd-silent': {
    says: 'JD’s rule (platform rule): if the seller has not settled or dealt with a dispute within 24 hours of the consumer raising it, the consumer may apply for JD intervention.',
    laws: { 'jd-dispute': '若消费者提起交易纠纷申请后24小时内，买卖双方协商未果或商家未作处理，消费者申请京东介入的' },
  },
  'jd-appeal': {
    says: 'JD’s rule (platform rule): a consumer who disagrees with the seller’s settlement offer or JD’s decision can appeal, with evidence, within 7 natural days after the dispute closes.',
    laws: { 'jd-dispute': '可在纠纷单关闭后7个自然日内提供有效申诉证据并进行申诉' },
  },
  'jd-price-rules': {
    says: 'JD’s rule (platform rule): a price dispute JD is asked to step in on may be handled under its “pay double if you paid more” and price-protection rules.',
    laws: {
      'jd-dispute-28-31-35-43':
        '京东有权依据《京东开放平台买贵双倍赔服务规则》、《京东开放平台商品价格保护规则》等进行处理',
    },
  },
  'wechat-store-window': {
    says: 'WeChat Store’s documents (platform rule): ask for platform intervention within 7 days after a rejection.',
    laws: { 'wechat-store-complaint': '用户申请平台介入' },
  },
  'taobao-non-delivery-burden': {
    says: 'Taobao’s rule (platform rule): when the buyer says the goods never arrived, the other side must prove delivery.',
    laws: { 'taobao-dispute': '买家主张未收到商品或卖家主张未收到买家退货的，由相对方承担举证责任' },
  },
  'taobao-postage-fault': {
    says: 'Taobao’s rule (platform rule): once Taobao steps in, a dispute over postage is settled by who was at fault.',
    laws: { 'taobao-dispute': '淘宝介入后，买卖双方的运费争议将根据“谁过错、谁承担”的原则处理' },
  },
  'taobao-fake-burden': {
    says: 'Taobao’s rule (platform rule): when the buyer says goods are counterfeit, the seller must first show where they came from; if it does, the buyer is asked for a test report or other proof.',
    laws: {
      'taobao-dispute':
        '买家主张商品存在质量问题系肉眼不可识别的或系假冒商品的，卖家应按照淘宝的要求，提供厂家的经销凭证',
    },
  },
  'platform-must-explain': {
    says: 'As reported: since 2026-02-01 a platform acting against a buyer must give facts, reasons and basis and offer an appeal.',
    laws: { 'order-116': '应说明事实、理由和依据并提供便捷申诉' },
  },
};
