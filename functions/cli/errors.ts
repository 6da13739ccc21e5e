import { PostwatchError } from '../../shared/model/index.ts';

/** Bad command-line arguments: exit status 2 with the message and a hint to `--help`. */
export class UsageError extends PostwatchError {}
