/**
 * Printing with the full steps: every step opens for paper, but a Chinese reader's 显示英文 stays as they left it, so a
 * Chinese printout does not carry every message's English (audit AB, L7).
 */
import { cleanup, render, screen } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it } from 'vitest';
import CheckZhCn from '../../src/components/check/CheckZhCn';
import { questions as zhQuestions } from '../../src/lib/check/texts/zh-cn/questions';
import { checkStrings } from '../../src/lib/i18n/check-strings';
import { checkProps, findDrawnPlan } from './helpers';

beforeEach(() => localStorage.clear());
afterEach(cleanup);

const kettle =
  '#v=2&purpose=personal&problem=defective-or-damaged&platform=taobao&live-stream=no&received-on=2026-11-21&item-kind=other&tried=seller-refused&seller-said=signed-for-no-refund&amount=299&evidence=chat';

it('opens every step for paper, and no 显示英文 the reader did not open', async () => {
  history.replaceState(null, '', `/zh-cn/check/${kettle}`);
  const props = checkProps({
    locale: 'zh-cn',
    strings: checkStrings('zh-cn'),
    questionTexts: zhQuestions,
    today: '2026-11-26',
  });
  render(() => <CheckZhCn {...props} />);
  await findDrawnPlan(/^你的计划共\d+步$/);
  await userEvent.setup().click(screen.getByRole('checkbox', { name: '同时打印完整步骤和消息' }));
  window.dispatchEvent(new Event('beforeprint'));
  const steps = [...document.querySelectorAll<HTMLDetailsElement>('.check-steps details.check-step')];
  expect(steps.length).toBeGreaterThan(2);
  expect(steps.every((d) => d.open)).toBe(true);
  const meanings = [...document.querySelectorAll<HTMLDetailsElement>('.check-steps details.template__meaning')];
  expect(meanings.length).toBeGreaterThan(0);
  expect(meanings.some((d) => d.open)).toBe(false);
}, 20_000);
