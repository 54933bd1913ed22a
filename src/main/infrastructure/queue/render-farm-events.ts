import { QueueEvents } from 'bullmq';
import { z } from 'zod';
import { RENDER_FARM_QUEUE_NAME, redisConnectionFromUrl } from './render-farm-queue.js';

/** What a worker sends with job.updateProgress; anything else is ignored, not trusted. */
export const farmProgressSchema = z.object({
  progress: z.number().min(0).max(1),
  stage: z.string().min(1),
});
export type FarmProgress = z.infer<typeof farmProgressSchema>;

/**
 * The coordinator's ear on the farm: progress reported by any worker, so the SQLite job row
 * (and thus GET /v1/renders/{id} and the UI) follow renders running on other machines.
 */
export class RenderFarmEvents {
  private readonly events: QueueEvents;

  private constructor(
    redisUrl: string,
    queueName: string,
    onProgress: (jobId: string, progress: FarmProgress) => void,
  ) {
    this.events = new QueueEvents(queueName, { connection: redisConnectionFromUrl(redisUrl) });
    this.events.on('progress', ({ jobId, data }) => {
      const parsed = farmProgressSchema.safeParse(data);
      if (parsed.success) onProgress(jobId, parsed.data);
    });
  }

  static async start(
    redisUrl: string,
    onProgress: (jobId: string, progress: FarmProgress) => void,
    queueName: string = RENDER_FARM_QUEUE_NAME,
  ): Promise<RenderFarmEvents> {
    const listener = new RenderFarmEvents(redisUrl, queueName, onProgress);
    await listener.events.waitUntilReady();
    return listener;
  }

  async close(): Promise<void> {
    await this.events.close();
  }
}
