import { z } from 'zod';

/**
 * The parts of Synthesia's `VideoResponse` (https://docs.synthesia.io/reference/retrieve-a-video)
 * that Reelforge reads. Unknown fields are allowed; the ones read are checked.
 */
export const synthesiaVideoSchema = z.looseObject({
  id: z.string().min(1),
  status: z.enum(['in_progress', 'complete', 'error', 'rejected']),
  title: z.string().optional(),
  download: z.string().optional(),
  duration: z.union([z.string(), z.number()]).optional(),
  thumbnail: z.looseObject({ image: z.string().optional(), gif: z.string().optional() }).optional(),
  captions: z.looseObject({ srt: z.string().optional(), vtt: z.string().optional() }).optional(),
});

export type SynthesiaVideo = z.infer<typeof synthesiaVideoSchema>;

/** `GET /v2/videos` ("List videos"): only used as the authenticated read of "Test connection". */
export const synthesiaVideoListSchema = z.looseObject({ videos: z.array(z.unknown()) });

/** Error bodies: `{"error": …}` (a text, or an object with a message in some answers). */
export const synthesiaErrorSchema = z.looseObject({
  error: z.union([z.string(), z.looseObject({ message: z.string().optional() })]).optional(),
  context: z.string().optional(),
});

/** The scene of `POST /v2/videos` ("Create a video", `input[]`). */
export interface SynthesiaScene {
  readonly scriptText: string;
  readonly avatar: string;
  readonly background: string;
  readonly avatarSettings: Readonly<Record<string, unknown>>;
}

export interface CreateVideoBody {
  readonly test: boolean;
  readonly title: string;
  readonly visibility: 'private';
  readonly aspectRatio: '9:16' | '16:9' | '1:1';
  readonly input: readonly SynthesiaScene[];
}
