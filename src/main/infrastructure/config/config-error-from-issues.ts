import type { z } from 'zod';
import { ConfigError } from '#core/errors.js';

/** ConfigError key for problems with the file as a whole rather than one setting. */
export const FILE_KEY = '(file)';

/** Dotted path of a setting as users write it: `providers.ffmpeg.max_concurrent`, `…background[1]`. */
export function formatConfigKey(path: readonly PropertyKey[]): string {
  return path.reduce<string>((key, segment) => {
    if (typeof segment === 'number') return `${key}[${segment}]`;
    const name = String(segment);
    return key === '' ? name : `${key}.${name}`;
  }, '');
}

/**
 * The first schema problem as a `ConfigError` naming the setting and the file. The schema's
 * messages say what is expected and never echo the value, so an API key cannot leak into logs.
 */
export function configErrorFromIssues(issues: readonly z.core.$ZodIssue[], file: string): ConfigError {
  const issue = issues[0];
  if (!issue) throw new Error('configErrorFromIssues needs at least one issue');
  const more =
    issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  if (issue.code === 'unrecognized_keys') {
    const key = formatConfigKey([...issue.path, issue.keys[0] ?? '']);
    const others = issue.keys.length > 1 ? `; also unknown here: ${issue.keys.slice(1).join(', ')}` : '';
    return new ConfigError(key, `unknown setting — check its spelling${others}, in ${file}${more}`);
  }
  const key = issue.path.length === 0 ? FILE_KEY : formatConfigKey(issue.path);
  return new ConfigError(key, `${issue.message}, in ${file}${more}`);
}
