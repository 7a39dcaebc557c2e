/**
 * The plan screen builds the plan in the task that opens it and draws it in the next (PlanScreen.tsx), so a slow phone
 * can answer a tap in between: until then the loading box holds the plan's room, with nothing else on screen.
 */
import { cleanup, render, screen } from '@solidjs/testing-library';
import { afterEach, expect, it } from 'vitest';
import PlanScreen from '../../src/components/check/PlanScreen';
import { makeT } from '../../src/components/check/context';
import { decodeAnswers } from '../../src/lib/check/share/codec';
import { planWordsIn } from '../../src/lib/check/texts/all';
import { tree } from '../../src/lib/check/tree/tree';
import { checkStrings } from '../../src/lib/i18n/check-strings';
import { planLink } from '../support/plan-link';
import { findDrawnPlan } from './helpers';

afterEach(cleanup);

it('shows the loading box first, then the plan in a later task, and the box is gone', async () => {
  const today = '2026-11-26';
  const decoded = decodeAnswers(tree, planLink, { today });
  if (!decoded.ok) throw new Error(`the plan link does not decode: ${decoded.reason}`);
  const none = () => undefined;
  render(() => (
    <PlanScreen
      answers={decoded.answers}
      all={decoded.answers}
      today={today}
      words={planWordsIn('en')}
      site={{ locale: 'en', guides: {}, laws: {} }}
      t={makeT(checkStrings('en'))}
      ticks={[]}
      onTick={none}
      onEditAnswers={none}
      onStartOver={none}
      onForget={none}
      onDetail={none}
      onMoved={none}
      headingRef={none}
    />
  ));
  // Straight after the screen opens: the box, and no plan yet.
  expect(document.querySelector('.check-loading--plan')).not.toBeNull();
  expect(screen.queryByRole('heading')).toBeNull();
  await findDrawnPlan();
  expect(document.querySelector('.check-loading--plan')).toBeNull();
  expect(screen.getByRole('region', { name: 'Do this today' })).toBeTruthy();
});
