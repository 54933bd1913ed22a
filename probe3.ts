import { prepareParsedInput } from './src/main/application/script-intake.js';
import { BUILTIN_CHANNELS, ChannelCatalog } from './src/main/infrastructure/channels/index.js';
import { createScriptReader } from './src/main/infrastructure/parsers/script-reader.js';
const reader = createScriptReader();
const channels = new ChannelCatalog(BUILTIN_CHANNELS);
const x = (n: number, c = 'a') => c.repeat(n);
const cases: Record<string, string> = {
  unknownKeys: 'Channel: air\n' + Array.from({ length: 4990 }, (_, i) => `Hoook${i}: ${x(190)}`).join('\n'),
  twiceKeys: 'Channel: air\n' + Array.from({ length: 4990 }, (_, i) => `Hook: ${x(190)}`).join('\n'),
  longLinesAscii: 'Channel: air\nTopic: t\nHook: ' + Array.from({ length: 100 }, () => '  ' + x(9990, 'w ')).join('\n'),
  manyPointsJson: JSON.stringify({ channel: 'air', topic: 't', hook: 'h', call_to_action: 'c', main_points: Array.from({ length: 4900 }, () => x(200)) }, null, 1),
  onePointLong: JSON.stringify({ channel: 'air', topic: 't', hook: x(9000,'ab '), call_to_action: 'c', main_points: Array.from({ length: 100 }, () => x(9000, 'é')) }, null, 1),
  deepJson: Array.from({ length: 4999 }, () => '[').join('\n'),
  deepJsonOneLine: '{"hook":' + x(4990, '[') + x(4990, ']') + '}',
  mdPoints: '# T\n**Channel:** air\n## Hook\nh\n## Main points\n' + Array.from({ length: 4990 }, () => '- ' + x(100, '日')).join('\n'),
  mdHeadings: Array.from({ length: 4999 }, (_, i) => `## Hook ${x(190)}`).join('\n'),
  mdQuotes: Array.from({ length: 4999 }, (_, i) => x(190, '>')).join('\n'),
  mdIndent: '# T\n## Main points\n' + Array.from({ length: 4999 }, (_, i) => x(i % 190, ' ') + '- p').join('\n'),
  textContinuations: 'Channel: air\nHook: h\n' + Array.from({ length: 4990 }, () => '  ' + x(190, 'word ')).join('\n'),
};
for (const [name, content] of Object.entries(cases)) {
  let best = Infinity; let outcome = '';
  for (let r = 0; r < 3; r++) {
    const s = process.cpuUsage();
    try { prepareParsedInput({ content, name }, { reader, channels }); outcome = 'accepted'; } catch (e: any) { outcome = `${e.issues?.length} issues: ${String(e.issues?.[0]?.message).slice(0, 60)}`; }
    const u = process.cpuUsage(s); best = Math.min(best, (u.user + u.system) / 1000);
  }
  console.log(name.padEnd(18), (Buffer.byteLength(content) / 1024).toFixed(0).padStart(5), 'KiB', best.toFixed(1).padStart(6), 'ms', outcome);
}
