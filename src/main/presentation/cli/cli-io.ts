/** Where the CLI writes; a seam so commands stay testable and never touch process globals. */
export interface CliIO {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** True when stderr is a terminal: progress bars are drawn only then. */
  readonly interactive: boolean;
  readonly env: NodeJS.ProcessEnv;
}

export function processIO(): CliIO {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    interactive: Boolean(process.stderr.isTTY),
    env: process.env,
  };
}

/** A wrong flag or argument: printed with the usage hint, exit code 2. */
export class UsageError extends Error {}
