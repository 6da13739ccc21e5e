import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import { PublishCommand, type PublishCommandInput, SNSClient } from '@aws-sdk/client-sns';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnalyzeHandler } from '../../functions/analyze/create-handler.ts';
import { SnsAlertSink } from '../../shared/alerts/sns.ts';
import { createEngine } from '../../shared/checks/engine.ts';
import { spanEvidence } from '../../shared/checks/evidence.ts';
import type { CheckDefinition } from '../../shared/checks/types.ts';
import { parseBrandProfile } from '../../shared/model/index.ts';
import { createDocumentClient, DynamoFindingStore } from '../../shared/store/dynamodb.ts';
import type { StoredFinding } from '../../shared/store/types.ts';
import { type DynamoDbLocal, startDynamoDbLocal } from './dynamodb-local.ts';
import { LAMBDA_CONTEXT as lambdaContext } from './pipeline-load.ts';

const batch = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../events/sqs/analyze-batch.json'), 'utf8'),
) as SQSEvent;
const [scamComment, brandPost, missingAuthor, notJson, benignComment] = batch.Records as [
  SQSRecord,
  SQSRecord,
  SQSRecord,
  SQSRecord,
  SQSRecord,
];

const TOPICS = {
  takedown: 'arn:aws:sns:eu-west-1:123456789012:postwatch-takedown',
  correction: 'arn:aws:sns:eu-west-1:123456789012:postwatch-correction',
};
const NOW = new Date('2026-11-20T09:20:00.000Z');
const profile = parseBrandProfile({
  name: 'Acme Bank',
  accounts: [{ platform: 'x', handle: 'acmebank' }],
  domains: ['acmebank.com'],
});

// Tiny stand-ins for real checks (which are written elsewhere): they fire on fixed words so
// the test controls exactly which findings exist. Two fire on the scam comment, so partial
// alert failure within one item can be tested.
function wordCheck(
  id: CheckDefinition['id'],
  word: RegExp,
  action: CheckDefinition['action'],
  appliesTo: CheckDefinition['appliesTo'],
): CheckDefinition {
  return {
    id,
    description: `test check on ${word}`,
    severity: action === 'takedown' ? 'high' : 'medium',
    action,
    appliesTo,
    build: () => (input) => {
      const m = word.exec(input.text.text);
      if (!m) return null;
      const evidence = spanEvidence('text', input.text, m.index, m.index + m[0].length);
      return { reason: `matched ${evidence.match}`, evidence: [evidence] };
    },
  };
}
const checks = [
  wordCheck('offplatform-contact', /whatsapp/, 'takedown', ['public']),
  wordCheck('pii-exposure', /\+44 7700 900123/, 'takedown', ['public']),
  wordCheck('misleading-claim', /guaranteed/, 'correction', ['brand']),
];

const snsMock = mockClient(SNSClient);
let db: DynamoDbLocal;
let tableCount = 0;
let store: DynamoFindingStore;
let logger: Logger;
let invoke: (records: SQSRecord[]) => Promise<SQSBatchResponse>;

function published(): PublishCommandInput[] {
  return snsMock.commandCalls(PublishCommand).map((c) => c.args[0].input);
}

async function allFindings(): Promise<StoredFinding[]> {
  const statuses = ['open', 'acknowledged', 'resolved', 'dismissed'] as const;
  const pages = await Promise.all(statuses.map((s) => store.listFindingsByStatus(s)));
  return pages.flatMap((p) => p.items);
}

function failedIds(response: SQSBatchResponse): string[] {
  return response.batchItemFailures.map((f) => f.itemIdentifier).sort();
}

// One DynamoDB Local for the file: starting the JVM is the slow part.
beforeAll(async () => {
  db = await startDynamoDbLocal();
});
afterAll(async () => {
  await db?.stop();
});

describe('analyze handler (DynamoDB Local, SNS mocked)', () => {
  beforeEach(async () => {
    // A fresh table per test: no test sees another's findings.
    const tableName = `findings-${++tableCount}`;
    await db.createTable(tableName);
    store = new DynamoFindingStore({ client: createDocumentClient(db.client), tableName });
    snsMock.reset();
    snsMock.on(PublishCommand).resolves({ MessageId: 'sns-message-id' });
    logger = new Logger({ serviceName: 'postwatch-analyze-test', logLevel: 'SILENT' });
    const handler = createAnalyzeHandler({
      logger,
      engine: createEngine(profile, { checks }),
      store,
      sink: new SnsAlertSink({ client: new SNSClient({ region: 'eu-west-1' }), topics: TOPICS }),
      now: () => NOW,
    });
    invoke = (records) => handler({ Records: records }, lambdaContext);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('stores every finding and publishes one alert per new finding to its action topic', async () => {
    const response = await invoke([scamComment, brandPost]);

    expect(response.batchItemFailures).toEqual([]);
    const findings = await allFindings();
    expect(findings.map((f) => `${f.platform}:${f.itemId}:${f.check}`).sort()).toEqual([
      'instagram:17890455012345678:offplatform-contact',
      'instagram:17890455012345678:pii-exposure',
      'x:1861234567890123456:misleading-claim',
    ]);
    for (const f of findings) {
      expect(f).toMatchObject({
        status: 'open',
        alertState: 'sent',
        brand: 'Acme Bank',
        createdAt: NOW.toISOString(),
      });
    }

    const messages = published();
    expect(messages).toHaveLength(3);
    const byFinding = new Map(messages.map((m) => [m.MessageAttributes?.findingId?.StringValue, m]));
    for (const f of findings) {
      const message = byFinding.get(f.id);
      expect(message?.TopicArn).toBe(f.action === 'takedown' ? TOPICS.takedown : TOPICS.correction);
      expect(message?.MessageAttributes).toMatchObject({
        severity: { StringValue: f.severity },
        check: { StringValue: f.check },
        platform: { StringValue: f.platform },
        brand: { StringValue: 'Acme Bank' },
        action: { StringValue: f.action },
      });
    }
    // The phone number is evidence in the store, but masked in what leaves the system.
    const pii = findings.find((f) => f.check === 'pii-exposure')!;
    expect(pii.evidence[0]?.match).toBe('+44 7700 900123');
    expect(byFinding.get(pii.id)?.Message).not.toContain('7700 900123');
  });

  it('stores no duplicate and publishes nothing new when the same records arrive again', async () => {
    await invoke([scamComment, brandPost]);
    const first = await allFindings();

    const redelivered = [scamComment, brandPost].map((r) => ({
      ...r,
      attributes: { ...r.attributes, ApproximateReceiveCount: '2' },
    }));
    const response = await invoke(redelivered);

    expect(response.batchItemFailures).toEqual([]);
    const second = await allFindings();
    expect(second.map((f) => f.id).sort()).toEqual(first.map((f) => f.id).sort());
    expect(second).toHaveLength(3);
    expect(published()).toHaveLength(3);
  });

  it('reports only the malformed records in batchItemFailures and processes the others', async () => {
    const warn = vi.spyOn(logger, 'warn');

    const response = await invoke([scamComment, missingAuthor, brandPost, notJson, benignComment]);

    expect(failedIds(response)).toEqual([missingAuthor.messageId, notJson.messageId].sort());
    const items = new Set((await allFindings()).map((f) => f.itemId));
    expect(items).toEqual(new Set(['17890455012345678', '1861234567890123456']));
    expect(published()).toHaveLength(3);
    // The problem is named for the operator; the record's content is not logged.
    const malformedLog = warn.mock.calls.find((c) => JSON.stringify(c).includes(missingAuthor.messageId));
    expect(JSON.stringify(malformedLog)).toContain('author');
    expect(JSON.stringify(warn.mock.calls)).not.toContain('this one has no author');
  });

  it('leaves a finding pending when its alert fails, fails the record, and a retry sends exactly that alert', async () => {
    snsMock.on(PublishCommand).rejectsOnce(new Error('SNS unavailable')).resolves({ MessageId: 'later' });

    const response = await invoke([scamComment, benignComment]);

    expect(failedIds(response)).toEqual([scamComment.messageId]);
    const afterFailure = await allFindings();
    expect(afterFailure.map((f) => f.alertState).sort()).toEqual(['pending', 'sent']);
    const pending = afterFailure.find((f) => f.alertState === 'pending')!;
    expect(published()).toHaveLength(2);

    // Not resetHistory(): rejectsOnce counts calls, and a reset would make it reject again.
    const before = published().length;
    const retry = await invoke([
      { ...scamComment, attributes: { ...scamComment.attributes, ApproximateReceiveCount: '2' } },
    ]);

    expect(retry.batchItemFailures).toEqual([]);
    const messages = published().slice(before);
    expect(messages).toHaveLength(1);
    expect(messages[0]?.MessageAttributes?.findingId?.StringValue).toBe(pending.id);
    expect((await allFindings()).every((f) => f.alertState === 'sent')).toBe(true);
  });

  it('logs ids and check names but never the texts or authors of items', async () => {
    const calls = [vi.spyOn(logger, 'info'), vi.spyOn(logger, 'warn'), vi.spyOn(logger, 'error')];

    await invoke([scamComment, brandPost, missingAuthor]);

    const logged = JSON.stringify(calls.flatMap((c) => c.mock.calls));
    expect(logged).toContain(scamComment.messageId);
    for (const secret of ['acme.support_help', 'WhatsApp', '900123', 'Guaranteed', 'no author']) {
      expect(logged).not.toContain(secret);
    }
  });
});

describe('analyze Lambda entry (functions/analyze/handler.ts)', () => {
  const brandJson = JSON.stringify({ name: 'Acme Bank', accounts: [{ platform: 'x', handle: 'acmebank' }] });

  beforeEach(async () => {
    snsMock.reset();
    snsMock.on(PublishCommand).resolves({ MessageId: 'sns-message-id' });
    const tableName = `findings-${++tableCount}`;
    await db.createTable(tableName);
    // The settings the CDK stack sets, plus the SDK's standard endpoint override pointing at DynamoDB Local.
    vi.stubEnv('TABLE_NAME', tableName);
    vi.stubEnv('TAKEDOWN_TOPIC_ARN', TOPICS.takedown);
    vi.stubEnv('CORRECTION_TOPIC_ARN', TOPICS.correction);
    vi.stubEnv('BRAND_PROFILE', brandJson);
    vi.stubEnv('AWS_REGION', 'eu-west-1');
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'local');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'local');
    vi.stubEnv('AWS_ENDPOINT_URL_DYNAMODB', db.endpoint);
    vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'SILENT');
    vi.resetModules();
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('wires the settings at cold start and answers with partial batch failures', async () => {
    const { handler } = await import('../../functions/analyze/handler.ts');

    const response = await handler({ Records: [benignComment, notJson] }, lambdaContext);

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: notJson.messageId }]);
  });

  it('fails the cold start with a message naming a missing setting', async () => {
    vi.stubEnv('CORRECTION_TOPIC_ARN', '');

    await expect(import('../../functions/analyze/handler.ts')).rejects.toThrow(/CORRECTION_TOPIC_ARN/);
  });

  it('fails the cold start naming the brand profile field that is wrong', async () => {
    vi.stubEnv(
      'BRAND_PROFILE',
      JSON.stringify({ name: 'Acme', partners: [{ platform: 'x', handle: 'jo', status: 'maybe' }] }),
    );

    await expect(import('../../functions/analyze/handler.ts')).rejects.toThrow(
      /BRAND_PROFILE.*partners\[0\]\.status/,
    );
  });
});
