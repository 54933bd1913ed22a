/**
 * `npm run bench` — the FFmpeg renderer benchmark; `npm run bench -- remotion` — the Remotion one;
 * `npm run bench -- intake` — how fast scripts are accepted or rejected, and main-process stalls;
 * `npm run bench -- farm` — 20 draft renders through the render farm with one and two workers.
 * Benchmarks measure speed and memory; tests never time anything.
 */
const which = process.argv[2] ?? 'ffmpeg';
const benches: Record<string, string> = {
  ffmpeg: './ffmpeg-bench.js',
  remotion: './remotion-bench.js',
  intake: './intake-bench.js',
  farm: './farm-bench.js',
};
const entry = benches[which];
if (!entry) {
  console.error(`unknown benchmark "${which}" (use: ${Object.keys(benches).join(', ')})`);
  process.exit(2);
}
await import(entry);

export {};
