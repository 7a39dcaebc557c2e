/**
 * Guides' ready replies are the plan's own messages (src/lib/check/plan/ready-replies.ts): each story is a complete
 * walk to the plan, its message is the one the plan writes for that story, and in fill-in words every date, sum and
 * missing detail is a visible mark, never a raw placeholder or a made-up value.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/lib/check/plan/build';
import { readyReplies, readyReply, storyDay, type ReadyReplyId } from '../../src/lib/check/plan/ready-replies';
import { planWordsIn } from '../../src/lib/check/texts/all';
import { answersOnPath, skipUnansweredOptional } from '../../src/lib/check/tree/evaluate';
import { tree } from '../../src/lib/check/tree/tree';
import { readGuides } from '../support/guides';

const ids = Object.keys(readyReplies) as ReadyReplyId[];
const fillIn = { en: planWordsIn('en', { fillIn: true }), 'zh-cn': planWordsIn('zh-cn', { fillIn: true }) };
const guides = [...readGuides('en'), ...readGuides('zh-cn')];

describe.each(ids)('%s', (id) => {
  const en = readyReply(id, fillIn.en);
  const zh = readyReply(id, fillIn['zh-cn']);

  it('is the message the plan writes for its story, with only dates and sums turned into marks', () => {
    const { answers, message } = readyReplies[id];
    const plan = buildPlan({
      answers: answersOnPath(tree, skipUnansweredOptional(tree, answers)),
      today: storyDay,
      words: planWordsIn('en'),
    });
    const written = plan.steps.map((s) => s.message).find((m) => m?.id === message)!;
    // The same sentences: only the written-out dates and sums differ from the fill-in marks.
    const shape = (text: string) =>
      text
        .replace(/【(?:日期|下单日期|收货日期|退货签收日期|答复期限)】|\d{4}年\d{1,2}月\d{1,2}日/g, 'D')
        .replace(/【金额】元|[\d,.]+元/g, 'Y');
    expect(shape(en.zh)).toBe(shape(written.zh));
  });

  it('writes every sum as 【金额】元, as the site\'s other messages do, so filling in a number never gives "80元元"', () => {
    expect(en.zh).not.toMatch(/【[^】]*金额】(?!元)/);
  });

  it('is the same Chinese on both editions, and has its English meaning on the English one only', () => {
    expect(zh.zh).toBe(en.zh);
    expect(en.en).toBeTruthy();
    expect(zh.en).toBeUndefined();
  });

  it('shows every unknown as a mark, never a raw placeholder or a written-out date or sum', () => {
    for (const text of [en.zh, en.en!]) {
      expect(text).not.toMatch(/[{}]/);
      expect(text).not.toMatch(/\d{4}年|\d{4}-\d{2}-\d{2}|¥|\d+元/);
    }
    expect(en.zh).toContain('【订单号】');
    expect(en.en).toContain('[order number]');
    expect(en.blanks).toEqual(expect.arrayContaining(['订单号']));
    // Each date says which it is: the order or delivery date is never the reply-by date's mark (audit W, L4).
    expect(en.blanks.some((b) => /日期|期限/.test(b))).toBe(true);
    const dates = [...en.zh.matchAll(/【([^】]*(?:日期|期限))】/g)].map((m) => m[1]!);
    expect(new Set(dates).size, dates.join(' ')).toBe(dates.length);
  });

  it('claims no evidence, item or name the reader did not give', () => {
    expect(en.zh).not.toMatch(/我已保存|附件|视频/);
    // The item in general words: "the item", or for a takeaway "the takeaway meal", for a trip or ticket "this order"
    // (a tour the reader says was cancelled: "the tour"), for a course, membership or service "the course or service"
    // (one that renewed itself: "the subscription").
    const general: Record<string, string> = { 'food-delivery': '外卖餐品', 'tickets-and-travel': '该订单' };
    const told = readyReplies[id].answers as Record<string, unknown>;
    const service = told.problem === 'digital-goods-and-courses' && told['item-kind'] === 'service';
    const tour = ['tour-too-few', 'tour-i-cancelled'].includes(told['trip-problem'] as string);
    const renewal = told['service-problem'] === 'auto-renewed';
    expect(en.zh).toContain(
      service
        ? renewal
          ? '该订阅服务'
          : '该课程或服务'
        : tour
          ? '该旅游产品'
          : (general[told.problem as string] ?? '该商品'),
    );
  });
});

it('names the day the seller received the return in the reply that says so (audit X, L4)', () => {
  expect(readyReply('refund-after-inspection', fillIn['zh-cn']).zh).toContain('【退货签收日期】');
  expect(readyReply('refund-after-inspection', fillIn.en).en).toContain('[date the return arrived]');
});

it('uses 【金额】 twice only for the same sum: what was paid, then all of it back (audit V, L2)', () => {
  let twice = 0;
  for (const id of ids) {
    // The first mark is the price paid; the text before each later mark must ask for that whole price again.
    const beforeLater = readyReply(id, fillIn['zh-cn']).zh.split('【金额】').slice(1, -1);
    if (beforeLater.length) twice++;
    for (const text of beforeLater) expect(text, id).toMatch(/(全额退款|全部款项|退货并退款|预付的本金)$/);
  }
  expect(twice).toBeGreaterThan(5);
});

it('never gives a part as the example of what is wrong beside a whole refund (audit U, M2)', () => {
  const whole = ids.filter((id) => readyReply(id, fillIn['zh-cn']).zh.includes('全额退款'));
  expect(whole.length).toBeGreaterThan(0);
  for (const id of whole) expect(readyReply(id, fillIn['zh-cn']).zh, id).not.toContain('例如：部分');
});

describe('the guides that show them', () => {
  const used = new Map<string, string[]>();
  for (const guide of guides)
    for (const m of guide.body.matchAll(/<ReadyReply id="([^"]+)"/g))
      used.set(m[1]!, [...(used.get(m[1]!) ?? []), guide.file]);

  it('name only replies that exist', () => {
    expect([...used.keys()].filter((id) => !(ids as string[]).includes(id))).toEqual([]);
  });

  it('show every reply somewhere, in English and in Chinese', () => {
    for (const id of ids) {
      const files = used.get(id) ?? [];
      expect(
        files.some((f) => f.includes('/en/')),
        `${id} in an English guide`,
      ).toBe(true);
      expect(
        files.some((f) => f.includes('/zh-cn/')),
        `${id} in a Chinese guide`,
      ).toBe(true);
    }
  });

  it('keep no hand-written {placeholder} of their own', () => {
    for (const guide of guides) expect(guide.body, guide.file).not.toMatch(/`\{[a-z_]+\}`/);
  });

  it('tell the reader to fill in only a mark the reply beside it has (audit U, L1)', () => {
    // "【具体问题，例如：……】那一处，整个换成…" / "the part marked 【…】 (…)": the next reply must hold that mark.
    let named = 0;
    for (const guide of guides) {
      const paragraphs = guide.body.split(/\n\n/);
      paragraphs.forEach((paragraph, at) => {
        // The whole mark, up to 】: "……" stands for the example the reply gives (audit AA, L2: 【具体问题】 named a
        // mark the reply writes as 【具体问题，例如：破损、开线、开裂】).
        const marks = [...paragraph.matchAll(/【[^】]+】(?=那一处| \()/g)].map((m) => m[0]);
        if (!marks.length) return;
        const next = /<ReadyReply id="([^"]+)"/.exec(paragraphs.slice(at).join('\n\n'))?.[1] as ReadyReplyId;
        expect(next, guide.file).toBeDefined();
        for (const mark of marks) {
          named++;
          const pattern = new RegExp(
            mark
              .split('……')
              .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
              .join('[^】]+'),
          );
          expect(readyReply(next, fillIn['zh-cn']).zh, `${guide.file}: ${mark}`).toMatch(pattern);
        }
      });
    }
    expect(named).toBeGreaterThan(20);
  });
});
