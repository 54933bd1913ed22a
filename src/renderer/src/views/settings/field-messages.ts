// Settings errors in words, for the message under a field: the contract's zod issues ("Too small:
// expected string to have >=1 characters", "Invalid input: expected int, received number") and the
// backend's messages without the field path they start with (the field already says which).

/** The parts of a zod issue the words are made from. */
export interface SettingsIssue {
  readonly code: string;
  readonly message: string;
  readonly origin?: string;
  readonly expected?: string;
  readonly format?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly inclusive?: boolean;
  readonly values?: readonly unknown[];
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  int: 'must be a whole number',
  number: 'must be a number',
  string: 'must be text',
  boolean: 'must be on or off',
};

/** What is wrong with a field's value, in words. */
export function describeSettingsIssue(issue: SettingsIssue): string {
  const text = issue.origin === 'string';
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (text) return min <= 1 ? 'cannot be empty' : `must be at least ${min} characters`;
      if (min === 0 && issue.inclusive === false) return 'must be more than 0';
      return issue.inclusive === false ? `must be more than ${min}` : `must be ${min} or more`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (text) return `must be at most ${max} characters`;
      return issue.inclusive === false ? `must be less than ${max}` : `must be ${max} or less`;
    }
    case 'invalid_type':
      return TYPE_WORDS[issue.expected ?? ''] ?? 'has the wrong kind of value';
    case 'invalid_value':
      return issue.values && issue.values.length > 0
        ? `must be one of: ${issue.values.map(String).join(', ')}`
        : 'is not one of the allowed values';
    case 'invalid_format':
      return issue.format === 'url'
        ? 'must be a web address (http:// or https://)'
        : 'is not in the right format';
    case 'not_multiple_of':
      return 'must be a whole number';
    default:
      return issue.message;
  }
}

/**
 * A backend message about `field` without the path it starts with: "settings.update:
 * patch.global.outputDir: …", "config global.output_dir: …" or "global.outputDir: …" become "…".
 */
export function messageForField(message: string, field: string): string {
  const snake = field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  for (const prefix of [`settings.update: patch.${field}: `, `config ${snake}: `, `${field}: `]) {
    if (message.startsWith(prefix)) return message.slice(prefix.length);
  }
  return message;
}
