import { ScriptValidationError } from '#core/errors.js';
import { findInvalidUtf8 } from './utf8.js';

/** 1-based line of a byte offset (counting "\n" bytes, which UTF-8 never uses inside a character). */
function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/**
 * Turns a script file's bytes into text: UTF-8 only (with or without a byte-order mark), line
 * ends made "\n". Binary files and other encodings are rejected with the line of the first bad
 * byte, naming `file`.
 */
export function decodeScriptBytes(bytes: Uint8Array, file: string): string {
  const fail = (message: string, line?: number): ScriptValidationError =>
    new ScriptValidationError({ file, field: '(file)', line, message });
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw fail('is UTF-16 text; save the script as UTF-8');
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw fail('contains NUL bytes: this looks like a binary file, not a script', lineAtByte(bytes, nul));
  }
  const invalid = findInvalidUtf8(bytes);
  if (invalid !== -1) {
    const byte = bytes[invalid]!.toString(16).toUpperCase().padStart(2, '0');
    throw fail(
      `is not valid UTF-8 text (byte 0x${byte} at offset ${invalid}); save the script as UTF-8`,
      lineAtByte(bytes, invalid),
    );
  }
  const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  return text.replace(/\r\n?/g, '\n');
}
