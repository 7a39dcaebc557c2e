import type { BrowserContext, Page } from 'playwright-core';
import { describe, inject, it } from 'vitest';
import { openWatched } from '../support/browser-page';
import { usePagePool } from '../support/page-pool';
import { fillCheck, heading, press, type Story } from '../support/check-flow';
import { zhCn } from '../../src/lib/i18n/zh-cn';
import { planLink } from '../support/pages';
import { useBrowser } from '../support/use-browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
/** A page borrowed for one test and reset after it (its origin's storage and service worker cleared): as good as a
 * new browser for the check, without starting a renderer each time. Tests that need other browser settings, or two
 * browsers, open their own context with `fresh`. */
const withPage = usePagePool(browser, baseUrl, { viewport: { width: 390, height: 844 }, locale: 'en-US' });

async function fresh(
  options: Parameters<ReturnType<typeof browser>['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser().newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US', ...options });
  const page = await context.newPage();
  return { context, page };
}

const stepTitles = (page: Page) => page.locator('.check-step > summary').allInnerTexts();
const deadlineTexts = (page: Page) => page.locator('.check-deadline > strong').allInnerTexts();

/** The page's layout shifts so far, with what moved: a new observer is handed the ones the browser kept. */
const layoutShifts = (page: Page) =>
  page.evaluate(() => {
    type Shift = PerformanceEntry & { value: number; sources: { node?: Node }[] };
    const observer = new PerformanceObserver(() => undefined);
    observer.observe({ type: 'layout-shift', buffered: true });
    const shifts = observer.takeRecords() as Shift[];
    observer.disconnect();
    return shifts.map((e) => `${e.value.toFixed(4)} ${e.sources.map((s) => s.node?.nodeName).join(',')}`);
  });

const daysAgo = (n: number) => new Date(Date.now() - n * 86400_000).toISOString().slice(0, 10);

/** A faulty kettle from a Taobao shop, signed for two days ago, the seller not yet asked. */
const taobaoKettle: Story = {
  purpose: 'personal',
  problem: 'defective-or-damaged',
  symptoms: ['does-not-work'],
  platform: 'taobao',
  'live-stream': 'no',
  'received-on': daysAgo(2),
  'item-kind': 'other',
  tried: 'nothing',
  amount: '299',
  evidence: ['chat'],
};

// Each test has its own page, so they run side by side (see the e2e project's maxConcurrency), each
// asserting with its own test's `expect` (the test context's), which concurrent tests need.
describe.concurrent('the check, by keyboard alone', () => {
  // One full walk per language by keyboard only; other plans are reached faster below (pointer or share link).
  it('in English: a faulty item from a Taobao shop gets a plan with cited steps, and focus moves to it', async ({
    expect,
  }) => {
    await withPage(async ({ page }) => {
      await page.goto(`${baseUrl}/check/`);
      const asked = await fillCheck(page, taobaoKettle, { keyboard: true });
      expect(asked[0]).toBe('purpose');
      expect(asked.length).toBeLessThanOrEqual(12);
      await expect.poll(() => heading(page)).toBe('Check your answers');
      await press(page, 'See my plan');
      await expect.poll(() => heading(page)).toMatch(/^Your plan in \d+ steps$/);
      // Focus moved to the plan's heading.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('check-plan-heading');
      const steps = await stepTitles(page);
      // A faulty item gets the quality return (the seller pays the postage), never the no-reason return first.
      expect(steps[0]).toMatch(/First, save your evidence/);
      expect(steps[1]).toMatch(/quality return/);
      expect(steps.join('\n')).not.toMatch(/no-reason/);
      expect(steps.join('\n')).toMatch(/Complain to 12315/);
      expect(
        await page.locator('.check-step').nth(1).locator('.template__text[lang="zh-CN"]').first().textContent(),
      ).toContain('第二十四条');
      expect(await page.locator('.check-step').first().locator('.law-cite a').count()).toBeGreaterThan(0);
    });
  });

  it('in Chinese: the same story, asked and planned in Chinese', async ({ expect }) => {
    await withPage(async ({ page }) => {
      await page.goto(`${baseUrl}/zh-cn/check/`);
      await expect.poll(() => heading(page)).toBe('这是买给谁用的？');
      await fillCheck(page, taobaoKettle, { keyboard: true, locale: 'zh-cn' });
      await expect.poll(() => heading(page)).toBe(zhCn['checkui.review.heading']);
      await press(page, zhCn['checkui.review.seePlan']);
      await expect.poll(() => heading(page)).toMatch(/^你的计划共\d+步$/);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('check-plan-heading');
      expect((await stepTitles(page)).join('\n')).toContain('第1步');
      expect(await page.locator('.check-step .law-cite a').first().textContent()).toMatch(/^《.+》/);
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    });
  });
});

describe.concurrent('links from guides preset the check', () => {
  it('a case link skips "what went wrong": a misdescribed phone on JD gets JD’s own dates', async ({ expect }) => {
    await withPage(async ({ page }) => {
      await page.goto(`${baseUrl}/check/?case=not-as-described`);
      const asked = await fillCheck(page, {
        purpose: 'personal',
        symptoms: ['wrong-spec'],
        platform: 'jd',
        'received-on': daysAgo(10),
        'item-kind': 'electronics',
        tried: 'seller-refused',
        'refused-on': daysAgo(5),
        'seller-said': 'opened-so-no-return',
        fraud: 'no',
        amount: '3999',
        evidence: ['chat'],
      });
      expect(asked).not.toContain('problem');
      await page.getByRole('button', { name: 'See my plan' }).click();
      await expect.poll(() => heading(page)).toMatch(/^Your plan in \d+ steps$/);
      const steps = (await stepTitles(page)).join('\n');
      // Past 7 days: an item that matches the description or a lower price (a return if serious), as its message asks,
      // then the answer to the excuse and JD.
      expect(steps).toMatch(/an item that matches the description or a lower price/);
      expect(steps).toMatch(/Answer what the seller said/);
      expect(steps).toMatch(/Ask the platform to step in/);
      expect(await page.locator('.check-deadline', { hasText: 'Last day to ask JD to step in' }).count()).toBe(1);
      expect(await page.locator('.check-deadline', { hasText: 'Platform rule, not law' }).count()).toBeGreaterThan(0);
    });
  });

  it('an excuse link skips "what did the seller say": a lost parcel gets no 7-day return', async ({ expect }) => {
    await withPage(async ({ page }) => {
      await page.goto(`${baseUrl}/check/?excuse=signed-for-no-refund`);
      const asked = await fillCheck(page, {
        purpose: 'personal',
        problem: 'lost-or-not-delivered',
        platform: 'pinduoduo',
        'parcel-status': 'signed-not-received',
        'ordered-on': daysAgo(20),
        tried: 'seller-refused',
        amount: '65',
        evidence: ['tracking'],
      });
      expect(asked).not.toContain('seller-said');
      await page.getByRole('button', { name: 'See my plan' }).click();
      await expect.poll(() => heading(page)).toMatch(/^Your plan in \d+ steps$/);
      const steps = (await stepTitles(page)).join('\n');
      expect(steps).toMatch(/Answer what the seller said/);
      expect(steps).toMatch(/Ask the platform to step in/);
      expect(steps).not.toMatch(/no-reason/);
      // The message says the parcel never came, and never that the buyer signed.
      const messages = (await page.locator('.check-step .template__text[lang="zh-CN"]').allTextContents()).join('\n');
      expect(messages).toContain('本人并未收到');
      expect(messages).not.toMatch(/我已签收|我于[^。]*签收/);
      expect(await page.locator('.check-deadline', { hasText: '3-year time limit' }).count()).toBe(1);
    });
  });

  it('a business purchase ends honestly, with where to get help, and Start over works by keyboard', async ({
    expect,
  }) => {
    await withPage(async ({ page }) => {
      await page.goto(`${baseUrl}/check/`);
      await fillCheck(page, { purpose: 'business' }, { keyboard: true });
      await expect.poll(() => heading(page)).toBe('This check is for personal purchases');
      expect(await page.locator('.check-exit li').count()).toBeGreaterThan(0);
      await press(page, 'Start over');
      await expect.poll(() => heading(page)).toBe('Who was it for?');
    });
  });
});

const jdLink = planLink;

describe.concurrent('sharing and coming back', () => {
  it('a share link opens the same plan in a fresh browser, and the plan’s own link reproduces it', async ({
    expect,
  }) => {
    const first = await fresh();
    const second = await fresh();
    try {
      await first.page.goto(`${baseUrl}/check/${jdLink}`);
      await expect.poll(() => heading(first.page)).toMatch(/^Your plan in/);
      const link = await first.page.locator('#check-share-link').inputValue();
      expect(new URL(link).hash).toMatch(/^#v=3&/);
      await second.page.goto(link);
      await expect.poll(() => heading(second.page)).toMatch(/^Your plan in/);
      // The intro is for someone starting: a page opening on a plan never draws it, so nothing moves when it goes.
      expect(await second.page.locator('[data-check-intro]').isVisible()).toBe(false);
      expect(await layoutShifts(second.page)).toEqual([]);
      expect(await stepTitles(second.page)).toEqual(await stepTitles(first.page));
      expect(await deadlineTexts(second.page)).toEqual(await deadlineTexts(first.page));
    } finally {
      await first.context.close();
      await second.context.close();
    }
  });

  it('keeps personal details out of the link unless asked', async ({ expect }) => {
    await withPage(async ({ page }) => {
      await page.goto(`${baseUrl}/check/${jdLink}&order-no=123456789&your-name=Li`);
      await expect.poll(() => heading(page)).toMatch(/^Your plan in/);
      const link = () => page.locator('#check-share-link').inputValue();
      expect(await link()).not.toContain('123456789');
      await page.getByLabel(/Include my name and order number/).check();
      expect(await link()).toContain('order-no=123456789');
    });
  });

  it('a reload resumes where the user was; "forget my answers" clears them', async ({ expect }) => {
    await withPage(async ({ page }) => {
      await page.goto(`${baseUrl}/check/`);
      await expect.poll(() => heading(page)).toBe('Who was it for?');
      await fillCheck(page, { purpose: 'personal', problem: 'late-delivery' }, { until: 'platform' });
      await page.reload();
      await expect.poll(() => heading(page)).toBe('Where did you buy it?');
      expect(await page.locator('.check-notice').textContent()).toMatch(/kept your answers/);

      // A link over answers of one's own asks first.
      await page.goto(`${baseUrl}/check/${jdLink}`);
      await expect.poll(() => heading(page)).toBe('This link holds a different check');
      await page.getByRole('button', { name: 'Open the plan in the link' }).click();
      await expect.poll(() => heading(page)).toMatch(/^Your plan in/);
      await press(page, 'Forget my answers');
      // It asks first, with focus on keeping them (audit AB, M6): Tab to the other answer.
      await press(page, 'Delete them');
      await expect.poll(() => heading(page)).toBe('Who was it for?');
      expect(await page.evaluate(() => localStorage.getItem('refundpath.check'))).toBeNull();
      await page.reload();
      await expect.poll(() => heading(page)).toBe('Who was it for?');
    });
  });

  it('keeps evidence ticks across a reload', async ({ expect }) => {
    await withPage(async ({ page }) => {
      await page.goto(`${baseUrl}/check/${jdLink}`);
      await expect.poll(() => heading(page)).toMatch(/^Your plan in/);
      const box = page.getByRole('checkbox', { name: 'The payment record' });
      expect(await box.isChecked()).toBe(false);
      await box.check();
      // A plan reopens as the plan.
      await page.goto(`${baseUrl}/check/`);
      await expect.poll(() => heading(page)).toMatch(/^Your plan in/);
      expect(await page.getByRole('checkbox', { name: 'The payment record' }).isChecked()).toBe(true);
    });
  });

  it('goes back, and changes an answer from the review', async ({ expect }) => {
    await withPage(async ({ page }) => {
      await page.goto(`${baseUrl}/check/`);
      await expect.poll(() => heading(page)).toBe('Who was it for?');
      await fillCheck(page, { purpose: 'personal' }, { keyboard: true, until: 'problem' });
      await press(page, 'Back');
      await expect.poll(() => heading(page)).toBe('Who was it for?');
      // The earlier answer is still chosen.
      await expect.poll(() => page.getByLabel('Me, my family or a friend', { exact: true }).isChecked()).toBe(true);

      await page.goto(`${baseUrl}/check/${jdLink}`);
      await expect.poll(() => heading(page)).toBe('This link holds a different check');
      await page.getByRole('button', { name: 'Open the plan in the link' }).click();
      await expect.poll(() => heading(page)).toMatch(/^Your plan in/);
      // As if the user had left on the review screen: saved answers resume where they were.
      await page.evaluate(() => {
        const saved = JSON.parse(localStorage.getItem('refundpath.check')!) as { screen?: string };
        localStorage.setItem('refundpath.check', JSON.stringify({ ...saved, screen: 'review' }));
      });
      await page.goto(`${baseUrl}/check/`);
      await expect.poll(() => heading(page)).toBe('Check your answers');
      await page.getByRole('button', { name: 'Change your answer to: How much did you pay, in yuan?' }).click();
      await expect.poll(() => heading(page)).toBe('How much did you pay, in yuan?');
      await expect.poll(() => page.getByLabel('How much did you pay, in yuan?').inputValue()).toBe('3999');
      await page.getByLabel('How much did you pay, in yuan?').fill('4500');
      await page.keyboard.press('Enter');
      await expect.poll(() => heading(page)).toBe('Check your answers');
      await expect.poll(() => page.locator('.check-answers').textContent()).toContain('¥4,500');
    });
  });
});

describe.concurrent('bad input', () => {
  it('a tampered link shows a clear message and a fresh start, and never renders its markup', async ({ expect }) => {
    await withPage(async ({ page }) => {
      await page.goto(
        `${baseUrl}/check/#v=2&purpose=personal&item=${encodeURIComponent('<img src=x onerror="window.__pwned=1">')}&problem=%3Cscript%3E`,
      );
      await expect.poll(() => page.locator('.check-notice').textContent()).toMatch(/could not be used/);
      expect(await page.locator('.check-app img').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

      // Each opened as a new page (a link is applied once and then cleared from the address, so a reload would
      // show the plain page).
      await page.goto('about:blank');
      await page.goto(`${baseUrl}/check/#v=1&%%%zz`);
      await expect
        .poll(() => page.locator('.check-notice').textContent())
        .toMatch(/could not be opened|could not be used/);
      await page.goto('about:blank');
      await page.goto(`${baseUrl}/check/#v=7`);
      await expect.poll(() => page.locator('.check-notice').textContent()).toMatch(/newer version/);
      await expect.poll(() => heading(page)).toBeTruthy();
      // Pasted into the open check, a broken link says so too.
      await page.evaluate(() => (location.hash = 'v=2&purpose=nonsense&problem=%3Cb%3E'));
      await expect.poll(() => page.locator('.check-notice').textContent()).toMatch(/could not be used/);
      expect(page.url()).toBe(`${baseUrl}/check/`);
    });
  });

  it('says what is wrong with a bad answer, in place, and keeps the user on the question', async ({ expect }) => {
    await withPage(async ({ page }) => {
      await page.goto(`${baseUrl}/check/#v=2&purpose=personal&problem=late-delivery&platform=jd`);
      await expect.poll(() => heading(page)).toBe('On what date did you order and pay?');
      await page.getByLabel('On what date did you order and pay?').fill('2099-01-01');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.getByRole('alert').first().textContent())
        .toBe('This date is in the future. Please check it.');
      expect(await page.getByLabel('On what date did you order and pay?').getAttribute('aria-invalid')).toBe('true');
      await page.getByLabel('On what date did you order and pay?').fill('2026-11-01');
      await page.keyboard.press('Enter');
      await expect.poll(() => heading(page)).toBe('Where is your case now?');
      await fillCheck(page, { tried: 'nothing' }, { until: 'amount' });
      await expect.poll(() => heading(page)).toBe('How much did you pay, in yuan?');
      for (const [value, message] of [
        ['0', 'The amount must be more than ¥0.'],
        ['-5', 'The amount cannot be below zero.'],
        ['99999999999', 'That amount looks too large. Please check it.'],
        ['abc', 'Please enter an amount in yuan, such as 299 or 299.50.'],
      ]) {
        await page.getByLabel('How much did you pay, in yuan?').fill(value!);
        await page.keyboard.press('Enter');
        await expect.poll(() => page.getByRole('alert').first().textContent()).toBe(message);
      }
    });
  });

  it('survives corrupted saved answers', async ({ expect }) => {
    await withPage(async ({ page }) => {
      await page.goto(`${baseUrl}/check/`);
      // Once the check is up (it clears empty storage as it starts), corrupt what it saved.
      await expect.poll(() => heading(page)).toBe('Who was it for?');
      await page.evaluate(() => localStorage.setItem('refundpath.check', '{"v":1,"answers":'));
      await page.reload();
      await expect.poll(() => page.locator('.check-notice').textContent()).toMatch(/could not be read/);
      await expect.poll(() => heading(page)).toBe('Who was it for?');
    });
  });
});

describe.concurrent('plan tools', () => {
  it('downloads the dates as an .ics file, shows a QR code and copies a message', async ({ expect }) => {
    const { context, page } = await fresh({ acceptDownloads: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    try {
      const watched = { errors: [] as string[] };
      page.on('pageerror', (e) => watched.errors.push(e.message));
      const today = new Date().toISOString().slice(0, 10);
      await page.goto(
        `${baseUrl}/check/${jdLink.replace('received-on=2026-11-10', `received-on=${today}`).replace('refused-on=2026-11-16', `refused-on=${today}`)}`,
      );
      await expect.poll(() => heading(page)).toMatch(/^Your plan in/);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: /Add the dates to your calendar/ }).click(),
      ]);
      const stream = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      const ics = Buffer.concat(chunks).toString('utf8');
      expect(ics).toMatch(/^BEGIN:VCALENDAR/);
      expect(ics).toContain('Last day to ask JD to step in');
      // Each date says what to do by then (the step it is about); long lines are folded, so unfold them first.
      expect(ics.replace(/\r\n[ \t]/g, '')).toMatch(/DESCRIPTION:What to do: Ask the platform to step in\. Ask JD/);
      // A download gives no sign of its own on a phone: the page says it happened (audit AB, L8).
      await expect.poll(() => page.getByText(/^Calendar file downloaded/).count()).toBe(1);

      await page.getByRole('button', { name: 'Show a QR code' }).click();
      await expect.poll(() => page.getByRole('img', { name: 'QR code of the link to this plan' }).count()).toBe(1);

      // The step "Do this today" is about opens by itself; any other is opened first.
      const second = page.locator('.check-step').nth(1);
      if (!(await second.evaluate((d) => (d as HTMLDetailsElement).open))) await second.locator('summary').click();
      await second.getByRole('button', { name: 'Copy the Chinese text' }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/订单号|京东|a phone/);
      expect(watched.errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.for([
    ['en', ''],
    ['zh-cn', '/zh-cn'],
  ] as const)(
    'prints a one-page sheet (%s), and the full steps only when asked for',
    async ([, prefix], { expect }) => {
      await withPage(async ({ page }) => {
        await page.goto(`${baseUrl}${prefix}/check/${jdLink}`);
        await expect.poll(() => page.locator('.check-plan[aria-busy="false"]').count()).toBe(1);
        // The sheet is not drawn until the page goes to paper: the plan's first paint does not pay for it.
        expect(await page.locator('.check-print-sheet').count()).toBe(0);
        // A detail typed for the messages stays off paper: the link back leaves personal details out.
        await page.locator('.check-details > summary').click();
        await page.locator('#detail-order-no').fill('E20261110A');
        await page.locator('#detail-order-no').blur();
        await expect
          .poll(() => page.locator('.check-today > .template__text[lang="zh-CN"]').textContent())
          .toContain('E20261110A');
        // No print dialog in a test: the stub fires beforeprint, as the browser does before printing.
        await page.evaluate(() => (window.print = () => void window.dispatchEvent(new Event('beforeprint'))));
        const pdfPages = async () =>
          ((await page.pdf({ format: 'A4' })).toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

        // The browser's own Print command fires beforeprint as well; the sheet, with its QR code, is drawn then.
        await page.evaluate(() => window.print());
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('.check-print-sheet').isVisible()).toBe(true);
        await expect.poll(() => page.locator('.check-print-sheet .check-qr').count()).toBe(1);
        for (const hidden of ['.check-steps', '.check-share', '.check-today', 'header.site-header', '.check-intro'])
          expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
        const sheet = (await page.locator('.check-print-sheet').textContent()) ?? '';
        expect(sheet).toContain(`${baseUrl}${prefix}/check/#v=3`);
        expect(sheet).not.toContain('E20261110A');
        expect(await pdfPages()).toBeLessThanOrEqual(2);

        await page.emulateMedia({ media: 'screen' });
        await page.locator('.check-plan__tools input[type="checkbox"]').check();
        await page.locator('.check-plan__tools button').first().click();
        expect(await page.locator('.check-step:not([open])').count()).toBe(0);
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('.check-steps').isVisible()).toBe(true);
        expect(await pdfPages()).toBeGreaterThan(2);
      });
    },
  );

  it('without JavaScript, explains the ladder and links to the guides', async ({ expect }) => {
    const { context, page } = await fresh({ javaScriptEnabled: false });
    try {
      await page.goto(`${baseUrl}/check/`);
      expect(await page.locator('.ladder li').count()).toBeGreaterThanOrEqual(4);
      // (Playwright's text queries skip <noscript>, so the notice is found by its class.)
      const notice = page.locator('noscript p.notice');
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.textContent()).toMatch(/The check needs JavaScript/);
      expect(await page.locator('a[href^="/problems/"]').count()).toBeGreaterThan(3);
    } finally {
      await context.close();
    }
  });

  it('loads with no console errors and no request to another origin', async ({ expect }) => {
    const watched = await openWatched(browser());
    try {
      await watched.page.goto(`${baseUrl}/check/${jdLink}`);
      await expect.poll(() => heading(watched.page)).toMatch(/^Your plan in/);
      await watched.page.waitForLoadState('networkidle');
      expect(watched.errors).toEqual([]);
      expect(watched.requests.filter((url) => !url.startsWith(`${baseUrl}/`))).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});
