/** A script as a user writes it in a JSON file (snake_case keys). */
export interface JsonScript {
  readonly channel: string;
  readonly topic: string;
  readonly hook: string;
  readonly main_points: readonly string[];
  readonly call_to_action: string;
}

/**
 * A JSON script from its scenes' text in playing order (hook, main points, call to action), plus
 * any other fields (`music`, `voice`, …) — so a test's script reads as the scenes it will check.
 */
export function jsonScript<Extra extends Record<string, unknown>>(
  about: { readonly channel: string; readonly topic: string },
  scenes: readonly [string, ...string[], string],
  extra: Extra = {} as Extra,
): JsonScript & Extra {
  return {
    ...about,
    hook: scenes[0],
    main_points: scenes.slice(1, -1),
    call_to_action: scenes[scenes.length - 1]!,
    ...extra,
  };
}
