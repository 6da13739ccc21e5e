import type { core } from 'zod/mini';

/**
 * Base of every error postwatch raises on purpose; `name` says which (each class sets its own:
 * bundles are minified, so a class's own name is not kept), `cause` keeps the origin.
 */
export class PostwatchError extends Error {
  override name = 'PostwatchError';
}

/** Input that does not match a contract (item, brand profile, config). Carries one line per problem. */
export class ValidationError extends PostwatchError {
  override name = 'ValidationError';
  constructor(
    readonly what: string,
    readonly problems: readonly string[],
  ) {
    super(`${what} is invalid: ${problems.join('; ')}`);
  }
}

/** Formats a zod path as `partners[2].status`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out || '(root)';
}

/** One readable line per zod issue: `partners[2].status: expected one of approved, pending, suspended`. */
export function describeIssues(error: core.$ZodError): string[] {
  return error.issues.map((issue) => {
    const where = formatPath(issue.path);
    let what = issue.message;
    if (issue.code === 'invalid_value' && 'values' in issue) {
      what = `expected one of ${issue.values.map(String).join(', ')}`;
    } else if (issue.code === 'invalid_type' && 'expected' in issue) {
      // Issues carry no input (so no personal data reaches an error); zod's English message
      // still names what it received ("…, received number"), which tells wrong from missing.
      const input = (issue as { input?: unknown }).input;
      const received =
        input !== undefined
          ? input === null
            ? 'null'
            : typeof input
          : /received (\w+)\s*$/.exec(issue.message)?.[1];
      what =
        received === undefined || received === 'undefined'
          ? `required ${issue.expected} is missing`
          : `expected ${issue.expected}, got ${received}`;
    }
    return `${where}: ${what}`;
  });
}
