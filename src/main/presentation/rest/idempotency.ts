import { createHash } from 'node:crypto';
import type {
  IdempotencyRecord,
  SqliteIdempotencyKeys,
} from '../../infrastructure/storage/sqlite-idempotency-keys.js';
import { RestError } from './rest-errors.js';

/** Keys clients may send: printable ASCII, like a UUID or any token of theirs. */
const KEY = /^[\x21-\x7e]{1,200}$/;

export interface IdempotentOutcome {
  readonly jobId: string;
  /** True when an earlier request with this key created the job. */
  readonly replayed: boolean;
}

/**
 * `Idempotency-Key` for `POST /v1/renders`: the first request with a key creates the job, and
 * every later one with that key gets the same job back instead of a new render (also after a
 * restart: keys live in SQLite). The same key with a different body is a client bug: 409.
 * Requests racing with one key in this process wait for the first one.
 */
export class IdempotentRenders {
  readonly #pending = new Map<string, Promise<IdempotentOutcome>>();

  constructor(
    private readonly keys: SqliteIdempotencyKeys,
    private readonly now: () => Date = () => new Date(),
  ) {}

  static parseKey(header: string | string[] | undefined): string | undefined {
    if (header === undefined) return undefined;
    const value = Array.isArray(header) ? header[0] : header;
    if (value === undefined || !KEY.test(value)) {
      throw new RestError(400, 'bad_request', 'Idempotency-Key must be 1–200 printable ASCII characters', {
        field: 'Idempotency-Key',
      });
    }
    return value;
  }

  /**
   * `create` queues the render and calls `claim(jobId)` inside the transaction that stores its
   * jobs: the key is written with them or not at all, so a crash can never leave a job without
   * its key (a retry would render twice) or a key without its job.
   */
  async run(
    key: string,
    rawBody: string,
    create: (claim: (jobId: string) => void) => Promise<string>,
  ): Promise<IdempotentOutcome> {
    const hash = createHash('sha256').update(rawBody).digest('hex');
    const earlier = this.#pending.get(key);
    if (earlier) {
      // Once the first request has settled, this one is a replay (or, if it failed, a first try).
      await earlier.catch(() => undefined);
      return this.run(key, rawBody, create);
    }
    const stored = this.keys.get(key);
    if (stored) return replay(stored, hash);
    const attempt = (async (): Promise<IdempotentOutcome> => {
      let takenMeanwhile: IdempotencyRecord | undefined;
      try {
        const jobId = await create((jobId) => {
          const kept = this.keys.remember(key, { jobId, requestHash: hash }, this.now().toISOString());
          if (kept.jobId !== jobId) {
            // Another process stored the key first: roll these jobs back and answer with its.
            takenMeanwhile = kept;
            throw new Error('Idempotency-Key taken meanwhile');
          }
        });
        return { jobId, replayed: false };
      } catch (error) {
        if (takenMeanwhile) return replay(takenMeanwhile, hash);
        throw error;
      }
    })();
    this.#pending.set(key, attempt);
    try {
      return await attempt;
    } finally {
      this.#pending.delete(key);
    }
  }
}

function replay(stored: IdempotencyRecord, hash: string): IdempotentOutcome {
  if (stored.requestHash !== hash) {
    throw new RestError(409, 'conflict', 'this Idempotency-Key was used for a different request', {
      field: 'Idempotency-Key',
    });
  }
  return { jobId: stored.jobId, replayed: true };
}
