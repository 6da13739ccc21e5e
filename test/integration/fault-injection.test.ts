/**
 * Fault injection: 1,000 deliveries through the analyze function as Lambda runs it (SQS
 * batches of 10, partial batch failures redelivered, a DLQ redriven, duplicate deliveries)
 * and through alert delivery (the outbox drained by deliverPendingAlerts), with 20% of the
 * DynamoDB calls and 20% of the SNS publishes failing at random: half of each before the
 * request is sent, half after it took effect (the write or the publish happened, the caller
 * saw an error: a timeout, a dropped connection). DynamoDB is DynamoDB Local (the real
 * engine: conditions, transactions); SNS is mocked at the SDK boundary.
 *
 * The oracle is the engine itself, run on every distinct item version outside the pipeline:
 * what must be in the table is exactly the findings it produces, under their deterministic ids.
 *
 *   FAULT_SEED=7 npx vitest run test/integration/fault-injection.test.ts   (replay another seed)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PublishCommand, type PublishCommandInput, SNSClient } from '@aws-sdk/client-sns';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzeHandler } from '../../functions/analyze/create-handler.ts';
import { seededRandom } from '../../scripts/lib/random.ts';
import { SnsAlertSink } from '../../shared/alerts/sns.ts';
import { createEngine } from '../../shared/checks/engine.ts';
import { type ContentItem, parseBrandProfile } from '../../shared/model/index.ts';
import { createLogger, createMetrics } from '../../shared/observability/index.ts';
import { deliverPendingAlerts } from '../../shared/pipeline/analyze-and-record.ts';
import { contentHash, findingIds } from '../../shared/pipeline/finding-id.ts';
import { createDocumentClient, DynamoFindingStore } from '../../shared/store/dynamodb.ts';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../shared/store/dynamodb-local.ts';
import type { StoredFinding } from '../../shared/store/types.ts';
import { type DynamoDbLocal, startDynamoDbLocal } from './dynamodb-local.ts';
import { deliveries, generateItems, runThroughSqs } from './pipeline-load.ts';

const SEED = Number(process.env.FAULT_SEED ?? 20_261_202);
const ITEMS = 1_000;
const FAULT_RATE = 0.2;
const NOW = new Date('2026-12-02T10:00:00.000Z');
const TOPICS = {
  takedown: 'arn:aws:sns:eu-west-1:123456789012:postwatch-takedown',
  correction: 'arn:aws:sns:eu-west-1:123456789012:postwatch-correction',
};
const profile = parseBrandProfile(
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../events/brands/northwind-bank.json'), 'utf8')),
);

/** What a throttled, failing or timed-out AWS call looks like to the caller: retryable by name and status. */
class InjectedFault extends Error {
  readonly $fault: 'client' | 'server';
  readonly $metadata: { httpStatusCode: number; requestId: string };
  constructor(
    readonly kind: 'before' | 'after',
    name: string,
    status: number,
  ) {
    super(`injected ${name} (${kind} the request)`);
    this.name = name;
    this.$fault = status >= 500 ? 'server' : 'client';
    this.$metadata = { httpStatusCode: status, requestId: `fault-${kind}` };
  }
}
const FAULTS = [
  ['InternalServerError', 500],
  ['ThrottlingException', 400],
  ['ServiceUnavailable', 503],
  ['TimeoutError', 504],
] as const;

interface FaultCounts {
  calls: number;
  before: number;
  after: number;
  byCommand: Map<string, number>;
}

function faultCounts(): FaultCounts {
  return { calls: 0, before: 0, after: 0, byCommand: new Map() };
}

/**
 * Adds a middleware at the outermost step (initialize), so each `send` the store makes
 * fails as a whole (the SDK's own retries sit inside it and see nothing): with `rate`/2 it
 * throws before anything is sent, with `rate`/2 it sends, lets the call take effect, and
 * then throws.
 */
function injectDynamoFaults(
  client: DynamoDBClient,
  rand: () => number,
  rate: () => number,
  counts: FaultCounts,
) {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      counts.calls++;
      const command = context.commandName ?? 'unknown';
      counts.byCommand.set(command, (counts.byCommand.get(command) ?? 0) + 1);
      const r = rand();
      const [name, status] = FAULTS[Math.floor(rand() * FAULTS.length)] as (typeof FAULTS)[number];
      if (r < rate() / 2) {
        counts.before++;
        throw new InjectedFault('before', name, status);
      }
      const out = await next(args);
      if (r < rate()) {
        counts.after++;
        throw new InjectedFault('after', name, status);
      }
      return out;
    },
    { step: 'initialize', name: 'faultInjection', priority: 'high' },
  );
}

let db: DynamoDbLocal;
beforeAll(async () => {
  db = await startDynamoDbLocal();
});
afterAll(async () => {
  await db?.stop();
});

/** Every record of the table, read without faults. */
async function scanTable(tableName: string): Promise<Record<string, unknown>[]> {
  const doc = createDocumentClient(db.client);
  const out: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await doc.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: start }));
    out.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return out;
}

describe('fault injection: 1,000 deliveries, 20% of DynamoDB calls and SNS publishes failing', () => {
  it('loses no finding, doubles none, and alerts every one (duplicates only under the same id)', async () => {
    const tableName = 'faults';
    await db.createTable(tableName);
    const rand = seededRandom(SEED);
    let faulting = true;
    const rate = () => (faulting ? FAULT_RATE : 0);

    const dynamo = new DynamoDBClient({
      endpoint: db.endpoint,
      region: LOCAL_REGION,
      credentials: LOCAL_CREDENTIALS,
    });
    const ddbFaults = faultCounts();
    injectDynamoFaults(dynamo, rand, rate, ddbFaults);
    // As functions/analyze/handler.ts builds it.
    const store = new DynamoFindingStore({
      client: createDocumentClient(dynamo),
      tableName,
      commitWith: 'single-writes',
    });

    // SNS at the SDK boundary: a publish either fails before SNS took it, is taken and
    // acknowledged, or is taken and the acknowledgement lost (the caller sees an error).
    const sns = new SNSClient({ region: 'eu-west-1', credentials: LOCAL_CREDENTIALS });
    const snsMock = mockClient(sns);
    const accepted: PublishCommandInput[] = [];
    const snsFaults = faultCounts();
    snsMock.on(PublishCommand).callsFake((input: PublishCommandInput) => {
      snsFaults.calls++;
      const r = rand();
      if (r < rate() / 2) {
        snsFaults.before++;
        throw new InjectedFault('before', 'InternalError', 500);
      }
      accepted.push(input);
      if (r < rate()) {
        snsFaults.after++;
        throw new InjectedFault('after', 'TimeoutError', 504);
      }
      return { MessageId: `m-${accepted.length}` };
    });

    const sink = new SnsAlertSink({ client: sns, topics: TOPICS });
    const handler = createAnalyzeHandler({
      logger: new Logger({ serviceName: 'postwatch-analyze', logLevel: 'SILENT' }),
      engine: createEngine(profile),
      store,
      sink,
      now: () => NOW,
    });

    // The oracle: the findings each distinct item version must have, by id.
    const items = deliveries(ITEMS, SEED);
    const oracle = createEngine(profile);
    const expected = new Map<string, { version: string; check: string; item: ContentItem }>();
    const versions = new Map<string, ContentItem>();
    for (const item of items) {
      const hash = contentHash(item);
      const version = `${item.platform}#${item.id}#${hash}`;
      if (versions.has(version)) continue;
      versions.set(version, item);
      const findings = oracle.analyze(item, NOW);
      findingIds(item, hash, findings).forEach((id, j) => {
        expected.set(id, { version, check: findings[j]?.check as string, item });
      });
    }
    const flaggedVersions = new Set([...expected.values()].map((e) => e.version));
    // Not a vacuous run: the stream holds hundreds of alert-worthy items, most of the scams among them.
    const generated = generateItems(ITEMS, SEED);
    const scams = generated.filter((g) => g.intent === 'scam');
    const scamsFlagged = scams.filter((g) => oracle.analyze(g.item, NOW).length > 0).length;
    expect(scamsFlagged / scams.length).toBeGreaterThan(0.8);
    expect(flaggedVersions.size).toBeGreaterThan(250);

    // The outbox: what is still pending, drained as the scheduled sweep does, faults still
    // on. It runs whenever the queue is empty, before the DLQ is redriven (findings of
    // dead-lettered messages are stored pending: the sweep alerts them first), and at the end.
    let sweeps = 0;
    let sweptAlerts = 0;
    let drainErrors = 0;
    const drainOutbox = async () => {
      for (let round = 0; round < 200; round++) {
        sweeps++;
        let pending: readonly StoredFinding[];
        try {
          pending = (await store.listPendingAlerts({ limit: 100 })).items;
        } catch {
          drainErrors++;
          continue;
        }
        if (pending.length === 0) return;
        try {
          const errors = await deliverPendingAlerts(
            pending.map((f) => f.id),
            { store, sink },
          );
          drainErrors += errors.filter((e) => e !== undefined).length;
          sweptAlerts += errors.filter((e) => e === undefined).length;
        } catch {
          drainErrors++;
        }
      }
      throw new Error('the outbox did not drain in 200 sweeps');
    };

    // 1. The queue: every delivery analyzed until SQS has nothing left (DLQ redriven).
    const sqs = await runThroughSqs(
      items.map((i) => JSON.stringify(i)),
      handler,
      { seed: SEED + 2, batchSize: 10, maxReceiveCount: 5, duplicateRate: 0.03, beforeRedrive: drainOutbox },
    );
    // 2. The last sweep.
    await drainOutbox();
    faulting = false;

    // 3. What is in the table, read without faults.
    const records = await scanTable(tableName);
    const stored = records.filter((r) => r.type === 'finding') as unknown as StoredFinding[];
    const storedIds = new Set(stored.map((f) => f.id));
    const lost = [...expected.keys()].filter((id) => !storedIds.has(id));
    const unexpected = stored.filter((f) => !expected.has(f.id)).map((f) => f.id);

    // One finding per item version and check (and per ordinal where a check reports several).
    const perVersionCheck = new Map<string, number>();
    for (const f of stored) {
      const k = `${f.platform}#${f.itemId}#${f.contentHash}#${f.check}`;
      perVersionCheck.set(k, (perVersionCheck.get(k) ?? 0) + 1);
    }
    const expectedPerVersionCheck = new Map<string, number>();
    for (const e of expected.values()) {
      const k = `${e.version}#${e.check}`;
      expectedPerVersionCheck.set(k, (expectedPerVersionCheck.get(k) ?? 0) + 1);
    }
    const doubled = [...perVersionCheck].filter(([k, n]) => n !== (expectedPerVersionCheck.get(k) ?? 0));

    // Alerts: every publish SNS took, by finding id.
    const publishesOf = new Map<string, PublishCommandInput[]>();
    for (const p of accepted) {
      const id = p.MessageAttributes?.findingId?.StringValue ?? '(none)';
      publishesOf.set(id, [...(publishesOf.get(id) ?? []), p]);
    }
    const neverAlerted = [...expected.keys()].filter((id) => !publishesOf.has(id));
    const alertedForeign = [...publishesOf.keys()].filter((id) => !expected.has(id));
    const duplicateAlerts = accepted.length - publishesOf.size;
    // A duplicate is the same message again: same finding id, same topic, same attributes.
    const divergent = [...publishesOf].filter(([, ps]) =>
      ps.some(
        (p) =>
          p.TopicArn !== ps[0]?.TopicArn ||
          JSON.stringify(p.MessageAttributes) !== JSON.stringify(ps[0]?.MessageAttributes) ||
          p.Message !== ps[0]?.Message,
      ),
    );
    // The analyze Lambda keeps nothing of a clean item version (no record, no author): a
    // redelivered clean item is analyzed again and still produces nothing (docs/cost.md).
    const cleanVersionsRecorded = records
      .filter((r) => r.type === 'itemVersion')
      .map((r) => `${r.platform}#${r.itemId}#${r.contentHash}`)
      .filter((v) => !flaggedVersions.has(v));

    const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
    console.log(
      [
        `fault injection (seed ${SEED}): ${items.length} deliveries, ${versions.size} item versions, ${flaggedVersions.size} alert-worthy, ${expected.size} findings expected`,
        `  DynamoDB: ${ddbFaults.calls} calls, ${ddbFaults.before} failed before sending, ${ddbFaults.after} after (${pct(ddbFaults.before + ddbFaults.after, ddbFaults.calls)}); ${[...ddbFaults.byCommand].map(([c, n]) => `${c} ${n}`).join(', ')}`,
        `  SNS: ${snsFaults.calls} publishes, ${snsFaults.before} failed before SNS took them, ${snsFaults.after} after (${pct(snsFaults.before + snsFaults.after, snsFaults.calls)})`,
        `  SQS: ${sqs.invocations} invocations, ${sqs.partialFailures} records redelivered, ${sqs.fullBatchFailures} whole batches failed, ${sqs.deadLettered} dead-lettered and redriven, ${sqs.duplicateDeliveries} duplicate deliveries`,
        `  outbox: ${sweeps} sweep round(s), ${sweptAlerts} finding(s) delivered or found done, ${drainErrors} failed attempt(s)`,
        `  result: ${stored.length} findings stored, ${lost.length} lost, ${unexpected.length} unexpected, ${doubled.length} doubled; ${publishesOf.size} alerted, ${neverAlerted.length} never alerted, duplicate alerts (same finding id): ${duplicateAlerts}`,
      ].join('\n'),
    );

    // The faults really happened, at about the rate asked for, and of both kinds.
    for (const c of [ddbFaults, snsFaults]) {
      expect(c.before).toBeGreaterThan(0);
      expect(c.after).toBeGreaterThan(0);
      expect((c.before + c.after) / c.calls).toBeGreaterThan(0.15);
      expect((c.before + c.after) / c.calls).toBeLessThan(0.25);
    }
    expect(lost).toEqual([]);
    expect(unexpected).toEqual([]);
    expect(doubled).toEqual([]);
    expect(stored.filter((f) => f.alertState !== 'sent').map((f) => f.id)).toEqual([]);
    expect(neverAlerted).toEqual([]);
    expect(alertedForeign).toEqual([]);
    expect(divergent.map(([id]) => id)).toEqual([]);
    expect(cleanVersionsRecorded).toEqual([]);
  }, 600_000);

  // The counts docs/cost.md prices: the same 1,000 deliveries with no fault, as deployed
  // (logger at INFO, EMF metrics on), counting every DynamoDB request with the capacity
  // DynamoDB reports for it, every SNS publish, every SQS batch and every byte logged.
  it('counts the calls, capacity and log bytes per item without faults (docs/cost.md)', async () => {
    const tableName = 'counting';
    await db.createTable(tableName);
    const dynamo = new DynamoDBClient({
      endpoint: db.endpoint,
      region: LOCAL_REGION,
      credentials: LOCAL_CREDENTIALS,
    });
    const calls = new Map<string, { requests: number; read: number; write: number }>();
    let batchKeys = 0;
    dynamo.middlewareStack.add(
      (next, context) => async (args) => {
        const input = args.input as { ReturnConsumedCapacity?: string };
        input.ReturnConsumedCapacity = 'TOTAL';
        const out = await next(args);
        // Commits that store findings and commits that only record a clean version are priced apart.
        const actions = (args.input as { TransactItems?: { Put?: { Item?: { type?: unknown } } }[] })
          .TransactItems;
        // The store's input (plain values) or, past the document client, attribute values.
        const isFinding = (t: unknown) =>
          t === 'finding' || (t as { S?: string } | undefined)?.S === 'finding';
        const withFinding = actions?.some((a) => isFinding(a.Put?.Item?.type));
        const name = `${context.commandName ?? 'unknown'}${actions ? (withFinding ? ' (findings)' : ' (clean version)') : ''}`;
        const keys = (args.input as { RequestItems?: Record<string, { Keys?: unknown[] }> }).RequestItems;
        if (keys) batchKeys += Object.values(keys).reduce((n, r) => n + (r.Keys?.length ?? 0), 0);
        const c = calls.get(name) ?? { requests: 0, read: 0, write: 0 };
        c.requests++;
        const consumed = (out.output as { ConsumedCapacity?: unknown }).ConsumedCapacity;
        for (const u of [consumed].flat() as {
          ReadCapacityUnits?: number;
          WriteCapacityUnits?: number;
          CapacityUnits?: number;
        }[]) {
          if (!u) continue;
          c.read += u.ReadCapacityUnits ?? 0;
          c.write += u.WriteCapacityUnits ?? 0;
          if (u.ReadCapacityUnits === undefined && u.WriteCapacityUnits === undefined) {
            if (name.startsWith('BatchGet') || name === 'QueryCommand') c.read += u.CapacityUnits ?? 0;
            else c.write += u.CapacityUnits ?? 0;
          }
        }
        calls.set(name, c);
        return out;
      },
      { step: 'initialize', name: 'countCalls' },
    );
    // As functions/analyze/handler.ts builds it.
    const store = new DynamoFindingStore({
      client: createDocumentClient(dynamo),
      tableName,
      commitWith: 'single-writes',
    });
    const sns = new SNSClient({ region: 'eu-west-1', credentials: LOCAL_CREDENTIALS });
    const snsMock = mockClient(sns);
    let publishes = 0;
    let publishBytes = 0;
    snsMock.on(PublishCommand).callsFake((input: PublishCommandInput) => {
      publishes++;
      publishBytes +=
        Buffer.byteLength(input.Message ?? '') + Buffer.byteLength(JSON.stringify(input.MessageAttributes));
      return { MessageId: `m-${publishes}` };
    });

    let logBytes = 0;
    let logLines = 0;
    let flaggedLineBytes = 0;
    let flaggedLines = 0;
    const originals = { out: process.stdout.write, err: process.stderr.write };
    const grab = (chunk: unknown): boolean => {
      const text = String(chunk);
      logBytes += Buffer.byteLength(text);
      for (const line of text.split('\n').filter(Boolean)) {
        logLines++;
        if (line.includes('"item analyzed"')) {
          flaggedLines++;
          flaggedLineBytes += Buffer.byteLength(line) + 1;
        }
      }
      return true;
    };
    const items = deliveries(ITEMS, SEED);
    let sqs: Awaited<ReturnType<typeof runThroughSqs>>;
    process.stdout.write = grab as typeof process.stdout.write;
    process.stderr.write = grab as typeof process.stderr.write;
    try {
      const handler = createAnalyzeHandler({
        logger: createLogger('postwatch-analyze'),
        metrics: createMetrics('postwatch-analyze'),
        engine: createEngine(profile),
        store,
        sink: new SnsAlertSink({ client: sns, topics: TOPICS }),
        now: () => NOW,
      });
      sqs = await runThroughSqs(
        items.map((i) => JSON.stringify(i)),
        handler,
        { seed: SEED + 2, batchSize: 10 },
      );
    } finally {
      process.stdout.write = originals.out;
      process.stderr.write = originals.err;
    }

    const per = (n: number) => Number((n / items.length).toFixed(4));
    const dynamoRequests = [...calls.values()].reduce((s, c) => s + c.requests, 0);
    const summary = {
      items: items.length,
      lambdaInvocations: sqs.invocations,
      dynamodb: Object.fromEntries(
        [...calls].map(([name, c]) => [
          name,
          { perItem: per(c.requests), readUnitsPerItem: per(c.read), writeUnitsPerItem: per(c.write) },
        ]),
      ),
      dynamoRequestsPerItem: per(dynamoRequests),
      readUnitsPerItem: per([...calls.values()].reduce((s, c) => s + c.read, 0)),
      // DynamoDB bills a consistent read of an absent key as one read unit; DynamoDB Local reports none for it.
      lookupKeysPerItem: per(batchKeys),
      writeUnitsPerItem: per([...calls.values()].reduce((s, c) => s + c.write, 0)),
      snsPublishesPerItem: per(publishes),
      snsPayloadBytesPerPublish: Math.round(publishBytes / Math.max(1, publishes)),
      logBytesPerItem: Math.round(logBytes / items.length),
      // What every invocation writes (summary line, EMF metrics) vs the line of each item with findings.
      logBytesPerInvocation: Math.round((logBytes - flaggedLineBytes) / sqs.invocations),
      logBytesPerItemLine: Math.round(flaggedLineBytes / Math.max(1, flaggedLines)),
      itemLinesPerItem: per(flaggedLines),
      logLinesPerItem: per(logLines),
    };
    console.log(`calls per item (no faults): ${JSON.stringify(summary, null, 2)}`);

    // Per flagged item: one lookup and one commit (the use-case's three round trips, SNS
    // between them); a clean item costs no DynamoDB call at all.
    expect(sqs.invocations).toBe(Math.ceil(items.length / 10));
    const oracle = createEngine(profile);
    const perItem = items.map((i) => oracle.analyze(i, NOW).length);
    const flaggedItems = perItem.filter((n) => n > 0).length;
    expect(flaggedItems).toBeGreaterThan(0);
    expect(flaggedItems).toBeLessThan(items.length);
    expect(calls.get('BatchGetItemCommand')?.requests).toBe(flaggedItems);
    // Each new finding is one conditional put (no transaction: half the write units); a
    // repeated delivery finds its findings in the lookup and writes nothing.
    const puts = calls.get('PutItemCommand')?.requests ?? 0;
    expect(puts).toBeGreaterThanOrEqual(flaggedItems);
    expect(puts).toBeLessThanOrEqual(perItem.reduce((a, b) => a + b, 0));
    expect([...calls.keys()].filter((name) => name.startsWith('TransactWriteItemsCommand'))).toEqual([]);
    expect(summary.readUnitsPerItem).toBeGreaterThan(0);
    expect(summary.writeUnitsPerItem).toBeGreaterThan(0);
    expect(publishes).toBeGreaterThan(0);
    expect(logBytes).toBeGreaterThan(0);
  }, 600_000);
});
