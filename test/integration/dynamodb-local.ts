/** Test helper: the shared DynamoDB Local starter, in memory, for the integration suites. */
export { type DynamoDbLocal, startDynamoDbLocal } from '../../shared/store/dynamodb-local.ts';
