import type { StoredFinding } from '../store/types.ts';
import { formatAlert } from './format.ts';
import type { AlertSink } from './types.ts';

/** Options of the webhook sink; the clock and fetch are injectable for tests. */
export interface WebhookAlertSinkOptions {
  /** Target URL (usually from `env:SLACK_WEBHOOK_URL`): a secret, never logged. */
  readonly url: string;
  readonly fetch?: typeof fetch;
  /** Per-attempt timeout. Default 5 s. */
  readonly timeoutMs?: number;
  /** Attempts after the first one for network errors, 429 and 5xx. Default 2. */
  readonly retries?: number;
  /** First backoff; doubles each retry. Default 500 ms. */
  readonly baseDelayMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** A webhook delivery that failed; the message names the status but never the URL. */
export class WebhookDeliveryError extends Error {
  override name = 'WebhookDeliveryError';
  constructor(
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The JSON posted for one alert: `text` (what Slack and most chat hooks show) plus the alert document. */
export function webhookPayload(finding: StoredFinding): { text: string; alert: unknown } {
  const { subject, body, document } = formatAlert(finding);
  return { text: `*${subject}*\n${body}`, alert: document };
}

/**
 * POSTs each alert as JSON to a URL with a timeout, retrying transient failures (network,
 * timeout, 429, 5xx) with exponential backoff. Other 4xx answers are not retried: the same
 * request would be refused again. Errors never carry the URL, which is itself a secret.
 */
export class WebhookAlertSink implements AlertSink {
  private readonly options: WebhookAlertSinkOptions;

  constructor(options: WebhookAlertSinkOptions) {
    this.options = options;
  }

  async publish(finding: StoredFinding): Promise<void> {
    const { url, timeoutMs = 5_000, retries = 2, baseDelayMs = 500 } = this.options;
    const doFetch = this.options.fetch ?? fetch;
    const sleep = this.options.sleep ?? realSleep;
    const body = JSON.stringify(webhookPayload(finding));
    let last: WebhookDeliveryError | undefined;
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) await sleep(baseDelayMs * 2 ** (attempt - 1));
      let response: Response;
      try {
        response = await doFetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        const timedOut = (error as Error).name === 'TimeoutError';
        last = new WebhookDeliveryError(timedOut ? 'alert webhook timed out' : 'alert webhook unreachable');
        continue;
      }
      // Drain the body so the connection can be reused.
      await response.arrayBuffer().catch(() => undefined);
      if (response.ok) return;
      last = new WebhookDeliveryError(`alert webhook answered ${response.status}`, response.status);
      if (response.status !== 429 && response.status < 500) throw last;
    }
    throw last ?? new WebhookDeliveryError('alert webhook failed');
  }
}
