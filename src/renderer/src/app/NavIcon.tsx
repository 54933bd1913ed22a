// The sidebar's icons as SVG: a character such as "⧗" (the old Queue icon) is missing from most
// UI fonts and showed as a missing-glyph box.
import type { ReactElement } from 'react';
import type { ViewId } from './navigation.js';

const PATHS: Readonly<Record<ViewId, ReactElement>> = {
  // Stacked pages.
  library: <path d="M3 3h10v2H3zM3 7h10v2H3zM3 11h10v2H3z" />,
  // An hourglass.
  queue: <path d="M3 2h10v2l-3.5 4L13 12v2H3v-2l3.5-4L3 4z" />,
  // A grid of thumbnails.
  history: <path d="M2 2h5v5H2zM9 2h5v5H9zM2 9h5v5H2zM9 9h5v5H9z" />,
  // Bars of a chart (A/B results).
  analytics: <path d="M2 13h12v1.5H2zM3 8h2.5v4H3zM7 4h2.5v8H7zM11 6h2.5v6H11z" />,
  // A plug.
  providers: <path d="M5 1h2v4h2V1h2v4h1v3a4 4 0 0 1-3 3.9V15H7v-3.1A4 4 0 0 1 4 8V5h1z" />,
  // Sliders.
  settings: <path d="M2 4h7V2h2v2h3v2h-3v2H9V6H2zM2 10h3V8h2v2h7v2H7v2H5v-2H2z" />,
  // A palette: a frame with two colour blocks (templates).
  templates: <path d="M2 2h12v12H2zM4 4v8h3.5V4zM8.5 4v8H12V4z" />,
};

export function NavIcon({ view }: { view: ViewId }) {
  return (
    <svg
      className="nav-icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      fill="currentColor"
      aria-hidden="true"
    >
      {PATHS[view]}
    </svg>
  );
}
