// Types of scripts/electron-sqlite.mjs for the TypeScript tests.
export declare const PACKAGED_SQLITE_BINDING: string;
export declare const PACKAGED_SQLITE_RESOURCE: string;
export type StartStep = 'install-electron' | 'fetch-sqlite-for-electron' | 'launch';
export declare function electronSqliteBinding(
  root: string,
  electronVersion: string,
  platform?: string,
  arch?: string,
): string;
export declare function planStart(state: {
  readonly hasElectron: boolean;
  readonly hasSqliteBinding: boolean;
}): StartStep[];
export declare function fetchSqliteForElectron(options: {
  readonly packageDir: string;
  readonly electronVersion: string;
  readonly destination: string;
  readonly run?: (
    command: string,
    args: readonly string[],
    options: { cwd: string },
  ) => { status: number | null; stderr?: string };
}): string | undefined;
export declare function launchCommand(options: {
  readonly mode: string;
  readonly electronViteCli: string;
  readonly binding: string;
  readonly extraArgs?: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly node: string;
}):
  | {
      readonly command: string;
      readonly args: string[];
      readonly env: Record<string, string | undefined>;
    }
  | undefined;
