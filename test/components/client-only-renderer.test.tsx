import { onCleanup } from 'solid-js';
import { describe, expect, it } from 'vitest';
import renderer from '../../src/lib/solid/client-only-renderer';

function island(ssr = true) {
  const element = document.createElement('astro-island');
  if (ssr) element.setAttribute('ssr', '');
  element.innerHTML = '<p>placeholder</p>';
  document.body.append(element);
  return element;
}

describe("the site's Solid renderer (client:only islands)", () => {
  it('draws the island with its props in place of what the element held, and disposes it on astro:unmount', () => {
    const element = island();
    let cleaned = false;
    const Greeting = (props: Record<string, unknown>) => {
      onCleanup(() => (cleaned = true));
      return <p class="greeting">Hello {String(props.name)}</p>;
    };
    renderer(element)(Greeting, { name: 'Li' }, {}, { client: 'only' });
    expect(element.textContent).toBe('Hello Li');
    expect(element.querySelector('.greeting')).not.toBeNull();
    element.dispatchEvent(new Event('astro:unmount'));
    expect(cleaned).toBe(true);
  });

  it('waits while the element is not ready (no ssr attribute), as the official renderer does', () => {
    const element = island(false);
    renderer(element)(() => <p>drawn</p>, {}, {}, { client: 'only' });
    expect(element.textContent).toBe('placeholder');
  });

  it('refuses what it does not do: server-rendered islands and slots', () => {
    expect(() => renderer(island())(() => <p />, {}, {}, { client: 'load' })).toThrow(/client:only/);
    expect(() => renderer(island())(() => <p />, {}, { default: '<b>child</b>' }, { client: 'only' })).toThrow(/slots/);
  });
});
