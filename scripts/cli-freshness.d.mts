// Types of scripts/cli-freshness.mjs for the TypeScript tests.
export interface CliSources {
  readonly folders: readonly string[];
  readonly files: readonly string[];
}
export declare const CLI_SOURCES: CliSources;
export declare const BUILT_CLI: string;
export declare function newestSourceTime(root: string, sources?: CliSources): number;
export declare function builtCliIsFresh(root: string, sources?: CliSources): boolean;
