/**
 * The search page's behaviour, as a custom element so the markup stays server-rendered and works without JS.
 * Pagefind's own script is imported only on the first focus or keystroke in the box (or when the page opens with
 * ?q=), so nobody pays for search they do not use.
 */
import { fill } from '../lib/i18n/fill';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    query: string,
    options?: { filters?: Record<string, string> },
    debounceMs?: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

type Messages = Record<'idle' | 'loading' | 'count' | 'one' | 'none' | 'failed' | 'dev', string>;

class SearchPage extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #messages!: Messages;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #none!: HTMLElement;
  #results!: HTMLOListElement;
  #form!: HTMLFormElement;
  #latest = 0;

  connectedCallback() {
    this.#messages = JSON.parse(this.dataset.messages ?? '{}') as Messages;
    this.#form = this.querySelector('form')!;
    this.#input = this.querySelector('input[type="search"]')!;
    this.#status = this.querySelector('[data-status]')!;
    this.#results = this.querySelector('[data-results]')!;
    this.#none = this.querySelector('[data-none]')!;

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
    if (this.#input.value.trim()) void this.#search();
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
    if (!query) {
      this.#results.replaceChildren();
      this.#status.textContent = this.#messages.idle;
      return;
    }
    this.#status.textContent = this.#messages.loading;
    try {
      const pagefind = await this.#load();
      const search = await pagefind.debouncedSearch(query, kind ? { filters: { kind } } : {}, 150);
      if (!search || run !== this.#latest) return; // a newer keystroke superseded this one
      const data = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
      if (run !== this.#latest) return;
      this.#render(data);
      const count = search.results.length;
      const template = count === 0 ? this.#messages.none : count === 1 ? this.#messages.one : this.#messages.count;
      this.#status.textContent = fill(template, { count, query });
      this.#none.hidden = count > 0;
    } catch {
      this.#status.textContent = this.#messages.failed;
    }
  }

  #render(results: PagefindResultData[]) {
    const items = results.map((result) => {
      const item = document.createElement('li');
      const heading = document.createElement('h3');
      const link = document.createElement('a');
      link.href = result.url;
      // Metadata comes back unescaped from Pagefind: only ever set it as text.
      link.textContent = result.meta.title ?? result.url;
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
      // Pagefind's excerpt is escaped text with <mark> around the matched words.
      excerpt.innerHTML = result.excerpt;
      item.append(excerpt);
      return item;
    });
    this.#results.replaceChildren(...items);
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

export function defineSearchPage() {
  if (!customElements.get('search-page')) customElements.define('search-page', SearchPage);
}
