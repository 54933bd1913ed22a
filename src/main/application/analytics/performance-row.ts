/** One row of an analytics export, read and checked: a video's numbers, on one day or to date. */
export interface PerformanceRow {
  /** Line of the file it came from. */
  readonly line: number;
  /** As the file names the video: a job id, a unique id prefix, an output file name or a title. */
  readonly video: string;
  readonly views: number;
  readonly likes?: number;
  readonly comments?: number;
  readonly shares?: number;
  readonly averageViewDurationSeconds?: number;
  /** 0–1. */
  readonly completionRate?: number;
  /** `YYYY-MM-DD`, or '' for numbers to date. */
  readonly date: string;
}
