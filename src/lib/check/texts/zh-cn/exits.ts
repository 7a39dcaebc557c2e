/** What the honest exits say in Simplified Chinese, typed against the English. */
import type { ExitTextKey } from '../en/exits';

export const exits: Record<ExitTextKey, string> = {
  'exit.outside-mainland.title': '本检查只适用于中国大陆的卖家',
  'exit.outside-mainland.body':
    '本检查依据中国大陆的法律和平台规则，按大陆卖家的情况编写。卖家在港澳台地区或者国外的，适用哪里的法律、能向谁投诉、怎样起诉和执行，都和大陆卖家不同，我们的计划可能会误导你。',
  'exit.outside-mainland.help.1':
    '在某个平台上买的，先用平台的售后和纠纷处理；在店铺自己的网站上买的，先按网站的退货政策联系店铺。',
  'exit.outside-mainland.help.2': '联系卖家所在地的消费者保护机构。',
  'exit.outside-mainland.help.3':
    '如果用银行卡付款，可以问发卡银行有没有争议处理流程。要尽快申请：银行和卡组织都有时限。',
  'exit.business-purchase.title': '本检查只适用于个人消费',
  'exit.business-purchase.body':
    '消费者权益保护法保护为生活消费购买商品的人。为经营购买属于普通商业合同，12315 也不受理这类投诉。',
  'exit.business-purchase.help.1': '你和卖家之间的合同以及《民法典》仍然适用：可以协商、通过平台处理或起诉。',
  'exit.business-purchase.help.2': '金额较大时，请咨询律师。',
  'exit.already-in-court.title': '你已经起诉了',
  'exit.already-in-court.body': '法院受理后，由法院决定下一步。我们的一般性计划可能与法院的要求冲突。',
  'exit.already-in-court.help.1': '按法院的通知和期限办事，有疑问可以联系通知书上写明的承办法官或书记员。',
  'exit.already-in-court.help.2': '当地法律援助中心或律师可以就你的案件提供意见。',
  'exit.already-in-court.help.3': '我们的“起诉”指南介绍了小额诉讼和诉讼费。',
};
