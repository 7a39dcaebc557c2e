/** Reading the built site in dist/ for static checks. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { localizePath, splitLocale, type Locale } from '../../src/lib/i18n/locales';

export const distDir = new URL('../../dist/', import.meta.url);

export interface BuiltPage {
  /** Path relative to dist/, e.g. "excuses/signed-for-no-refund/index.html". */
  file: string;
  /** The URL path it is served at, e.g. "/excuses/signed-for-no-refund/". */
  url: string;
  root: HTMLElement;
}

export function htmlFiles(): string[] {
  return (readdirSync(distDir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split('\\').join('/'))
    .sort();
}

export function urlOfFile(file: string): string {
  if (file.endsWith('404.html')) return `/${file.replace(/\.html$/, '/')}`;
  return `/${file.replace(/index\.html$/, '')}`;
}

/** The locale a built URL belongs to, and the same site path in that locale ("/search/" -> "/zh-cn/search/"). */
export function localeOfUrl(url: string): Locale {
  return splitLocale(url).locale;
}
export function inLocaleOf(url: string, path: string): string {
  return localizePath(path, localeOfUrl(url));
}

export function readPage(file: string): BuiltPage {
  const html = readFileSync(new URL(file, distDir), 'utf8');
  return { file, url: urlOfFile(file), root: parse(html) };
}

// Parsed once per test worker (the dist project shares modules between its files): several files read every page,
// and none changes a parsed page (those that remove parts work on a clone).
let parsed: readonly BuiltPage[] | undefined;

export function allPages(): BuiltPage[] {
  parsed ??= htmlFiles().map(readPage);
  return [...parsed];
}
