import { describe, expect, it } from 'vitest';
import { BitReader, BitWriter, nalPayloadOf, rbspOf } from './h264-bits.js';

describe('H.264 bits', () => {
  it('writes and reads back fixed fields and Exp-Golomb codes', () => {
    const w = new BitWriter().u(3, 5).ue(0).ue(1).ue(7).ue(8160).se(0).se(1).se(-1).se(-25).flag(true);
    while (!w.byteAligned) w.u(1, 0);
    const r = new BitReader(w.toBuffer());
    expect([r.u(3), r.ue(), r.ue(), r.ue(), r.ue(), r.se(), r.se(), r.se(), r.se(), r.flag()]).toEqual([
      5,
      0,
      1,
      7,
      8160,
      0,
      1,
      -1,
      -25,
      true,
    ]);
  });

  it('spells ue(v) as the standard does', () => {
    const bits = (w: BitWriter) => {
      while (!w.byteAligned) w.u(1, 0);
      return [...w.toBuffer()].map((b) => b.toString(2).padStart(8, '0')).join('');
    };
    expect(bits(new BitWriter().ue(0))).toBe('10000000');
    expect(bits(new BitWriter().ue(3))).toBe('00100000');
    expect(bits(new BitWriter().se(-2))).toBe('00101000');
  });

  it('inserts emulation-prevention bytes and removes them again', () => {
    const rbsp = Buffer.from([0, 0, 0, 0, 0, 1, 0, 0, 2, 0, 0, 3, 0, 0, 4]);
    const payload = nalPayloadOf(rbsp);
    expect([...payload]).toEqual([0, 0, 3, 0, 0, 3, 0, 1, 0, 0, 3, 2, 0, 0, 3, 3, 0, 0, 4]);
    expect(rbspOf(payload).equals(rbsp)).toBe(true);
  });

  it('refuses to read past the end or to return unaligned bits', () => {
    expect(() => new BitReader(Buffer.from([0])).ue()).toThrow(RangeError);
    expect(() => new BitWriter().u(3, 1).toBuffer()).toThrow(RangeError);
  });
});
