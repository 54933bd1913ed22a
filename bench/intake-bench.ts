/**
 * `npm run bench -- intake` — how fast input is accepted or rejected, and that the main process
 * stays responsive while a library fills:
 *   (a) a seeded 1,000-file fuzz corpus (the parsers' own generators plus megabyte fields, deep
 *       nesting, huge lists and binary), each file read, parsed, channel-checked and laid out as
 *       `render` does, timed in CPU per file (after one warm-up pass);
 *   (b) the whole corpus folder through one CLI call, `reelforge render <folder> --provider mock --json`;
 *   (c) 500 scripts of 100 kB added through `library.addFiles` over the real loopback WebSocket
 *       (sent in the chunks the UI sends), with `GET /` requests from another thread meanwhile;
 *       the longest event-loop stall of the main thread (monitorEventLoopDelay) and the slowest `GET /`.
 * Targets (2-core machine): slowest file < 50 ms, corpus < 30 s, stall < 100 ms.
 * Options (environment): BENCH_SEED (default 12), BENCH_FILES (default 1000).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { prepareParsedInput } from '../src/main/application/script-intake.js';
import { createDesktopRuntime } from '../src/main/desktop-runtime.js';
import { BUILTIN_CHANNELS, ChannelCatalog } from '../src/main/infrastructure/channels/index.js';
import { createScriptReader } from '../src/main/infrastructure/parsers/script-reader.js';
import { generateFuzzCorpus } from '../src/main/infrastructure/parsers/test-support/fuzz-corpus.js';
import { startLoopbackServer } from '../src/main/presentation/loopback/index.js';
import { MAX_UPLOAD_CALL_CHARS } from '../src/shared/api-contract.js';

const seed = Number(process.env.BENCH_SEED ?? 12);
const count = Number(process.env.BENCH_FILES ?? 1000);
const repoRoot = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'reelforge-intake-bench-'));

function cpuModel(): string {
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (match) return match[1]!.trim();
  } catch {
    // not Linux
  }
  return 'unknown CPU';
}

const verdict = (value: number, target: number) => (value < target ? 'met' : 'NOT met');

/** (a) every corpus file through read + parse + channel checks + timeline, CPU per file. */
async function perFile(folder: string, files: { name: string; kind: string }[]) {
  const reader = createScriptReader();
  const channels = new ChannelCatalog(BUILTIN_CHANNELS);
  const outcomes = { accepted: 0, rejected: 0 };
  const once = async (name: string): Promise<number> => {
    const started = process.cpuUsage();
    try {
      prepareParsedInput(await reader.readFile(join(folder, name)), { reader, channels });
      outcomes.accepted += 1;
    } catch {
      outcomes.rejected += 1;
    }
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1000;
  };
  for (const file of files) await once(file.name); // warm-up: JIT, caches
  outcomes.accepted = outcomes.rejected = 0;
  const timed: { name: string; kind: string; ms: number }[] = [];
  for (const file of files) timed.push({ ...file, ms: await once(file.name) });
  timed.sort((a, b) => b.ms - a.ms);
  const total = timed.reduce((sum, t) => sum + t.ms, 0);
  return { timed, total, outcomes };
}

/** (b) one CLI render of the whole folder with the mock provider. */
async function cliRender(folder: string) {
  const dataDir = join(work, 'cli-data');
  mkdirSync(dataDir);
  writeFileSync(
    join(dataDir, 'config.json'),
    JSON.stringify({ providers: { mock: { simulated_seconds: 0.001 } } }),
  );
  const started = performance.now();
  const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/main/presentation/cli/entry.ts',
        'render',
        folder,
        '--provider',
        'mock',
        '--json',
      ],
      {
        cwd: repoRoot,
        env: { ...process.env, REELFORGE_DATA_DIR: dataDir, VIDEO_STORAGE_PATH: join(work, 'cli-videos') },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
  const seconds = (performance.now() - started) / 1000;
  const jobs = result.stdout.split('\n').filter((line) => line.startsWith('{'));
  const completed = jobs.filter((line) => (JSON.parse(line) as { status?: string }).status === 'completed');
  const errors = result.stderr.split('\n').filter((line) => line.startsWith('error:')).length;
  return { seconds, code: result.code, jobs: jobs.length, completed: completed.length, errors };
}

/** The client side of (c): the sender, in its own thread so its work never counts as the server's stall. */
const SENDER = `
const { parentPort, workerData } = require('node:worker_threads');
const WebSocket = require(workerData.wsPath);
const { port, token, origin, chunks, fileBytes } = workerData;
const socket = new WebSocket('ws://127.0.0.1:' + port + '/api?token=' + encodeURIComponent(token), { headers: { Origin: origin } });
const pending = new Map();
socket.on('message', (data) => {
  const message = JSON.parse(data.toString());
  if (message.type !== 'event') pending.get(message.id)?.(message.envelope);
});
socket.once('open', async () => {
  // A text script of fileBytes: its hook wrapped over ~1 kB lines (a file with one 100 kB line is
  // refused before parsing, and never stored, so it would not measure the library).
  const line = 'Breathe slowly and notice the room around you. '.repeat(21).trim();
  const hook = Array.from({ length: Math.floor((fileBytes - 200) / (line.length + 3)) }, () => line).join('\\n  ');
  let id = 0, n = 0, stored = 0;
  const started = performance.now();
  for (const size of chunks) {
    const files = [];
    for (let i = 0; i < size; i++, n++) {
      files.push({ name: 'bench-' + n + '.txt', content: 'Channel: air\\nTopic: Bench ' + n + '\\nHook: ' + hook + '\\nMain points:\\n- One point.\\nCall to action: Follow.\\n' });
    }
    const envelope = await new Promise((resolve) => { pending.set(++id, resolve); socket.send(JSON.stringify({ type: 'call', id, name: 'library.addFiles', payload: { files } })); });
    if (!envelope.ok) throw new Error(envelope.error.message);
    stored += envelope.value.length;
  }
  const seconds = (performance.now() - started) / 1000;
  socket.close();
  parentPort.postMessage({ seconds, stored });
});
`;

/** \`GET /\` every 20 ms from a third thread until told to stop; answers each request's latency. */
const POLLER = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const { port } = workerData;
let done = false;
parentPort.once('message', () => (done = true));
const get = () => new Promise((resolve) => {
  const started = performance.now();
  http.get({ host: '127.0.0.1', port, path: '/', headers: { Host: '127.0.0.1:' + port } }, (res) => {
    res.resume();
    res.on('end', () => resolve(performance.now() - started));
  }).on('error', () => resolve(NaN));
});
(async () => {
  const gets = [];
  while (!done) { gets.push(await get()); await new Promise((r) => setTimeout(r, 20)); }
  parentPort.postMessage(gets);
})();
`;

/** (c) 500 × 100 kB through library.addFiles over the loopback API, stalls measured meanwhile. */
async function libraryStall() {
  const dataDir = join(work, 'app-data');
  const rendererDir = join(work, 'renderer');
  mkdirSync(dataDir);
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Reelforge</title>');
  const runtime = createDesktopRuntime({ dataDir, env: {}, transport: 'loopback' });
  const server = await startLoopbackServer({ runtime, rendererDir, port: 0 });
  const fileBytes = 100 * 1024;
  // The UI's chunking (chunkUploads in the renderer): at most 500 files and MAX_UPLOAD_CALL_CHARS per call.
  const perCall = Math.min(500, Math.floor(MAX_UPLOAD_CALL_CHARS / fileBytes));
  const chunks = Array.from({ length: Math.ceil(500 / perCall) }, (_, i) =>
    Math.min(perCall, 500 - i * perCall),
  );
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const poller = new Worker(POLLER, { eval: true, workerData: { port: server.port } });
  const gets = new Promise<number[]>((done) => poller.once('message', done));
  const result = await new Promise<{ seconds: number; stored: number }>((done, fail) => {
    const worker = new Worker(SENDER, {
      eval: true,
      workerData: {
        wsPath: join(repoRoot, 'node_modules', 'ws'),
        port: server.port,
        token: server.token,
        origin: server.origin,
        chunks,
        fileBytes,
      },
    });
    worker.once('message', done);
    worker.once('error', fail);
  });
  poller.postMessage('stop');
  const latencies = await gets;
  histogram.disable();
  const entries = runtime.library.ids().length;
  await server.close();
  await runtime.close();
  return {
    ...result,
    gets: latencies,
    chunks: chunks.length,
    entries,
    stallMs: histogram.max / 1e6,
    p99Ms: histogram.percentile(99) / 1e6,
    slowestGetMs: Math.max(...latencies),
  };
}

try {
  console.log(`CPU: ${cpuModel()}`);
  const folder = join(work, 'corpus');
  mkdirSync(folder);
  let bytes = 0;
  // Only names and kinds stay in memory: the contents are on disk, as for a real render.
  const corpus = generateFuzzCorpus({ seed, count }).map(({ name, kind, content }) => {
    writeFileSync(join(folder, name), content);
    bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.length;
    return { name, kind };
  });
  console.log(`corpus: ${corpus.length} files, ${(bytes / 2 ** 20).toFixed(1)} MiB, seed ${seed}`);

  const a = await perFile(folder, corpus);
  const slowest = a.timed[0]!;
  console.log(
    `(a) per file (read + parse + channel checks + timeline, CPU): ${a.outcomes.accepted} accepted, ` +
      `${a.outcomes.rejected} rejected, ${(a.total / 1000).toFixed(2)} s in all`,
  );
  for (const t of a.timed.slice(0, 5))
    console.log(`      ${t.ms.toFixed(1).padStart(6)} ms  ${t.name}  (${t.kind})`);
  console.log(
    `    slowest file: ${slowest.ms.toFixed(1)} ms (${slowest.kind}) — target < 50 ms: ${verdict(slowest.ms, 50)}`,
  );

  const b = await cliRender(folder);
  console.log(
    `(b) reelforge render <corpus> --provider mock --json: ${b.seconds.toFixed(1)} s wall, exit ${b.code}, ` +
      `${b.jobs} jobs (${b.completed} completed), ${b.errors} error lines — target < 30 s: ${verdict(b.seconds, 30)}`,
  );

  const c = await libraryStall();
  console.log(
    `(c) 500 × 100 kB through library.addFiles (loopback WebSocket, ${c.chunks} calls): ` +
      `${c.seconds.toFixed(1)} s, ${c.stored} answered, ${c.entries} in the library`,
  );
  console.log(
    `    longest event-loop stall: ${c.stallMs.toFixed(0)} ms (p99 ${c.p99Ms.toFixed(0)} ms) — target < 100 ms: ${verdict(c.stallMs, 100)}`,
  );
  console.log(`    GET / meanwhile: ${c.gets.length} requests, slowest ${c.slowestGetMs.toFixed(0)} ms`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
