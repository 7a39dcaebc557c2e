/** The plan screen's own punctuation comes from the page's dictionary: "。" and "：" in Chinese, ". " and ": " in English. */
import { cleanup, render, screen } from '@solidjs/testing-library';
import { afterEach, beforeEach, expect, it } from 'vitest';
import CheckEn from '../../src/components/check/CheckEn';
import CheckZhCn from '../../src/components/check/CheckZhCn';
import { questions as zhQuestions } from '../../src/lib/check/texts/zh-cn/questions';
import { checkStrings } from '../../src/lib/i18n/check-strings';
import { checkProps } from './helpers';

beforeEach(() => localStorage.clear());
afterEach(cleanup);

/**
 * Trainers worn outside, refused as "used", and the user says they were used beyond checking: the seller is right, and
 * "what is still possible" is both the next action and the caveat's second half.
 */
const trainers =
  '#v=2&purpose=personal&problem=changed-my-mind&platform=douyin&live-stream=no&received-on=2026-11-24&item-kind=other&tried=seller-refused&seller-said=tags-off-or-used&used-beyond-checking=yes&amount=599&evidence=chat';
const lazyScreen = { timeout: 10_000 };

it('ends the next action’s title and "what is still possible" with Chinese punctuation on the Chinese page', async () => {
  history.replaceState(null, '', `/zh-cn/check/${trainers}`);
  const props = checkProps({ locale: 'zh-cn', strings: checkStrings('zh-cn'), questionTexts: zhQuestions });
  render(() => <CheckZhCn {...props} />);
  const panel = await screen.findByRole('region', { name: '今天先做这件事' }, lazyScreen);
  const action = panel.querySelector('p strong')!.textContent;
  expect(action).toMatch(/。$/);
  const still = document.querySelector('.check-may-be-right p strong')!;
  expect(still.textContent).toBe('还可以做什么：');
  expect(still.parentElement!.textContent).toMatch(/^还可以做什么：\S/);
});

it('and with English punctuation, a space after it, on the English page', async () => {
  history.replaceState(null, '', `/check/${trainers}`);
  render(() => <CheckEn {...checkProps()} />);
  const panel = await screen.findByRole('region', { name: 'Do this today' }, lazyScreen);
  expect(panel.querySelector('p strong')!.parentElement!.textContent).toMatch(/\w\. \w/);
  const still = document.querySelector('.check-may-be-right p strong')!;
  expect(still.parentElement!.textContent).toMatch(/^What is still possible: \w/);
});
