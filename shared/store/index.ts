export * from './dynamodb.ts';
export * from './errors.ts';
export * from './memory.ts';
export * from './poll-state.ts';
export * from './table.ts';
export * from './types.ts';
