import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/use-browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const guide = '/excuses/signed-for-no-refund/';

// Every page template's fit on a 360 px phone is checked with its other page checks in pages.test.ts.
describe('reading comfort', () => {
  it('sets body text at 16px or more, in lines of about 70 characters on a wide screen', async () => {
    const context = await browser().newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(baseUrl + guide);
      const { fontSize, charsPerLine, fontFamily } = await page.evaluate(() => {
        const p = document.querySelector('article p:not(.guide-meta)')!;
        const style = getComputedStyle(p);
        const probe = document.createElement('span');
        probe.textContent = 'abcdefghijklmnopqrstuvwxyz'.repeat(4);
        probe.style.whiteSpace = 'nowrap';
        p.append(probe);
        const charWidth = probe.getBoundingClientRect().width / 104;
        probe.remove();
        return {
          fontSize: parseFloat(style.fontSize),
          charsPerLine: p.getBoundingClientRect().width / charWidth,
          fontFamily: style.fontFamily,
        };
      });
      expect(fontSize).toBeGreaterThanOrEqual(16);
      expect(charsPerLine).toBeGreaterThan(55);
      expect(charsPerLine).toBeLessThan(90);
      expect(fontFamily).toMatch(/^system-ui/);
    } finally {
      await context.close();
    }
  });

  it('follows the system dark mode', async () => {
    const colours: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser().newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(baseUrl + guide);
      // The page colour is set on the root element, which paints the whole canvas.
      colours.push(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor));
      await context.close();
    }
    expect(colours[0]).toBe('rgb(255, 255, 255)');
    expect(colours[1]).not.toBe(colours[0]);
  });

  it('prints the guide without header, search, breadcrumbs or footer', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    try {
      await page.goto(baseUrl + guide);
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['header.site-header', 'footer.site-footer', 'form[role="search"]', 'nav.breadcrumbs']) {
        expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
      }
      expect(await page.locator('article h1').isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});
