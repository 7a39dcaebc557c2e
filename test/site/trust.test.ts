/**
 * Trust, as built: the About page in each language says who keeps the site and gives the one contact address set in
 * src/lib/site.ts; no footer shows a filing number unless one is set (the tests build without ICP_FILING).
 */
import { describe, expect, it } from 'vitest';
import { contactEmail, icpFiling } from '../../src/lib/site';
import { allPages, readPage } from '../support/dist';

describe('trust', () => {
  it.each([
    ['about/index.html', /independent/, /not a government service/],
    ['zh-cn/about/index.html', /独立/, /不是政府服务/],
  ])('%s says who keeps the site, that it is no government service, and how to report a mistake', (file, who, not) => {
    const main = readPage(file).root.querySelector('main')!;
    expect(main.text).toMatch(who);
    expect(main.text).toMatch(not);
    // The tests build without CONTACT_EMAIL: the page says no address is set, and links to no placeholder.
    if (contactEmail) expect(main.querySelector(`a[href="mailto:${contactEmail}"]`)?.text).toBe(contactEmail);
    else {
      expect(main.querySelector('a[href^="mailto:"]')).toBeNull();
      expect(main.querySelector('.contact-unset')?.text).toMatch(
        /暂时还没有纠错邮箱|We do not have a corrections address yet/,
      );
    }
  });

  it('shows no filing number in any footer when none is set', () => {
    expect(icpFiling).toBeUndefined();
    expect(allPages().filter((page) => page.root.querySelector('.footer-filing'))).toEqual([]);
  });
});
