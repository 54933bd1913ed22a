import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterEach } from 'vitest';
import { RenderFarmQueue } from '../../src/main/infrastructure/queue/render-farm-queue.js';

/** A free loopback port: bind to 0, read it, release it (redis-server cannot take port 0). */
export async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A throwaway redis-server on loopback, without persistence: stopping it loses every key,
 * which is exactly the failure the farm must survive (SQLite is the source of truth).
 */
export interface RedisPlace {
  /** The address it listens on (loopback unless given). */
  readonly bind: string;
  /** argv prefix that runs it elsewhere, e.g. `ip netns exec <ns>`. */
  readonly launcher: readonly string[];
}

export class RedisProcess {
  private child: ChildProcess | undefined;

  private constructor(
    readonly port: number,
    private readonly place: RedisPlace,
  ) {}

  static async start(
    port?: number,
    place: RedisPlace = { bind: '127.0.0.1', launcher: [] },
  ): Promise<RedisProcess> {
    const redis = new RedisProcess(port ?? (await freeLoopbackPort()), place);
    await redis.restart();
    return redis;
  }

  get url(): string {
    return `redis://${this.place.bind}:${this.port}`;
  }

  /** Starts (again) on the same port and resolves once Redis accepts connections. */
  async restart(): Promise<void> {
    const [command, ...prefix] = [...this.place.launcher, 'redis-server'];
    const child = spawn(
      command!,
      [
        ...prefix,
        ...['--port', String(this.port), '--bind', this.place.bind, '--save', '', '--appendonly', 'no'],
        // Off loopback Redis refuses clients without a password unless told this network is private.
        ...(this.place.bind === '127.0.0.1' ? [] : ['--protected-mode', 'no']),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.child = child;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer): void => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) resolve();
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) =>
        reject(new Error(`redis-server exited (${code}) before it was ready:\n${output}`)),
      );
    });
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (child === undefined || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }
}

/**
 * A Redis per test for the calling `describe` block: `start()` it in a test, hand `closeAfter`
 * what the test opens on it; after each test those close (newest first), then Redis stops.
 */
export function useRedisPerTest(): {
  start(): Promise<RedisProcess>;
  /** Starts Redis and opens the render queue `queueName` on it, closed after the test. */
  startWithQueue(queueName: string): Promise<{ redis: RedisProcess; queue: RenderFarmQueue }>;
  closeAfter(close: () => Promise<void>): void;
} {
  let redis: RedisProcess | undefined;
  const closers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
    await redis?.stop();
    redis = undefined;
  });
  const start = async (): Promise<RedisProcess> => {
    redis = await RedisProcess.start();
    return redis;
  };
  return {
    start,
    async startWithQueue(queueName) {
      const started = await start();
      const queue = new RenderFarmQueue(started.url, queueName);
      closers.push(() => queue.close());
      return { redis: started, queue };
    },
    closeAfter: (close) => closers.push(close),
  };
}
