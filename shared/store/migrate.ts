import { DescribeTableCommand, type DynamoDBClient, UpdateTableCommand } from '@aws-sdk/client-dynamodb';
import { createTableInput } from './table.ts';

/**
 * Adds the indexes of shared/store/table.ts that an existing table lacks (a local database
 * created by an earlier version), one at a time as DynamoDB requires, and waits until each
 * is active. Returns the names it added. On AWS the CDK stack owns the table; this is for
 * tables postwatch created itself (DynamoDB Local, a custom endpoint).
 */
export async function addMissingIndexes(
  client: DynamoDBClient,
  tableName: string,
  options: { readonly timeoutMs?: number } = {},
): Promise<string[]> {
  const wanted = createTableInput(tableName);
  const described = await client.send(new DescribeTableCommand({ TableName: tableName }));
  const present = new Set((described.Table?.GlobalSecondaryIndexes ?? []).map((g) => g.IndexName));
  const added: string[] = [];
  for (const gsi of wanted.GlobalSecondaryIndexes ?? []) {
    if (!gsi.IndexName || present.has(gsi.IndexName)) continue;
    const names = new Set((gsi.KeySchema ?? []).map((k) => k.AttributeName));
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        AttributeDefinitions: (wanted.AttributeDefinitions ?? []).filter((a) => names.has(a.AttributeName)),
        GlobalSecondaryIndexUpdates: [
          { Create: { IndexName: gsi.IndexName, KeySchema: gsi.KeySchema, Projection: gsi.Projection } },
        ],
      }),
    );
    await waitUntilActive(client, tableName, gsi.IndexName, options.timeoutMs ?? 60_000);
    added.push(gsi.IndexName);
  }
  return added;
}

async function waitUntilActive(
  client: DynamoDBClient,
  tableName: string,
  indexName: string,
  timeoutMs: number,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const out = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const index = out.Table?.GlobalSecondaryIndexes?.find((g) => g.IndexName === indexName);
    if (index?.IndexStatus === 'ACTIVE') return;
    if (Date.now() > deadline) throw new Error(`index ${indexName} of ${tableName} did not become active`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
