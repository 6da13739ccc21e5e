export * from './console.ts';
export * from './fanout.ts';
export * from './format.ts';
export * from './jsonl.ts';
export * from './mask.ts';
export * from './sns.ts';
export * from './types.ts';
export * from './webhook.ts';
