import { screen, waitFor } from '@solidjs/testing-library';
import { checkStrings } from '../../src/lib/i18n/check-strings';
import { questions } from '../../src/lib/check/texts/en/questions';
import type { CheckProps } from '../../src/components/check/context';

/** The island's props as the /check/ page builds them, from the real dictionary. */
export function checkProps(overrides: Partial<CheckProps> = {}): CheckProps {
  return {
    locale: 'en',
    strings: checkStrings('en'),
    questionTexts: questions,
    guides: {
      'negotiate-with-seller': { title: 'Ask the seller for your refund', url: '/steps/negotiate-with-seller/' },
    },
    laws: {
      'crpl-24': {
        label: 'Consumer Rights Protection Law, Art. 24',
        url: '/laws/consumer-rights-protection-law/#crpl-24',
      },
    },
    today: '2026-11-26',
    ...overrides,
  };
}

/**
 * The plan screen's heading, once every part of the plan is drawn: the screen draws in turns (heading and "Do this
 * today" first) and says aria-busy until the last part is out.
 */
export async function findDrawnPlan(name: RegExp | string = /^Your plan in \d+ steps$/): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { level: 2, name }, { timeout: 10_000 });
  await waitFor(
    () => {
      if (heading.closest('section')?.getAttribute('aria-busy') !== 'false')
        throw new Error('the plan is still drawing');
    },
    { timeout: 10_000 },
  );
  return heading;
}
