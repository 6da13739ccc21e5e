/**
 * Builds a schema where it is declared. Called as `/* @__PURE__ *\/ declared(() => z.object(...))`,
 * it tells the bundler what it cannot see for itself, that building a zod schema has no side
 * effects: a bundle that never uses a schema then drops its construction instead of running
 * it at every cold start. analyze never reads a monitor config, and no function validates a
 * finding, yet before this each built those schemas at import (about 4 ms of its init).
 */
export function declared<T>(build: () => T): T {
  return build();
}
