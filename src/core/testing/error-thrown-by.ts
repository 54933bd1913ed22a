/**
 * Runs `action` and returns the error it throws, which must be an instance of `errorClass`;
 * anything else (another error, or no error at all) fails the calling test. For tests that check
 * what an error says rather than only that one was thrown.
 */
export function errorThrownBy<E extends Error>(
  errorClass: abstract new (...args: never[]) => E,
  action: () => unknown,
): E {
  try {
    action();
  } catch (error) {
    if (error instanceof errorClass) return error;
    throw error;
  }
  throw new Error(`expected a ${errorClass.name}, but nothing was thrown`);
}

/** The same for work that returns a promise. */
export async function errorRejectedBy<E extends Error>(
  errorClass: abstract new (...args: never[]) => E,
  action: () => Promise<unknown>,
): Promise<E> {
  try {
    await action();
  } catch (error) {
    if (error instanceof errorClass) return error;
    throw error;
  }
  throw new Error(`expected a ${errorClass.name}, but nothing was thrown`);
}
