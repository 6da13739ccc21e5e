/**
 * What a Lambda bundle gets when it imports `tldts` (PostwatchFunction aliases the package to
 * this module): tldts's `parse`, over the trie in `suffixes.pack` beside the bundle
 * (shared/text/public-suffix.ts says why). The source tree never loads this module.
 */
import { decodeSuffixPack } from '../data/pack.ts';
import { readBesideBundle } from '../data/read.ts';
import { parserOf } from './public-suffix.ts';

const pack = readBesideBundle('suffixes.pack');
if (pack === undefined) {
  throw new Error(
    'suffixes.pack is not beside the bundle: it is written when the bundle is built (scripts/pack-data.ts)',
  );
}

/** tldts's `parse` (same signature, same answers). */
export const parse = parserOf(decodeSuffixPack(pack));
