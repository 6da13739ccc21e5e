/**
 * What is deployed is what is tested: the analyze function's asset, as `cdk synth` writes
 * it, copied alone into an empty directory (no node_modules anywhere above it), imported by
 * Node 22 in a child process and invoked with a real SQS event. DynamoDB is DynamoDB Local;
 * SNS is a loopback server that records the Publish calls (no local engine exists for it).
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { App } from 'aws-cdk-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostwatchStack } from '../../infra/postwatch-stack.ts';
import { parseBrandProfile } from '../../shared/model/index.ts';
import { createDocumentClient } from '../../shared/store/dynamodb.ts';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../shared/store/dynamodb-local.ts';
import { type DynamoDbLocal, startDynamoDbLocal } from '../integration/dynamodb-local.ts';

const run = promisify(execFile);
const projectRoot = resolve(import.meta.dirname, '../..');
const NODE = join(projectRoot, 'node_modules/.bin/node');
const brand = JSON.parse(readFileSync(join(projectRoot, 'examples/brand.json'), 'utf8'));
const event = readFileSync(join(projectRoot, 'test/events/sqs/analyze-batch.json'), 'utf8');
const TOPICS = {
  takedown: `arn:aws:sns:${LOCAL_REGION}:123456789012:postwatch-takedown`,
  correction: `arn:aws:sns:${LOCAL_REGION}:123456789012:postwatch-correction`,
};

let outdir: string;
let lambdaDir: string;
let db: DynamoDbLocal;
let sns: Server;
let snsUrl: string;
const published: URLSearchParams[] = [];

/** The asset folder of the analyze function: the one whose bundle holds its handler. */
function analyzeAsset(dir: string): string {
  const assets = readdirSync(dir).filter(
    (n) => n.startsWith('asset.') && existsSync(join(dir, n, 'index.mjs')),
  );
  const found = assets.find((n) =>
    readFileSync(join(dir, n, 'index.mjs'), 'utf8').includes('postwatch-analyze'),
  );
  if (!found) throw new Error(`no analyze asset among ${assets.join(', ')}`);
  return join(dir, found);
}

beforeAll(async () => {
  outdir = mkdtempSync(join(tmpdir(), 'pw-cdk-out-'));
  const app = new App({ outdir });
  new PostwatchStack(app, 'Bundle', { brandProfile: parseBrandProfile(brand), projectRoot });
  app.synth();
  // An empty directory outside the project: nothing can be resolved but what the bundle holds.
  lambdaDir = mkdtempSync(join(tmpdir(), 'pw-lambda-'));
  const asset = analyzeAsset(outdir);
  for (const name of readdirSync(asset)) copyFileSync(join(asset, name), join(lambdaDir, name));

  db = await startDynamoDbLocal();
  await db.createTable('findings');
  sns = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => {
      body += c.toString('utf8');
    });
    req.on('end', () => {
      const params = new URLSearchParams(body);
      published.push(params);
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end(
        `<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>m-${published.length}</MessageId></PublishResult><ResponseMetadata><RequestId>r-${published.length}</RequestId></ResponseMetadata></PublishResponse>`,
      );
    });
  });
  await new Promise<void>((r) => sns.listen(0, '127.0.0.1', r));
  snsUrl = `http://127.0.0.1:${(sns.address() as AddressInfo).port}`;
}, 180_000);

afterAll(async () => {
  await db?.stop();
  await new Promise<void>((r) => (sns ? sns.close(() => r()) : r()));
  rmSync(outdir, { recursive: true, force: true });
  rmSync(lambdaDir, { recursive: true, force: true });
});

/** Imports the bundle in a fresh Node 22 and invokes its handler once with the SQS event. */
async function invokeBundle(): Promise<{ batchItemFailures: { itemIdentifier: string }[] }> {
  const script = `
    const { handler } = await import(${JSON.stringify(join(lambdaDir, 'index.mjs'))});
    const context = { functionName: 'postwatch-analyze', functionVersion: '$LATEST', awsRequestId: 'req-1',
      invokedFunctionArn: 'arn:aws:lambda:${LOCAL_REGION}:123456789012:function:postwatch-analyze',
      memoryLimitInMB: '512', logGroupName: '/aws/lambda/postwatch-analyze', logStreamName: 's',
      getRemainingTimeInMillis: () => 30000, callbackWaitsForEmptyEventLoop: true };
    const out = await handler(JSON.parse(process.env.PW_EVENT), context);
    process.stdout.write('RESULT ' + JSON.stringify(out) + '\\n');
  `;
  const { stdout } = await run(NODE, ['--enable-source-maps', '--input-type=module', '-e', script], {
    cwd: lambdaDir,
    env: {
      PATH: process.env.PATH,
      PW_EVENT: event,
      TABLE_NAME: 'findings',
      TAKEDOWN_TOPIC_ARN: TOPICS.takedown,
      CORRECTION_TOPIC_ARN: TOPICS.correction,
      BRAND_PROFILE: JSON.stringify(brand),
      AWS_REGION: LOCAL_REGION,
      AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
      AWS_ENDPOINT_URL_DYNAMODB: db.endpoint,
      AWS_ENDPOINT_URL_SNS: snsUrl,
      POWERTOOLS_SERVICE_NAME: 'postwatch-analyze',
    },
  });
  const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`no result from the bundle; stdout:\n${stdout}`);
  return JSON.parse(line.slice('RESULT '.length));
}

describe('the analyze bundle as deployed', () => {
  it('is one self-contained module (no node_modules beside it) of bounded size', () => {
    const files = readdirSync(lambdaDir);
    expect(files).toContain('index.mjs');
    expect(files.filter((f) => !f.startsWith('index.mjs'))).toEqual([]);
    expect(statSync(join(lambdaDir, 'index.mjs')).size).toBeLessThan(8 * 1024 * 1024);
  });

  it('starts in an empty directory and analyzes an SQS batch into DynamoDB and SNS', async () => {
    const out = await invokeBundle();

    // The fixture's two malformed records (no author; not JSON) fail alone; the rest is processed.
    expect(out.batchItemFailures.map((f) => f.itemIdentifier).sort()).toEqual([
      'b3e1f7a2-6c5d-4e8f-a1b2-c3d4e5f60718',
      'c4f2a8b3-7d6e-4f90-b2c3-d4e5f6071829',
    ]);
    const records = (await createDocumentClient(db.client).send(new ScanCommand({ TableName: 'findings' })))
      .Items;
    const findings = (records ?? []).filter((r) => r.type === 'finding');
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.alertState === 'sent')).toBe(true);
    // One Publish per finding, to the topic of its action, with the filterable attributes.
    expect(published).toHaveLength(findings.length);
    for (const p of published) {
      expect(p.get('Action')).toBe('Publish');
      expect([TOPICS.takedown, TOPICS.correction]).toContain(p.get('TopicArn'));
      const names = [...p.entries()]
        .filter(([k]) => /^MessageAttributes\.entry\.\d+\.Name$/.test(k))
        .map(([, v]) => v);
      expect(names).toEqual(
        expect.arrayContaining(['severity', 'check', 'platform', 'brand', 'action', 'findingId']),
      );
    }
  });
});
