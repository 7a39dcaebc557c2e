/**
 * What the seller said, answered honestly for this case: either a rebuttal with the law that answers it, or "the
 * seller may be right here, because …; what you can still do is …". The same excuse can be wrong in one case and
 * lawful in another (a no-reason return of fresh food, a 定金 the buyer walked away from), so each answer reads the
 * facts. A refusal the plan calls lawful is never reported as a breach.
 */
import { tx } from '../tree/text';
import type { ClaimId } from './claims';
import type { Reading } from './facts';
import type { SellerMayBeRight } from './types';

const pair = (zh: string, en: string) => ({ zh, en });

export type ExcuseAnswer =
  | {
      kind: 'rebut';
      claims: ClaimId[];
      reply: { zh: string; en: string };
      reportable: boolean;
      /** Where the seller may still be right on facts the check cannot know (a dropped phone, a custom order). */
      caveat?: SellerMayBeRight;
    }
  | {
      kind: 'may-be-right';
      mayBeRight: SellerMayBeRight;
      /** The articles that make the seller's point. */
      claims: ClaimId[];
      /**
       * Conditional: the seller is right only if a fact the check cannot know holds (the tags were cut, the seal is
       * broken), so the user's own route stays in the plan beside the warning. Otherwise that route is closed.
       */
      conditional: boolean;
    };

type Rebuttal = Extract<ExcuseAnswer, { kind: 'rebut' }>;
const rebut = (claims: ClaimId[], zh: string, en: string, reportable = false): Rebuttal => ({
  kind: 'rebut',
  claims,
  reply: pair(zh, en),
  reportable,
});
const mayBeRight = (
  claims: ClaimId[],
  conditional: boolean,
  whyEn: string,
  whyZh: string,
  stillEn: string,
  stillZh: string,
): ExcuseAnswer => ({
  kind: 'may-be-right',
  mayBeRight: { why: tx(whyEn, whyZh), still: tx(stillEn, stillZh) },
  claims,
  conditional,
});

const qualityAnswer = rebut(
  ['quality-return-7-days', 'quality-after-7-days'],
  '商品存在质量问题，我的权利来自《消费者权益保护法》第二十四条，与这一说法无关。',
  'The item has a quality problem; my rights come from Article 24 of the Consumer Rights Protection Law, whatever this excuse says.',
);

export function excuseAnswer(excuse: string, r: Reading): ExcuseAnswer | undefined {
  const f = r.facts;
  const noReason = f.problem === 'changed-my-mind';
  switch (excuse) {
    case 'signed-for-no-refund':
      return rebut(
        ['signing-not-acceptance'],
        '签收只代表收到包裹。“签收即视为认可商品质量”的条款依法无效（《最高人民法院关于审理网络消费纠纷案件适用法律若干问题的规定（一）》第一条）。',
        'Signing only shows the parcel arrived. A term that signing means accepting the quality is void (Supreme People’s Court Online Consumption Provisions (I), Article 1).',
      );
    case 'not-a-quality-issue':
      if (noReason)
        return rebut(
          ['no-reason-return'],
          '七日无理由退货不需要说明理由，与是否存在质量问题无关（《消费者权益保护法》第二十五条）。',
          'A 7-day no-reason return needs no reason, whether or not there is a fault (Consumer Rights Protection Law, Article 25).',
        );
      if (r.durable)
        return rebut(
          ['durable-burden'],
          '本商品属于《消费者权益保护法》第二十三条列明的耐用商品，我在收货后六个月内发现瑕疵，应由经营者承担有关瑕疵的举证责任。',
          'This item is one of the durable goods listed in Article 23 of the Consumer Rights Protection Law, and I found the defect within 6 months of receipt, so you must prove there is no defect.',
        );
      return {
        ...rebut(
          ['as-described', 'quality-return-7-days'],
          '商品应当具有应有的质量和性能，并与页面描述相符（《消费者权益保护法》第二十三条）。',
          'Goods must have the quality and performance they should, and match the listing (Consumer Rights Protection Law, Article 23).',
        ),
        // Not on the durable list: the seller does not carry the burden of proof, and a test may decide it.
        caveat: {
          why: tx(
            'If the item was dropped, got wet or was damaged in use, a test will show it, and the seller may refuse the return.',
            '如果商品摔过、进水或因使用受损，检测会显示出来，卖家可以拒绝退货。',
          ),
          still: tx(
            'Offer a test by the brand’s service centre or an independent lab. If the fault is the goods’ own, the seller must take them back.',
            '提出由品牌售后或独立机构检测。如果是商品本身的问题，卖家应当退货。',
          ),
        },
      };
    case 'deadline-passed':
      if (noReason && r.sevenDaysLeft === undefined)
        return mayBeRight(
          ['no-reason-return'],
          false,
          'The 7-day no-reason return runs from the day after you signed, and it has passed.',
          '七天无理由退货从签收次日起算，已经过了。',
          'If the item turns out to be faulty, your quality rights go on: repair, replacement, or a return where the fault is serious.',
          '如果发现商品有质量问题，你仍可以要求修理、更换，问题严重的可以退货。',
        );
      return rebut(
        ['quality-after-7-days', 'defect-notice-2-years'],
        '平台规定的售后期限不影响我依法享有的权利。商品存在质量问题，七日后我仍可以要求更换、修理，符合法定解除合同条件的可以退货。',
        'A platform’s after-sales window does not cut my legal rights. After 7 days I can still ask for replacement or repair, and a return where the conditions for ending the contract are met.',
      );
    case 'opened-so-no-return':
      if (r.goodsFault) return qualityAnswer;
      if (['cosmetics', 'packaged-food', 'medicine'].includes(f.itemKind))
        return mayBeRight(
          ['used-beyond-checking', 'opened-to-inspect'],
          true,
          'For food, cosmetics and medical goods, a broken one-time seal makes the item not intact, and then a no-reason return can be refused.',
          '食品、化妆品、医疗器械等商品，必要的一次性密封包装被损坏的，视为商品不完好，可以不退。',
          'If only the outer box was opened and the seal is whole, the return stands. If the item is faulty, the quality return applies whatever the seal.',
          '如果只拆了外包装、密封完好，仍然可以退。商品有质量问题的，不论是否拆封都可以按质量问题退货。',
        );
      return rebut(
        ['opened-to-inspect'],
        '依据《最高人民法院关于审理网络消费纠纷案件适用法律若干问题的规定（一）》第三条和《消费者权益保护法实施条例》第十九条，为查验商品而拆封、不影响商品完好的，经营者不能以商品已拆封为由拒绝七日无理由退货。',
        'Under the Supreme People’s Court Online Consumption Provisions (I), Article 3, and Article 19 of the Implementing Regulations of the Consumer Rights Protection Law, where the package was opened to inspect the item and the item is intact, the return cannot be refused because it was opened.',
        true,
      );
    case 'item-excluded-from-returns':
      if (r.goodsFault) return qualityAnswer;
      if (r.excludedByLaw)
        return mayBeRight(
          ['no-reason-excluded'],
          false,
          f.itemKind === 'fresh-food'
            ? 'Fresh or perishable food is excluded from the 7-day no-reason return by law.'
            : 'Downloaded or unsealed digital goods are excluded from the 7-day no-reason return by law.',
          f.itemKind === 'fresh-food'
            ? '生鲜易腐商品依法不适用七天无理由退货。'
            : '在线下载或已拆封的数字化商品依法不适用七天无理由退货。',
          'If it arrived spoiled, faulty or not as described, you can still ask for a quality return.',
          '如果到货时已变质、有质量问题或与描述不符，仍可以按质量问题要求退货。',
        );
      return {
        ...rebut(
          ['exclusion-needs-confirmation'],
          '除法律列明的商品外，只有根据商品性质并经消费者在购买时确认的商品，才不适用无理由退货。',
          'Beyond the goods the law lists, an item is excluded only where its nature makes it unsuitable and the buyer confirmed it when buying.',
          true,
        ),
        caveat: {
          why: tx(
            'If the item was made to your order or measurements (定作), the law excludes it. If you confirmed at purchase that it has no 7-day return and its nature makes it unsuitable, the seller may be right too.',
            '如果商品是按你的要求或尺寸定作的，依法不适用七天无理由退货。如果你购买时确认过不适用，而且商品性质确实不宜退货，卖家也可能有道理。',
          ),
          still: tx(
            'If neither is true, the return stands. If the item is faulty, a quality return is open whatever the label.',
            '如果都不是，仍然可以退。商品有质量问题的，不论如何标注都可以按质量问题退货。',
          ),
        },
      };
    case 'sale-items-no-returns':
      return rebut(
        ['unfair-terms-void'],
        '“特价商品不退不换”这类店堂告示排除了消费者的权利，依据《消费者权益保护法》第二十六条，其内容无效。',
        'A notice that sale items cannot be returned takes away consumers’ rights and is void under Article 26 of the Consumer Rights Protection Law.',
        true,
      );
    case 'tags-off-or-used':
      if (r.goodsFault) return qualityAnswer;
      return mayBeRight(
        ['used-beyond-checking'],
        true,
        'If the tags were cut or the item was used beyond checking, it counts as not intact, and a no-reason return can be refused.',
        '吊牌被剪、或超出查验需要使用导致价值明显贬损的，视为商品不完好，可以不退。',
        'If you only tried it on or checked it and the tags are on, the return stands: say so with photos. A faulty item can still go back as a quality return.',
        '如果只是试穿或查验、吊牌完好，仍然可以退：拍照说明。商品有质量问题的，仍可按质量问题退货。',
      );
    case 'you-pay-return-shipping':
      if (r.goodsFault)
        return rebut(
          ['quality-costs-on-seller'],
          '商品存在质量问题，依据《消费者权益保护法》第二十四条，退货的运输等必要费用应由经营者承担。',
          'The item is faulty, so under Article 24 of the Consumer Rights Protection Law you bear the transport and other necessary costs of the return.',
        );
      return mayBeRight(
        ['no-reason-postage'],
        true,
        'For a no-reason return you normally pay the return postage, unless the listing promised free returns or shipping insurance.',
        '无理由退货的运费一般由你承担，除非页面承诺“退货包运费”或有运费险。',
        'Check the order for 退货包运费 or shipping insurance (运费险). The refund itself is still due within 7 days of the seller receiving the item.',
        '查看订单是否有“退货包运费”或运费险。卖家收到退货后7日内仍应退款。',
      );
    case 'store-credit-only':
      return rebut(
        ['refund-original-method'],
        '退款应当按原支付方式退回，我不同意以优惠券或余额代替（《网络购买商品七日无理由退货暂行办法》第十四条）。',
        'The refund must go back the way I paid; I do not agree to coupons or store credit instead (7-Day Return Measures, Article 14).',
        true,
      );
    case 'refund-after-inspection':
      return rebut(
        ['refund-within-7-days', 'late-refund-fined'],
        '经营者应当自收到退回商品之日起七日内退款，超过十五日未退款的依法可以处罚（《网络购买商品七日无理由退货暂行办法》第十三条、第三十一条）。',
        'You must refund within 7 days of receiving the return; more than 15 days can be fined (7-Day Return Measures, Articles 13 and 31).',
        true,
      );
    case 'contact-the-manufacturer':
      return rebut(
        ['seller-answers'],
        '我是向贵店购买的商品，依据《消费者权益保护法》第四十条，我可以向销售者要求赔偿，贵店赔偿后可以向生产者追偿。',
        'I bought the item from your shop. Under Article 40 of the Consumer Rights Protection Law I can claim from the seller, who can then recover from the maker.',
      );
    case 'final-interpretation-right':
      return rebut(
        ['final-say-void', 'unfair-terms-void'],
        '“最终解释权归本店”这类格式条款依法无效（《最高人民法院关于审理网络消费纠纷案件适用法律若干问题的规定（一）》第一条）。',
        'A term giving the shop the final say is void (Supreme People’s Court Online Consumption Provisions (I), Article 1).',
        true,
      );
    case 'platform-has-decided':
      return rebut(
        ['routes-to-resolve', 'platform-must-explain'],
        '平台的处理不是最终结果。我仍可以向市场监管部门投诉或向人民法院起诉（《消费者权益保护法》第三十九条）。',
        'The platform’s decision is not the end: I can still complain to the market regulator or sue (Consumer Rights Protection Law, Article 39).',
      );
    case 'ask-the-courier':
      return rebut(
        ['deliver-as-promised', 'risk-until-delivery'],
        '依据《电子商务法》第二十条，经营者承担商品运输中的风险和责任。快递问题应由贵店与快递公司处理，不影响我向贵店主张权利。',
        'Under Article 20 of the E-Commerce Law, the seller bears the risks of transport. A courier problem is yours to take up with the courier; my claim is against you.',
      );
    case 'deposit-not-refundable':
      if (f.presaleWho === 'i-cancelled' && f.depositWord === 'earnest')
        return mayBeRight(
          ['earnest-lost'],
          false,
          'The listing called it a 定金 and you backed out: under the 定金 rule, the seller may keep it.',
          '页面写的是“定金”，而且是你没有继续购买：按定金规则，卖家可以不退。',
          'If the seller changed the terms, or the page did not make the 定金 clear, you may still get it back. A payment called 订金 must be refunded.',
          '如果卖家改变了条件，或页面没有清楚说明是定金，仍可能要回。页面写的是“订金”的，应当退还。',
        );
      if (f.depositWord === 'advance' || f.presaleWho === 'seller-failed')
        return rebut(
          f.depositWord === 'advance' ? ['advance-not-earnest'] : ['earnest-doubled'],
          f.depositWord === 'advance'
            ? '页面写的是“订金”，没有约定定金性质，不适用定金罚则，应当退还。'
            : '是贵店没有按约定履行，依据《民法典》第五百八十七条，应当双倍返还定金。',
          f.depositWord === 'advance'
            ? 'The listing called it 订金 and did not agree it was a 定金, so the 定金 rule does not apply and it must be refunded.'
            : 'It is your shop that did not perform, so under Article 587 of the Civil Code the deposit must be returned double.',
        );
      return mayBeRight(
        ['earnest-lost', 'advance-not-earnest'],
        true,
        'Whether the seller may keep it depends on the word the listing used (定金 or 订金) and on who did not go through with the sale.',
        '卖家能否不退，取决于页面写的是“定金”还是“订金”，以及是哪一方没有继续履行。',
        'Screenshot the pre-sale terms. A 订金 must be refunded; a 定金 the seller failed on must be returned double.',
        '截图保存预售规则。“订金”应当退还；卖家违约的“定金”应当双倍返还。',
      );
    case 'digital-no-refund':
      if (f.itemKind === 'service')
        return rebut(
          ['prepaid-refund'],
          '课程或服务没有按约定提供，依据《消费者权益保护法》第五十三条，应当按我的要求退回预付款。',
          'The course or service was not provided as agreed; under Article 53 of the Consumer Rights Protection Law the prepayment must be refunded if I ask.',
        );
      return mayBeRight(
        ['no-reason-excluded'],
        false,
        'Downloaded digital goods are excluded from the 7-day no-reason return by law.',
        '在线下载的数字化商品依法不适用七天无理由退货。',
        'If it does not work as described, you can still ask for a fix or a refund.',
        '如果不能按描述正常使用，仍可以要求修复或退款。',
      );
    case 'returned-damaged':
      return mayBeRight(
        ['refund-within-7-days'],
        true,
        'If the item was damaged by use before you sent it back, the seller may deduct or refuse. Who bears damage in transit depends on the facts.',
        '如果商品在寄回前因使用受损，卖家可能扣款或拒绝退款；运输中的损坏由谁承担，取决于具体情况。',
        'Ask the seller for photos and the courier’s damage record, and show your own photos from before you posted it. The platform can decide who is right.',
        '要求卖家提供照片和快递的破损记录，并出示你寄出前拍的照片。可以请平台判断。',
      );
    default:
      return undefined;
  }
}

/** A private seller is outside consumer law: a faulty item may have been sold honestly as it is. */
export const privateSellerCaveat: SellerMayBeRight = {
  why: tx(
    'A private person is not bound by consumer law. If the listing said it was sold as it is and showed the fault, the seller may be right to refuse.',
    '个人卖家不受消费者权益保护法约束。如果商品页面写明“按现状出售”并说明了问题，卖家拒绝可能有道理。',
  ),
  still: tx(
    'If the listing said it worked, contract law still gives you repair, replacement, a return or a lower price, through the platform’s dispute process or the court.',
    '如果页面说商品是好的，你仍可以依据合同要求修理、更换、退货或减价，可以通过平台纠纷处理或法院解决。',
  ),
};
