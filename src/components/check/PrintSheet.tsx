import { For, Show } from 'solid-js';
import { formatDate } from '../../lib/i18n/dates';
import type { PlanViewProps } from './PlanView';
import { daysLeftText, planLink, todayOf } from './plan-summary';
import QrCode from './QrCode';
import { qrNow } from './qr';

/**
 * The plan on paper: one sheet to keep (site name, printed date, the case, the next action, every date, the steps
 * with "you are here", and a QR code with the link back to the plan). Hidden on screen; the print stylesheet shows
 * it instead of the plan, and adds the full steps and their messages after it only when the reader asks for them.
 * The link leaves personal details out, as the share panel does by default.
 * It is drawn only when the page goes to paper (PlanView shows it on beforeprint), so the plan's first paint does
 * not pay for a sheet most readers never print; the QR encoder is fetched in idle time before that (./qr.ts).
 */
export default function PrintSheet(props: PlanViewProps) {
  const link = () => planLink(props.planned, false);
  // Synchronous: beforeprint cannot wait. If the encoder has not arrived yet, the link alone is printed.
  const qr = () => qrNow(link());
  const next = () => todayOf(props.plan).step;
  const nextDate = () => todayOf(props.plan).deadline;
  return (
    <section class="check-print-sheet" aria-hidden="true">
      <p class="check-print-sheet__site">
        <strong>{props.t('print.site')}</strong> ·{' '}
        {props.t('print.printed', { date: formatDate(props.today, props.site.locale) })}
      </p>
      <p class="check-print-sheet__title">{props.t('print.heading')}</p>
      <Show when={props.plan.summary.length > 0}>
        <p>{props.plan.summary.join(' · ')}</p>
      </Show>
      <Show when={next()}>
        {(step) => (
          <p>
            <strong>{props.t('print.next', { title: step().title })}</strong>{' '}
            <Show when={nextDate()}>{(d) => <strong>{daysLeftText(props, d())}</strong>}</Show>
          </p>
        )}
      </Show>
      <Show when={props.plan.deadlines.length > 0}>
        <table class="check-print-sheet__dates">
          <tbody>
            <For each={props.plan.deadlines}>
              {(d) => (
                <tr>
                  <td>{formatDate(d.date, props.site.locale)}</td>
                  <td>
                    {d.label}
                    {d.passed ? props.t('print.passed') : ''}
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
      <ol class="check-print-sheet__steps">
        <For each={props.plan.steps}>
          {(step) => (
            <li>
              {step.title}
              {step.id === props.plan.today.step ? ` ← ${props.t('print.youAreHere')}` : ''}
            </li>
          )}
        </For>
      </ol>
      <div class="check-print-sheet__link">
        <Show when={qr()}>{(code) => <QrCode code={code()} />}</Show>
        <p>
          {props.t('print.link')}
          <br />
          <span class="check-print-sheet__url">{link()}</span>
        </p>
      </div>
      <p class="check-disclaimer">{props.t('plan.disclaimer')}</p>
    </section>
  );
}
