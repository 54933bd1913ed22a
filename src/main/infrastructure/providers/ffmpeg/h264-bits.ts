/**
 * Bit-level reading and writing of H.264 syntax (ITU-T H.264 §7.2): fixed-width fields and
 * Exp-Golomb codes over an RBSP, and the emulation-prevention bytes between an RBSP and its NAL
 * unit. Used to read x264's parameter sets and slice headers and to write skipped frames
 * (h264-skipped-frames.ts).
 */

/** The RBSP of a NAL unit's payload: every 0x000003 emulation-prevention byte removed. */
export function rbspOf(nalPayload: Buffer): Buffer {
  const out: number[] = [];
  let zeros = 0;
  for (const byte of nalPayload) {
    if (zeros >= 2 && byte === 3) {
      zeros = 0;
      continue;
    }
    out.push(byte);
    zeros = byte === 0 ? zeros + 1 : 0;
  }
  return Buffer.from(out);
}

/** A NAL payload for an RBSP: a 0x03 after any two zero bytes followed by a byte ≤ 3. */
export function nalPayloadOf(rbsp: Buffer): Buffer {
  const out: number[] = [];
  let zeros = 0;
  for (const byte of rbsp) {
    if (zeros >= 2 && byte <= 3) {
      out.push(3);
      zeros = 0;
    }
    out.push(byte);
    zeros = byte === 0 ? zeros + 1 : 0;
  }
  return Buffer.from(out);
}

export class BitReader {
  private position = 0;

  constructor(private readonly bytes: Buffer) {}

  u(bits: number): number {
    let value = 0;
    for (let i = 0; i < bits; i += 1) {
      const byte = this.bytes[this.position >> 3];
      if (byte === undefined) throw new RangeError('read past the end of an H.264 RBSP');
      value = value * 2 + ((byte >> (7 - (this.position & 7))) & 1);
      this.position += 1;
    }
    return value;
  }

  flag(): boolean {
    return this.u(1) === 1;
  }

  /** ue(v) */
  ue(): number {
    let leadingZeros = 0;
    while (this.u(1) === 0) {
      leadingZeros += 1;
      if (leadingZeros > 31) throw new RangeError('an Exp-Golomb code longer than 32 bits');
    }
    return 2 ** leadingZeros - 1 + this.u(leadingZeros);
  }

  /** se(v) */
  se(): number {
    const code = this.ue();
    return code % 2 === 1 ? (code + 1) / 2 : 0 - code / 2;
  }
}

export class BitWriter {
  private readonly bits: number[] = [];

  u(bits: number, value: number): this {
    for (let i = bits - 1; i >= 0; i -= 1) this.bits.push(Math.floor(value / 2 ** i) % 2);
    return this;
  }

  flag(value: boolean): this {
    return this.u(1, value ? 1 : 0);
  }

  ue(value: number): this {
    const code = value + 1;
    const length = Math.floor(Math.log2(code));
    return this.u(length, 0).u(length + 1, code);
  }

  se(value: number): this {
    return this.ue(value > 0 ? 2 * value - 1 : -2 * value);
  }

  get byteAligned(): boolean {
    return this.bits.length % 8 === 0;
  }

  /** The bits so far; the caller has ended on a byte boundary. */
  toBuffer(): Buffer {
    if (!this.byteAligned) throw new RangeError('H.264 RBSP not byte-aligned');
    const out = Buffer.alloc(this.bits.length / 8);
    this.bits.forEach((bit, i) => {
      if (bit) out[i >> 3]! |= 0x80 >> (i & 7);
    });
    return out;
  }
}
