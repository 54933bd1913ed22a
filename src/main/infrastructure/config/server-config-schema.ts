import { z } from 'zod';

/**
 * The `server` section of config.json: where the desktop app (and `npm run web`) listens for the
 * render farm's workers while it coordinates a farm. `reelforge serve` takes --host/--port instead.
 */
export const serverConfigSchema = z.strictObject({
  host: z
    .string({ error: 'expected a host name or address, e.g. "127.0.0.1" or "10.0.0.1"' })
    .trim()
    .min(1, { error: 'expected a host name or address, e.g. "127.0.0.1" or "10.0.0.1"' })
    .optional(),
  port: z
    .int({ error: 'expected a port number from 0 to 65535' })
    .min(0, { error: 'expected a port number from 0 to 65535' })
    .max(65_535, { error: 'expected a port number from 0 to 65535' })
    .optional(),
});
