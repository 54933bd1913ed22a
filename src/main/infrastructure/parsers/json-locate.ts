/**
 * Where a value stands in JSON text that JSON.parse accepted: the offset of the value at a path
 * such as ["variants", 1, "hook"], so issues in JSON scripts can name a line too. One linear pass
 * that stops at the value; undefined when the path is not in the text.
 */
export type JsonPath = readonly (string | number)[];

class Walker {
  i = 0;
  constructor(private readonly text: string) {}

  private space(): void {
    while (this.i < this.text.length && ' \t\r\n'.includes(this.text[this.i]!)) this.i += 1;
  }

  private string(): string {
    const start = this.i;
    this.i += 1;
    while (this.text[this.i] !== '"') this.i += this.text[this.i] === '\\' ? 2 : 1;
    this.i += 1;
    return JSON.parse(this.text.slice(start, this.i)) as string;
  }

  /** Skips the value at `i`. */
  private skip(): void {
    this.space();
    const c = this.text[this.i];
    if (c === '"') this.string();
    else if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      this.i += 1;
      this.space();
      while (this.text[this.i] !== close) {
        if (c === '{') {
          this.string();
          this.space();
          this.i += 1; // ':'
        }
        this.skip();
        this.space();
        if (this.text[this.i] === ',') this.i += 1;
        this.space();
      }
      this.i += 1;
    } else {
      while (this.i < this.text.length && !',}] \t\r\n'.includes(this.text[this.i]!)) this.i += 1;
    }
  }

  find(path: JsonPath, depth = 0): number | undefined {
    this.space();
    if (depth === path.length) return this.i;
    const step = path[depth]!;
    const c = this.text[this.i];
    if ((typeof step === 'string' && c !== '{') || (typeof step === 'number' && c !== '[')) return undefined;
    const close = c === '{' ? '}' : ']';
    this.i += 1;
    this.space();
    for (let index = 0; this.text[this.i] !== close && this.i < this.text.length; index += 1) {
      let match = index === step;
      if (c === '{') {
        match = this.string() === step;
        this.space();
        this.i += 1; // ':'
      }
      // JSON.parse keeps the last of duplicate keys; the first is good enough to point at.
      if (match) return this.find(path, depth + 1);
      this.skip();
      this.space();
      if (this.text[this.i] === ',') this.i += 1;
      this.space();
    }
    return undefined;
  }
}

export function locateJsonValue(text: string, path: JsonPath): number | undefined {
  return new Walker(text).find(path);
}

/** `variants[2].main_points[1]` → ["variants", 1, "main_points", 0] (message fields are 1-based). */
export function pathOfField(field: string): JsonPath | undefined {
  const path: (string | number)[] = [];
  for (const part of field.split('.')) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) return undefined;
    path.push(match[1]!);
    for (const index of match[2]!.matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]) - 1);
  }
  return path;
}
