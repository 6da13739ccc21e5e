export * from './analyze-and-record.ts';
export * from './finding-id.ts';
