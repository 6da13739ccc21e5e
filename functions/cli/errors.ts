import { PostwatchError } from '../../shared/model/index.ts';

/** Bad command-line arguments: exit status 2 with the message and a hint to `--help`. */
export class UsageError extends PostwatchError {
  override name = 'UsageError';
}

/** The command ran but could not do what was asked (unknown finding, a conflict): exit 1, the message only. */
export class CommandFailure extends PostwatchError {
  override name = 'CommandFailure';
}

/** The value of `option` when it is one of `allowed`; a UsageError naming them otherwise. */
export function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${option} must be ${allowed.join(' or ')}, not ${value}`);
  }
  return value as T;
}
