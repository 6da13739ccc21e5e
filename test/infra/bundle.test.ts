/**
 * What is deployed is what is tested: every function's asset, as `cdk synth` writes it, is
 * copied alone into an empty directory (no node_modules anywhere above it), imported by
 * Node 22 in a child process with the environment the template gives it, and invoked with
 * the real event shape: SQS for analyze, a Lambda Function URL event (base64 body included)
 * for webhook, the EventBridge Scheduler input for poll (against a fake Mastodon on
 * loopback) and for the outbox sweep. DynamoDB is DynamoDB Local; SQS, Secrets Manager and
 * SNS are a loopback server at the SDK boundary (test/infra/aws-loopback.ts).
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { App } from 'aws-cdk-lib';
import * as tldtsTrie from 'tldts/dist/es6/src/data/trie.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostwatchStack } from '../../infra/postwatch-stack.ts';
import { BUNDLE_DATA_FILES, BUNDLE_PACKS } from '../../shared/data/bundle-files.ts';
import { parseBrandProfile, parseMonitorConfig } from '../../shared/model/index.ts';
import { hmacBase64 } from '../../shared/platforms/webhooks/verify.ts';
import { createDocumentClient } from '../../shared/store/dynamodb.ts';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../shared/store/dynamodb-local.ts';
import { FakeApi, FakeClock } from '../fakes/harness.ts';
import { fakeMastodon, mastodonId } from '../fakes/mastodon/server.ts';
import { Timeline } from '../fakes/timeline.ts';
import { type DynamoDbLocal, startDynamoDbLocal } from '../integration/dynamodb-local.ts';
import { AwsLoopback, publishAttribute } from './aws-loopback.ts';

const run = promisify(execFile);
const projectRoot = resolve(import.meta.dirname, '../..');
const NODE = join(projectRoot, 'node_modules/.bin/node');
const brand = JSON.parse(readFileSync(join(projectRoot, 'examples/brand.json'), 'utf8'));
const sqsEvent = readFileSync(join(projectRoot, 'test/events/sqs/analyze-batch.json'), 'utf8');
const xDelivery = readFileSync(join(projectRoot, 'test/events/x/webhook-tweet-create.json'));
const ACCOUNT = '123456789012';
const TOPICS = {
  takedown: `arn:aws:sns:${LOCAL_REGION}:${ACCOUNT}:postwatch-takedown`,
  correction: `arn:aws:sns:${LOCAL_REGION}:${ACCOUNT}:postwatch-correction`,
};
const SECRETS = { MASTODON_TOKEN: 'masto-token-bundle', X_CONSUMER_SECRET: 'x-consumer-secret-bundle' };
const SERVICES = ['postwatch-analyze', 'postwatch-poll', 'postwatch-webhook', 'postwatch-sweep'] as const;
type Service = (typeof SERVICES)[number];

type Resource = { Type: string; Properties: Record<string, unknown>; Metadata?: Record<string, unknown> };

let outdir: string;
let template: { Resources: Record<string, Resource> };
const lambdaDirs = new Map<Service, string>();
let db: DynamoDbLocal;
const aws = new AwsLoopback();
const clock = new FakeClock(Date.now() - 30 * 60_000);
const timeline = new Timeline(clock);
const mastodon = new FakeApi(fakeMastodon(timeline, clock, { accessToken: SECRETS.MASTODON_TOKEN }));

function functionOf(service: Service): Resource {
  const found = Object.values(template.Resources).find(
    (r) =>
      r.Type === 'AWS::Lambda::Function' &&
      (r.Properties.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables
        ?.POWERTOOLS_SERVICE_NAME === service,
  );
  if (!found) throw new Error(`no function ${service} in the template`);
  return found;
}

/** A template reference resolved to what it stands for here (the table, the queue, a topic). */
function resolveRef(value: unknown, table: string): string {
  if (typeof value === 'string') return value;
  const ref = (value as { Ref?: string }).Ref ?? '';
  if (ref.startsWith('Findings')) return table;
  // The SDK sends to the queue URL's host (not AWS_ENDPOINT_URL_SQS): a loopback URL, as SQS would give one.
  if (ref.startsWith('AnalyzeQueue')) return `${aws.url}/${ACCOUNT}/postwatch-analyze`;
  if (ref.startsWith('TakedownTopic')) return TOPICS.takedown;
  if (ref.startsWith('CorrectionTopic')) return TOPICS.correction;
  throw new Error(`unexpected reference in the environment: ${JSON.stringify(value)}`);
}

/** The function's environment as the template sets it, references resolved. */
function templateEnv(service: Service, table: string): Record<string, string> {
  const vars = (functionOf(service).Properties.Environment as { Variables: Record<string, unknown> })
    .Variables;
  return Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, resolveRef(v, table)]));
}

/** The schedule inputs of a function, as EventBridge Scheduler will send them. */
function scheduleInputs(service: Service): unknown[] {
  const fnId = Object.entries(template.Resources).find(([, r]) => r === functionOf(service))?.[0];
  return Object.values(template.Resources)
    .filter((r) => r.Type === 'AWS::Scheduler::Schedule')
    .map((r) => r.Properties.Target as { Arn: { 'Fn::GetAtt': string[] }; Input?: string })
    .filter((t) => t.Arn['Fn::GetAtt'][0] === fnId)
    .map((t) => (t.Input === undefined ? {} : JSON.parse(t.Input)));
}

/** The output (log lines, EMF metrics; stdout and stderr) of the last invocation. */
let lastStdout = '';

/** The EMF metric records (CloudWatch embedded metric format) among log lines. */
function emfRecords(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((l) => l.includes('"_aws"'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Imports a function's bundle in a fresh Node 22 and invokes its handler once with `event`. */
async function invoke<T>(service: Service, event: unknown, table = 'findings'): Promise<T> {
  const dir = lambdaDirs.get(service) as string;
  const eventFile = join(outdir, `event-${randomUUID()}.json`);
  writeFileSync(eventFile, JSON.stringify(event));
  const script = `
    import { readFileSync } from 'node:fs';
    const { handler } = await import(${JSON.stringify(join(dir, 'index.mjs'))});
    const context = { functionName: '${service}', functionVersion: '$LATEST', awsRequestId: '${randomUUID()}',
      invokedFunctionArn: 'arn:aws:lambda:${LOCAL_REGION}:${ACCOUNT}:function:${service}',
      memoryLimitInMB: '512', logGroupName: '/aws/lambda/${service}', logStreamName: 's',
      getRemainingTimeInMillis: () => 30000, callbackWaitsForEmptyEventLoop: true };
    const out = await handler(JSON.parse(readFileSync(${JSON.stringify(eventFile)}, 'utf8')), context);
    process.stdout.write('RESULT ' + JSON.stringify(out ?? null) + '\\n');
  `;
  try {
    const { stdout, stderr } = await run(
      NODE,
      ['--enable-source-maps', '--input-type=module', '-e', script],
      {
        cwd: dir,
        env: {
          PATH: process.env.PATH,
          ...templateEnv(service, table),
          AWS_REGION: LOCAL_REGION,
          AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
          AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
          AWS_ENDPOINT_URL_DYNAMODB: db.endpoint,
          AWS_ENDPOINT_URL_SNS: aws.url,
          AWS_ENDPOINT_URL_SQS: aws.url,
          AWS_ENDPOINT_URL_SECRETS_MANAGER: aws.url,
        },
      },
    );
    lastStdout = `${stdout}\n${stderr}`;
    const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
    if (!line) throw new Error(`no result from the ${service} bundle; stdout:\n${stdout}`);
    return JSON.parse(line.slice('RESULT '.length)) as T;
  } finally {
    rmSync(eventFile, { force: true });
  }
}

/** Writes the brand profile item exactly as the stack's custom resource does at deploy. */
async function putBrandItem(table: string) {
  const cr = Object.values(template.Resources).find((r) => r.Type === 'Custom::AWS') as Resource;
  const joined = (cr.Properties.Create as { 'Fn::Join': [string, unknown[]] })['Fn::Join'][1]
    .map((p) => (typeof p === 'string' ? p : table))
    .join('');
  const call = JSON.parse(joined) as {
    parameters: { TableName: string; Item: Record<string, { S: string }> };
  };
  await db.client.send(
    new PutItemCommand({ TableName: call.parameters.TableName, Item: call.parameters.Item }),
  );
}

beforeAll(async () => {
  const fakeUrl = await mastodon.listen();
  await aws.listen();
  for (const [name, value] of Object.entries(SECRETS)) aws.secrets.set(`postwatch/${name}`, value);
  const config = parseMonitorConfig({
    brand,
    watch: [
      {
        platform: 'mastodon',
        handle: timeline.owner.handle,
        accountId: timeline.owner.id,
        role: 'brand',
        credentials: { accessToken: 'env:MASTODON_TOKEN' },
        every: '1m',
        apiBase: fakeUrl,
      },
    ],
    webhooks: { x: { consumerSecret: 'env:X_CONSUMER_SECRET' } },
  });
  outdir = mkdtempSync(join(tmpdir(), 'pw-cdk-out-'));
  const app = new App({ outdir, context: { 'aws:cdk:enable-asset-metadata': true } });
  new PostwatchStack(app, 'Bundle', { brandProfile: parseBrandProfile(brand), projectRoot, config });
  const assembly = app.synth();
  template = assembly.getStackByName('Bundle').template;
  for (const service of SERVICES) {
    const assetPath = functionOf(service).Metadata?.['aws:asset:path'];
    if (typeof assetPath !== 'string') throw new Error(`${service}: no asset path in the template`);
    // An empty directory outside the project: nothing can be resolved but what the bundle holds.
    const dir = mkdtempSync(join(tmpdir(), `pw-lambda-${service}-`));
    const asset = join(outdir, assetPath);
    for (const name of readdirSync(asset)) cpSync(join(asset, name), join(dir, name), { recursive: true });
    lambdaDirs.set(service, dir);
  }
  db = await startDynamoDbLocal();
  await db.createTable('findings');
  await putBrandItem('findings');
}, 240_000);

afterAll(async () => {
  await db?.stop();
  await aws.close();
  await mastodon.close();
  rmSync(outdir, { recursive: true, force: true });
  for (const dir of lambdaDirs.values()) rmSync(dir, { recursive: true, force: true });
});

describe('every function bundle as deployed', () => {
  it.each(SERVICES)(
    '%s is one self-contained module (beside it only its source map and the data files it reads)',
    (service) => {
      const files = readdirSync(lambdaDirs.get(service) as string);
      const code = readFileSync(join(lambdaDirs.get(service) as string, 'index.mjs'), 'utf8');
      // shared/data/bundle-files.ts: each ships exactly when the bundle names it.
      const data = [
        ...BUNDLE_DATA_FILES.map((f) => basename(f)).filter((name) => code.includes(name)),
        ...BUNDLE_PACKS.map((p) => p.name).filter((name) => code.includes(name)),
      ];
      expect(files.sort()).toEqual(['index.mjs', 'index.mjs.map', ...data].sort());
      // The map names the project's sources (stack traces point at them) without carrying them.
      const map = JSON.parse(readFileSync(join(lambdaDirs.get(service) as string, 'index.mjs.map'), 'utf8'));
      expect(
        map.sources.some((s: string) => s.includes(`functions/${service.replace('postwatch-', '')}/`)),
      ).toBe(true);
      expect(map.sourcesContent).toBeUndefined();
      expect(statSync(join(lambdaDirs.get(service) as string, 'index.mjs')).size).toBeLessThan(
        4 * 1024 * 1024,
      );
    },
  );

  it('bundles tldts as its parse over suffixes.pack, without the trie tldts builds at import', () => {
    // infra/constructs/postwatch-function.ts (TLDTS_BUILD): the trie's labels and the arrays
    // tldts derives from them at load come from the pack beside the bundle.
    const dir = lambdaDirs.get('postwatch-analyze') as string;
    const code = readFileSync(join(dir, 'index.mjs'), 'utf8');
    expect(code).toContain('suffixes.pack');
    expect(readdirSync(dir)).toContain('suffixes.pack');
    expect(code).not.toContain(tldtsTrie.labelText.slice(0, 200));
  });
});

describe('analyze (SQS event)', () => {
  it('reads the brand profile item and analyzes an SQS batch into DynamoDB and SNS', async () => {
    const before = aws.published.length;
    const out = await invoke<{ batchItemFailures: { itemIdentifier: string }[] }>(
      'postwatch-analyze',
      JSON.parse(sqsEvent),
    );
    // The fixture's two malformed records (no author; not JSON) fail alone; the rest is processed.
    expect(out.batchItemFailures.map((f) => f.itemIdentifier).sort()).toEqual([
      'b3e1f7a2-6c5d-4e8f-a1b2-c3d4e5f60718',
      'c4f2a8b3-7d6e-4f90-b2c3-d4e5f6071829',
    ]);
    const records =
      (await createDocumentClient(db.client).send(new ScanCommand({ TableName: 'findings' }))).Items ?? [];
    const findings = records.filter((r) => r.type === 'finding');
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.alertState === 'sent')).toBe(true);
    const published = aws.published.slice(before);
    expect(published).toHaveLength(findings.length);
    for (const p of published) {
      expect([TOPICS.takedown, TOPICS.correction]).toContain(p.get('TopicArn'));
      for (const name of ['severity', 'check', 'platform', 'brand', 'action', 'findingId']) {
        expect(publishAttribute(p, name), name).toBeTruthy();
      }
    }
    expect(new Set(published.map((p) => publishAttribute(p, 'findingId')))).toEqual(
      new Set(findings.map((f) => f.id)),
    );
  });
});

describe('poll (EventBridge Scheduler input)', () => {
  type Outcome = { status: string; polled?: number; queued?: number; reason?: string };

  it('polls the fake platform with the secret token, queues every item once, then only new ones', async () => {
    const [input] = scheduleInputs('postwatch-poll');
    expect(input).toEqual({ account: `mastodon:${timeline.owner.id}` });
    const post = timeline.addPost();
    timeline.addComment(post);
    timeline.addComment(post);
    const sent = aws.messages.length;
    // The first entry of the first batch is refused once (a partial batch): it is sent again.
    aws.refuseNextEntries = 1;
    const first = await invoke<Outcome>('postwatch-poll', input);
    expect(first).toMatchObject({ status: 'polled', queued: 3 });
    expect(
      mastodon.requests.every((r) => r.headers.authorization === `Bearer ${SECRETS.MASTODON_TOKEN}`),
    ).toBe(true);
    expect(aws.secretReads).toContain('postwatch/MASTODON_TOKEN');
    const items = aws.items().slice(sent);
    expect(items.map((i) => i.id).sort()).toEqual(timeline.items.map(mastodonId).sort());
    const cursor = await createDocumentClient(db.client).send(
      new GetCommand({
        TableName: 'findings',
        Key: { pk: `CURSOR#mastodon#${timeline.owner.id}`, sk: 'CURSOR' },
        ConsistentRead: true,
      }),
    );
    expect(cursor.Item).toMatchObject({ rev: 1 });
    expect(cursor.Item?.leaseOwner).toBeUndefined();

    const again = await invoke<Outcome>('postwatch-poll', input);
    expect(again).toMatchObject({ status: 'polled', queued: 0 });
    clock.advance(60_000);
    timeline.addComment(post);
    const third = await invoke<Outcome>('postwatch-poll', input);
    expect(third).toMatchObject({ status: 'polled', queued: 1 });
    const all = aws
      .items()
      .slice(sent)
      .map((i) => i.id);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(4);
  });

  it('defers the account after a 429: the next scheduled invocation does not call the platform', async () => {
    const [input] = scheduleInputs('postwatch-poll');
    // The bundle runs on the real clock: the fake's reset (its clock + 60 s) must lie ahead of it.
    clock.ms = Date.now();
    mastodon.faults = ['rate-limit'];
    const limited = await invoke<Outcome & { deferredUntil?: number }>('postwatch-poll', input);
    expect(limited.deferredUntil).toBeGreaterThan(Date.now());
    const requests = mastodon.requests.length;
    const skipped = await invoke<Outcome>('postwatch-poll', input);
    expect(skipped).toMatchObject({ status: 'skipped', reason: 'deferred' });
    expect(mastodon.requests.length).toBe(requests);
  });
});

describe('webhook (Lambda Function URL event)', () => {
  type Result = { statusCode: number; body: string; headers?: Record<string, string> };
  const urlEvent = (
    method: string,
    path: string,
    options: { query?: string; body?: Buffer; headers?: Record<string, string> } = {},
  ) => ({
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: options.query ?? '',
    headers: { host: 'abc123.lambda-url.eu-west-1.on.aws', 'x-forwarded-proto': 'https', ...options.headers },
    requestContext: {
      accountId: 'anonymous',
      apiId: 'abc123',
      domainName: 'abc123.lambda-url.eu-west-1.on.aws',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.9', userAgent: 'test' },
      requestId: randomUUID(),
      routeKey: '$default',
      stage: '$default',
      time: '29/Nov/2026:12:00:00 +0000',
      timeEpoch: 1795953600000,
    },
    // Function URLs base64-encode bodies that are not text; signatures are over the decoded bytes.
    ...(options.body
      ? { body: options.body.toString('base64'), isBase64Encoded: true }
      : { isBase64Encoded: false }),
  });

  it('answers the X CRC with the HMAC of the token under the secret from Secrets Manager', async () => {
    const out = await invoke<Result>(
      'postwatch-webhook',
      urlEvent('GET', '/webhooks/x', { query: 'crc_token=abcDEF123' }),
    );
    expect(out.statusCode).toBe(200);
    expect(JSON.parse(out.body)).toEqual({
      response_token: `sha256=${hmacBase64('sha256', SECRETS.X_CONSUMER_SECRET, 'abcDEF123')}`,
    });
  });

  it('verifies a base64-encoded signed delivery, queues its items and only then answers 200', async () => {
    const sent = aws.messages.length;
    const signature = `sha256=${hmacBase64('sha256', SECRETS.X_CONSUMER_SECRET, xDelivery)}`;
    const out = await invoke<Result>(
      'postwatch-webhook',
      urlEvent('POST', '/webhooks/x', {
        body: xDelivery,
        headers: { 'x-twitter-webhooks-signature': signature, 'content-type': 'application/json' },
      }),
    );
    expect(out.statusCode).toBe(200);
    const items = aws.items().slice(sent);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.platform === 'x')).toBe(true);
  });

  it('refuses a bad signature (401), a bad body (400), an oversize body (413) and an unknown path (404) with no detail', async () => {
    const sent = aws.messages.length;
    const cases: [ReturnType<typeof urlEvent>, number, string][] = [
      [
        urlEvent('POST', '/webhooks/x', {
          body: xDelivery,
          headers: { 'x-twitter-webhooks-signature': 'sha256=AAAA' },
        }),
        401,
        'unauthorized',
      ],
      [urlEvent('GET', '/webhooks/x', { query: 'crc_token=%7B%22a%22%3A1%7D' }), 400, 'bad request'],
      [
        urlEvent('POST', '/webhooks/x', { body: Buffer.alloc(1024 * 1024 + 1, 0x61) }),
        413,
        'payload too large',
      ],
      [urlEvent('POST', '/webhooks/unknown', { body: xDelivery }), 404, 'not found'],
    ];
    for (const [event, status, text] of cases) {
      const out = await invoke<Result>('postwatch-webhook', event);
      expect(out.statusCode).toBe(status);
      expect(JSON.parse(out.body)).toEqual({ error: text });
      // Counted where the refusal-spike alarm looks: namespace Postwatch, service postwatch-webhook.
      const emf = emfRecords(lastStdout).find((r) => r.WebhookRefusals === 1 && r.reason === undefined);
      expect(emf, lastStdout).toMatchObject({ service: 'postwatch-webhook' });
      expect(JSON.stringify(emf)).toContain('"Namespace":"Postwatch"');
      // Nothing of the delivery in the logs.
      expect(lastStdout).not.toContain('WhatsApp');
    }
    expect(emfRecords(lastStdout).some((r) => r.reason === 'unknown-platform')).toBe(true);
    expect(aws.messages.length).toBe(sent);
  });

  it('answers 503 without detail when its secret cannot be read (nothing verified, nothing queued)', async () => {
    const sent = aws.messages.length;
    aws.secrets.delete('postwatch/X_CONSUMER_SECRET');
    try {
      const signature = `sha256=${hmacBase64('sha256', SECRETS.X_CONSUMER_SECRET, xDelivery)}`;
      const out = await invoke<Result>(
        'postwatch-webhook',
        urlEvent('POST', '/webhooks/x', {
          body: xDelivery,
          headers: { 'x-twitter-webhooks-signature': signature },
        }),
      );
      expect(out.statusCode).toBe(503);
      expect(JSON.parse(out.body)).toEqual({ error: 'unavailable' });
      expect(lastStdout).toContain('webhook secrets unavailable');
      expect(lastStdout).not.toContain(SECRETS.X_CONSUMER_SECRET);
      expect(aws.messages.length).toBe(sent);
    } finally {
      aws.secrets.set('postwatch/X_CONSUMER_SECRET', SECRETS.X_CONSUMER_SECRET);
    }
  });

  it('answers 503 (the platform redelivers) when SQS does not take the items', async () => {
    const signature = `sha256=${hmacBase64('sha256', SECRETS.X_CONSUMER_SECRET, xDelivery)}`;
    aws.refuseNextEntries = 1_000;
    try {
      const out = await invoke<Result>(
        'postwatch-webhook',
        urlEvent('POST', '/webhooks/x', {
          body: xDelivery,
          headers: { 'x-twitter-webhooks-signature': signature },
        }),
      );
      expect(out.statusCode).toBe(503);
      expect(out.headers?.['retry-after']).toBeDefined();
    } finally {
      aws.refuseNextEntries = 0;
    }
  });
});

describe('outbox sweep (scheduled)', () => {
  it('re-publishes findings left pending by an SNS outage, under the same finding ids, once', async () => {
    await db.createTable('outbox');
    await putBrandItem('outbox');
    aws.snsDown = true;
    try {
      await invoke('postwatch-analyze', JSON.parse(sqsEvent), 'outbox');
    } catch {
      // Every alert failed: the invocation fails (the error alarm sees it), the findings stay pending.
    }
    aws.snsDown = false;
    const doc = createDocumentClient(db.client);
    const pending = ((await doc.send(new ScanCommand({ TableName: 'outbox' }))).Items ?? []).filter(
      (r) => r.type === 'finding',
    );
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.every((f) => f.alertState === 'pending')).toBe(true);

    const before = aws.published.length;
    const [input] = scheduleInputs('postwatch-sweep');
    const out = await invoke<{ pending: number; sent: number; failed: number }>(
      'postwatch-sweep',
      input,
      'outbox',
    );
    expect(out).toMatchObject({ pending: pending.length, sent: pending.length, failed: 0 });
    const ids = aws.published.slice(before).map((p) => publishAttribute(p, 'findingId'));
    expect(new Set(ids)).toEqual(new Set(pending.map((f) => f.id)));
    const after = ((await doc.send(new ScanCommand({ TableName: 'outbox' }))).Items ?? []).filter(
      (r) => r.type === 'finding',
    );
    expect(after.every((f) => f.alertState === 'sent')).toBe(true);
    // A second sweep finds nothing owed.
    const again = await invoke<{ pending: number }>('postwatch-sweep', input, 'outbox');
    expect(again.pending).toBe(0);
    expect(aws.published.length).toBe(before + pending.length);
  });
});
