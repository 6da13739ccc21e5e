import { PostwatchError } from '../../shared/model/index.ts';

/** Bad command-line arguments: exit status 2 with the message and a hint to `--help`. */
export class UsageError extends PostwatchError {}

/** The command ran but could not do what was asked (unknown finding, a conflict): exit 1, the message only. */
export class CommandFailure extends PostwatchError {}
