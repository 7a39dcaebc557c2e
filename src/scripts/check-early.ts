/**
 * The check page's early script: when the page will open on a plan (a share link, or a check saved on its plan),
 * it starts fetching the plan's code and words at once, beside the island's own code. Left to the island, they are
 * asked for only once it has loaded and started, two round trips later: on a slow phone network (Lighthouse's
 * simulation) the English plan from a share link drew about 300 ms later. The island's own imports then find them
 * loaded or on the way (one module map per page), so nothing is fetched twice.
 */
import type { Locale } from '../lib/i18n/locales';

// Each language's plan words, as its island loads them (texts/en.ts, texts/zh-cn.ts).
const planTexts: Record<Locale, () => Promise<unknown>> = {
  en: () => import('../lib/check/texts/en/plan-texts'),
  'zh-cn': () => import('../lib/check/texts/zh-cn/plan-texts'),
};

// A fetch that fails here fails the island's import of the same file too (a page keeps one module map), and the
// island says so and offers a reload (CheckApp's error boundary): swallowed here, so it is not reported twice.
const ignore = () => undefined;
const locale = document.getElementById('check-data')?.dataset.locale as Locale | undefined;
// The page's inline script has marked a page that will open on a plan (CheckPage.astro, with opensOnPlan).
if (locale && document.documentElement.dataset.checkOpens === 'plan') {
  import('../components/check/PlanScreen').catch(ignore);
  planTexts[locale]?.().catch(ignore);
}
