import { describe, expect, it } from 'vitest';
import { errorRejectedBy, errorThrownBy } from './error-thrown-by.js';

class ExpectedError extends Error {}

describe('errorThrownBy', () => {
  it('returns the error of the expected class', () => {
    const error = new ExpectedError('it broke');
    expect(
      errorThrownBy(ExpectedError, () => {
        throw error;
      }),
    ).toBe(error);
  });

  it('rethrows another error and fails when nothing is thrown', () => {
    expect(() =>
      errorThrownBy(ExpectedError, () => {
        throw new TypeError('other');
      }),
    ).toThrow(TypeError);
    expect(() => errorThrownBy(ExpectedError, () => 1)).toThrow(
      'expected a ExpectedError, but nothing was thrown',
    );
  });

  it('does the same for promises', async () => {
    const error = new ExpectedError('later');
    await expect(errorRejectedBy(ExpectedError, () => Promise.reject(error))).resolves.toBe(error);
    await expect(errorRejectedBy(ExpectedError, () => Promise.resolve())).rejects.toThrow(
      /nothing was thrown/,
    );
  });
});
