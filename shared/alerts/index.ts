export * from './format.ts';
export * from './mask.ts';
export * from './sns.ts';
export * from './types.ts';
