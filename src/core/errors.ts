/**
 * Typed errors of the domain. Every error a user can see carries enough context
 * to act on it: the file, field and line for scripts, the provider for renders.
 */
import { escapeForOneLine } from './one-line.js';
import type { VideoScript } from './script.js';

/** One problem found in a script. `line` is 1-based and only set for text formats. */
export interface ValidationIssue {
  readonly file?: string;
  readonly field: string;
  readonly line?: number;
  readonly message: string;
  /**
   * Set when the problem is a render option, not a script field (e.g. a template chosen for the
   * render): `field` is then the option's neutral name, which each front end words its own way.
   */
  readonly option?: RenderOptionName;
}

/** The render options the front ends pass: CLI flags, REST body fields, desktop form fields. */
export type RenderOptionName = 'variant' | 'voice' | 'template' | 'platform' | 'channel' | 'aspect';

/**
 * `file:line N: field: message` as one line: control characters, line separators and bidi
 * overrides in the file name (or in text the message quotes) are escaped, see `escapeForOneLine`.
 */
export function formatValidationIssue(issue: ValidationIssue): string {
  const where = [issue.file ?? '<input>', issue.line !== undefined ? `line ${issue.line}` : undefined]
    .filter(Boolean)
    .join(':');
  return escapeForOneLine(`${where}: ${issue.field}: ${issue.message}`);
}

export class ReelforgeError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/**
 * A render option the script or this machine cannot take, named neutrally (`variant "x": no such
 * variant …`): the CLI words it as its flag (`--variant`), the REST API answers it with the body
 * field, and the desktop app shows the message as it is.
 */
export class RenderOptionError extends ReelforgeError {
  constructor(
    readonly option: RenderOptionName,
    readonly problem: string,
    readonly detail: { readonly value?: string; readonly file?: string } = {},
  ) {
    super(
      `${detail.file !== undefined ? `${detail.file}: ` : ''}${optionText(option, detail.value)}: ${problem}`,
    );
  }

  /** The message with the option worded by the front end (`--variant "x": …` for the CLI). */
  wordedAs(name: (option: RenderOptionName) => string): string {
    return `${name(this.option)}${this.detail.value !== undefined ? ` "${this.detail.value}"` : ''}: ${this.problem}`;
  }
}

function optionText(option: RenderOptionName, value: string | undefined): string {
  return value === undefined ? option : `${option} "${value}"`;
}

/** The parts of a script every format must give. */
export type ScriptPart = 'channel' | 'topic' | 'hook' | 'mainPoints' | 'callToAction';

/**
 * What a script that failed to parse still said clearly: the script with the unreadable parts left
 * empty, so checks that need only the readable parts (the channel's limits) can run alongside.
 */
export interface PartlyReadScript {
  readonly script: VideoScript;
  readonly unreadable: ReadonlySet<ScriptPart>;
}

/** A script was rejected. Holds every issue found, so a creator can fix them all at once. */
export class ScriptValidationError extends ReelforgeError {
  readonly issues: readonly ValidationIssue[];
  /** Set by parsers when the script could be read in part. */
  readonly partlyRead?: PartlyReadScript;

  constructor(issues: readonly ValidationIssue[] | ValidationIssue, partlyRead?: PartlyReadScript) {
    const list = Array.isArray(issues) ? issues : [issues as ValidationIssue];
    if (list.length === 0) throw new Error('ScriptValidationError needs at least one issue');
    const first = formatValidationIssue(list[0]!);
    super(list.length === 1 ? first : `${first} (and ${list.length - 1} more)`);
    this.issues = list;
    if (partlyRead !== undefined) this.partlyRead = partlyRead;
  }

  get file(): string | undefined {
    return this.issues[0]?.file;
  }
  get field(): string {
    return this.issues[0]!.field;
  }
  get line(): number | undefined {
    return this.issues[0]?.line;
  }

  /** Same issues, with `file` filled in where the parser did not know it. */
  withFile(file: string): ScriptValidationError {
    return new ScriptValidationError(
      this.issues.map((i) => ({ ...i, file: i.file ?? file })),
      this.partlyRead,
    );
  }
}

/** A provider failed. `retryable` tells the service whether another provider may succeed. */
export class ProviderError extends ReelforgeError {
  readonly providerId: string;
  readonly retryable: boolean;
  readonly code: string;

  constructor(
    providerId: string,
    message: string,
    options: { retryable?: boolean; code?: string; cause?: unknown } = {},
  ) {
    super(`${providerId}: ${message}`, { cause: options.cause });
    this.providerId = providerId;
    this.retryable = options.retryable ?? false;
    this.code = options.code ?? 'provider_error';
  }
}

/** No registered provider can serve a request; `reasons` says why each one was ruled out. */
export class NoSuitableProviderError extends ReelforgeError {
  readonly reasons: Readonly<Record<string, string>>;

  constructor(message: string, reasons: Readonly<Record<string, string>> = {}) {
    const detail = Object.entries(reasons)
      .map(([id, why]) => `${id}: ${why}`)
      .join('; ');
    super(detail ? `${message} (${detail})` : message);
    this.reasons = reasons;
  }
}

export class TimeoutError extends ReelforgeError {
  readonly timeoutSeconds: number;
  constructor(what: string, timeoutSeconds: number) {
    super(`${what} timed out after ${timeoutSeconds} s`);
    this.timeoutSeconds = timeoutSeconds;
  }
}

/** The job was cancelled by the user; not a failure. */
export class CancelledError extends ReelforgeError {
  constructor(message = 'cancelled by user') {
    super(message);
  }
}

/**
 * The render was stopped because Reelforge is shutting down, not by the user: a remote render
 * is left running (and resumed on the next start) rather than deleted.
 */
export class ShutdownError extends ReelforgeError {
  constructor(message = 'Reelforge was closed while this job was running') {
    super(message);
  }
}

/** The configuration file or environment is invalid; `key` is the dotted path of the bad value. */
export class ConfigError extends ReelforgeError {
  readonly key: string;
  constructor(key: string, message: string, options?: { cause?: unknown }) {
    super(`config ${key}: ${message}`, options);
    this.key = key;
  }
}

export class JobNotFoundError extends ReelforgeError {
  constructor(readonly jobId: string) {
    super(`no job with id ${jobId}`);
  }
}

/** Turns anything thrown into a message fit for a user, never a stack trace. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
