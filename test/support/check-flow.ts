/** Driving the check in a real browser, by keyboard alone: Tab to a control, Space to choose, Enter to go on. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

interface Target {
  /** The question's own input (name="answer"). */
  input?: boolean;
  /** A button with exactly this text. */
  button?: string;
}

/** Presses Tab until the target has focus, as a keyboard user would. */
async function focusByTab(page: Page, target: Target, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const reached = await page.evaluate(({ input, button }) => {
      const el = document.activeElement;
      if (input) return el instanceof HTMLInputElement && el.name === 'answer';
      return el instanceof HTMLButtonElement && el.textContent?.trim() === button;
    }, target);
    if (reached) return;
  }
  throw new Error(`could not reach ${JSON.stringify(target)} with Tab`);
}

/** The current screen's heading, or '' while a screen is still loading (callers poll). */
export async function heading(page: Page): Promise<string> {
  const h2 = page.locator('.check-app h2').first();
  return (await h2.count()) ? ((await h2.textContent())?.trim() ?? '') : '';
}

/** Chooses an option by its visible label: Tab into the group, arrow keys for radios, Space for checkboxes. */
export async function choose(page: Page, label: string): Promise<void> {
  const target = page.locator('.check-option', { hasText: label }).locator('input').first();
  const type = await target.getAttribute('type');
  const name = (await target.evaluate((el) => (el.closest('.check-option') as HTMLElement).innerText.trim())) ?? '';
  await focusByTab(page, { input: true });
  if (type === 'radio') {
    // Arrow keys move through a radio group and select as they go.
    for (let i = 0; i < 30; i++) {
      const current = await page.evaluate(() =>
        (document.activeElement?.closest('.check-option') as HTMLElement | null)?.innerText.trim(),
      );
      if (current === name) break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Space');
  } else {
    for (let i = 0; i < 30; i++) {
      const current = await page.evaluate(() =>
        (document.activeElement?.closest('.check-option') as HTMLElement | null)?.innerText.trim(),
      );
      if (current === name) break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Space');
  }
}

export async function answer(page: Page, question: string, choice: string): Promise<void> {
  expect(await heading(page)).toBe(question);
  await choose(page, choice);
  await page.keyboard.press('Enter');
  await expect.poll(() => heading(page)).not.toBe(question);
}

export async function type(page: Page, question: string, text: string): Promise<void> {
  expect(await heading(page)).toBe(question);
  await focusByTab(page, { input: true });
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await expect.poll(() => heading(page)).not.toBe(question);
}

export async function typeDate(page: Page, question: string, iso: string): Promise<void> {
  expect(await heading(page)).toBe(question);
  await focusByTab(page, { input: true });
  const [y, m, d] = iso.split('-');
  // Chromium's date field takes the digits in the locale's order (en-US: month, day, year).
  await page.keyboard.type(`${m}${d}${y}`);
  await page.keyboard.press('Enter');
  await expect.poll(() => heading(page)).not.toBe(question);
}

export async function skip(page: Page): Promise<void> {
  const before = await heading(page);
  await focusByTab(page, { button: 'Skip this question' });
  await page.keyboard.press('Enter');
  await expect.poll(() => heading(page)).not.toBe(before);
}

export async function press(page: Page, buttonText: string): Promise<void> {
  await focusByTab(page, { button: buttonText });
  await page.keyboard.press('Enter');
}
