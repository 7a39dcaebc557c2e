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
