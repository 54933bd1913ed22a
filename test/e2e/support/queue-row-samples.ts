// What a queue row shows while its render runs, read from the page every few tens of milliseconds
// until the render ends: status, percentage, elapsed time and ETA as the user reads them.
import type { Locator } from 'playwright-core';

export interface QueueRowSample {
  /** Wall-clock time of the reading (ms since the epoch). */
  readonly atMs: number;
  readonly status: string;
  readonly percent: number;
  readonly elapsed: string;
  /** "About 7.9 s left", "Estimating time left…", or '' when the row shows none. */
  readonly eta: string;
}

/** The row's element, as far as these readings need it (the Node typings here have no DOM lib). */
interface RowElement {
  readonly dataset: { readonly status?: string };
  querySelector(
    selector: string,
  ): { readonly textContent: string | null; getAttribute(name: string): string | null } | null;
}

const FINISHED = new Set(['completed', 'failed', 'cancelled', 'interrupted']);

/** Samples `row` until its status is a finished one (or `timeoutMs` passes, which throws). */
export async function sampleQueueRow(
  row: Locator,
  timeoutMs: number,
  intervalMs = 50,
): Promise<QueueRowSample[]> {
  const samples: QueueRowSample[] = [];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const read = await row.evaluate((element) => {
      const el = element as unknown as RowElement;
      return {
        status: el.dataset.status ?? '',
        percent: Number(el.querySelector('[role=progressbar]')?.getAttribute('aria-valuenow') ?? 0),
        elapsed: el.querySelector('[data-testid=queue-elapsed]')?.textContent ?? '',
        eta: el.querySelector('[data-testid=queue-eta]')?.textContent ?? '',
      };
    });
    samples.push({ atMs: Date.now(), ...read });
    if (FINISHED.has(read.status)) return samples;
    if (Date.now() > deadline)
      throw new Error(`the render did not finish within ${timeoutMs} ms: last ${JSON.stringify(read)}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Seconds in an ETA ("About 1 min 5 s left" → 65), undefined when it gives none. */
export function etaSeconds(eta: string): number | undefined {
  const match = /^About (?:(\d+) min )?([\d.]+) s left$/.exec(eta);
  return match ? Number(match[1] ?? 0) * 60 + Number(match[2]) : undefined;
}
