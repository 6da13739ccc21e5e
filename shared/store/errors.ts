import { PostwatchError } from '../model/index.ts';

/** A finding id that is not in the store. */
export class FindingNotFoundError extends PostwatchError {
  override name = 'FindingNotFoundError';
  constructor(readonly findingId: string) {
    super(`finding ${findingId} does not exist`);
  }
}

/** A conditional update lost against a concurrent change (e.g. two people triaging one finding). */
export class StoreConflictError extends PostwatchError {
  override name = 'StoreConflictError';
  constructor(
    readonly findingId: string,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`finding ${findingId}: ${detail}`, options);
  }
}
