import type { QrCodeGenerateResult } from 'uqr';

/**
 * A QR code drawn from its bit matrix (never from markup), as one SVG path. With `focus`, it takes the focus when
 * drawn: it replaces the button that asked for it, and focus must not fall back to the top of the page.
 */
export default function QrCode(props: { code: QrCodeGenerateResult; label?: string; focus?: boolean }) {
  return (
    <svg
      ref={(el) => props.focus && queueMicrotask(() => el.focus())}
      tabindex={props.focus ? -1 : undefined}
      class="check-qr"
      role={props.label ? 'img' : undefined}
      aria-label={props.label}
      viewBox={`0 0 ${props.code.size} ${props.code.size}`}
      shape-rendering="crispEdges"
    >
      <rect width="100%" height="100%" fill="#fff" />
      <path
        fill="#000"
        d={props.code.data.flatMap((row, y) => row.map((dark, x) => (dark ? `M${x} ${y}h1v1h-1z` : ''))).join('')}
      />
    </svg>
  );
}
