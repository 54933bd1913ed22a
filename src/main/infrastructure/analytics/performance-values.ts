/**
 * Cell values of analytics exports, as spreadsheets and platforms write them. Each reader returns
 * the value or a string saying what was expected.
 */

export type CellReading<T> = { readonly value: T } | { readonly problem: string };

const SPACES = /[\s\u00a0\u202f]/g;

/** A whole count: `1234`, `1,234`, `1 234`, `1.2K`, `3M`. */
export function readCount(text: string): CellReading<number> {
  const cleaned = text.replace(SPACES, '').replace(/,/g, '');
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(cleaned);
  if (!match) return { problem: `expected a whole number of 0 or more, got ${JSON.stringify(text)}` };
  const scale = match[2] === '' ? 1 : match[2]!.toLowerCase() === 'k' ? 1_000 : 1_000_000;
  const value = Number(match[1]) * scale;
  if (!Number.isInteger(value) && scale === 1) {
    return { problem: `expected a whole number, got ${JSON.stringify(text)}` };
  }
  return { value: Math.round(value) };
}

/** Seconds: `83`, `83.5`, `12.3s`, `1:23` or `0:01:23`. */
export function readSeconds(text: string): CellReading<number> {
  const cleaned = text.replace(SPACES, '');
  const plain = /^(\d+(?:\.\d+)?)s?$/.exec(cleaned);
  if (plain) return { value: Number(plain[1]) };
  const clock = /^(?:(\d+):)?(\d{1,2}):(\d{2}(?:\.\d+)?)$/.exec(cleaned);
  if (clock) return { value: Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]) };
  return { problem: `expected seconds (83, 12.5s, 1:23 or 0:01:23), got ${JSON.stringify(text)}` };
}

/**
 * A share from 0 to 1. `percent` columns hold 0–100 (`45.3`, `45.3%`); others hold 0–1 (`0.453`)
 * but may also say `45.3%`.
 */
export function readRate(text: string, percent: boolean): CellReading<number> {
  const cleaned = text.replace(SPACES, '');
  const match = /^(\d+(?:\.\d+)?)(%?)$/.exec(cleaned);
  if (!match)
    return {
      problem: `expected a ${percent ? 'percentage' : 'rate from 0 to 1'}, got ${JSON.stringify(text)}`,
    };
  const value = percent || match[2] === '%' ? Number(match[1]) / 100 : Number(match[1]);
  if (value > 1) {
    return { problem: `${JSON.stringify(text)} is over ${percent || match[2] === '%' ? '100 %' : '1'}` };
  }
  return { value };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A day as `YYYY-MM-DD`: from `2026-12-04`, `2026-12-04T10:00:00Z`, `2026/12/04` or `Dec 4, 2026`. */
export function readDate(text: string): CellReading<string> {
  const trimmed = text.trim();
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ].*)?$/.exec(trimmed);
  const named = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})$/.exec(trimmed);
  const parts = iso
    ? { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) }
    : named && MONTHS.includes(named[1]!.toLowerCase())
      ? { year: Number(named[3]), month: MONTHS.indexOf(named[1]!.toLowerCase()) + 1, day: Number(named[2]) }
      : undefined;
  if (parts) {
    const date = new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
    if (date.getUTCMonth() === parts.month - 1 && date.getUTCDate() === parts.day) {
      return { value: date.toISOString().slice(0, 10) };
    }
  }
  return { problem: `expected a date such as 2026-12-04, got ${JSON.stringify(text)}` };
}
