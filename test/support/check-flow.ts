/**
 * Driving the check in a real browser. `fillCheck` answers whatever the check asks, by question id, so a test states
 * the story once (the answers) and the same helper serves both languages; with `keyboard: true` it uses only Tab,
 * arrow keys, Space and Enter, as a keyboard user would.
 */
import type { Page } from 'playwright-core';
import type { Locale } from '../../src/lib/i18n/locales';
import { dictionaries } from '../../src/lib/i18n/ui';
import { waitUntil } from './wait';

/** An answer as a test gives it: an option id ("taobao", "yes"), several option ids, or what to type. */
export type StoryAnswer = string | readonly string[];
export type Story = Readonly<Record<string, StoryAnswer>>;

/**
 * The current screen's heading, or '' while a screen is still loading (callers poll). The plan draws in turns and
 * says aria-busy until its last part is out: until then it counts as loading too.
 */
export async function heading(page: Page): Promise<string> {
  const h2 = page.locator('.check-app h2').first();
  if (!(await h2.count())) return '';
  const [text, busy] = await h2.evaluate((el) => [el.textContent, el.closest('[aria-busy="true"]') !== null] as const);
  return busy ? '' : (text?.trim() ?? '');
}

/**
 * The id of the question on screen (its heading is `q-<id>-title`), or undefined on any other screen. It reads the
 * heading that is there now, never waiting a fixed time for one to appear: a slow machine must not make a question
 * look like the end of the check.
 */
async function questionId(page: Page): Promise<string | undefined> {
  const h2 = page.locator('.check-app h2').first();
  if (!(await h2.count())) return undefined;
  const id = await h2.getAttribute('id');
  return id?.startsWith('q-') ? id.replace(/^q-/, '').replace(/-title$/, '') : undefined;
}

/** A screen is on show: a question, the review, the plan or an exit (not the loading placeholder). */
async function settled(page: Page): Promise<string> {
  await waitUntil(async () => (await heading(page)) !== '', 'a screen of the check to appear');
  return heading(page);
}

/** What to Tab to: the question's own input (name="answer"), a button with exactly this text, or "More answers". */
type Target = { input: true } | { button: string } | { more: true };

/** Presses Tab until the target has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Target, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const reached = await page.evaluate((t) => {
      const el = document.activeElement;
      if ('input' in t) return el instanceof HTMLInputElement && el.name === 'answer';
      if ('more' in t) return el instanceof HTMLElement && el.matches('.check-more > summary');
      return el instanceof HTMLButtonElement && el.textContent?.trim() === t.button;
    }, target);
    if (reached) return;
  }
  throw new Error(`could not reach ${JSON.stringify(target)} with Tab`);
}

const focusedValue = (page: Page) =>
  page.evaluate(() => (document.activeElement instanceof HTMLInputElement ? document.activeElement.value : ''));

/** Whether an answer sits under "More answers", still folded. */
const folded = async (page: Page, value: string) =>
  !(await page.locator(`.check-app input[name="answer"][value="${value}"]`).isVisible());

async function answerByKeyboard(page: Page, kind: string, value: StoryAnswer) {
  if (kind === 'radio' && (await folded(page, String(value)))) {
    await tabTo(page, { more: true });
    await page.keyboard.press('Enter');
  }
  await tabTo(page, { input: true });
  if (kind === 'radio') {
    // Arrow keys move through a radio group and select as they go.
    for (let i = 0; i < 30 && (await focusedValue(page)) !== value; i++) await page.keyboard.press('ArrowDown');
    const focused = await focusedValue(page);
    if (focused !== value) throw new Error(`the arrow keys never reached "${String(value)}" (stopped on "${focused}")`);
    await page.keyboard.press('Space');
  } else if (kind === 'checkbox') {
    const wanted = new Set(typeof value === 'string' ? [value] : value);
    // Tab through every box once, ticking the wanted ones; a box already ticked as wanted stays ticked.
    for (let i = 0; i < 30; i++) {
      const state = await page.evaluate(() => {
        const el = document.activeElement;
        return el instanceof HTMLInputElement && el.type === 'checkbox'
          ? { value: el.value, checked: el.checked }
          : null;
      });
      if (!state) break;
      if (wanted.has(state.value) !== state.checked) await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Shift+Tab'); // back onto a box, so Enter submits the form
  } else if (kind === 'date') {
    const [y, m, d] = String(value).split('-');
    // Chromium's date field takes the digits in the browser locale's order (en-US: month, day, year).
    await page.keyboard.type(`${m}${d}${y}`);
  } else {
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(String(value));
  }
  await page.keyboard.press('Enter');
}

async function answerByPointer(page: Page, kind: string, value: StoryAnswer, continueLabel: string) {
  const form = page.locator('.check-app form.check-question');
  if (kind === 'radio') {
    if (await folded(page, String(value))) await form.locator('.check-more > summary').click();
    await form.locator(`input[name="answer"][value="${String(value)}"]`).check();
  } else if (kind === 'checkbox') {
    const wanted = new Set(typeof value === 'string' ? [value] : value);
    for (const box of await form.locator('input[name="answer"]').all()) {
      await box.setChecked(wanted.has((await box.getAttribute('value')) ?? ''));
    }
  } else await form.locator('input[name="answer"]').fill(String(value));
  await form.getByRole('button', { name: continueLabel, exact: true }).click();
}

async function skipQuestion(page: Page, keyboard: boolean, label: string) {
  if (keyboard) {
    await tabTo(page, { button: label });
    await page.keyboard.press('Enter');
  } else await page.getByRole('button', { name: label, exact: true }).click();
}

export interface FillOptions {
  /** Tab, arrows, Space and Enter only. */
  keyboard?: boolean;
  /** The page's language, for the labels of its buttons. */
  locale?: Locale;
  /** Stop (without answering) when this question is on screen. */
  until?: string;
}

/**
 * Answers every question the check asks from `story`, skipping optional questions the story leaves out, until a
 * screen without a question (review, plan or exit) appears, or `until`'s question does. Returns the ids of the questions asked, in order. A
 * required question the story does not answer fails the test, naming it.
 */
export async function fillCheck(page: Page, story: Story, options: FillOptions = {}): Promise<string[]> {
  const { keyboard = false, locale = 'en', until } = options;
  const skipLabel = dictionaries[locale]['checkui.skip'];
  const continueLabel = dictionaries[locale]['checkui.continue'];
  const asked: string[] = [];
  for (let guard = 0; guard < 40; guard++) {
    await settled(page);
    const id = await questionId(page);
    if (!id || id === until) return asked;
    asked.push(id);
    const value = story[id];
    const input = page.locator('.check-app input[name="answer"]').first();
    const kind = (await input.getAttribute('type')) ?? 'text';
    if (value === undefined) {
      if (!(await page.getByRole('button', { name: skipLabel, exact: true }).count()))
        throw new Error(`the check asked "${id}", which the story does not answer`);
      await skipQuestion(page, keyboard, skipLabel);
    } else if (keyboard) await answerByKeyboard(page, kind, value);
    else await answerByPointer(page, kind, value, continueLabel);
    // The next screen has replaced this question (or an error message says why not, which fails below).
    await waitUntil(
      async () => (await questionId(page)) !== id || (await page.getByRole('alert').count()) > 0,
      `the check to move on from "${id}"`,
    );
    const alert = page.getByRole('alert');
    if ((await alert.count()) && (await questionId(page)) === id)
      throw new Error(`"${id}" = ${JSON.stringify(value)} was refused: ${await alert.first().textContent()}`);
  }
  throw new Error(`the check kept asking after 40 questions: ${asked.join(', ')}`);
}

/** Presses Tab until the button with this text has focus, then Enter. */
export async function press(page: Page, buttonText: string): Promise<void> {
  await tabTo(page, { button: buttonText });
  await page.keyboard.press('Enter');
}
