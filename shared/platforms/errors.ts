import { PostwatchError } from '../model/index.ts';

/** The platform asked us to wait (429, quota, usage near 100%). Poll again at `retryAt` (epoch ms). */
export class RateLimitedError extends PostwatchError {
  override name = 'RateLimitedError';
  constructor(
    message: string,
    readonly retryAt: number,
  ) {
    super(message);
  }
}

/** Credentials rejected or lacking a permission. Not retryable: a person must act (the message says how). */
export class PlatformAuthError extends PostwatchError {
  override name = 'PlatformAuthError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** The platform answered, but not with what we can use (bad parameter, unknown account, broken body). */
export class PlatformRequestError extends PostwatchError {
  override name = 'PlatformRequestError';
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly code?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Transient failures (5xx, timeouts, network) went on after every retry. Poll again later. */
export class PlatformUnavailableError extends PostwatchError {
  override name = 'PlatformUnavailableError';
}
