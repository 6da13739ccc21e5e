/**
 * Test helpers for whole-pipeline runs of the analyze function: a seeded stream of realistic
 * comments and posts under a bank's accounts (scams posing as the brand mixed with ordinary
 * customers), and a small SQS stand-in that delivers them to the handler in batches the way
 * the Lambda event source does (partial batch failures come back later with a higher
 * receive count, a message received maxReceiveCount times goes to a DLQ that the operator
 * redrives, and now and then a message is delivered twice).
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { seededRandom } from '../../scripts/lib/random.ts';
import type { ContentItem, Platform } from '../../shared/model/index.ts';

export const LAMBDA_CONTEXT: Context = {
  callbackWaitsForEmptyEventLoop: true,
  functionName: 'Postwatch-AnalyzeFunction',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:Postwatch-AnalyzeFunction',
  memoryLimitInMB: '512',
  awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
  logGroupName: '/aws/lambda/Postwatch-AnalyzeFunction',
  logStreamName: '2026/12/02/[$LATEST]0f1e2d3c4b5a',
  getRemainingTimeInMillis: () => 30_000,
  done: () => undefined,
  fail: () => undefined,
  succeed: () => undefined,
};

/** What the generator meant an item to be (the engine decides what it really is). */
export type Intent = 'scam' | 'ordinary';

export interface GeneratedItem {
  readonly item: ContentItem;
  readonly intent: Intent;
}

const FIRST = [
  'maria',
  'jon',
  'aisha',
  'li',
  'sven',
  'priya',
  'tom',
  'fatima',
  'lucas',
  'emma',
  'kofi',
  'ines',
];
const LAST = ['garcia', 'smith', 'khan', 'wei', 'berg', 'patel', 'okafor', 'silva', 'novak', 'dubois'];
const CITY = ['Leeds', 'Bristol', 'Madrid', 'Lyon', 'Porto', 'Dublin', 'Leipzig', 'Cork'];
const EMOJI = ['🙏', '😡', '😂', '👍', '💸', '🔥', '🙄', '❤️', ''];

/** Deterministic stream of items for a Northwind Bank-like brand (test/events/brands/northwind-bank.json). */
export function generateItems(count: number, seed: number): GeneratedItem[] {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');
  const person = () => `${pick(FIRST)}${pick(['.', '_', ''])}${pick(LAST)}${rand() < 0.5 ? digits(2) : ''}`;
  const ukMobile = () => `+44 7700 900${digits(3)}`;
  const usNumber = () => `+1 (415) 555-${digits(4)}`;
  const wallet = () =>
    `bc1q${Array.from({ length: 38 }, () => pick([...'023456789acdefghjklmnpqrstuvwxyz'])).join('')}`;

  const scamAuthors = () =>
    pick([
      { handle: `northwind_support${digits(2)}`, displayName: 'Northwind Bank Support' },
      { handle: `n0rthwindbank_help`, displayName: 'Northwind Help Desk' },
      { handle: `northwindbank.care${digits(1)}`, displayName: 'Northwind Customer Care' },
      { handle: `${person()}`, displayName: `${pick(FIRST)} | crypto mentor` },
    ]);
  const scams: Array<() => string> = [
    () =>
      `@${person()} sorry to hear that! Our team can sort it today, message us on WhatsApp ${ukMobile()} ${pick(EMOJI)}`,
    () =>
      `Hi, this is Northwind support. Please DM us your card number and the one-time code we just texted you so we can reverse the charge.`,
    () =>
      `Your Northwind account has been locked for security. Verify your identity here: https://northwind-bank-verify${digits(2)}.com/login`,
    () =>
      `🚀 Northwind is giving away 2 BTC to celebrate 10 years! Send 0.1 BTC to ${wallet()} and get 0.2 BTC back instantly`,
    () =>
      `I turned £500 into £6,000 in two weeks with Mrs ${pick(LAST)}'s investment plan, text her on ${usNumber()} she is legit 💸`,
    () =>
      `Refunds for the outage are being paid now, claim yours at bit.ly/nwb-refund${digits(3)} before midnight`,
    () => `To stop the fraudulent transfer reply with your online banking password and the PIN of your card`,
  ];
  const ordinary: Array<() => string> = [
    () => `How long does a transfer to Spain usually take? Sent one on Monday ${pick(EMOJI)}`,
    () => `The ${pick(CITY)} branch was closed again at lunchtime, third time this month ${pick(EMOJI)}`,
    () => `Love the new savings pots in the app, finally I can see where my money goes`,
    () => `Is the app down for anyone else? Can't log in since this morning`,
    () => `@northwindbank thanks for sorting my card so quickly yesterday, great service ${pick(EMOJI)}`,
    () => `Any plans for Apple Pay on the business accounts? Been waiting ages`,
    () => `Interest on the easy saver went down again?? ${pick(EMOJI)}`,
    () => `My mum got a weird text pretending to be you, reported it through the app. Stay safe everyone`,
    () => `${pick(FIRST)} and I opened a joint account last week, the whole thing took ten minutes`,
  ];
  const posts = [
    'We are upgrading our systems on Sunday from 1am to 5am; card payments keep working. Thanks for your patience.',
    'Scammers are posing as Northwind staff. We will never ask for your PIN or one-time passcode.',
    'Our new fixed saver is out: 4.1% AER, fixed for one year. Details on northwindbank.com',
  ];

  const platforms: Platform[] = ['instagram', 'x', 'facebook', 'youtube', 'tiktok'];
  const out: GeneratedItem[] = [];
  let serial = 0;
  for (let i = 0; i < count; i++) {
    const platform = pick(platforms);
    if (i % 50 === 0) {
      const handle = 'northwindbank';
      out.push({
        intent: 'ordinary',
        item: {
          ...itemIds(platform, ++serial, digits),
          kind: 'post',
          author: { id: digits(10), handle, displayName: 'Northwind Bank' },
          text: pick(posts),
          createdAt: new Date(Date.UTC(2026, 11, 1, 8) + i * 60_000).toISOString(),
        } as ContentItem,
      });
      continue;
    }
    const scam = rand() < 0.35;
    const author = scam ? scamAuthors() : { handle: person(), displayName: `${pick(FIRST)} ${pick(LAST)}` };
    out.push({
      intent: scam ? 'scam' : 'ordinary',
      item: {
        ...itemIds(platform, ++serial, digits),
        kind: 'comment',
        parentId: `p${digits(8)}`,
        author: { id: digits(10), ...author },
        text: (scam ? pick(scams) : pick(ordinary))(),
        createdAt: new Date(Date.UTC(2026, 11, 1, 8) + i * 60_000).toISOString(),
      } as ContentItem,
    });
  }
  return out;
}

function itemIds(platform: Platform, serial: number, digits: (n: number) => string) {
  const s = String(serial).padStart(5, '0');
  switch (platform) {
    case 'instagram': {
      const id = `178904${digits(6)}${s}`;
      return { platform, id, url: `https://www.instagram.com/p/C${digits(6)}/c/${id}/` };
    }
    case 'x': {
      const id = `18612${digits(9)}${s}`;
      return { platform, id, url: `https://x.com/i/web/status/${id}` };
    }
    case 'facebook':
      return { platform, id: `1029384756_${digits(10)}${s}` };
    case 'youtube':
      return { platform, id: `Ugz${digits(6)}Kq${s}AaABAg` };
    default: {
      const id = `7301${digits(10)}${s}`;
      return { platform, id, url: `https://www.tiktok.com/@northwindbank/video/${id}` };
    }
  }
}

/**
 * The 1,000 deliveries of a run: mostly first sightings, some edits of an earlier item (same
 * id, new text: a new version) and some repeats of an earlier version (a re-poll queuing
 * what was queued before), in the order a poller would send them.
 */
export function deliveries(count: number, seed: number): ContentItem[] {
  const rand = seededRandom(seed + 1);
  const base = generateItems(count, seed).map((g) => g.item);
  const out: ContentItem[] = [];
  for (let i = 0; out.length < count; i++) {
    const r = rand();
    if (out.length > 20 && r < 0.06) {
      const earlier = out[Math.floor(rand() * out.length)] as ContentItem;
      out.push({ ...earlier, text: `${earlier.text} (edited)` });
    } else if (out.length > 20 && r < 0.1) {
      out.push(out[Math.floor(rand() * out.length)] as ContentItem);
    } else {
      out.push(base[i % base.length] as ContentItem);
    }
  }
  return out;
}

/** One SQS message in flight. */
interface Message {
  readonly messageId: string;
  readonly body: string;
  receives: number;
}

export interface SqsRunStats {
  invocations: number;
  /** Invocations that threw (every record of the batch failed). */
  fullBatchFailures: number;
  /** Records named in batchItemFailures. */
  partialFailures: number;
  /** Messages moved to the DLQ after maxReceiveCount receives (then redriven, unless told not to). */
  deadLettered: number;
  /** Extra deliveries of a message that had already succeeded (SQS is at least once). */
  duplicateDeliveries: number;
}

/**
 * Delivers every body to `handler` in batches of `batchSize`, as the SQS event source does,
 * until the queue and its DLQ are empty. Failed records (batchItemFailures, or every record
 * when the handler throws) become visible again at the back of the queue; after
 * `maxReceiveCount` receives a message moves to the DLQ, which is redriven once the source
 * queue is empty (the operator's move task), after `beforeRedrive`. `duplicateRate` of successful messages are
 * delivered once more.
 */
export async function runThroughSqs(
  bodies: readonly string[],
  handler: (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>,
  options: {
    seed: number;
    batchSize?: number;
    maxReceiveCount?: number;
    duplicateRate?: number;
    maxRounds?: number;
    /** Runs when the source queue is empty, before the DLQ is redriven (e.g. the outbox sweep). */
    beforeRedrive?: () => Promise<void>;
    /** False: dead letters stay in the DLQ (default true: redriven until the queue is empty). */
    redrive?: boolean;
  },
): Promise<SqsRunStats> {
  const rand = seededRandom(options.seed);
  const batchSize = options.batchSize ?? 10;
  const maxReceiveCount = options.maxReceiveCount ?? 5;
  const duplicateRate = options.duplicateRate ?? 0;
  const maxRounds = options.maxRounds ?? 50_000;
  let queue: Message[] = bodies.map((body) => ({ messageId: randomUUID(), body, receives: 0 }));
  const dlq: Message[] = [];
  const stats: SqsRunStats = {
    invocations: 0,
    fullBatchFailures: 0,
    partialFailures: 0,
    deadLettered: 0,
    duplicateDeliveries: 0,
  };
  const redrive = options.redrive ?? true;
  for (let round = 0; queue.length > 0 || (redrive && dlq.length > 0); round++) {
    if (round >= maxRounds) throw new Error(`queue not drained after ${maxRounds} invocations`);
    if (queue.length === 0) {
      await options.beforeRedrive?.();
      // Redrive: the messages go back with their receive count reset, as a move task does.
      queue = dlq.splice(0).map((m) => ({ ...m, receives: 0 }));
    }
    const batch = queue.splice(0, batchSize);
    for (const m of batch) m.receives++;
    const records: SQSRecord[] = batch.map((m) => sqsRecord(m));
    stats.invocations++;
    let failed: Set<string>;
    try {
      const response = await handler({ Records: records }, LAMBDA_CONTEXT);
      failed = new Set(response.batchItemFailures.map((f) => f.itemIdentifier));
      stats.partialFailures += failed.size;
    } catch {
      stats.fullBatchFailures++;
      failed = new Set(batch.map((m) => m.messageId));
    }
    for (const m of batch) {
      if (failed.has(m.messageId)) {
        if (m.receives >= maxReceiveCount) {
          dlq.push(m);
          stats.deadLettered++;
        } else queue.push(m);
      } else if (rand() < duplicateRate) {
        // A second delivery of a deleted message: a new receive under the same message id.
        stats.duplicateDeliveries++;
        queue.push({ ...m });
      }
    }
  }
  return stats;
}

function sqsRecord(m: Message): SQSRecord {
  const sent = 1_795_165_000_000;
  return {
    messageId: m.messageId,
    receiptHandle: `AQEB${Buffer.from(`${m.messageId}:${m.receives}`).toString('base64')}`,
    body: m.body,
    attributes: {
      ApproximateReceiveCount: String(m.receives),
      SentTimestamp: String(sent),
      SenderId: 'AROAIWPX5BD2BHG722MW4:postwatch-poll',
      ApproximateFirstReceiveTimestamp: String(sent + 50),
    },
    messageAttributes: {},
    md5OfBody: createHash('md5').update(m.body).digest('hex'),
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:eu-west-1:123456789012:Postwatch-AnalyzeQueue',
    awsRegion: 'eu-west-1',
  };
}
