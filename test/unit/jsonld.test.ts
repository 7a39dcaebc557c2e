import { describe, expect, it } from 'vitest';
import { breadcrumbList, faqPage, serializeJsonLd } from '../../src/lib/seo/jsonld';

describe('JSON-LD', () => {
  it('numbers breadcrumb positions from 1', () => {
    const list = breadcrumbList(
      [
        { name: 'Home', href: '/' },
        { name: 'Steps', href: '/steps/' },
      ],
      new URL('https://x.example'),
    );
    expect(list.itemListElement.map((i) => i.position)).toEqual([1, 2]);
    expect(list.itemListElement.map((i) => i.item)).toEqual(['https://x.example/', 'https://x.example/steps/']);
  });

  it('shapes an FAQ as questions with accepted answers', () => {
    const faq = faqPage([{ question: 'Q?', answer: 'A.' }]);
    expect(faq.mainEntity[0]).toEqual({
      '@type': 'Question',
      name: 'Q?',
      acceptedAnswer: { '@type': 'Answer', text: 'A.' },
    });
  });

  it('cannot be broken out of its script element by a title', () => {
    const out = serializeJsonLd({ headline: '</script><script>alert(1)</script>' });
    expect(out).not.toContain('</script>');
    expect((JSON.parse(out) as { headline: string }).headline).toBe('</script><script>alert(1)</script>');
  });
});
