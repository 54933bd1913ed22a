import { z } from 'zod';

/** The `queue` section of config.json: where the render farm's Redis lives. */
export const queueConfigSchema = z.strictObject({
  redis_url: z
    .string()
    .regex(/^redis:\/\/\S+$/, { error: 'expected a redis:// URL, e.g. "redis://127.0.0.1:6379"' })
    .optional(),
});
