import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allPages, distDir } from '../support/dist';

const pages = allPages();

const policyOf = (html: ReturnType<typeof allPages>[number]) =>
  html.root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';

describe('security of every built page', () => {
  it.each(pages.map((p) => [p.url, p] as const))(
    '%s has a script policy without unsafe-inline, and no referrer',
    (_url, page) => {
      const policy = policyOf(page);
      const script = policy.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
      expect(script).toContain("'self'");
      expect(script).not.toContain("'unsafe-inline'");
      expect(script).not.toMatch(/'unsafe-eval'/);
      expect(policy).toContain("object-src 'none'");
      expect(page.root.querySelector('meta[name="referrer"]')?.getAttribute('content')).toBe('no-referrer');
    },
  );

  it.each(pages.map((p) => [p.url, p] as const))(
    '%s has no inline event handlers or javascript: links',
    (_url, page) => {
      const offenders = page.root.querySelectorAll('*').flatMap((el) =>
        Object.keys(el.attributes)
          .filter((name) => /^on[a-z]+$/i.test(name))
          .map((name) => `${el.tagName} ${name}`),
      );
      expect(offenders).toEqual([]);
      expect(page.root.querySelectorAll('a[href^="javascript:"]')).toHaveLength(0);
    },
  );

  it('every inline script is allowed by a hash in the page policy', async () => {
    const { createHash } = await import('node:crypto');
    for (const page of pages) {
      const policy = policyOf(page);
      for (const script of page.root.querySelectorAll('script:not([src])')) {
        // Data blocks (JSON-LD, the check's props) are never run, so the script policy does not apply to them.
        if (['application/ld+json', 'application/json'].includes(script.getAttribute('type') ?? '')) continue;
        const hash = createHash('sha256').update(script.textContent).digest('base64');
        expect(policy, `${page.url}: inline script not in the policy`).toContain(`'sha256-${hash}'`);
      }
    }
  });

  it('hands the check its props in a JSON data block only: parseable, in the page’s language, unable to close itself', () => {
    const checks = pages.filter((p) => /\/check\/$/.test(p.url));
    expect(checks.map((p) => p.url).sort()).toEqual(['/check/', '/zh-cn/check/']);
    for (const page of checks) {
      const block = page.root.querySelector('script#check-data');
      expect(block?.getAttribute('type'), page.url).toBe('application/json');
      // Escaped "<": no guide title or law label in it can end the element early.
      expect(block!.textContent).not.toContain('<');
      const data = JSON.parse(block!.textContent) as { locale: string; strings: object; questionTexts: object };
      expect(data.locale).toBe(page.url.startsWith('/zh-cn/') ? 'zh-cn' : 'en');
      expect(Object.keys(data.questionTexts).length).toBeGreaterThan(50);
      // The island itself carries only where to read them.
      const island = page.root.querySelector('astro-island');
      expect(JSON.parse(island!.getAttribute('props')!)).toEqual({ dataFrom: [0, 'check-data'] });
    }
  });

  it('ships a _headers file with the full header set for static hosts', () => {
    const headers = readFileSync(new URL('_headers', distDir), 'utf8');
    for (const line of [
      /Content-Security-Policy: .*frame-ancestors 'none'/,
      /Referrer-Policy: no-referrer/,
      /X-Content-Type-Options: nosniff/,
      /Strict-Transport-Security: max-age=\d+/,
      /Permissions-Policy: /,
    ]) {
      expect(headers).toMatch(line);
    }
  });
});
