export * from './brand.ts';
export * from './errors.ts';
export * from './finding.ts';
export * from './item.ts';
export * from './parse.ts';
