import type { ChannelStyle } from '#core/channel.js';

/** The channel's look: palette swatches, motion and pace. */
export function ChannelStylePanel({ style, name }: { style: ChannelStyle; name: string }) {
  const { palette } = style;
  const swatches: [string, string][] = [
    ...palette.background.map((c, i): [string, string] => [`Background ${i + 1}`, c]),
    ['Primary', palette.primary],
    ['Accent', palette.accent],
    ['Text', palette.text],
    ['Text shadow', palette.textShadow],
  ];
  return (
    <section className="panel" aria-label="Channel style">
      <h2>Channel style · {name}</h2>
      <ul className="swatches">
        {swatches.map(([label, colour]) => (
          <li key={label} className="swatch">
            <span className="swatch-colour" style={{ background: colour }} aria-hidden="true" />
            <span className="swatch-label">{label}</span>
            <code>{colour}</code>
          </li>
        ))}
      </ul>
      <dl className="facts">
        <dt>Animation</dt>
        <dd>{style.animation}</dd>
        <dt>Pace</dt>
        <dd>{style.wordsPerMinute} words/min</dd>
        <dt>Transition</dt>
        <dd>
          {style.transition} ({style.transitionSeconds} s)
        </dd>
        <dt>Fonts</dt>
        <dd>
          {style.fonts.heading} / {style.fonts.body}
        </dd>
      </dl>
    </section>
  );
}
