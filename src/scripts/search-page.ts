/**
 * The search page's behaviour, as a custom element so the markup stays server-rendered and works without JS.
 * Pagefind's own script is imported only on the first focus or keystroke in the box (or when the page opens with
 * ?q=), so nobody pays for search they do not use.
 */
import { chineseRuns, markChineseInHtml } from '../lib/i18n/chinese-runs';
import { fill } from '../lib/i18n/fill';
import { fewResults, findPages, type Search, type SearchWords, type Segment } from '../lib/search/broaden';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    query: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { id: string; score: number; data(): Promise<PagefindResultData> }[] }>;
}

type Messages = Record<
  'idle' | 'loading' | 'count' | 'one' | 'none' | 'partial' | 'more' | 'noneInKind' | 'failed' | 'dev',
  string
>;

/** The results the page shows for a query: the first pages' data, best first; how many hold every word; how many in all. */
export interface PageResults {
  readonly pages: readonly PagefindResultData[];
  readonly whole: number;
  readonly total: number;
}

/** Keystrokes closer together than this make one search. */
const debounceMs = 150;

class SearchPage extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #messages!: Messages;
  #words!: SearchWords;
  #segment!: Segment;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #none!: HTMLElement;
  #all!: HTMLElement;
  #results!: HTMLOListElement;
  #form!: HTMLFormElement;
  #latest = 0;

  connectedCallback() {
    this.#messages = JSON.parse(this.dataset.messages ?? '{}') as Messages;
    this.#words = JSON.parse(this.dataset.words ?? '{"stop":[],"same":[]}') as SearchWords;
    this.#segment = segmenter(document.documentElement.lang);
    this.#form = this.querySelector('form')!;
    this.#input = this.querySelector('input[type="search"]')!;
    this.#status = this.querySelector('[data-status]')!;
    this.#results = this.querySelector('[data-results]')!;
    this.#none = this.querySelector('[data-none]')!;
    this.#all = this.querySelector('[data-all]')!;

    if (this.dataset.dev === 'true') {
      this.#status.textContent = this.#messages.dev;
      return;
    }

    const params = new URLSearchParams(location.search);
    this.#input.value = params.get('q') ?? '';
    const kind = params.get('kind') ?? '';
    const radio = this.#form.querySelector<HTMLInputElement>(`input[name="kind"][value="${CSS.escape(kind)}"]`);
    if (radio) radio.checked = true;

    this.#input.addEventListener('focus', () => void this.#load(), { once: true });
    this.#input.addEventListener('input', () => void this.#search());
    this.#form.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).name === 'kind') void this.#search();
    });
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#search();
    });
    this.#all.querySelector('button')!.addEventListener('click', () => {
      this.#form.querySelector<HTMLInputElement>('input[name="kind"][value=""]')!.checked = true;
      void this.#search();
    });
    if (this.#input.value.trim()) void this.#search();
  }

  /**
   * The guides for a query (with a kind's filter, or none): what the page shows, best first. Public, so the search
   * tests ask exactly what readers get.
   */
  async find(query: string, kind = ''): Promise<PageResults> {
    const pagefind = await this.#load();
    const search: Search<PagefindResultData> = async (q) =>
      (await pagefind.search(q, kind ? { filters: { kind } } : {})).results;
    const found = await findPages(search, query, this.#words, this.#segment);
    const pages = await Promise.all(found.hits.slice(0, 20).map((hit) => hit.data()));
    return { pages, whole: found.whole, total: found.hits.length };
  }

  #load(): Promise<Pagefind> {
    // A variable path keeps the bundler from trying to resolve a file that only exists after the build.
    const url = '/pagefind/pagefind.js';
    this.#pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pagefind) => {
      await pagefind.options({ excerptLength: 24 });
      await pagefind.init();
      return pagefind;
    });
    return this.#pagefind;
  }

  async #search() {
    const query = this.#input.value.trim();
    const kind = this.#form.querySelector<HTMLInputElement>('input[name="kind"]:checked')?.value ?? '';
    this.#syncUrl(query, kind);
    const run = ++this.#latest;
    this.#none.hidden = true;
    this.#all.hidden = true;
    if (!query) {
      this.#results.replaceChildren();
      this.#status.textContent = this.#messages.idle;
      return;
    }
    this.#status.textContent = this.#messages.loading;
    try {
      await new Promise((resolve) => setTimeout(resolve, debounceMs));
      if (run !== this.#latest) return; // a newer keystroke superseded this one
      const { pages, whole, total } = await this.find(query, kind);
      if (run !== this.#latest) return;
      this.#render(pages);
      this.#status.textContent = this.#describe(query, kind, total, whole);
      this.#none.hidden = pages.length > 0;
      // A filter may have hidden the guides that hold every word: it can be lifted with one tap.
      this.#all.hidden = !kind || whole >= fewResults;
    } catch {
      this.#status.textContent = this.#messages.failed;
    }
  }

  /** The status line: how many guides hold every word, and whether looser matches follow. */
  #describe(query: string, kind: string, total: number, whole: number): string {
    const m = this.#messages;
    if (total === 0) return fill(kind ? m.noneInKind : m.none, { query });
    if (whole === 0) return fill(m.partial, { query });
    const count = fill(whole === 1 ? m.one : m.count, { count: whole, query });
    return whole < total ? `${count} ${m.more}` : count;
  }

  #render(results: readonly PagefindResultData[]) {
    const items = results.map((result) => {
      const item = document.createElement('li');
      const heading = document.createElement('h3');
      const link = document.createElement('a');
      link.href = result.url;
      // Metadata comes back unescaped from Pagefind: only ever set it as text (Chinese words marked as Chinese on a
      // page in another language, as the built pages are: see lib/i18n/chinese-runs.ts).
      link.append(...this.#marked(result.meta.title ?? result.url));
      heading.append(link);
      item.append(heading);
      const kind = result.filters.kind?.[0];
      if (kind) {
        const label = document.createElement('p');
        label.className = 'search-result__kind';
        label.textContent = kind;
        item.append(label);
      }
      const excerpt = document.createElement('p');
      // Pagefind's excerpt is escaped text with <mark> around the matched words; marking only adds spans around text.
      excerpt.innerHTML = this.#marksChinese
        ? markChineseInHtml(`<span lang="en">${result.excerpt}</span>`)
        : result.excerpt;
      item.append(excerpt);
      return item;
    });
    this.#results.replaceChildren(...items);
  }

  /** A page in another language marks the Chinese words in its results (a Chinese page's are its own language). */
  get #marksChinese(): boolean {
    return !document.documentElement.lang.toLowerCase().startsWith('zh');
  }

  /** Text as nodes, each Chinese run in its own lang="zh-CN" span where the page marks them. */
  #marked(text: string): (string | HTMLElement)[] {
    if (!this.#marksChinese) return [text];
    return chineseRuns(text).map((part) => {
      if (!part.zh) return part.text;
      const span = document.createElement('span');
      span.lang = 'zh-CN';
      span.textContent = part.text;
      return span;
    });
  }

  #syncUrl(query: string, kind: string) {
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    if (kind) url.searchParams.set('kind', kind);
    else url.searchParams.delete('kind');
    history.replaceState(null, '', url);
  }
}

/** Splits a query into words as Pagefind does (Intl.Segmenter in the page's language), or at spaces without it. */
function segmenter(lang: string): Segment {
  if (typeof Intl.Segmenter !== 'function') return (query) => query.split(/\s+/).filter(Boolean);
  const words = new Intl.Segmenter(lang, { granularity: 'word' });
  return (query) => [...words.segment(query)].filter((part) => part.isWordLike).map((part) => part.segment);
}

export function defineSearchPage() {
  if (!customElements.get('search-page')) customElements.define('search-page', SearchPage);
}
