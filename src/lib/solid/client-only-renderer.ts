/**
 * The browser half of Astro's Solid renderer, for islands that run only in the browser (`client:only`), which is all
 * this site has. It stands in for `@astrojs/solid-js/client.js` (astro.config.mjs points that name here), which wraps
 * every island's props in a Solid store so a server-rendered island can be handed new props: that needs
 * `solid-js/store`, 2.2 KB of the check page's 25 KB gzip budget, and a `client:only` island never gets new props.
 * Anything else (slots, server rendering) is refused loudly rather than half-done.
 */
import { createComponent, render } from 'solid-js/web';
import type { Component } from 'solid-js';

type Hydrator = (
  component: Component<Record<string, unknown>>,
  props: Record<string, unknown>,
  slotted: Record<string, string>,
  options: { client: string },
) => void;

export default (element: HTMLElement): Hydrator =>
  (component, props, slotted, { client }) => {
    // Astro calls the renderer once the island's element is ready; like the official renderer, wait until it is.
    if (!element.hasAttribute('ssr')) return;
    if (client !== 'only') throw new Error(`This site's Solid renderer runs client:only islands, not client:${client}`);
    if (Object.keys(slotted).length) throw new Error("This site's Solid islands take no children or slots");
    element.innerHTML = '';
    const dispose = render(() => createComponent(component, props), element);
    element.addEventListener('astro:unmount', () => dispose(), { once: true });
  };
