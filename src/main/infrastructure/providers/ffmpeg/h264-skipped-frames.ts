/**
 * Skipped frames: H.264 P frames whose every macroblock is P_Skip — no motion, no residual — so a
 * decoder shows the frame before them again, bit for bit. A still hold in a render (a scene's
 * text standing after its entrance) is encoded by x264 for its first frames only; the rest of the
 * hold is these frames, written here in microseconds instead of ≈ 9 ms of x264 each (see
 * hold-frames.ts). Hardware encoders write the same kind of frame for a repeated picture.
 *
 * Each frame is one slice: a header continuing x264's stream (frame_num, picture order count) and
 * slice data that skips every macroblock — with CABAC, mb_skip_flag = 1 and end_of_slice_flag per
 * macroblock; with CAVLC, one mb_skip_run. All its
 * macroblocks' motion vectors predict to zero (a skipped macroblock's prediction is zero when its
 * left or upper neighbour is missing or skipped with a zero vector), deblocking is off, weighted
 * prediction uses the default weights: the picture is its reference picture unchanged. The frames
 * are reference frames so that each next one, and any count of them, copies the same picture.
 */
import { BitReader, BitWriter, nalPayloadOf, rbspOf } from './h264-bits.js';

/** What the slice headers depend on, from the stream's SPS and PPS. */
export interface AvcParameters {
  /** Bytes of each NAL unit's length prefix in a sample (avcC lengthSizeMinusOne + 1). */
  readonly nalLengthSize: number;
  readonly ppsId: number;
  readonly log2MaxFrameNum: number;
  readonly pocType: number;
  readonly log2MaxPocLsb: number;
  readonly chromaArrayType: number;
  readonly macroblocks: number;
  readonly cabac: boolean;
  readonly bottomFieldPicOrderPresent: boolean;
  readonly weightedPred: boolean;
  readonly picInitQp: number;
  readonly deblockingControlPresent: boolean;
  readonly redundantPicCntPresent: boolean;
}

export class UnsupportedH264 extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedH264';
  }
}

const HIGH_PROFILES = new Set([100, 110, 122, 244, 44, 83, 86, 118, 128, 138, 139, 134, 135]);

/** The parameters of an `avcC` box body (one SPS and one PPS, progressive frames). */
export function avcParametersOf(avcC: Buffer): AvcParameters {
  const nalLengthSize = (avcC[4]! & 3) + 1;
  const spsCount = avcC[5]! & 0x1f;
  let at = 6;
  const nals: Buffer[][] = [[], []];
  for (const [list, count] of [
    [0, spsCount],
    [1, -1],
  ] as const) {
    const n = count >= 0 ? count : avcC[at++]!;
    for (let i = 0; i < n; i += 1) {
      const length = avcC.readUInt16BE(at);
      nals[list]!.push(avcC.subarray(at + 2, at + 2 + length));
      at += 2 + length;
    }
  }
  if (nals[0]!.length !== 1 || nals[1]!.length !== 1) {
    throw new UnsupportedH264('not exactly one SPS and one PPS');
  }
  return {
    nalLengthSize,
    ...readSps(rbspOf(nals[0]![0]!.subarray(1))),
    ...readPps(rbspOf(nals[1]![0]!.subarray(1))),
  };
}

function readSps(rbsp: Buffer) {
  const r = new BitReader(rbsp);
  const profile = r.u(8);
  r.u(16); // constraint flags, level
  r.ue(); // seq_parameter_set_id
  let chromaFormat = 1;
  let separateColourPlanes = false;
  if (HIGH_PROFILES.has(profile)) {
    chromaFormat = r.ue();
    if (chromaFormat === 3) separateColourPlanes = r.flag();
    r.ue(); // bit depths
    r.ue();
    r.u(1); // qpprime_y_zero_transform_bypass_flag
    if (r.flag()) {
      for (let i = 0; i < (chromaFormat === 3 ? 12 : 8); i += 1) {
        if (r.flag()) skipScalingList(r, i < 6 ? 16 : 64);
      }
    }
  }
  const log2MaxFrameNum = r.ue() + 4;
  const pocType = r.ue();
  if (pocType === 1) throw new UnsupportedH264('picture order count type 1');
  const log2MaxPocLsb = pocType === 0 ? r.ue() + 4 : 0;
  r.ue(); // max_num_ref_frames
  r.u(1); // gaps_in_frame_num_value_allowed_flag
  const widthMbs = r.ue() + 1;
  const heightMapUnits = r.ue() + 1;
  if (!r.flag()) throw new UnsupportedH264('interlaced (frame_mbs_only_flag = 0)');
  return {
    log2MaxFrameNum,
    pocType,
    log2MaxPocLsb,
    chromaArrayType: separateColourPlanes ? 0 : chromaFormat,
    macroblocks: widthMbs * heightMapUnits,
  };
}

function skipScalingList(r: BitReader, size: number): void {
  let last = 8;
  let next = 8;
  for (let j = 0; j < size; j += 1) {
    if (next !== 0) next = (last + r.se() + 256) % 256;
    last = next === 0 ? last : next;
  }
}

function readPps(rbsp: Buffer) {
  const r = new BitReader(rbsp);
  const ppsId = r.ue();
  r.ue(); // seq_parameter_set_id
  const cabac = r.flag();
  const bottomFieldPicOrderPresent = r.flag();
  if (r.ue() !== 0) throw new UnsupportedH264('slice groups');
  r.ue(); // num_ref_idx_l0_default_active_minus1
  r.ue(); // num_ref_idx_l1_default_active_minus1
  const weightedPred = r.flag();
  r.u(2); // weighted_bipred_idc
  const picInitQp = 26 + r.se();
  r.se(); // pic_init_qs_minus26
  r.se(); // chroma_qp_index_offset
  const deblockingControlPresent = r.flag();
  r.u(1); // constrained_intra_pred_flag
  const redundantPicCntPresent = r.flag();
  return {
    ppsId,
    cabac,
    bottomFieldPicOrderPresent,
    weightedPred,
    picInitQp,
    deblockingControlPresent,
    redundantPicCntPresent,
  };
}

/** The NAL units of a sample (length-prefixed). */
export function nalUnitsOf(sample: Buffer, nalLengthSize: number): Buffer[] {
  const units: Buffer[] = [];
  for (let at = 0; at + nalLengthSize <= sample.length;) {
    const length = sample.readUIntBE(at, nalLengthSize);
    units.push(sample.subarray(at + nalLengthSize, at + nalLengthSize + length));
    at += nalLengthSize + length;
  }
  return units;
}

/** A picture as its first slice header tells it. */
export interface PictureHeader {
  readonly reference: boolean;
  readonly idr: boolean;
  readonly frameNum: number;
  readonly pocLsb: number;
}

export function pictureHeaderOf(sample: Buffer, params: AvcParameters): PictureHeader {
  const slice = nalUnitsOf(sample, params.nalLengthSize).find((n) => [1, 5].includes(n[0]! & 0x1f));
  if (!slice) throw new UnsupportedH264('a sample without a slice');
  const idr = (slice[0]! & 0x1f) === 5;
  const r = new BitReader(rbspOf(slice.subarray(1, 64)));
  r.ue(); // first_mb_in_slice
  r.ue(); // slice_type
  r.ue(); // pic_parameter_set_id
  const frameNum = r.u(params.log2MaxFrameNum);
  if (idr) r.ue(); // idr_pic_id
  const pocLsb = params.pocType === 0 ? r.u(params.log2MaxPocLsb) : 0;
  return { reference: (slice[0]! & 0x60) !== 0, idr, frameNum, pocLsb };
}

/** Where a stream stands after its last picture: what the next reference picture continues from. */
export interface StreamState {
  readonly lastReferenceFrameNum: number;
  /** The largest picture order count since the last IDR (the last picture shown). */
  readonly lastShownPoc: number;
  /**
   * The frame_num of the last picture shown when it is a reference picture: the one to repeat.
   * (With B-pyramids the latest reference decoded — a skipped frame's default — may be a B
   * picture shown before it: the same still, quantised otherwise.)
   */
  readonly lastShownFrameNum?: number;
}

/** The state after `pictures` (decode order, from an IDR on; §8.2.1.1 for the order counts). */
export function streamStateAfter(pictures: readonly PictureHeader[], params: AvcParameters): StreamState {
  const maxPocLsb = 2 ** params.log2MaxPocLsb;
  const maxFrameNum = 2 ** params.log2MaxFrameNum;
  let previousMsb = 0;
  let previousLsb = 0;
  let lastReferenceFrameNum = 0;
  let lastShownPoc = 0;
  let lastShownFrameNum: number | undefined;
  let frameNumOffset = 0;
  let previousFrameNum = 0;
  let seenIdr = false;
  for (const picture of pictures) {
    if (picture.idr) {
      seenIdr = true;
      previousMsb = 0;
      previousLsb = 0;
      frameNumOffset = 0;
      lastShownPoc = 0;
    }
    let poc: number;
    if (params.pocType === 0) {
      const { pocLsb } = picture;
      let msb = previousMsb;
      if (pocLsb < previousLsb && previousLsb - pocLsb >= maxPocLsb / 2) msb += maxPocLsb;
      else if (pocLsb > previousLsb && pocLsb - previousLsb > maxPocLsb / 2) msb -= maxPocLsb;
      poc = msb + pocLsb;
      if (picture.reference) {
        previousMsb = msb;
        previousLsb = pocLsb;
      }
    } else {
      if (!picture.idr && previousFrameNum > picture.frameNum) frameNumOffset += maxFrameNum;
      poc = 2 * (frameNumOffset + picture.frameNum) - (picture.reference ? 0 : 1);
      previousFrameNum = picture.frameNum;
    }
    if (picture.idr || poc >= lastShownPoc) {
      lastShownPoc = poc;
      lastShownFrameNum = picture.reference ? picture.frameNum : undefined;
    }
    if (picture.reference) lastReferenceFrameNum = picture.frameNum;
  }
  if (!seenIdr) throw new UnsupportedH264('no IDR picture before the skipped frames');
  return {
    lastReferenceFrameNum,
    lastShownPoc,
    ...(lastShownFrameNum === undefined ? {} : { lastShownFrameNum }),
  };
}

/** `count` skipped frames following a stream in `state`, each a sample (length-prefixed NAL unit). */
export function skippedFrames(params: AvcParameters, state: StreamState, count: number): Buffer[] {
  const slice = params.cabac ? skippedSliceData(params.macroblocks) : undefined;
  const frames: Buffer[] = [];
  const maxFrameNum = 2 ** params.log2MaxFrameNum;
  for (let i = 1; i <= count; i += 1) {
    const frameNum = (state.lastReferenceFrameNum + i) % maxFrameNum;
    const header = new BitWriter();
    header.ue(0).ue(5).ue(params.ppsId); // first_mb_in_slice, slice_type P (all slices), PPS
    header.u(params.log2MaxFrameNum, frameNum);
    if (params.pocType === 0) {
      header.u(params.log2MaxPocLsb, (state.lastShownPoc + 2 * i) % 2 ** params.log2MaxPocLsb);
      if (params.bottomFieldPicOrderPresent) header.se(0);
    }
    if (params.redundantPicCntPresent) header.ue(0);
    header.flag(true).ue(0); // one reference picture
    // The first frame refers to the last picture shown (§8.2.4.3.1: picture numbers counted back
    // from this frame's); each next one to the skipped frame before it, the default.
    const back = (frameNum - (state.lastShownFrameNum ?? 0) + maxFrameNum) % maxFrameNum;
    if (i === 1 && state.lastShownFrameNum !== undefined && back > 1) {
      header
        .flag(true)
        .ue(0)
        .ue(back - 1)
        .ue(3);
    } else {
      header.flag(false); // ref_pic_list_modification_flag_l0
    }
    if (params.weightedPred) {
      header.ue(0); // luma_log2_weight_denom
      if (params.chromaArrayType !== 0) header.ue(0);
      header.flag(false); // luma_weight_l0_flag: default weights
      if (params.chromaArrayType !== 0) header.flag(false);
    }
    header.flag(false); // adaptive_ref_pic_marking_mode_flag: sliding window
    if (slice) header.ue(0); // cabac_init_idc
    header.se(SKIP_SLICE_QP - params.picInitQp);
    if (params.deblockingControlPresent) header.ue(1); // deblocking off
    let rbsp: Buffer;
    if (slice) {
      while (!header.byteAligned) header.u(1, 1); // cabac_alignment_one_bit
      rbsp = Buffer.concat([header.toBuffer(), slice]);
    } else {
      // CAVLC (x264's ultrafast, the draft quality): one mb_skip_run over the picture, then the
      // rbsp_stop_one_bit and zero bits to the byte boundary.
      header.ue(params.macroblocks).u(1, 1);
      while (!header.byteAligned) header.u(1, 0);
      rbsp = header.toBuffer();
    }
    const nal = Buffer.concat([Buffer.from([0x41]), nalPayloadOf(rbsp)]); // nal_ref_idc 2, type 1
    const sample = Buffer.alloc(params.nalLengthSize + nal.length);
    sample.writeUIntBE(nal.length, 0, params.nalLengthSize);
    nal.copy(sample, params.nalLengthSize);
    frames.push(sample);
  }
  return frames;
}

/**
 * The slice QP: no macroblock has a residual, so it only sets where mb_skip_flag's context starts
 * (§9.3.1.1); at 51 that state already expects a skip (valMPS 1), so every bin is the likely one.
 */
const SKIP_SLICE_QP = 51;

/** Table 9-44: rangeTabLPS for pStateIdx 0–63 and qCodIRangeIdx 0–3. */
// prettier-ignore
const RANGE_LPS = [
  [128, 176, 208, 240], [128, 167, 197, 227], [128, 158, 187, 216], [123, 150, 178, 205],
  [116, 142, 169, 195], [111, 135, 160, 185], [105, 128, 152, 175], [100, 122, 144, 166],
  [95, 116, 137, 158], [90, 110, 130, 150], [85, 104, 123, 142], [81, 99, 117, 135],
  [77, 94, 111, 128], [73, 89, 105, 122], [69, 85, 100, 116], [66, 80, 95, 110],
  [62, 76, 90, 104], [59, 72, 86, 99], [56, 69, 81, 94], [53, 65, 77, 89],
  [51, 62, 73, 85], [48, 59, 69, 80], [46, 56, 66, 76], [43, 53, 63, 72],
  [41, 50, 59, 69], [39, 48, 56, 65], [37, 45, 54, 62], [35, 43, 51, 59],
  [33, 41, 48, 56], [32, 39, 46, 53], [30, 37, 43, 50], [29, 35, 41, 48],
  [27, 33, 39, 45], [26, 31, 37, 43], [24, 30, 35, 41], [23, 28, 33, 39],
  [22, 27, 32, 37], [21, 26, 30, 35], [20, 24, 29, 33], [19, 23, 27, 31],
  [18, 22, 26, 30], [17, 21, 25, 28], [16, 20, 23, 27], [15, 19, 22, 25],
  [14, 18, 21, 24], [14, 17, 20, 23], [13, 16, 19, 22], [12, 15, 18, 21],
  [12, 14, 17, 20], [11, 14, 16, 19], [11, 13, 15, 18], [10, 12, 15, 17],
  [10, 12, 14, 16], [9, 11, 13, 15], [9, 11, 12, 14], [8, 10, 12, 14],
  [8, 9, 11, 13], [7, 9, 11, 12], [7, 9, 10, 12], [7, 8, 10, 11],
  [6, 8, 9, 11], [6, 7, 9, 10], [6, 7, 8, 9], [2, 2, 2, 2],
] as const;

/**
 * CABAC slice data of `macroblocks` skipped macroblocks (§9.3.4): per macroblock mb_skip_flag = 1
 * (context 11: both neighbours skipped or missing) and end_of_slice_flag, 1 after the last; the
 * flush writes the rbsp_stop_one_bit, then zero bits to the byte boundary.
 */
export function skippedSliceData(macroblocks: number): Buffer {
  // Context 11 for a P slice, cabac_init_idc 0: (m, n) = (23, 33) (Table 9-13).
  const preState = Math.min(126, Math.max(1, ((23 * SKIP_SLICE_QP) >> 4) + 33));
  if (preState <= 63) throw new Error('skip context would start with valMPS 0');
  let state = preState - 64;
  let low = 0;
  let range = 510;
  let firstBit = true;
  let outstanding = 0;
  const bits = new BitWriter();
  const putBit = (bit: number) => {
    if (firstBit) firstBit = false;
    else bits.u(1, bit);
    for (; outstanding > 0; outstanding -= 1) bits.u(1, 1 - bit);
  };
  const renormalise = () => {
    while (range < 256) {
      if (low < 256) putBit(0);
      else if (low >= 512) {
        low -= 512;
        putBit(1);
      } else {
        low -= 256;
        outstanding += 1;
      }
      range <<= 1;
      low <<= 1;
    }
  };
  for (let mb = 0; mb < macroblocks; mb += 1) {
    // mb_skip_flag = 1, the most probable symbol.
    range -= RANGE_LPS[state]![(range >> 6) & 3]!;
    state = Math.min(state + 1, 62);
    renormalise();
    // end_of_slice_flag (terminate)
    range -= 2;
    if (mb < macroblocks - 1) renormalise();
  }
  // end_of_slice_flag = 1: low += range, then flush.
  low += range;
  range = 2;
  renormalise();
  putBit((low >> 9) & 1);
  bits.u(2, ((low >> 7) & 3) | 1);
  while (!bits.byteAligned) bits.u(1, 0);
  return bits.toBuffer();
}
