/** Collapses every run of whitespace (line breaks included) to one space and trims. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** C0 controls and DEL other than whitespace: they render as boxes or break subtitle files. */
function isControlCharacter(code: number): boolean {
  return (code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0x7f;
}

/** Names the first control character in the text (e.g. "U+0007"), or undefined when there is none. */
export function findControlCharacter(text: string): string | undefined {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (isControlCharacter(code)) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return undefined;
}
