/**
 * The one `{name}` filler for every string the site shows: UI dictionaries at build time, the check island and the
 * search page in the browser. A placeholder without a value throws, because a sentence with a raw `{name}` in it is a
 * bug: in the build it fails the page, in the browser it is a page error that the end-to-end tests fail on.
 */
export type FillValues = Readonly<Record<string, string | number>>;

export function fill(template: string, values: FillValues = {}, what = 'a UI string'): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${what} needs a value for {${name}}: "${template}"`);
    return String(value);
  });
}
