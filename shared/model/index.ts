export * from './bounds.ts';
export * from './brand.ts';
export * from './config.ts';
export * from './errors.ts';
export * from './finding.ts';
export * from './item.ts';
export * from './parse.ts';
