// The template's colours in the editor: gradient stops (one to six), text and accent, and the
// caption highlight and text shadow, which follow the accent and text unless set.
import type { ReelforgeTemplate } from '#core/templates/template-schema.js';

type Palette = ReelforgeTemplate['palette'];

export function PaletteFields({
  draft,
  onChange,
}: {
  draft: ReelforgeTemplate;
  onChange: (next: ReelforgeTemplate) => void;
}) {
  const palette = draft.palette;
  const set = (next: Palette) => onChange({ ...draft, palette: next });
  const stops = palette.background;
  const colour = (label: string, value: string, change: (value: string) => void) => (
    <label>
      {label}
      <input type="color" value={value} onChange={(e) => change(e.target.value)} />
    </label>
  );
  const optional = (label: string, key: 'primary' | 'textShadow', fallback: string) => (
    <div className="row">
      <label>
        <input
          type="checkbox"
          checked={palette[key] !== undefined}
          onChange={(e) => {
            const { [key]: _dropped, ...rest } = palette;
            set(e.target.checked ? { ...rest, [key]: fallback } : rest);
          }}
        />
        Custom {label.toLowerCase()}
      </label>
      {palette[key] !== undefined &&
        colour(label, palette[key], (value) => set({ ...palette, [key]: value }))}
    </div>
  );
  return (
    <fieldset className="template-palette">
      <legend>Colours</legend>
      {stops.map((stop, index) => (
        <div className="row" key={index}>
          {colour(`Background colour ${index + 1}`, stop, (value) =>
            set({ ...palette, background: stops.map((c, i) => (i === index ? value : c)) }),
          )}
          {stops.length > 1 && (
            <button
              type="button"
              className="button small ghost"
              aria-label={`Remove background colour ${index + 1}`}
              onClick={() => set({ ...palette, background: stops.filter((_, i) => i !== index) })}
            >
              ✕
            </button>
          )}
        </div>
      ))}
      {stops.length < 6 && (
        <button
          type="button"
          className="button small"
          onClick={() => set({ ...palette, background: [...stops, stops.at(-1) ?? '#000000'] })}
        >
          Add background colour
        </button>
      )}
      {colour('Text colour', palette.text, (text) => set({ ...palette, text }))}
      {colour('Accent colour', palette.accent, (accent) => set({ ...palette, accent }))}
      {optional('Caption highlight', 'primary', palette.accent)}
      {optional('Text shadow', 'textShadow', '#000000')}
    </fieldset>
  );
}
