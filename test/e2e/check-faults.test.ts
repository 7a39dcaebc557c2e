/**
 * The check never goes blank and never shows the wrong answers after a reload: a link is applied once, someone's
 * link never silently replaces the check this browser keeps, a screen whose code fails to load says so and comes
 * back on reload with the answers kept (storage blocked included), and Forget reaches the other open tabs.
 */
import { describe, inject, it } from 'vitest';
import { fillCheck, heading } from '../support/check-flow';
import { usePagePool } from '../support/page-pool';
import { planLink } from '../support/pages';
import { zhCn } from '../../src/lib/i18n/zh-cn';
import { useBrowser } from '../support/use-browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const withPage = usePagePool(browser, baseUrl, { viewport: { width: 390, height: 844 }, locale: 'en-US' });
const planHeading = /^Your plan in \d+ steps?$/;
const firstQuestion = 'Who was it for?';

describe.concurrent('links and presets are applied once', () => {
  it('a share link leaves the address plain, so Start over then a reload does not bring the link back', async ({
    expect,
  }) => {
    await withPage(async ({ page }) => {
      await page.goto(`${baseUrl}/check/${planLink}`);
      await expect.poll(() => heading(page)).toMatch(planHeading);
      expect(page.url()).toBe(`${baseUrl}/check/`);
      await page.getByRole('button', { name: 'Start over' }).click();
      await expect.poll(() => heading(page)).toBe(firstQuestion);
      await page.reload();
      await expect.poll(() => heading(page)).toBe(firstQuestion);
    });
  });

  it('a guide’s preset leaves the address plain too', async ({ expect }) => {
    await withPage(async ({ page }) => {
      await page.goto(`${baseUrl}/check/?case=not-as-described`);
      await expect.poll(() => heading(page)).toBe(firstQuestion);
      expect(page.url()).toBe(`${baseUrl}/check/`);
    });
  });

  it('asks before a link replaces the check this browser keeps, and does what the user chooses', async ({ expect }) => {
    await withPage(async ({ page }) => {
      await page.goto(`${baseUrl}/check/`);
      await page.getByLabel('Me, my family or a friend').check();
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await expect.poll(() => heading(page)).toBe('What went wrong?');

      await page.goto('about:blank');
      await page.goto(`${baseUrl}/check/${planLink}`);
      await expect.poll(() => heading(page)).toBe('This link holds a different check');
      await page.getByRole('button', { name: 'Keep my own check' }).click();
      await expect.poll(() => heading(page)).toBe('What went wrong?');

      await page.goto('about:blank');
      await page.goto(`${baseUrl}/check/${planLink}`);
      await expect.poll(() => heading(page)).toBe('This link holds a different check');
      await page.getByRole('button', { name: 'Open the plan in the link' }).click();
      await expect.poll(() => heading(page)).toMatch(planHeading);
      // What the user chose is now the check this browser keeps.
      await page.reload();
      await expect.poll(() => heading(page)).toMatch(planHeading);
    });
  });
});

describe.concurrent('a link put into the address of an open check', () => {
  it('asks before it replaces answers of the user’s own (another window may have put it there)', async ({ expect }) => {
    await withPage(async ({ page }) => {
      await page.goto(`${baseUrl}/check/`);
      await page.getByLabel('Me, my family or a friend').check();
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await expect.poll(() => heading(page)).toBe('What went wrong?');
      await page.evaluate((hash) => (location.hash = hash), planLink);
      await expect.poll(() => heading(page)).toBe('This link holds a different check');
      expect(page.url()).toBe(`${baseUrl}/check/`);
      await page.getByRole('button', { name: 'Keep my own check' }).click();
      await expect.poll(() => heading(page)).toBe('What went wrong?');
    });
  });
});

describe.concurrent('a screen whose code does not load', () => {
  it('says so in place of an empty box, and a reload brings the plan back', async ({ expect }) => {
    await withPage(async ({ page }) => {
      await page.route('**/_astro/PlanScreen.*.js', (route) => route.abort('internetdisconnected'));
      await page.goto(`${baseUrl}/check/${planLink}`);
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent()).toMatch(/Something didn’t load/);
      await page.unroute('**/_astro/PlanScreen.*.js');
      await page.getByRole('button', { name: 'Reload the page' }).click();
      await expect.poll(() => heading(page)).toMatch(planHeading);
    });
  });

  it('keeps the answers across the reload even where the browser blocks storage', async ({ expect }) => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      // Site data blocked: reading localStorage throws, as Chromium does when cookies and site data are off.
      await page.addInitScript(() =>
        Object.defineProperty(window, 'localStorage', {
          get: () => {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        }),
      );
      await page.route('**/_astro/PlanScreen.*.js', (route) => route.abort('internetdisconnected'));
      await page.goto(`${baseUrl}/check/${planLink}`);
      await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/Something didn’t load/);
      await page.unroute('**/_astro/PlanScreen.*.js');
      await page.getByRole('button', { name: 'Reload the page' }).click();
      await expect.poll(() => heading(page)).toMatch(planHeading);
      // The answers came back through this tab's own address, and were cleared from it once applied.
      expect(page.url()).toBe(`${baseUrl}/check/`);
    } finally {
      await context.close();
    }
  });
});

describe('two tabs', () => {
  it('Forget in one tab clears the other; answers given in one show in the other, with a notice', async ({
    expect,
  }) => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
    try {
      const first = await context.newPage();
      const second = await context.newPage();
      await first.goto(`${baseUrl}/check/${planLink}`);
      await expect.poll(() => heading(first)).toMatch(planHeading);
      await second.goto(`${baseUrl}/check/`);
      await expect.poll(() => heading(second)).toMatch(planHeading);

      await first.getByRole('button', { name: 'Forget my answers' }).click();
      await first.getByRole('button', { name: 'Delete them' }).click();
      await expect.poll(() => heading(second)).toBe(firstQuestion);
      // Cleared there, not here: any Undo is the other tab's, so this one does not say the answers are gone for good.
      expect(await second.locator('.check-notice').textContent()).toMatch(
        /cleared in another tab or window\. If that was Start over, you can undo it in that tab/,
      );
      // The cleared tab did not write its old answers back.
      expect(await first.evaluate(() => localStorage.getItem('refundpath.check'))).toBeNull();

      await first.getByLabel('Me, my family or a friend').check();
      await first.getByRole('button', { name: 'Continue', exact: true }).click();
      await expect.poll(() => heading(second)).toBe('What went wrong?');
      expect(await second.locator('.check-notice').textContent()).toMatch(/changed in another tab/);
    } finally {
      await context.close();
    }
  });
});

describe.concurrent('Back and Forward', () => {
  it('move between the questions, the review and the plan, without leaving the check', async ({ expect }) => {
    await withPage(async ({ page }) => {
      await page.goto(`${baseUrl}/check/`);
      await page.getByLabel('Me, my family or a friend').check();
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await expect.poll(() => heading(page)).toBe('What went wrong?');
      await page.getByLabel('It is very late, or was never shipped').check();
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await expect.poll(() => heading(page)).not.toBe('What went wrong?');
      const third = await heading(page);

      await page.goBack();
      await expect.poll(() => heading(page)).toBe('What went wrong?');
      expect(await page.getByLabel('It is very late, or was never shipped').isChecked()).toBe(true);
      await page.goBack();
      await expect.poll(() => heading(page)).toBe(firstQuestion);
      await page.goForward();
      await expect.poll(() => heading(page)).toBe('What went wrong?');
      await page.goForward();
      await expect.poll(() => heading(page)).toBe(third);
      expect(page.url()).toBe(`${baseUrl}/check/`);
    });
  });

  it('Back from the plan shows the review; Forward shows the plan again', async ({ expect }) => {
    await withPage(async ({ page }) => {
      await page.goto(`${baseUrl}/check/`);
      await fillCheck(page, {
        purpose: 'personal',
        problem: 'late-delivery',
        platform: 'jd',
        'ordered-on': '2026-11-01',
        tried: 'nothing',
        amount: '88',
        evidence: ['chat'],
      });
      await expect.poll(() => heading(page)).toBe('Check your answers');
      await page.getByRole('button', { name: 'See my plan' }).click();
      await expect.poll(() => heading(page)).toMatch(planHeading);
      await page.goBack();
      await expect.poll(() => heading(page)).toBe('Check your answers');
      await page.goForward();
      await expect.poll(() => heading(page)).toMatch(planHeading);
    });
  });
});

describe.concurrent('a long list of answers', () => {
  it('opens "More answers" and picks one of them by keyboard alone', async ({ expect }) => {
    await withPage(async ({ page }) => {
      const today = new Date().toISOString().slice(0, 10);
      await page.goto(
        `${baseUrl}/check/#v=2&purpose=personal&problem=defective-or-damaged&platform=taobao&live-stream=no&received-on=${today}&item-kind=other&tried=seller-refused`,
      );
      await expect.poll(() => heading(page)).toBe('What did the seller say?');
      const asked = await fillCheck(page, { 'seller-said': 'store-credit-only' }, { keyboard: true, until: 'amount' });
      expect(asked).toEqual(['seller-said']);
      await page.getByRole('button', { name: 'Back' }).click();
      await expect.poll(() => heading(page)).toBe('What did the seller say?');
      expect(await page.getByRole('radio', { name: '“Only store credit or coupons”' }).isChecked()).toBe(true);
    });
  });
});

/**
 * WeChat opens shared links in its own browser (XWEB, built on Chromium, on Android). Its user agent on a narrow
 * phone is a proxy only: it cannot show WeChat's own JS bridge, its clipboard and download limits, or how it treats
 * storage between sessions (see the README's notes on WeChat).
 */
const wechatAndroid =
  'Mozilla/5.0 (Linux; Android 14; V2309A Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) ' +
  'Version/4.0 Chrome/130.0.6723.103 Mobile Safari/537.36 XWEB/1300289 MMWEBSDK/20241103 MMWEBID/6100 ' +
  'MicroMessenger/8.0.55.2780(0x28003737) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';

describe('in WeChat’s own browser (its user agent on a 360 px phone)', () => {
  it('opens a shared plan in Chinese that fits the screen, and starts the reader’s own check from it', async ({
    expect,
  }) => {
    const context = await browser().newContext({
      userAgent: wechatAndroid,
      viewport: { width: 360, height: 640 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${baseUrl}/zh-cn/check/${planLink}`);
      await expect.poll(() => heading(page)).toMatch(/^你的计划共\d+步$/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      // The next action comes first, on the first screen.
      const today = page.locator('.check-today');
      expect(await today.isVisible()).toBe(true);
      expect((await today.boundingBox())!.y).toBeLessThan(640);
      await page.getByRole('button', { name: zhCn['checkui.link.startOwn'] }).tap();
      await expect.poll(() => heading(page)).toBe('这是买给谁用的？');
      await page.getByRole('radio', { name: '自己、家人或朋友' }).tap();
      await page.getByRole('button', { name: zhCn['checkui.continue'] }).tap();
      await expect.poll(() => heading(page)).not.toBe('这是买给谁用的？');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
