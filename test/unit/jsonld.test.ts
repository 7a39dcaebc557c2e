import { describe, expect, it } from 'vitest';
import { breadcrumbList, faqPage, serializeJsonLd } from '../../src/lib/seo/jsonld';

describe('JSON-LD', () => {
  it('numbers breadcrumb positions from 1', () => {
    const list = breadcrumbList([
      { name: 'Home', url: 'https://x.example/' },
      { name: 'Steps', url: 'https://x.example/steps/' },
    ]);
    expect(list.itemListElement.map((i) => i.position)).toEqual([1, 2]);
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
    expect(JSON.parse(out).headline).toBe('</script><script>alert(1)</script>');
  });
});
