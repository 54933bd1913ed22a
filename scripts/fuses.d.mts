// Types of scripts/fuses.mjs for the TypeScript tests.
export declare const REQUIRED_FUSES: Readonly<Record<string, boolean>>;
export declare class FuseError extends Error {}
export declare function fuseConfig(
  FuseVersion: { readonly V1: string | number },
  FuseV1Options: Readonly<Record<string, unknown>>,
): Record<string | number, unknown>;
export declare function packagedBinary(options: {
  readonly appOutDir: string;
  readonly platform: string;
  readonly productFilename: string;
  readonly executableName?: string;
}): string;
export declare function applyFuses(
  binary: string | undefined,
  options?: { readonly platform?: string; readonly arch?: string },
): Promise<void>;
export default function afterPack(context: unknown): Promise<void>;
