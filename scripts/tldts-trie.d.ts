/**
 * tldts's suffix trie module, which scripts/pack-data.ts reads to write suffixes.pack (tldts
 * declares it under dist/types, where TypeScript does not look for a deep import).
 */
declare module 'tldts/dist/es6/src/data/trie.js' {
  export const nodeFlags: Uint8Array;
  export const edgeStart: Uint16Array;
  export const edgeLength: Uint8Array;
  export const edgeChild: Uint16Array;
  export const labelText: string;
  export const rulesRoot: number;
  export const exceptionsRoot: number;
}
