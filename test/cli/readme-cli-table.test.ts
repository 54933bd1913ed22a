import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { USAGE } from '../../src/main/presentation/cli/main.js';
import { REPO_ROOT } from '../support/run-cli.js';

// The README's CLI reference table says what `reelforge --help` says: every command (and
// subcommand) with every option it takes.

const README = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');

/** The commands the README's CLI table (the one headed "command") spells out, as written there. */
function tableCommands(): string[] {
  const lines = README.split('\n');
  const start = lines.findIndex((line) => /^\| command\s+\|/.test(line));
  const commands: string[] = [];
  for (let i = start + 2; lines[i]?.startsWith('|'); i += 1) {
    const first = lines[i]!.replace(/\\\|/g, '|').split(/ \| /)[0]!;
    for (const span of first.matchAll(/`([^`]+)`/g)) commands.push(span[1]!);
  }
  return commands;
}

/**
 * `--help`'s commands, keyed "render" or "analytics import" (a subcommand is its own command;
 * `templates list … | show <id> | …` is one per alternative), each with the options it takes.
 */
function helpCommands(): Map<string, Set<string>> {
  const commands = new Map<string, Set<string>>();
  const body = USAGE.slice(USAGE.indexOf('Commands:'), USAGE.indexOf('\nEvery command'));
  let last: Set<string> | undefined;
  const options = (syntax: string) => [...syntax.matchAll(/--[a-z][a-z-]*/g)].map((m) => m[0]);
  for (const line of body.split('\n').slice(1)) {
    const command = /^ {2}(\w+)(?: (.*))?$/.exec(line);
    if (command) {
      const syntax = (command[2] ?? '').split(/ {2,}/)[0]!;
      for (const alternative of syntax.split(' | ')) {
        const word = /^([a-z]+)(?: |$)/.exec(alternative)?.[1];
        const key = word ? `${command[1]} ${word}` : command[1]!;
        last = new Set([...(commands.get(key) ?? []), ...options(alternative)]);
        commands.set(key, last);
      }
      continue;
    }
    // An option line under the command (not its description).
    const option = /^ {6}(--\S+)/.exec(line)?.[1];
    if (option) for (const name of options(option)) last?.add(name);
  }
  return commands;
}

describe('the README CLI table', () => {
  it('has every command, subcommand and option of --help', () => {
    const table = tableCommands();
    const missing: string[] = [];
    for (const [key, options] of helpCommands()) {
      const rows = table.filter((command) => command === key || command.startsWith(`${key} `));
      if (rows.length === 0) missing.push(key);
      for (const option of options)
        if (rows.length > 0 && !rows.join(' ').includes(option)) missing.push(`${key} ${option}`);
    }
    expect(missing).toEqual([]);
  });
});
