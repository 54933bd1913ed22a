import { describe, expect, it } from 'vitest';
import { redisTrouble } from './redis-trouble.js';

function said(events: readonly [number, string][]): string[] {
  const lines: string[] = [];
  let clock = 0;
  const report = redisTrouble(
    (line) => lines.push(`${clock}: ${line}`),
    () => clock,
  );
  for (const [at, message] of events) {
    clock = at;
    report(message);
  }
  return lines;
}

describe('redisTrouble', () => {
  it('says an outage once, though each connection reports it in its own words at once', () => {
    expect(
      said([
        [0, 'Connection is closed.'],
        [40, 'connect ECONNREFUSED 127.0.0.1:6390'],
        [300, 'connect ECONNREFUSED 127.0.0.1:6390'],
        [1_500, 'Connection is closed.'],
        [4_000, 'connect ECONNREFUSED 127.0.0.1:6390'],
      ]),
    ).toEqual(['0: redis: Connection is closed.; retrying']);
  });

  it('says it again when the reason changes after that, or once a minute while it lasts', () => {
    expect(
      said([
        [0, 'connect ECONNREFUSED 127.0.0.1:6390'],
        [30_000, 'connect ECONNREFUSED 127.0.0.1:6390'],
        [40_000, 'NOAUTH Authentication required.'],
        [70_000, 'NOAUTH Authentication required.'],
        [100_000, 'NOAUTH Authentication required.'],
      ]),
    ).toEqual([
      '0: redis: connect ECONNREFUSED 127.0.0.1:6390; retrying',
      '40000: redis: NOAUTH Authentication required.; retrying',
      '100000: redis: NOAUTH Authentication required.; retrying',
    ]);
  });
});
