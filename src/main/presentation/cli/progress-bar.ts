/** One line of a terminal progress bar, e.g. `[#######.....]  58% rendering  clarity.json`. */
export function formatProgressLine(label: string, progress: number, stage: string, width = 24): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(progress) ? progress : 0));
  const filled = Math.round(clamped * width);
  const bar = '#'.repeat(filled) + '.'.repeat(width - filled);
  const percent = `${Math.floor(clamped * 100)}%`.padStart(4);
  return `[${bar}] ${percent} ${stage.padEnd(22).slice(0, 22)} ${label}`;
}
