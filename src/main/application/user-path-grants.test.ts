import { describe, expect, it } from 'vitest';
import { UserPathGrants } from './user-path-grants.js';

describe('UserPathGrants', () => {
  const grants = new UserPathGrants();
  grants.grant('/home/u/scripts');
  grants.grant('/home/u/one/picked.json');
  grants.grant('/home/u/notes.csv');

  it('allows exactly what the user gave, and script files inside a folder they gave', () => {
    expect(grants.allows('/home/u/scripts')).toBe(true);
    expect(grants.allows('/home/u/scripts/a.json')).toBe(true);
    expect(grants.allows('/home/u/scripts/deep/b.md')).toBe(true);
    expect(grants.allows('/home/u/one/picked.json')).toBe(true);
    expect(grants.allows('/home/u/notes.csv')).toBe(true);
  });

  it.each([
    ['/etc/shadow'],
    ['/home/u/.ssh/id_ed25519'],
    ['/home/u/scripts/../.ssh/id_ed25519.json'],
    ['/home/u/scripts/secret.key'],
    ['/home/u/one/other.json'],
    ['/home/u/one'],
    ['scripts/a.json'],
    ['/home/u/scripts/a.json\0.txt'],
    ['/home/u/scripts-evil/a.json'],
  ])('refuses %j', (path) => {
    expect(grants.allows(path)).toBe(false);
  });
});
