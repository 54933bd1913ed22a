import fs from 'node:fs';
import { ConfigError } from '#core/errors.js';
import { configErrorFromIssues, FILE_KEY } from './config-error-from-issues.js';
import { configFileSchema, type ConfigFile } from './config-schema.js';
import { isPlainObject, type JsonObject } from './deep-merge.js';
import { findJsonSyntaxError } from './json-syntax-error.js';

/** The file's JSON object as written, or {} when there is no file yet. */
export function readRawConfig(configPath: string): JsonObject {
  let text: string;
  try {
    text = fs.readFileSync(configPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new ConfigError(FILE_KEY, `cannot read ${configPath} (${code})`, { cause: error });
  }
  return parseRawConfig(text.replace(/^\uFEFF/, ''), configPath);
}

export function parseRawConfig(text: string, configPath: string): JsonObject {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Not JSON.parse's message: it quotes the file's text, which may include an API key.
    const where = findJsonSyntaxError(text);
    throw new ConfigError(
      FILE_KEY,
      where
        ? `invalid JSON at line ${where.line}, column ${where.column} of ${configPath}: ${where.problem}`
        : `invalid JSON in ${configPath}`,
    );
  }
  if (!isPlainObject(value)) {
    throw new ConfigError(FILE_KEY, `expected a JSON object ({ … }) at the top of ${configPath}`);
  }
  return value;
}

/** The raw object checked against the schema; the first problem as a ConfigError. */
export function validateConfig(raw: JsonObject, configPath: string): ConfigFile {
  const result = configFileSchema.safeParse(raw);
  if (!result.success) throw configErrorFromIssues(result.error.issues, configPath);
  return result.data;
}
