import { z } from 'zod';

const cost = z.object({ credits: z.number() }).partial().optional();

/**
 * A task as `GET /v1/tasks/{id}` describes it (https://docs.dev.runwayml.com/api/#tag/Task-management).
 * Checked field by field: the provider acts on these values, so a surprise is a clear error
 * rather than an undefined deep inside.
 */
export const runwayTaskSchema = z.discriminatedUnion('status', [
  z.object({ id: z.string(), status: z.literal('PENDING'), estimatedCost: cost }),
  z.object({ id: z.string(), status: z.literal('THROTTLED'), estimatedCost: cost }),
  z.object({
    id: z.string(),
    status: z.literal('RUNNING'),
    progress: z.number().min(0).max(1).optional(),
    estimatedCost: cost,
  }),
  z.object({ id: z.string(), status: z.literal('SUCCEEDED'), output: z.array(z.string()).min(1), cost }),
  z.object({
    id: z.string(),
    status: z.literal('FAILED'),
    failure: z.string().optional(),
    failureCode: z.string().optional(),
    cost,
  }),
  z.object({ id: z.string(), status: z.literal('CANCELLED'), cost }),
]);

export type RunwayTask = z.infer<typeof runwayTaskSchema>;

export const createdTaskSchema = z.object({
  id: z.string().min(1),
  estimatedCost: z.object({ credits: z.number() }).partial().optional(),
});

export function isFinalTask(task: RunwayTask): boolean {
  return task.status === 'SUCCEEDED' || task.status === 'FAILED' || task.status === 'CANCELLED';
}
