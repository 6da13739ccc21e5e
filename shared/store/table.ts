import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/**
 * The one DynamoDB table, defined once here and used by the CDK stack, the integration
 * tests and the local runner, so that all three create the same keys and indexes.
 *
 * Single-table layout (every key is a string):
 *
 * | record        | pk                          | sk                  | gsi1pk (byStatus) | gsi1sk             | gsi2pk (byAuthor)              | gsi2sk             |
 * |---------------|-----------------------------|---------------------|-------------------|--------------------|--------------------------------|--------------------|
 * | finding       | FINDING#<findingId>         | FINDING             | STATUS#<status>   | <createdAt>#<id>   | AUTHOR#<platform>#<authorKey>  | <createdAt>#<id>   |
 * |   (pending)   | + gsi3pk (byAlert) `ALERT#pending`, gsi3sk `<createdAt>#<id>`, only while the alert is pending |
 * | item version  | ITEM#<platform>#<itemId>    | VERSION#<hash>      | –                 | –                  | AUTHOR#<platform>#<authorKey>  | <analyzedAt>#version |
 * | brand changes | BRAND#<brand name>          | OVERRIDES           | –                 | –                  | –                              | –                  |
 * | poll cursor   | CURSOR#<platform>#<account> | CURSOR              | –                 | –                  | –                              | –                  |
 * | seen version  | SEEN#<platform>:<id>:<hash> | SEEN                | –                 | –                  | –                              | –                  |
 *
 * - `byStatus` lists the triage queue newest first; moving a finding to another status
 *   rewrites gsi1pk, so each status is its own partition.
 * - `byAuthor` lets "forget this author" find every finding and clean item version without
 *   a Scan; authorKey is the author's stable id, or `@handle` when the platform gave none
 *   (a version record keeps only this key, not the handle beside it; versions recorded
 *   before they carried it are found through their item's partition).
 * - `BRAND#<name>` / `OVERRIDES` holds triage's allowlist for one brand (accounts and
 *   contacts dismissed with `--allow`, a `version` for optimistic writes), merged over the
 *   file profile by the analysis (shared/pipeline/brand-overrides.ts).
 * - `byAlert` is sparse: a finding is in it only while its alert is pending (the sink failed),
 *   so the outbox of alerts still owed is one small Query, drained at start and on a timer.
 * - An item version is recorded by its findings when it produced any; a version record
 *   (`ITEM#...`) is written only for a version that produced none, so a re-delivery of a
 *   clean item is still known, at one write per item whatever it is.
 * - The indexes hold keys, not records (`byStatus`, `byAlert`: keys only; `byAuthor`: the
 *   few attributes erasure reads): a listing reads the records with BatchGetItem. A finding
 *   is then written once at its full size, its index entries are 1 WRU each, and updating
 *   its alert state or status touches no index but the one whose key changes (docs/cost.md).
 * - Poll cursors and seen versions are written by shared/store/poll-state.ts.
 * - `expiresAt` (epoch seconds) is the TTL attribute: item versions and seen versions expire after a short
 *   retention; findings get it only once closed (resolved or dismissed), so open work
 *   never disappears but closed evidence excerpts do not stay forever.
 */
export const TABLE_DEFINITION = {
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  timeToLiveAttribute: 'expiresAt',
  globalSecondaryIndexes: [
    {
      indexName: 'byStatus',
      partitionKey: { name: 'gsi1pk', type: 'S' },
      sortKey: { name: 'gsi1sk', type: 'S' },
      projection: { type: 'KEYS_ONLY' },
    },
    {
      indexName: 'byAuthor',
      partitionKey: { name: 'gsi2pk', type: 'S' },
      sortKey: { name: 'gsi2sk', type: 'S' },
      // What erasure needs to find an author's records; none of it changes after the write.
      projection: { type: 'INCLUDE', attributes: ['type', 'id', 'platform', 'itemId', 'contentHash'] },
    },
    {
      indexName: 'byAlert',
      partitionKey: { name: 'gsi3pk', type: 'S' },
      sortKey: { name: 'gsi3sk', type: 'S' },
      projection: { type: 'KEYS_ONLY' },
    },
  ],
} as const;

/** Index names, for queries. */
export const STATUS_INDEX = TABLE_DEFINITION.globalSecondaryIndexes[0].indexName;
export const AUTHOR_INDEX = TABLE_DEFINITION.globalSecondaryIndexes[1].indexName;
export const ALERT_INDEX = TABLE_DEFINITION.globalSecondaryIndexes[2].indexName;

/** CreateTable input for DynamoDB Local and tests (on AWS the CDK stack creates the table). */
export function createTableInput(tableName: string): CreateTableCommandInput {
  const { partitionKey, sortKey, globalSecondaryIndexes } = TABLE_DEFINITION;
  const attributes = new Map<string, 'S'>();
  for (const key of [
    partitionKey,
    sortKey,
    ...globalSecondaryIndexes.flatMap((g) => [g.partitionKey, g.sortKey]),
  ]) {
    attributes.set(key.name, key.type);
  }
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [...attributes].map(([AttributeName, AttributeType]) => ({
      AttributeName,
      AttributeType,
    })),
    KeySchema: [
      { AttributeName: partitionKey.name, KeyType: 'HASH' },
      { AttributeName: sortKey.name, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: globalSecondaryIndexes.map((g) => ({
      IndexName: g.indexName,
      KeySchema: [
        { AttributeName: g.partitionKey.name, KeyType: 'HASH' },
        { AttributeName: g.sortKey.name, KeyType: 'RANGE' },
      ],
      Projection:
        g.projection.type === 'INCLUDE'
          ? { ProjectionType: 'INCLUDE', NonKeyAttributes: [...g.projection.attributes] }
          : { ProjectionType: g.projection.type },
    })),
  };
}
