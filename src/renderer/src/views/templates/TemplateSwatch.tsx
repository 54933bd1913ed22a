// A template's look at a glance, drawn from its own fields: background (gradient or solid), text
// and accent colours in its heading font. Not a rendered poster frame.
import type { ReelforgeTemplate } from '#core/templates/template-schema.js';

export function TemplateSwatch({
  template,
  large = false,
}: {
  template: ReelforgeTemplate;
  large?: boolean;
}) {
  const stops = template.palette.background;
  const background =
    template.background.kind === 'solid' || stops.length === 1
      ? stops[0]
      : `linear-gradient(180deg, ${stops.join(', ')})`;
  return (
    <div
      className={large ? 'template-swatch large' : 'template-swatch'}
      data-testid="template-swatch"
      style={{
        background,
        color: template.palette.text,
        fontFamily: template.fonts.heading,
        aspectRatio: '9 / 16',
        width: large ? 180 : 90,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
        alignItems: 'center',
        borderRadius: 8,
      }}
    >
      <strong>Aa</strong>
      <span style={{ color: template.palette.accent }}>●</span>
    </div>
  );
}
