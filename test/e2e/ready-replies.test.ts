import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/use-browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('ready replies on guides', () => {
  it('copies the Chinese message with one keyboard press and says so', async () => {
    const context = await browser().newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl}/steps/negotiate-with-seller/`);
      const section = page.locator('.ready-reply').first();
      const button = section.getByRole('button', { name: 'Copy the Chinese text' });
      await button.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => section.getByRole('status').textContent()).toMatch(/^Copied/);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toMatch(/^您好/);
      // The marks travel with the text, so whatever the reader has not replaced stays plain to see.
      expect(copied).toContain('【订单号】');
      expect(copied).not.toMatch(/[{}]/);
    } finally {
      await context.close();
    }
  });

  it('without JavaScript, shows the text and no dead button', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl}/steps/negotiate-with-seller/`);
      expect(await page.locator('.ready-reply [lang="zh-CN"]').first().isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Copy the Chinese text' }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
