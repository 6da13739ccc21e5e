import {
  PlatformAuthError,
  PlatformRequestError,
  PlatformUnavailableError,
  RateLimitedError,
} from './errors.ts';

/** What the HTTP helper needs from the outside world; tests inject a fake clock, sleep and random. */
export interface HttpDeps {
  readonly fetch?: typeof fetch;
  /** Waits between retries. Default: a real timer. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Epoch milliseconds. Default: Date.now. */
  readonly now?: () => number;
  /** In [0, 1); used for jitter. Default: Math.random. */
  readonly random?: () => number;
  /** Per-request timeout. Default 10 s (a poll Lambda has a few minutes for many requests). */
  readonly timeoutMs?: number;
  /** Retries after the first attempt for transient failures. Default 3. */
  readonly maxRetries?: number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  /** Aborts everything (shutdown). */
  readonly signal?: AbortSignal;
}

/** Rate-limit state read from one response's headers. Times are epoch ms. */
export interface RateLimitState {
  readonly remaining?: number;
  readonly limit?: number;
  readonly resetAt?: number;
  /** Highest usage in percent (Meta's usage headers). */
  readonly usagePercent?: number;
}

/** How one platform's failure should be handled. */
export type ErrorClass =
  | { kind: 'transient'; message: string }
  | { kind: 'rate-limit'; retryAt: number; message: string }
  | { kind: 'auth'; message: string }
  | { kind: 'request'; message: string; code?: string };

/** The per-platform knowledge the HTTP helper needs: header parsing and error classification. */
export interface PlatformHttpPolicy {
  /** Name shown in messages (`X`, `Meta`...). */
  readonly label: string;
  /** Reads rate-limit headers; undefined when the response has none. */
  readRateLimit(headers: Headers, now: number): RateLimitState | undefined;
  /**
   * Classifies a failed response, or a 200 whose body reports an error (return undefined for
   * a usable 200). `body` is the parsed JSON or undefined.
   */
  classify(status: number, body: unknown, headers: Headers, now: number): ErrorClass | undefined;
  /** Stop when fewer requests than this remain in the window (leaves room for other callers). Default 1. */
  readonly reserve?: number;
  /** Stop when a usage percentage reaches this. Default 95. */
  readonly maxUsagePercent?: number;
  /** Where to wait when usage is high but no reset time is known. Default 5 minutes. */
  readonly defaultBackoffMs?: number;
}

/** A parsed JSON response. */
export interface JsonResponse<T = unknown> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

/** One request. `body` objects are sent as JSON; strings and URLSearchParams as they are. */
export interface RequestSpec {
  readonly url: string;
  readonly method?: 'GET' | 'POST';
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Reads `Retry-After` (seconds or HTTP date) as epoch ms. */
export function retryAfterAt(headers: Headers, now: number): number | undefined {
  const value = headers.get('retry-after');
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return now + Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : at;
}

/** Parses a header as a finite number, or undefined. */
export function numberHeader(headers: Headers, name: string): number | undefined {
  const raw = headers.get(name);
  if (raw === null || raw.trim() === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * A fetch wrapper bound to one platform and one poll: timeouts, retries with exponential
 * backoff and full jitter for transient failures, and rate-limit deferral (it refuses to send
 * once the platform said the window is spent, so a poll stops before the limit, not after).
 */
export class HttpClient {
  private state: RateLimitState | undefined;
  private readonly fetchFn: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;
  private readonly random: () => number;
  /** Requests sent, retries included (for tests and metrics). */
  requests = 0;

  constructor(
    private readonly policy: PlatformHttpPolicy,
    private readonly deps: HttpDeps = {},
  ) {
    this.fetchFn = deps.fetch ?? fetch;
    this.sleep = deps.sleep ?? realSleep;
    this.now = deps.now ?? Date.now;
    this.random = deps.random ?? Math.random;
  }

  /** The last rate-limit state seen. */
  get rateLimit(): RateLimitState | undefined {
    return this.state;
  }

  /** Sends a request and returns its JSON body, or throws one of the platform errors. */
  async json<T = unknown>(spec: RequestSpec): Promise<JsonResponse<T>> {
    const maxRetries = this.deps.maxRetries ?? 3;
    const base = this.deps.baseDelayMs ?? 500;
    const cap = this.deps.maxDelayMs ?? 30_000;
    let lastProblem = '';
    for (let attempt = 0; attempt <= maxRetries; attempt++) {
      if (attempt > 0) {
        // Full jitter: spreads retries of many pollers instead of having them hit together.
        await this.sleep(Math.floor(this.random() * Math.min(cap, base * 2 ** (attempt - 1))));
      }
      this.checkBudget();
      const outcome = await this.once(spec);
      if (outcome.kind === 'ok') return outcome.response as JsonResponse<T>;
      lastProblem = outcome.message;
    }
    throw new PlatformUnavailableError(
      `${this.policy.label} is unavailable after ${maxRetries + 1} attempts (${lastProblem}); will poll again later`,
    );
  }

  private checkBudget(): void {
    const s = this.state;
    if (!s) return;
    const now = this.now();
    const reserve = this.policy.reserve ?? 1;
    const maxUsage = this.policy.maxUsagePercent ?? 95;
    const spent = s.remaining !== undefined && s.remaining < reserve;
    const hot = s.usagePercent !== undefined && s.usagePercent >= maxUsage;
    if (!spent && !hot) return;
    const resetAt = s.resetAt ?? now + (this.policy.defaultBackoffMs ?? 300_000);
    if (resetAt <= now) {
      this.state = undefined;
      return;
    }
    throw new RateLimitedError(
      `${this.policy.label} rate limit nearly used up; deferring until ${new Date(resetAt).toISOString()}`,
      resetAt,
    );
  }

  private async once(
    spec: RequestSpec,
  ): Promise<{ kind: 'ok'; response: JsonResponse } | { kind: 'retry'; message: string }> {
    const timeout = AbortSignal.timeout(this.deps.timeoutMs ?? 10_000);
    const signal = this.deps.signal ? AbortSignal.any([timeout, this.deps.signal]) : timeout;
    const headers: Record<string, string> = { accept: 'application/json', ...spec.headers };
    let body: string | URLSearchParams | undefined;
    if (typeof spec.body === 'string' || spec.body instanceof URLSearchParams) body = spec.body;
    else if (spec.body !== undefined) {
      body = JSON.stringify(spec.body);
      headers['content-type'] ??= 'application/json';
    }
    this.requests++;
    let res: Response;
    let text: string;
    try {
      res = await this.fetchFn(spec.url, { method: spec.method ?? 'GET', headers, body, signal });
      text = await res.text();
    } catch (error) {
      if (this.deps.signal?.aborted) throw error;
      const name = (error as { name?: string }).name;
      return { kind: 'retry', message: name === 'TimeoutError' ? 'timeout' : 'network error' };
    }
    const now = this.now();
    const limits = this.policy.readRateLimit(res.headers, now);
    if (limits) this.state = limits;
    let parsed: unknown;
    let parseFailed = false;
    if (text.trim() !== '') {
      try {
        parsed = JSON.parse(text);
      } catch {
        parseFailed = true;
      }
    }
    let problem = this.policy.classify(res.status, parsed, res.headers, now);
    if (!problem && res.status === 429) {
      const at = retryAfterAt(res.headers, now) ?? limits?.resetAt ?? now + 60_000;
      problem = { kind: 'rate-limit', retryAt: at, message: `${this.policy.label} rate limit hit (429)` };
    }
    if (problem) {
      switch (problem.kind) {
        case 'transient':
          return { kind: 'retry', message: problem.message };
        case 'rate-limit':
          this.state = { remaining: 0, resetAt: problem.retryAt };
          throw new RateLimitedError(problem.message, problem.retryAt);
        case 'auth':
          throw new PlatformAuthError(problem.message, res.status);
        case 'request':
          throw new PlatformRequestError(problem.message, res.status, problem.code);
      }
    }
    if (res.status >= 500) return { kind: 'retry', message: `HTTP ${res.status}` };
    // A cut-off body on a 2xx is a broken transfer, not a platform answer: read it again.
    if (parseFailed) return { kind: 'retry', message: 'truncated or invalid JSON body' };
    if (res.status >= 400) {
      throw new PlatformRequestError(`${this.policy.label} answered HTTP ${res.status}`, res.status);
    }
    return { kind: 'ok', response: { status: res.status, headers: res.headers, body: parsed } };
  }
}
