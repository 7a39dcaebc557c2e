/**
 * Whether the check page will open on a plan: a share link in the fragment (`#v=2&…`; a language switch made without
 * storage carries its state there too, with the screen it was on), or a check saved on its plan screen. The check
 * page runs this function's own source as an inline script while it is parsed (CheckPage.astro), before anything has
 * loaded: so it reads nothing outside itself (no import, no outer name), only its arguments and the browser's globals.
 */

/** storage.ts's key, written out (importing it would bring storage.ts and the tree): a unit test holds them equal. */
export const savedCheckKey = 'refundpath.check';

export function opensOnPlan(hash: string, readSaved: () => string | null): boolean {
  const link = new URLSearchParams(hash.replace(/^#/, ''));
  if (/^\d+$/.test(link.get('v') ?? '')) return (link.get('screen') ?? 'plan') === 'plan';
  try {
    // A guess, not a parse: a wrong guess fetches the plan's code sooner or later than it is needed, and leaves the
    // intro out until the island's first screen puts it back (CheckApp).
    return readSaved()?.includes('"screen":"plan"') ?? false;
  } catch {
    // Storage blocked (site data off): reading it throws.
    return false;
  }
}
