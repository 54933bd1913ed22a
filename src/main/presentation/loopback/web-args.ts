export interface WebArgs {
  readonly port: number;
  readonly dataDir?: string;
  readonly help: boolean;
}

export const WEB_USAGE = `Usage: npm run web -- [--port N] [--data-dir DIR]

Serves the Reelforge UI to a browser on this computer (127.0.0.1 only).
  --port N        port to listen on (default: a free one)
  --data-dir DIR  data folder (database, config.json); default REELFORGE_DATA_DIR or the app-data folder`;

export class WebArgsError extends Error {
  constructor(message: string) {
    super(`${message}\n\n${WEB_USAGE}`);
    this.name = 'WebArgsError';
  }
}

/** Reads `--port N` / `--port=N`, `--data-dir DIR` / `--data-dir=DIR` and `--help`. */
export function parseWebArgs(argv: readonly string[]): WebArgs {
  let port = 0;
  let dataDir: string | undefined;
  let help = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string => {
      const next = inline ?? argv[++i];
      if (next === undefined || next === '') throw new WebArgsError(`${flag} needs a value`);
      return next;
    };
    if (flag === '--help' || flag === '-h') help = true;
    else if (flag === '--port') {
      const text = value();
      port = Number(text);
      if (!/^\d+$/.test(text) || port > 65_535)
        throw new WebArgsError(`--port: "${text}" is not a port number (0–65535)`);
    } else if (flag === '--data-dir') dataDir = value();
    else throw new WebArgsError(`unknown option "${arg}"`);
  }
  return { port, dataDir, help };
}
