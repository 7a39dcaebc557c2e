/**
 * What the honest exits say: why the check cannot help, and where help is. Kept apart from the tree's structure so
 * the browser loads these texts only when a user reaches an exit.
 */
import { tx } from './text';
import type { ExitText } from './types';

export const exitTexts: Readonly<Record<string, ExitText>> = {
  'exit-outside-mainland': {
    title: tx('This check covers sellers in mainland China only', '本检查只适用于中国大陆的卖家'),
    body: tx(
      'The rules in this check are mainland Chinese law and the rules of mainland platforms. A seller in Hong Kong, Macao, Taiwan or another country is under other laws, so our plan could mislead you.',
      '本检查依据的是中国大陆的法律和平台规则。香港、澳门、台湾或其他国家的卖家适用其他法律，我们的计划可能会误导你。',
    ),
    help: [
      tx(
        'Ask the platform you bought on: its after-sales service and dispute process still apply.',
        '先联系购买平台：平台的售后和纠纷处理仍然适用。',
      ),
      tx('Contact the consumer body of the place where the seller is based.', '联系卖家所在地的消费者保护机构。'),
      tx(
        'If you paid by card, ask your bank about its dispute process.',
        '如果用银行卡付款，可以问发卡银行有没有争议处理流程。',
      ),
    ],
  },
  'exit-business-purchase': {
    title: tx('This check is for personal purchases', '本检查只适用于个人消费'),
    body: tx(
      'Consumer law protects people who buy for their own or their family’s use. A purchase for a business is an ordinary commercial contract, and 12315 complaints are not accepted for it.',
      '消费者权益保护法保护为生活消费购买商品的人。为经营购买属于普通商业合同，12315 也不受理这类投诉。',
    ),
    help: [
      tx(
        'Your contract with the seller and the Civil Code still apply: you can still negotiate, use the platform’s dispute process, or go to court.',
        '你和卖家之间的合同以及《民法典》仍然适用：可以协商、通过平台处理或起诉。',
      ),
      tx('For a large amount, talk to a lawyer.', '金额较大时，请咨询律师。'),
    ],
  },
  'exit-already-in-court': {
    title: tx('You are already in court', '你已经起诉了'),
    body: tx(
      'Once a court has your case, it decides what happens next. A general plan from us could clash with what the court has asked of you.',
      '法院受理后，由法院决定下一步。我们的一般性计划可能与法院的要求冲突。',
    ),
    help: [
      tx(
        'Follow the court’s notices and deadlines, and ask the court’s filing office if anything is unclear.',
        '按法院的通知和期限办事，有疑问可以问法院立案庭。',
      ),
      tx(
        'Local legal aid centres and lawyers can advise on your case.',
        '当地法律援助中心或律师可以就你的案件提供意见。',
      ),
      tx('Our guide to going to court explains small claims and fees.', '我们的“起诉”指南介绍了小额诉讼和诉讼费。'),
    ],
  },
};
