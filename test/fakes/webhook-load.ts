/**
 * Webhook traffic for the burst, crash and benchmark runs: signed X Account Activity
 * deliveries (v1.1 `tweet_create_events`, the shape of test/events/x/webhook-tweet-create.json),
 * one reply each, a mix of scams posing as the brand and ordinary replies. Texts are made
 * from templates written here, varied by a counter, so every comment is a new item.
 */
import { createHmac } from 'node:crypto';

/** One comment to deliver, with what the test needs to check afterwards. */
export interface LoadComment {
  readonly id: string;
  readonly scam: boolean;
  readonly body: string;
  readonly signature: string;
}

const SCAM = [
  (n: number) =>
    `So sorry about this! Please DM us on WhatsApp +44 7700 9${String(n % 100000).padStart(5, '0')} and our refunds desk will sort it today`,
  (n: number) =>
    `Your account has been limited. Verify your details at acmebank-secure-${n}.help/login within 24 hours to avoid closure`,
  (n: number) =>
    `To unlock the card, reply with the one-time code we just texted you and your PIN, ticket ${n}`,
  (n: number) =>
    `Acme Bank anniversary giveaway: send 0.05 BTC and get 0.1 BTC back! Only ${n % 500} spots left`,
];
const ORDINARY = [
  (n: number) => `Thanks, the app works again after the update (${n})`,
  (n: number) => `Is the branch on the high street open on Sunday? Asking for my gran, ${n}`,
  (n: number) => `Took ${n % 40} minutes on hold but the agent was lovely`,
  (n: number) => `Any plans for a dark mode in the app? #${n}`,
];

/** Deterministic comments: every `scamEvery`-th is a scam (1: all of them). */
export function makeComments(
  count: number,
  options: { readonly secret: string; readonly scamEvery?: number; readonly idBase?: bigint },
): LoadComment[] {
  const every = options.scamEvery ?? 1;
  const base = options.idBase ?? 1_880_000_000_000_000_000n;
  return Array.from({ length: count }, (_, i) => {
    const scam = i % every === 0;
    const templates = scam ? SCAM : ORDINARY;
    const text = (templates[i % templates.length] as (n: number) => string)(i);
    const id = String(base + BigInt(i));
    const author = scam
      ? {
          id_str: String(770_000 + (i % 97)),
          screen_name: `acmebank_care_${i % 97}`,
          name: 'Acme Bank Support',
        }
      : { id_str: String(880_000 + i), screen_name: `customer_${i}`, name: `Customer ${i}` };
    const body = JSON.stringify({
      for_user_id: '2244994945',
      tweet_create_events: [
        {
          created_at: 'Wed Dec 02 09:15:00 +0000 2026',
          id_str: id,
          text,
          truncated: false,
          in_reply_to_status_id_str: '1879999999999999999',
          in_reply_to_screen_name: 'acmebank',
          user: author,
          entities: { urls: [], user_mentions: [] },
        },
      ],
    });
    const signature = `sha256=${createHmac('sha256', options.secret).update(body).digest('base64')}`;
    return { id, scam, body, signature };
  });
}

/** What one delivery got back. */
export interface Delivery {
  readonly comment: LoadComment;
  readonly status: number;
  /** performance.now() when the request was sent, and when its answer arrived. */
  readonly sentAt: number;
  readonly answeredAt: number;
}

/** Posts one delivery; a connection error counts as status 0. */
export async function deliver(url: string, comment: LoadComment): Promise<Delivery> {
  const sentAt = performance.now();
  let status = 0;
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-twitter-webhooks-signature': comment.signature },
      body: comment.body,
    });
    status = res.status;
    await res.arrayBuffer();
  } catch {
    status = 0;
  }
  return { comment, status, sentAt, answeredAt: performance.now() };
}

/** Posts every comment with at most `inFlight` requests at a time; resolves with all answers. */
export async function burst(
  url: string,
  comments: readonly LoadComment[],
  inFlight: number,
  onAnswer?: (d: Delivery) => void,
): Promise<Delivery[]> {
  const out: Delivery[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < comments.length) {
        const comment = comments[next++] as LoadComment;
        const d = await deliver(url, comment);
        out.push(d);
        onAnswer?.(d);
      }
    }),
  );
  return out;
}

/** Posts the comments at a steady rate (per second), not waiting for answers to send the next. */
export async function steady(
  url: string,
  comments: readonly LoadComment[],
  perSecond: number,
): Promise<Delivery[]> {
  const start = performance.now();
  const pending: Promise<Delivery>[] = [];
  for (const [i, comment] of comments.entries()) {
    const due = start + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(deliver(url, comment));
  }
  return Promise.all(pending);
}
