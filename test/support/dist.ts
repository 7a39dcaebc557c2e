/** Reading the built site in dist/ for static checks. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';

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
  if (file === '404.html') return '/404/';
  return `/${file.replace(/index\.html$/, '')}`;
}

export function readPage(file: string): BuiltPage {
  const html = readFileSync(new URL(file, distDir), 'utf8');
  return { file, url: urlOfFile(file), root: parse(html) };
}

export function allPages(): BuiltPage[] {
  return htmlFiles().map(readPage);
}
