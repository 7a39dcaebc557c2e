/** Placeholders in message templates: `{order_no}`. Pure functions shared by the site build and the check. */

const placeholderPattern = /\{([a-z_]+)\}/g;

/** Names of the placeholders a text uses, in order of first use. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(placeholderPattern)].map((m) => m[1]!))];
}

export type TemplatePart = { text: string } | { placeholder: string };

/** Splits a template into plain text and placeholders, so a renderer can show each safely and differently. */
export function templateParts(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of text.matchAll(placeholderPattern)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ placeholder: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/**
 * Fills the placeholders it has values for and leaves the others visible as `{name}`, so the reader sees what is
 * still missing rather than a blank. Values are plain text; the caller renders the result as text, never as HTML.
 */
export function fillTemplate(text: string, values: Readonly<Record<string, string | undefined>>): string {
  return text.replace(placeholderPattern, (whole, name: string) => {
    const value = values[name]?.trim();
    return value ? value : whole;
  });
}
