import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { ScriptValidationError } from '#core/errors.js';
import type { ScriptParseInput } from '#core/parser.js';
import { decodeScriptBytes } from './decode-script-bytes.js';
import { MAX_SCRIPT_BYTES } from './script-content.js';

function fileIssue(file: string, message: string): ScriptValidationError {
  return new ScriptValidationError({ file, field: '(file)', message });
}

/** What a lossy decoding puts where bytes were not UTF-8. */
const REPLACEMENT_CHARACTER = '\ufffd';

function describeOpenError(error: unknown, filePath: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      // The path reached us already decoded (a command-line argument, a name from the page):
      // bytes that were not UTF-8 became U+FFFD, so the file cannot be found by that name.
      return filePath.includes(REPLACEMENT_CHARACTER)
        ? 'file not found: its name is not valid UTF-8 (shown with \ufffd); rename the file, or pass its folder'
        : 'file not found';
    case 'ENOTDIR':
      return 'file not found (a part of the path is not a folder)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: the file cannot be read';
    case 'EISDIR':
      return 'is a folder, not a script file';
    case 'ENAMETOOLONG':
      return 'the path is too long';
    case 'ELOOP':
      return 'the path has a symbolic-link loop';
    default:
      return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

function checkSize(file: string, size: number, maxBytes: number): void {
  if (size > maxBytes) {
    throw fileIssue(
      file,
      `is ${size} bytes, more than the ${maxBytes}-byte limit for a script; is this the right file?`,
    );
  }
}

/** Reads at most `maxBytes + 1` bytes, so a file that grew after stat is still caught. */
async function readCapped(handle: FileHandle, file: string, maxBytes: number): Promise<Uint8Array> {
  const buffer = Buffer.alloc(maxBytes + 1);
  let filled = 0;
  while (filled < buffer.length) {
    const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  checkSize(file, filled, maxBytes);
  return buffer.subarray(0, filled);
}

/**
 * Reads a script file for `parseScript`. The size is checked from the file's metadata before any
 * byte is read, and only regular files are opened (a FIFO or device would block or never end).
 * Every failure is a ScriptValidationError with field "(file)" naming the path as given.
 * `bytesPath`, when given, is what is opened: the file's own name bytes, for a name that is not
 * valid UTF-8 and so only lossily spelled by `filePath` (which still names it in messages).
 */
export async function readScriptFile(
  filePath: string,
  options: { readonly maxBytes?: number; readonly bytesPath?: Uint8Array } = {},
): Promise<ScriptParseInput> {
  const maxBytes = options.maxBytes ?? MAX_SCRIPT_BYTES;
  const absolute = path.resolve(filePath);
  const target: string | Buffer = options.bytesPath ? Buffer.from(options.bytesPath) : absolute;
  let handle: FileHandle | undefined;
  let bytes: Uint8Array;
  try {
    const info = await stat(target);
    if (info.isDirectory()) throw fileIssue(filePath, 'is a folder, not a script file');
    if (!info.isFile()) throw fileIssue(filePath, 'is not a regular file');
    checkSize(filePath, info.size, maxBytes);
    // O_NONBLOCK: should the path be swapped for a FIFO after stat, opening it must not hang.
    handle = await open(target, constants.O_RDONLY | constants.O_NONBLOCK);
    const opened = await handle.stat();
    if (!opened.isFile()) throw fileIssue(filePath, 'is not a regular file');
    checkSize(filePath, opened.size, maxBytes);
    bytes = await readCapped(handle, filePath, maxBytes);
  } catch (error) {
    if (error instanceof ScriptValidationError) throw error;
    throw fileIssue(filePath, describeOpenError(error, filePath));
  } finally {
    await handle?.close().catch(() => undefined);
  }
  return { content: decodeScriptBytes(bytes, filePath), name: path.basename(absolute), path: absolute };
}
