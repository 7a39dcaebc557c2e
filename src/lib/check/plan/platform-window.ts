/**
 * The platform's own window to ask it to step in, counted from the seller's refusal: JD's 15 natural days (for goods
 * that came, and for order disputes) and WeChat Store's 7, the only two whose rules we have read. One place, read by
 * the dates list and by the message sent today (which asks for an answer before the window closes).
 */
import { plusDays, type IsoDate } from '../tree/dates';
import { afterSales, orderDispute, type Reading } from './facts';

export type PlatformWindowId = 'jd-intervention' | 'wechat-intervention';

export function platformWindowOf(r: Reading): { id: PlatformWindowId; date: IsoDate } | undefined {
  const { facts } = r;
  // Both platforms count their days from a refusal: a seller that went silent has refused nothing, so no day is dated
  // from its silence (audit 15, M2). Nor, once the goods are back, from a refusal made before the return: what the
  // seller says now is about the refund, and the check does not ask its day.
  const refusedOn = facts.stage !== 'seller-silent' && facts.stage !== 'sent-back' ? facts.refusedOn : undefined;
  if (!refusedOn) return undefined;
  // JD's rule gives windows for after-sales and for order disputes; for anything else we know of none to count.
  if (facts.platform === 'jd' && (afterSales(r) || orderDispute(r)))
    return { id: 'jd-intervention', date: plusDays(refusedOn, 15) };
  if (facts.platform === 'wechat-store') return { id: 'wechat-intervention', date: plusDays(refusedOn, 7) };
  return undefined;
}
