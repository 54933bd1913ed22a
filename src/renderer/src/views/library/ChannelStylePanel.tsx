import type { ChannelStyle } from '#core/channel.js';

/**
 * The look the render will have: palette swatches, motion and pace. With a template the look is
 * the template's (over the channel's pace and rules), so the heading names the template.
 */
export function ChannelStylePanel({
  style,
  name,
  template,
}: {
  style: ChannelStyle;
  name: string;
  template?: string;
}) {
  const heading = template !== undefined ? `Template style · ${template}` : `Channel style · ${name}`;
  const { palette } = style;
  const swatches: [string, string][] = [
    ...palette.background.map((c, i): [string, string] => [`Background ${i + 1}`, c]),
    ['Primary', palette.primary],
    ['Accent', palette.accent],
    ['Text', palette.text],
    ['Text shadow', palette.textShadow],
  ];
  return (
    <section className="panel" aria-label={template !== undefined ? 'Template style' : 'Channel style'}>
      <h2>
        {heading}
        {template !== undefined && <span className="muted"> on channel {name}</span>}
      </h2>
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
