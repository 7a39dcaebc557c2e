import { cleanup, render, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// The English page's island: the check with its English texts, as /check/ renders it.
import CheckApp from '../../src/components/check/CheckEn';
import { checkProps, findDrawnPlan } from './helpers';
import { tree } from '../../src/lib/check/tree/tree';

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  history.replaceState(null, '', '/check/');
});
afterEach(cleanup);

const user = () => userEvent.setup();
/** The exit, review and plan screens load their code on demand: give a loaded machine time to fetch it. */
const lazyScreen = { timeout: 10_000 };
/** A share link to a complete plan: a late JD order, nothing tried yet. */
const lateDeliveryLink =
  '/check/#v=2&purpose=personal&problem=late-delivery&platform=jd&ordered-on=2026-11-01&tried=nothing&amount=88&evidence=chat';

describe('CheckApp', () => {
  it('asks one question at a time, by role and label', async () => {
    render(() => <CheckApp {...checkProps()} />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Who was it for?' })).toBeTruthy();
    expect(screen.getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['personal', 'business']);
    expect(screen.getByText(/^Question 1 of up to \d+$/)).toBeTruthy();
  });

  it('moves on when an option is chosen, and back again', async () => {
    const u = user();
    render(() => <CheckApp {...checkProps()} />);
    await u.click(await screen.findByRole('radio', { name: 'Me, my family or a friend' }));
    await u.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { name: 'What went wrong?' })).toBeTruthy();
    await u.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('heading', { name: 'Who was it for?' })).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Me, my family or a friend' }).checked).toBe(true);
  });

  it('moves focus to each new question’s heading', async () => {
    const u = user();
    render(() => <CheckApp {...checkProps()} />);
    await u.click(await screen.findByRole('radio', { name: 'Me, my family or a friend' }));
    await u.click(screen.getByRole('button', { name: 'Continue' }));
    const heading = await screen.findByRole('heading', { name: 'What went wrong?' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('says what is missing, in an alert tied to the question, without moving on', async () => {
    const u = user();
    render(() => <CheckApp {...checkProps()} />);
    await u.click(await screen.findByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert').textContent).toBe('Please choose or enter an answer.');
    expect(screen.getByRole('group').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('heading', { name: 'Who was it for?' })).toBeTruthy();
  });

  it('ends honestly for a business purchase, and starts over', async () => {
    const u = user();
    render(() => <CheckApp {...checkProps()} />);
    await u.click(await screen.findByRole('radio', { name: 'A company or a business I run' }));
    await u.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      await screen.findByRole('heading', { name: 'This check is for personal purchases' }, lazyScreen),
    ).toBeTruthy();
    await u.click(screen.getByRole('button', { name: 'Start over' }));
    expect(await screen.findByRole('heading', { name: 'Who was it for?' })).toBeTruthy();
  });

  describe('the page’s intro', () => {
    // The intro is the page's, outside the island: a stand-in for it, as CheckPage.astro marks it.
    let intro: HTMLElement;
    beforeEach(() => {
      intro = document.body.appendChild(document.createElement('p'));
      intro.dataset.checkIntro = '';
    });
    afterEach(() => {
      intro.remove();
      delete document.documentElement.dataset.checkOpens;
    });

    it('goes once the reader has answered, and stays away on going back', async () => {
      const u = user();
      render(() => <CheckApp {...checkProps()} />);
      await u.click(await screen.findByRole('radio', { name: 'Me, my family or a friend' }));
      expect(intro.hidden).toBe(false);
      await u.click(screen.getByRole('button', { name: 'Continue' }));
      expect(await screen.findByRole('heading', { name: 'What went wrong?' })).toBeTruthy();
      expect(intro.hidden).toBe(true);
      await u.click(screen.getByRole('button', { name: 'Back' }));
      expect(await screen.findByRole('heading', { name: 'Who was it for?' })).toBeTruthy();
      expect(intro.hidden).toBe(true);
    });

    // The page marks itself while it is parsed when it will open on a plan, and its CSS never draws the intro; an
    // unmarked page drew it, and removing it on load would move the page under the reader.
    it.each([
      { marked: false, hidden: false, name: 'stays on a plan page that was not marked' },
      { marked: true, hidden: true, name: 'stays away on a page marked as opening on a plan' },
    ])('$name, and is shown after Start over', async ({ marked, hidden }) => {
      const u = user();
      if (marked) document.documentElement.dataset.checkOpens = 'plan';
      history.replaceState(null, '', lateDeliveryLink);
      render(() => <CheckApp {...checkProps()} />);
      expect(await findDrawnPlan()).toBeTruthy();
      expect(intro.hidden).toBe(hidden);
      // The mark has done its work: from here the island alone shows and hides the intro.
      expect(document.documentElement.dataset.checkOpens).toBeUndefined();
      await u.click(screen.getByRole('button', { name: 'Start over' }));
      expect(await screen.findByRole('heading', { name: 'Who was it for?' })).toBeTruthy();
      expect(intro.hidden).toBe(false);
    });

    it('comes back when the page was marked as opening on a plan but opens on a question', async () => {
      document.documentElement.dataset.checkOpens = 'plan';
      history.replaceState(null, '', '/check/#v=2&purpose=personal');
      render(() => <CheckApp {...checkProps()} />);
      expect(await screen.findByRole('heading', { name: 'What went wrong?' })).toBeTruthy();
      expect(intro.hidden).toBe(false);
      expect(document.documentElement.dataset.checkOpens).toBeUndefined();
    });
  });

  it('skips what a guide link already answered', async () => {
    history.replaceState(null, '', '/check/?excuse=signed-for-no-refund&case=lost-or-not-delivered');
    const u = user();
    render(() => <CheckApp {...checkProps()} />);
    await u.click(await screen.findByRole('radio', { name: 'Me, my family or a friend' }));
    await u.click(screen.getByRole('button', { name: 'Continue' }));
    // "What went wrong" came from the case link.
    expect(await screen.findByRole('heading', { name: 'Where did you buy it?' })).toBeTruthy();
  });

  it('opens a clean share link straight on the plan, with the share panel', async () => {
    history.replaceState(null, '', lateDeliveryLink);
    render(() => <CheckApp {...checkProps()} />);
    expect(await findDrawnPlan()).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Link to this plan' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /Include my name and order number/ })).toBeTruthy();
    // Whose plan it is: someone's link, with the way to one's own.
    expect(document.querySelector('.check-notice')?.textContent).toMatch(/opened from a shared link/);
    expect(screen.getByRole('button', { name: 'Start my own check' })).toBeTruthy();
  });

  it("still says a shared plan is someone's after a reload", async () => {
    history.replaceState(null, '', lateDeliveryLink);
    render(() => <CheckApp {...checkProps()} />);
    expect(await findDrawnPlan()).toBeTruthy();
    // A reload: the address is plain by now, and the answers come back from storage.
    cleanup();
    expect(location.hash).toBe('');
    render(() => <CheckApp {...checkProps()} />);
    expect(await findDrawnPlan()).toBeTruthy();
    expect(document.querySelector('.check-notice')?.textContent).toMatch(/opened from a shared link/);
    expect(screen.getByRole('button', { name: 'Start my own check' })).toBeTruthy();
  });

  it('keeps answers in localStorage and offers to forget them', async () => {
    const u = user();
    render(() => <CheckApp {...checkProps()} />);
    await u.click(await screen.findByRole('radio', { name: 'Me, my family or a friend' }));
    await u.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() =>
      expect((JSON.parse(localStorage.getItem('refundpath.check')!) as { answers: unknown }).answers).toEqual({
        purpose: 'personal',
      }),
    );
  });

  it('puts "do this today" first: the case, the days left, the next action with its message and a copy button', async () => {
    // A faulty kettle from Taobao received on 21 November: on 26 November the 7-day window has 2 days left.
    history.replaceState(
      null,
      '',
      '/check/#v=2&purpose=personal&problem=defective-or-damaged&platform=taobao&live-stream=no&received-on=2026-11-21&item-kind=other&tried=nothing&amount=299&item=kettle&evidence=chat',
    );
    render(() => <CheckApp {...checkProps({ today: '2026-11-26' })} />);
    const panel = await screen.findByRole('region', { name: 'Do this today' }, lazyScreen);
    expect(panel.querySelector('.check-today__case')?.textContent).toBe('Taobao · kettle · ¥299');
    expect(panel.querySelector('.check-today__left')?.textContent).toBe('2 days left: until 28 November 2026');
    expect(panel.textContent).toMatch(/quality return/);
    expect(panel.querySelector('.template__text[lang="zh-CN"]')?.textContent).toMatch(/您好/);
    expect(panel.querySelector('button')?.textContent).toBe('Copy the Chinese text');
    // The panel comes before the steps, and the other dates are folded under "All your dates".
    await findDrawnPlan();
    const steps = document.querySelector('.check-steps')!;
    expect(panel.compareDocumentPosition(steps) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText(/^All your dates \(\d+\)$/).closest('details')?.open).toBe(false);
  });

  /** The kettle, received on 21 November, at a stage: the plan's "What happened since?" starts from there. */
  const kettleAt = (stage: string) =>
    history.replaceState(
      null,
      '',
      `/check/#v=2&purpose=personal&problem=defective-or-damaged&platform=taobao&live-stream=no&received-on=2026-11-21&item-kind=other&tried=${stage}&amount=299&evidence=chat`,
    );
  const movedOn = 'What happened since? Update your plan';
  const askingNotice =
    'To update your plan, the check needs to know a little more about what happened. Your plan comes back after that.';
  const updatedNotice = 'Your plan now starts from what happened. Its steps and dates are below.';
  const notice = () => document.querySelector('.check-notice')?.textContent;
  /** On the plan, records that the seller refused, undated, and waits for the question it raises. */
  const recordRefusal = async (u: ReturnType<typeof user>) => {
    await findDrawnPlan();
    await u.click(screen.getByText(movedOn));
    await u.click(screen.getByRole('radio', { name: 'The seller refused' }));
    await u.click(screen.getByRole('button', { name: 'Update my plan' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'What did the seller say?' }, lazyScreen)).toBeTruthy();
  };
  /** Answers the question a recorded refusal raises, and waits for the plan to come back. */
  const answerWhatTheSellerSaid = async (u: ReturnType<typeof user>) => {
    await u.click(screen.getByRole('radio', { name: '“You signed for it, so no refund”' }));
    await u.click(screen.getByRole('button', { name: 'Continue' }));
    await findDrawnPlan();
  };
  const planHeading = { level: 2, name: /^Your plan in \d+ steps$/ } as const;

  it('"What happened since?": the seller refused, so the check asks what it said, then shows the plan again', async () => {
    const u = user();
    kettleAt('nothing');
    render(() => <CheckApp {...checkProps({ today: '2026-11-26' })} />);
    await findDrawnPlan();
    await u.click(screen.getByText(movedOn));
    expect(screen.getByRole('list', { name: 'So far' }).textContent).toBe('21 November 2026 · You received it');
    // No choice: the form says what is missing.
    await u.click(screen.getByRole('button', { name: 'Update my plan' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose what happened.');
    await u.click(screen.getByRole('radio', { name: 'The seller refused' }));
    await u.type(screen.getByLabelText('On what date?'), '2026-11-25');
    await u.click(screen.getByRole('button', { name: 'Update my plan' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'What did the seller say?' }, lazyScreen)).toBeTruthy();
    // Why the plan gave way to a question, said while it is asked; then that the plan changed (audit AB, M1).
    expect(notice()).toBe(askingNotice);
    await answerWhatTheSellerSaid(u);
    expect(notice()).toBe(updatedNotice);
    expect(document.querySelector('.check-steps')?.textContent).toMatch(/Answer what the seller said/);
    // The refusal is recorded: today's reply says why it comes first, and the day to go on from.
    const panel = screen.getByRole('region', { name: 'Do this today' });
    expect(panel.querySelector('.check-today__then')?.textContent).toBe(
      'Your request has been refused once already. This reply answers the refusal in writing and sets out the law behind your request: keep a screenshot of it for the steps that follow. If the answer is no again, or there is no answer by the date in your message (29 November 2026 if you send it today), go to “Ask the platform to step in”. Taobao’s rule sets a time limit for starting a claim but gives no number: check it in the app today, and if it ends on or before 29 November 2026, go to “Ask the platform to step in” before it does.',
    );
    // The dates hold the reply's own date, as the user's; 12315's holds only if a complaint were made today.
    const dates = [...document.querySelectorAll('.check-deadline')].map((d) => d.textContent ?? '');
    expect(dates.find((d) => d.includes('The day your message asks for an answer by'))).toMatch(
      /^29 November 2026 The day your message asks for an answer by · The date in your message, not a legal limit/,
    );
    expect(dates.find((d) => d.includes('If you complain to 12315'))).toContain(
      'Not in the calendar file: this date holds only if you complain today.',
    );
    await u.click(screen.getByText(movedOn));
    expect(screen.getByRole('list', { name: 'So far' }).textContent).toBe(
      '21 November 2026 · You received it25 November 2026 · The seller refused',
    );
  });

  it('"What happened since?": Back from the question it raised returns to the plan, the event not recorded', async () => {
    const u = user();
    kettleAt('nothing');
    render(() => <CheckApp {...checkProps({ today: '2026-11-26' })} />);
    await recordRefusal(u);
    await u.click(screen.getByRole('button', { name: 'Back' }));
    await findDrawnPlan();
    expect(notice()).toBe('');
    await u.click(screen.getByText(movedOn));
    expect(screen.getByRole('list', { name: 'So far' }).textContent).toBe('21 November 2026 · You received it');
  });

  it('"What happened since?": a reload while its question is asked still leads back to the plan (audit AH, M2)', async () => {
    const u = user();
    kettleAt('nothing');
    const first = render(() => <CheckApp {...checkProps({ today: '2026-11-26' })} />);
    await recordRefusal(u);
    await waitFor(() =>
      expect((JSON.parse(localStorage.getItem('refundpath.check')!) as { screen?: string }).screen).toBe('asking'),
    );
    first.unmount();
    render(() => <CheckApp {...checkProps({ today: '2026-11-26' })} />);
    expect(await screen.findByRole('heading', { level: 2, name: 'What did the seller say?' }, lazyScreen)).toBeTruthy();
    expect(notice()).toBe(askingNotice);
    // Straight back to the plan, not to the review of every answer.
    await answerWhatTheSellerSaid(u);
    expect(notice()).toBe(updatedNotice);
  });

  it('"What happened since?" will not take a date before the last one recorded (audit AB, L3)', async () => {
    const u = user();
    kettleAt('seller-refused&seller-said=not-a-quality-issue');
    render(() => <CheckApp {...checkProps({ today: '2026-11-26' })} />);
    await findDrawnPlan();
    await u.click(screen.getByText(movedOn));
    await u.click(screen.getByRole('radio', { name: 'The platform decided against you' }));
    await u.type(screen.getByLabelText('On what date?'), '2026-11-01');
    await u.click(screen.getByRole('button', { name: 'Update my plan' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'This date is before the last thing you recorded (21 November 2026). Please check it.',
    );
    // Nothing moved on: the plan is still the platform's rung.
    expect(document.querySelector('.check-steps')?.textContent).toMatch(/Ask the platform to step in/);
  });

  it('"What happened since?" dates the refusal the walk recorded undated, between the events around it (audit AB, L3)', async () => {
    const u = user();
    kettleAt('seller-refused&seller-said=not-a-quality-issue');
    render(() => <CheckApp {...checkProps({ today: '2026-11-26' })} />);
    await findDrawnPlan();
    await u.click(screen.getByText(movedOn));
    const history = () => screen.getByRole('list', { name: 'So far' }).textContent;
    expect(history()).toBe('21 November 2026 · You received itdate not given · The seller refused');
    // The case moves on first; the refusal is still undated, and can be dated afterwards.
    await u.click(screen.getByRole('radio', { name: 'The platform decided against you' }));
    await u.type(screen.getByLabelText('On what date?'), '2026-11-25');
    await u.click(screen.getByRole('button', { name: 'Update my plan' }));
    await waitFor(() => expect(document.querySelector('.check-steps')?.textContent).toMatch(/Complain to 12315/));
    await u.click(screen.getByText(movedOn));
    const add = () => screen.getByRole('button', { name: 'Add the day the seller refused' });
    const field = () => screen.getByLabelText('On what day did the seller refuse?');
    // Escape, or Cancel, closes the form without saving, and focus goes back to its button (audit AH, L3).
    await u.click(add());
    await waitFor(() => expect(document.activeElement).toBe(field()));
    await u.keyboard('{Escape}');
    await waitFor(() => expect(document.activeElement).toBe(add()));
    await u.click(add());
    await u.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(add()));
    await u.click(add());
    // Focus goes to the field it opened.
    await waitFor(() => expect(document.activeElement).toBe(field()));
    const tryDate = async (date: string) => {
      await u.clear(field());
      await u.type(field(), date);
      await u.click(screen.getByRole('button', { name: 'Save the date' }));
    };
    // Saved empty: it asks for the date, or Cancel.
    await u.click(screen.getByRole('button', { name: 'Save the date' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('Enter the date, or choose Cancel if you do not know it.'),
    );
    await tryDate('2026-11-26');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'This date is after a later event you recorded (25 November 2026). Please check it.',
      ),
    );
    // The same error again is a new alert, so a screen reader reads it again.
    const first = screen.getByRole('alert');
    await tryDate('2026-11-26');
    await waitFor(() => expect(screen.getByRole('alert')).not.toBe(first));
    await tryDate('2026-11-20');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'This date is before the day the parcel was signed for. Please check it.',
      ),
    );
    await tryDate('2026-11-24');
    await waitFor(() =>
      expect(history()).toBe(
        '21 November 2026 · You received it24 November 2026 · The seller refused25 November 2026 · The platform decided against you',
      ),
    );
    // It says the plan now counts from the date, which can change what to do today (audit AH, M3).
    expect(document.activeElement?.textContent).toBe(
      'Date saved. The plan’s steps and dates now count from it: read “Do this today” again.',
    );
    expect(screen.queryByRole('button', { name: /^Add the day/ })).toBeNull();
    // The share link carries the date too, so it reopens this plan (audit AH, M5).
    const shared = (document.getElementById('check-share-link') as HTMLInputElement).value;
    expect(shared).toContain('refused-on=2026-11-24');
  });

  it('"What happened since?": the platform decided against the user, so the plan moves on in place', async () => {
    const u = user();
    // The seller refused ("not a quality problem"): what the seller said is known, so nothing new is asked.
    kettleAt('seller-refused&seller-said=not-a-quality-issue');
    render(() => <CheckApp {...checkProps({ today: '2026-11-26' })} />);
    await findDrawnPlan();
    expect(document.querySelector('.check-steps')?.textContent).toMatch(/Ask the platform to step in/);
    await u.click(screen.getByText(movedOn));
    // Only what lies above the current stage is offered.
    expect(screen.queryByRole('radio', { name: 'The seller did not answer' })).toBeNull();
    expect(screen.getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual([
      'platform-against',
      'regulator-ended',
    ]);
    await u.click(screen.getByRole('radio', { name: 'The platform decided against you' }));
    await u.click(screen.getByRole('button', { name: 'Update my plan' }));
    await waitFor(() =>
      expect(document.querySelector('.check-steps')?.textContent).not.toMatch(/Ask the platform to step in/),
    );
    expect(screen.getByRole('heading', planHeading)).toBeTruthy();
    expect(document.querySelector('.check-history')?.textContent).toBe(
      '21 November 2026 · You received itdate not given · The seller refuseddate not given · The platform decided against you',
    );
    // The plan itself is the next rung's: 12315, no longer the platform.
    expect(document.querySelector('.check-steps')?.textContent).toMatch(/Complain to 12315/);
    // It changed above the form, on the same screen: the status line says so, and focus goes to the plan's top.
    expect(document.querySelector('.check-notice')?.textContent).toBe(
      'Your plan now starts from what happened. Its steps and dates are below.',
    );
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', planHeading)));
  });

  it('makes each step a heading, keeps the steps the user opened when a detail is typed, and names the tab', async () => {
    const u = user();
    document.title = 'Check your case | RefundPath';
    history.replaceState(null, '', lateDeliveryLink);
    render(() => <CheckApp {...checkProps()} />);
    await findDrawnPlan();
    const steps = screen.getAllByRole('heading', { level: 3, name: /^Step \d/ });
    expect(steps.length).toBeGreaterThan(2);
    // The app's Chinese labels named in the English steps ("申请售后") are marked as Chinese, as the messages are.
    const plan = document.querySelector('.check-plan')!;
    const texts = document.createTreeWalker(plan, NodeFilter.SHOW_TEXT);
    const unmarked: string[] = [];
    let marked = 0;
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      if (!/[\u3400-\u9fff]/.test(node.textContent ?? '')) continue;
      if (node.parentElement?.closest('[lang]')?.getAttribute('lang') === 'zh-CN') marked += 1;
      else unmarked.push(node.textContent!);
    }
    expect(unmarked).toEqual([]);
    expect(marked).toBeGreaterThan(0);
    await waitFor(() => expect(document.title).toMatch(/^Your plan in \d+ steps – Check your case \| RefundPath$/));
    // The step "Do this today" is about is open, and marked as where the user is (audit AB, M1); the others are shut.
    const all = () => [...document.querySelectorAll<HTMLDetailsElement>('.check-step')];
    const current = all().filter((d) => d.getAttribute('aria-current') === 'step');
    expect(current).toHaveLength(1);
    expect(current[0]!.open).toBe(true);
    expect(current[0]!.querySelector('summary')?.textContent).toMatch(/you are here/);
    expect(all().filter((d) => d.open)).toEqual(current);
    // Open another step, then type an order number: the plan is built again, and that step stays open.
    const at = all().findIndex((d) => !d.open);
    const second = () => all()[at]!;
    await u.click(second().querySelector('summary')!);
    expect(second().open).toBe(true);
    await u.click(screen.getByText('Details for your messages (optional)'));
    await u.type(screen.getByLabelText('Order number'), 'E2026111');
    await u.tab();
    await waitFor(() => expect(document.querySelector('.check-steps')?.textContent).toMatch(/E2026111/));
    expect(second().open).toBe(true);
  });

  it('puts a detail into the messages while it is typed, keeping the box as typed (audit AB, L2)', async () => {
    const u = user();
    history.replaceState(null, '', lateDeliveryLink);
    render(() => <CheckApp {...checkProps()} />);
    await findDrawnPlan();
    await u.click(screen.getByText('Details for your messages (optional)'));
    const field = screen.getByLabelText<HTMLInputElement>('Order number');
    const todays = () => screen.getByRole('region', { name: 'Do this today' }).querySelector('.template__text')!;
    expect(todays().textContent).toMatch(/【订单号】/);
    // Typed, not left: the message above follows a moment after the last key, and the space between the parts stays
    // (the kept answer is trimmed: shown while typing, it would have dropped the space just typed).
    await u.type(field, '4432 ');
    await new Promise((done) => setTimeout(done, 400));
    expect(field.value).toBe('4432 ');
    await u.type(field, '8891');
    await waitFor(() => expect(todays().textContent).toMatch(/订单4432 8891/));
    expect(field.value).toBe('4432 8891');
    expect(document.activeElement).toBe(field);
  });

  it('keeps a detail typed just before the page is hidden, and waits for pinyin to be chosen (audit AH, L1 and L2)', async () => {
    const u = user();
    history.replaceState(null, '', lateDeliveryLink);
    render(() => <CheckApp {...checkProps()} />);
    await findDrawnPlan();
    await u.click(screen.getByText('Details for your messages (optional)'));
    const saved = () =>
      (JSON.parse(localStorage.getItem('refundpath.check')!) as { answers: Record<string, unknown> }).answers;
    // Typed, and the page hidden at once (a switch to WeChat to paste): kept now, not 300 ms later.
    await u.type(screen.getByLabelText('Order number'), '7781');
    window.dispatchEvent(new Event('pagehide'));
    expect(saved()['order-no']).toBe('7781');
    // A name typed with a pinyin keyboard: the letters being composed are not the name.
    const name = screen.getByLabelText<HTMLInputElement>('Name to sign the messages with');
    name.focus();
    name.value = 'wang';
    name.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true }));
    await new Promise((done) => setTimeout(done, 400));
    expect(saved()['your-name']).toBeUndefined();
    name.value = '王';
    name.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '王' }));
    await waitFor(() => expect(saved()['your-name']).toBe('王'));
  });

  it('moves focus to the QR code that replaces its button', async () => {
    const u = user();
    history.replaceState(null, '', lateDeliveryLink);
    render(() => <CheckApp {...checkProps()} />);
    await findDrawnPlan();
    await u.click(screen.getByRole('button', { name: 'Show a QR code' }));
    const code = await screen.findByRole('img', { name: 'QR code of the link to this plan' }, lazyScreen);
    await waitFor(() => expect(document.activeElement).toBe(code));
  });

  it('already refused with "signed for, no refund": today\'s message is the reply, which restates the demand', async () => {
    kettleAt('seller-refused&seller-said=signed-for-no-refund');
    render(() => <CheckApp {...checkProps({ today: '2026-11-26' })} />);
    const panel = await screen.findByRole('region', { name: 'Do this today' }, lazyScreen);
    const message = panel.querySelector('.template__text[lang="zh-CN"]')?.textContent ?? '';
    expect(message).toMatch(/我的要求是/);
    expect(message).toMatch(/签收即视为认可商品质量/);
    // The action is still the case's own step (its window and its "how" are there).
    expect(panel.querySelector('a[href^="#check-step-"]')?.getAttribute('href')).toBe('#check-step-quality-return');
  });

  it('changes one answer from the plan without losing the details typed (audit AB, H1)', async () => {
    const u = user();
    history.replaceState(null, '', lateDeliveryLink);
    render(() => <CheckApp {...checkProps()} />);
    await findDrawnPlan();
    await u.click(screen.getByText('Details for your messages (optional)'));
    await u.type(screen.getByLabelText('Order number'), 'E2026111');
    await u.tab();
    await u.click(screen.getByRole('button', { name: 'Change my answers' }));
    // The review, with a Change button for each answer; the sum is changed there, and the plan comes back with it.
    expect(await screen.findByRole('heading', { level: 2, name: 'Check your answers' }, lazyScreen)).toBeTruthy();
    await u.click(screen.getByRole('button', { name: /Change your answer to: How much did you pay/ }));
    const sum = await screen.findByRole('textbox');
    await u.clear(sum);
    await u.type(sum, '99');
    await u.click(screen.getByRole('button', { name: 'Continue' }));
    await u.click(await screen.findByRole('button', { name: 'See my plan' }, lazyScreen));
    await findDrawnPlan();
    const steps = document.querySelector('.check-steps')?.textContent ?? '';
    expect(steps).toMatch(/实付99元/);
    expect(steps).toMatch(/E2026111/);
  });

  it('keeps a detail too long to use in its box, with its error, while another is typed (audit AB, L1)', async () => {
    const u = user();
    history.replaceState(null, '', lateDeliveryLink);
    render(() => <CheckApp {...checkProps()} />);
    await findDrawnPlan();
    await u.click(screen.getByText('Details for your messages (optional)'));
    const order = screen.getByLabelText<HTMLInputElement>('Order number');
    const long = '1'.repeat(231);
    await u.click(order);
    await u.paste(long);
    await u.tab();
    expect(screen.getByRole('alert').textContent).toBe('Please keep this under 200 characters.');
    await u.type(screen.getByLabelText('Shop name'), 'Feibu Sports');
    await u.tab();
    await waitFor(() => expect(document.querySelector('.check-steps')?.textContent).toMatch(/Feibu Sports/));
    expect(screen.getByLabelText<HTMLInputElement>('Order number').value).toBe(long);
    expect(screen.getByRole('alert').textContent).toBe('Please keep this under 200 characters.');
  });

  it("opens the step 'Do this today' links to, and puts focus on it (audit AB, M2)", async () => {
    const u = user();
    kettleAt('seller-refused&seller-said=signed-for-no-refund');
    render(() => <CheckApp {...checkProps({ today: '2026-11-26' })} />);
    const panel = await screen.findByRole('region', { name: 'Do this today' }, lazyScreen);
    await findDrawnPlan();
    const target = document.getElementById('check-step-quality-return') as HTMLDetailsElement;
    target.open = false;
    await u.click(within(panel).getByRole('link', { name: /the whole step/ }));
    expect(target.open).toBe(true);
    expect(document.activeElement).toBe(target.querySelector('summary'));
  });

  it("says in English what today's Chinese message says, on the English page (audit AB, M3)", async () => {
    kettleAt('seller-refused&seller-said=signed-for-no-refund');
    render(() => <CheckApp {...checkProps({ today: '2026-11-26' })} />);
    const panel = await screen.findByRole('region', { name: 'Do this today' }, lazyScreen);
    expect(within(panel).getByText('What it says in English:')).toBeTruthy();
    const meaning = panel.querySelector('.template__text[lang="en"]')?.textContent ?? '';
    expect(meaning).toMatch(/What I ask/);
  });

  it('tells a reader inside WeChat how to print or save the dates, and no one else (audit AB)', async () => {
    history.replaceState(null, '', lateDeliveryLink);
    render(() => <CheckApp {...checkProps()} />);
    await findDrawnPlan();
    expect(screen.queryByText(/Inside WeChat/)).toBeNull();
    cleanup();
    const agent = vi
      .spyOn(navigator, 'userAgent', 'get')
      .mockReturnValue(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47',
      );
    try {
      render(() => <CheckApp {...checkProps()} />);
      await findDrawnPlan();
      expect(screen.getByText(/Inside WeChat, printing and the calendar file may not work/)).toBeTruthy();
    } finally {
      agent.mockRestore();
    }
  });

  it('says what to check before sending, in the panel, above the message and its copy button', async () => {
    // The kettle past its 7 days, refused as "too late": the seller is right about the 7-day return, so the reply
    // is checked against "Where the seller may be right" first, and the user is asked whether they asked in time.
    history.replaceState(
      null,
      '',
      '/check/#v=2&purpose=personal&problem=defective-or-damaged&platform=taobao&live-stream=no&received-on=2026-11-10&item-kind=other&tried=seller-refused&seller-said=deadline-passed&amount=299&evidence=chat',
    );
    render(() => <CheckApp {...checkProps({ today: '2026-11-26' })} />);
    const panel = await screen.findByRole('region', { name: 'Do this today' }, lazyScreen);
    const checks = [...panel.querySelectorAll('.check-today__check')].map((p) => p.textContent ?? '');
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatch(/^Before you send this, read “Where the seller may be right”/);
    // The message itself: the panel's own text block, after what to check.
    const message = () => panel.querySelector(':scope > .template__text')!;
    expect(panel.querySelector('.check-today__check')!.compareDocumentPosition(message())).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(message().textContent).toMatch(/七日后可以要求经营者履行更换、修理等义务/);
    // Whether the first request was for a return is asked before the message it changes, as a group of two answers.
    const ask = within(panel).getByRole('group', {
      name: /^Did you ask the seller to take it back on or before 17 November 2026/,
    });
    expect(ask.compareDocumentPosition(message())).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(ask.getAttribute('aria-describedby')).toBe('ask-return-hint');
    // "Yes": the message asks for the return, with the day it was asked as a fill-in, and the answer stays shown.
    await user().click(within(ask).getByRole('radio', { name: 'Yes, a return' }));
    await waitFor(() => expect(message().textContent).toMatch(/我的要求是：退货并全额退款/));
    expect(message().textContent).toContain('我已于【提出退货的日期】（收货后七日内）提出退货要求');
    expect(within(panel).getByRole<HTMLInputElement>('radio', { name: 'Yes, a return' }).checked).toBe(true);
    // "No": back to what the law gives after the 7 days, with nothing said of a request in time.
    await user().click(within(panel).getByRole('radio', { name: 'No, or not a return' }));
    await waitFor(() => expect(message().textContent).toMatch(/七日后可以要求经营者履行更换、修理等义务/));
    expect(message().textContent).not.toContain('收货后七日内');
  });

  it('labels the sentence by when it applies: a ship-by date passed, for a late delivery the platform did not help with', async () => {
    history.replaceState(
      null,
      '',
      '/check/#v=3&purpose=personal&problem=late-delivery&platform=tmall&ordered-on=2026-11-01&tried=platform-against&seller-said=never-answered&decided-on=2026-11-18&amount=459&evidence=order-page,chat',
    );
    render(() => <CheckApp {...checkProps({ today: '2026-11-20' })} />);
    const panel = await screen.findByRole('region', { name: 'Do this today' }, lazyScreen);
    const add = panel.querySelector('div.check-today__check')!;
    expect(add.querySelector('.template__text[lang="zh-CN"]')?.textContent).toMatch(/^我的要求是：解除合同，全额退款/);
    expect(add.querySelector('button')?.textContent).toBe('Copy this sentence (only if your ship-by date has passed)');
    expect(panel.textContent).toContain('Did you already ask the seller to ship by a date, and has that date passed?');
    // The Chinese words inside the English line are marked as Chinese, as every Chinese word on the page is.
    expect(panel.querySelectorAll('p.check-today__check [lang="zh-CN"]').length).toBeGreaterThan(0);
    // The sentence comes on its own, after the message (never taken for it).
    expect(panel.querySelector(':scope > .template__text')!.compareDocumentPosition(add)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });

  it('names a platform window closing this week beside the action, with whose rule it is', async () => {
    // A JD TV after JD sided with the shop on 25 November: the action is the 12315 complaint, and JD's own 7-day
    // appeal, found before only under "All dates", has 4 days left.
    history.replaceState(
      null,
      '',
      '/check/#v=3&purpose=personal&problem=defective-or-damaged&symptoms=stopped-working&platform=jd&received-on=2026-10-10&item-kind=durable&tried=platform-against&seller-said=not-a-quality-issue&decided-on=2026-11-25&amount=3299&evidence=order-page,chat',
    );
    render(() => <CheckApp {...checkProps({ today: '2026-11-28' })} />);
    const panel = await screen.findByRole('region', { name: 'Do this today' }, lazyScreen);
    expect(panel.textContent).toMatch(/12315/);
    expect(panel.querySelector('.check-today__left')).toBeNull();
    // With no countdown of its own above it, the line does not say "another" (audit 14, L3).
    const near = panel.querySelector('.check-today__also')?.textContent ?? '';
    expect(near).toMatch(
      /^A date is near\. Last day to appeal JD’s decision \(申诉\), 4 days left: until 2 December 2026\. /,
    );
    expect(near).toMatch(/a platform rule, not law/);
  });

  it('names a platform window beside the action’s own countdown as another date', async () => {
    // A WeChat Store dress refused on 26 November: the return's 7 days count down above, the platform's own 7 days to
    // step in follow as "another date".
    history.replaceState(
      null,
      '',
      '/check/#v=3&purpose=personal&problem=not-as-described&symptoms=wrong-size&platform=wechat-store&received-on=2026-11-23&item-kind=other&tried=seller-refused&seller-said=you-pay-return-shipping&refused-on=2026-11-26&fraud=no&amount=239&evidence=order-page,chat',
    );
    render(() => <CheckApp {...checkProps({ today: '2026-11-28' })} />);
    const dress = await screen.findByRole('region', { name: 'Do this today' }, lazyScreen);
    expect(dress.querySelector('.check-today__left')?.textContent).toBe('2 days left: until 30 November 2026');
    expect(dress.querySelector('.check-today__also')?.textContent).toMatch(
      /^Another date is near\. Last day to ask WeChat Store to step in, 5 days left: until 3 December 2026\. /,
    );
  });

  it('says "last day today" when the window closes today', async () => {
    history.replaceState(
      null,
      '',
      '/check/#v=2&purpose=personal&problem=defective-or-damaged&platform=taobao&live-stream=no&received-on=2026-11-19&item-kind=other&tried=nothing&amount=299&evidence=chat',
    );
    render(() => <CheckApp {...checkProps({ today: '2026-11-26' })} />);
    const panel = await screen.findByRole('region', { name: 'Do this today' }, lazyScreen);
    expect(panel.querySelector('.check-today__left')?.textContent).toBe('Last day today: 26 November 2026');
  });

  it('puts Back above the question, where people look for it', async () => {
    const u = user();
    render(() => <CheckApp {...checkProps()} />);
    await u.click(await screen.findByRole('radio', { name: 'Me, my family or a friend' }));
    await u.click(screen.getByRole('button', { name: 'Continue' }));
    const heading = await screen.findByRole('heading', { name: 'What went wrong?' });
    const back = screen.getByRole('button', { name: 'Back' });
    expect(back.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  // It says where the Undo is: after Start over, focus goes to the first question, past the button (audit AK, L4).
  const startedOver =
    'Started again from the first question. To bring your answers back, use Undo, just after this line.';

  it('undoes Start over and Forget with one tap', async () => {
    const u = user();
    history.replaceState(null, '', lateDeliveryLink);
    render(() => <CheckApp {...checkProps()} />);
    await u.click(await screen.findByRole('button', { name: 'Start over' }, lazyScreen));
    expect(await screen.findByRole('heading', { name: 'Who was it for?' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(startedOver);
    await u.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await findDrawnPlan()).toBeTruthy();

    // Forget asks first; keeping the answers puts focus back on its button.
    const forgetButton = screen.getByRole('button', { name: 'Forget my answers' });
    await u.click(forgetButton);
    const question = screen.getByRole('group', { name: /^Delete your answers, the details you typed and your ticks/ });
    await waitFor(() =>
      expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Keep them' })),
    );
    await u.click(within(question).getByRole('button', { name: 'Keep them' }));
    expect(screen.queryByRole('group', { name: /^Delete your answers/ })).toBeNull();
    expect(document.activeElement).toBe(forgetButton);
    // Escape keeps them as well (audit AH, L4).
    await u.click(forgetButton);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Keep them'));
    await u.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: /^Delete your answers/ })).toBeNull();
    expect(document.activeElement).toBe(forgetButton);
    expect(localStorage.getItem('refundpath.check')).not.toBeNull();
    await u.click(forgetButton);
    await u.click(screen.getByRole('button', { name: 'Delete them' }));
    expect(await screen.findByRole('heading', { name: 'Who was it for?' })).toBeTruthy();
    await waitFor(() => expect(localStorage.getItem('refundpath.check')).toBeNull());
    // Nothing of the check is left: Start over's copy went too.
    expect(sessionStorage.getItem('refundpath.check.undo')).toBeNull();
    await u.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await findDrawnPlan()).toBeTruthy();
    await waitFor(() => expect(localStorage.getItem('refundpath.check')).not.toBeNull());
    // Answering anew ends the chance to undo.
    await u.click(screen.getByRole('button', { name: 'Start over' }));
    await u.click(await screen.findByRole('radio', { name: 'Me, my family or a friend' }));
    await u.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { name: 'What went wrong?' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('offers Start over’s Undo again after a reload, until the user answers anew (audit AB, M6)', async () => {
    const u = user();
    history.replaceState(null, '', lateDeliveryLink);
    const first = render(() => <CheckApp {...checkProps()} />);
    await u.click(await screen.findByRole('button', { name: 'Start over' }, lazyScreen));
    expect(await screen.findByRole('heading', { name: 'Who was it for?' })).toBeTruthy();
    await waitFor(() => expect(localStorage.getItem('refundpath.check')).toBeNull());
    // The copy is the tab's: it goes when the tab closes, not kept in the browser until the check reopens (audit AH, H2).
    expect(sessionStorage.getItem('refundpath.check.undo')).toContain('"problem":"late-delivery"');
    expect(localStorage.getItem('refundpath.check.undo')).toBeNull();
    // The page goes (a reload, or WeChat dropping it in the background) and comes back.
    first.unmount();
    const second = render(() => <CheckApp {...checkProps()} />);
    expect(await screen.findByRole('heading', { name: 'Who was it for?' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(startedOver);
    await u.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await findDrawnPlan()).toBeTruthy();
    expect(sessionStorage.getItem('refundpath.check.undo')).toBeNull();
    // Started over again and answered anew: after a reload, nothing is offered.
    await u.click(screen.getByRole('button', { name: 'Start over' }));
    await u.click(await screen.findByRole('radio', { name: 'Me, my family or a friend' }));
    await u.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { name: 'What went wrong?' })).toBeTruthy();
    expect(sessionStorage.getItem('refundpath.check.undo')).toBeNull();
    second.unmount();
    render(() => <CheckApp {...checkProps()} />);
    expect(await screen.findByRole('heading', { name: 'What went wrong?' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('ends Start over’s Undo after its 30 minutes, and when another tab forgets the answers (audit AK, L1 and M1)', async () => {
    const u = user();
    history.replaceState(null, '', '/check/');
    // A copy kept 30 minutes ago, less 6 seconds (room for a slow machine): offered, then gone with its line, though
    // the page stays open.
    const copy = { v: tree.version, answers: { purpose: 'personal' }, ticks: [], at: Date.now() - 30 * 60_000 + 6000 };
    sessionStorage.setItem('refundpath.check.undo', JSON.stringify(copy));
    const first = render(() => <CheckApp {...checkProps()} />);
    expect(await screen.findByRole('button', { name: 'Undo' }, lazyScreen)).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull(), { timeout: 15_000 });
    expect(sessionStorage.getItem('refundpath.check.undo')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('');
    first.unmount();
    // Started over here; Forget in another tab reaches this tab's copy too.
    history.replaceState(null, '', lateDeliveryLink);
    render(() => <CheckApp {...checkProps()} />);
    await u.click(await screen.findByRole('button', { name: 'Start over' }, lazyScreen));
    expect(sessionStorage.getItem('refundpath.check.undo')).not.toBeNull();
    window.dispatchEvent(new StorageEvent('storage', { key: 'refundpath.check.forget', newValue: String(Date.now()) }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull());
    expect(sessionStorage.getItem('refundpath.check.undo')).toBeNull();
  }, 30_000);

  it('removes a Start over copy an earlier version left in the browser’s own storage (audit AH, H2)', async () => {
    history.replaceState(null, '', '/check/');
    const copy = { v: 2, answers: { purpose: 'personal' }, ticks: [], at: Date.now() };
    localStorage.setItem('refundpath.check.undo', JSON.stringify(copy));
    render(() => <CheckApp {...checkProps()} />);
    expect(await screen.findByRole('heading', { name: 'Who was it for?' }, lazyScreen)).toBeTruthy();
    expect(localStorage.getItem('refundpath.check.undo')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('shows a hint only to the readers it fits: the refund-after-return one to those who sent it back (audit AB, L5)', async () => {
    const hint = 'What the seller has said about the refund since it got the item back.';
    const base =
      '/check/#v=2&purpose=personal&problem=defective-or-damaged&platform=taobao&live-stream=no&received-on=2026-11-21&item-kind=other';
    history.replaceState(null, '', `${base}&tried=seller-refused`);
    const first = render(() => <CheckApp {...checkProps({ today: '2026-11-26' })} />);
    expect(await screen.findByRole('heading', { name: 'What did the seller say?' }, lazyScreen)).toBeTruthy();
    expect(screen.queryByText(hint)).toBeNull();
    first.unmount();
    localStorage.clear();
    history.replaceState(null, '', `${base}&tried=sent-back&returned-on=2026-11-24`);
    render(() => <CheckApp {...checkProps({ today: '2026-11-26' })} />);
    expect(await screen.findByRole('heading', { name: 'What did the seller say?' }, lazyScreen)).toBeTruthy();
    expect(screen.getByText(hint).id).toBe('q-seller-said-hint');
  });

  it('starts a long list of excuses with the common ones, the rest folded under "More answers"', async () => {
    const u = user();
    history.replaceState(
      null,
      '',
      '/check/#v=2&purpose=personal&problem=defective-or-damaged&platform=taobao&live-stream=no&received-on=2026-11-21&item-kind=other&tried=seller-refused',
    );
    render(() => <CheckApp {...checkProps({ today: '2026-11-26' })} />);
    expect(await screen.findByRole('heading', { name: 'What did the seller say?' }, lazyScreen)).toBeTruthy();
    const more = screen.getByText(/^More answers \(\d+\)$/).closest('details')!;
    expect(more.open).toBe(false);
    expect(more.querySelectorAll('input[type="radio"]').length).toBeGreaterThan(3);
    // The common ones are outside the fold; one from the fold can be chosen once it is open.
    expect(screen.getByRole('radio', { name: '“You signed for it, so no refund”' }).closest('details')).toBeNull();
    await u.click(screen.getByText(/^More answers/));
    await u.click(screen.getByRole('radio', { name: '“Only store credit or coupons”' }));
    await u.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() =>
      expect(document.querySelector('.check-app h2')?.textContent).not.toBe('What did the seller say?'),
    );
    // Going back, the fold is open because its answer is chosen there.
    await u.click(screen.getByRole('button', { name: 'Back' }));
    const back = await screen.findByRole('radio', { name: '“Only store credit or coupons”' });
    expect((back as HTMLInputElement).checked).toBe(true);
    expect(back.closest('details')?.open).toBe(true);
  });
});
