/** What stands in for a secret wherever text about a request is shown or stored. */
export const REDACTED = '[redacted]';

/**
 * Removes every secret (as written, URL-encoded or base64-encoded) and any bearer token from a
 * text, so an API key can never reach a log, an error message, a job row or the CLI's output,
 * even when a server or a library echoes it back.
 */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let result = text;
  for (const secret of secrets) {
    if (!secret || secret.length < 4) continue;
    for (const form of new Set([
      secret,
      encodeURIComponent(secret),
      Buffer.from(secret).toString('base64'),
    ])) {
      result = result.split(form).join(REDACTED);
    }
  }
  return result.replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{6,}/gi, `$1 ${REDACTED}`);
}

/** A redactor bound to the keys of one provider. */
export function createRedactor(secrets: () => readonly (string | undefined)[]): (text: string) => string {
  return (text) => redactSecrets(text, secrets());
}
