/** Horizontal bars in plain CSS: label, bar scaled to the largest value, count. */
export function BarChart({
  title,
  data,
  colours,
}: {
  title: string;
  data: Readonly<Record<string, number>>;
  colours?: ReadonlyMap<string, string>;
}) {
  const rows = Object.entries(data).sort((a, b) => b[1] - a[1]);
  const max = Math.max(1, ...rows.map(([, v]) => v));
  return (
    <figure className="chart" data-testid="bar-chart">
      <figcaption>{title}</figcaption>
      {rows.length === 0 ? (
        <p className="muted">No data yet</p>
      ) : (
        <ul className="bars" aria-label={title}>
          {rows.map(([label, value]) => (
            <li key={label} className="bar-row">
              <span className="bar-label">{label || '—'}</span>
              <span className="bar-track" aria-hidden="true">
                <span
                  className="bar-fill"
                  style={{ width: `${(value / max) * 100}%`, background: colours?.get(label) }}
                />
              </span>
              <span className="bar-value" aria-label={`${label}: ${value}`}>
                {value}
              </span>
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
