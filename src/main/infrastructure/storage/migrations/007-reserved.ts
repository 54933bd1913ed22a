import type { Migration } from './migration.js';

/**
 * Placeholder for version 7, which another branch developed in parallel adds. Versions must be
 * consecutive, so this branch's 008 needs a 7 in front of it. When the branches meet, the real
 * 007 replaces this file (its own `up` then runs on databases that never had it, because this
 * one is only on unreleased development databases).
 */
export const reservedVersion7: Migration = {
  version: 7,
  name: 'reserved',
  up() {},
};
