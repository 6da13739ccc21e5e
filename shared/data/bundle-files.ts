/**
 * The data files a Lambda bundle carries beside its index.mjs (read with
 * shared/data/read.ts's readDataFile), by path from the repository root. They stay out of
 * the JavaScript so the bundle stays small and its module init does not parse them: the
 * phone-number metadata is read on the first phone number, the lookalike names on the first
 * explanation.
 *
 * PostwatchFunction's afterBundling hook and scripts/bench-bundles.ts copy a file beside a
 * bundle only when the bundle names it (its base name appears in index.mjs), so functions
 * that never read one (poll, webhook) do not ship it. Base names must be unique. This list
 * is not imported by runtime code, so its names are not in any bundle.
 */
export const BUNDLE_DATA_FILES: readonly string[] = [
  'node_modules/libphonenumber-js/metadata.max.json',
  'shared/text/lookalike-names.br',
];

/**
 * Packs written beside a bundle when it is built (shared/data/pack.ts, scripts/pack-data.ts),
 * each when the bundle names it: the models with their weights dense (`models.pack`, read by
 * shared/checks/models/index.ts) and the lexicon's folders as one document with every
 * longest groups' alternations merged (`lexicon.pack.json`, read by shared/lexicon/index.ts),
 * the UTS #39 confusables as sorted code points (`confusables.pack`, read by
 * shared/text/lookalike.ts), and tldts's public suffix trie with the arrays it derives at load
 * (`suffixes.pack`, read by shared/text/tldts-bundle.ts, which bundles import as `tldts`). The
 * source tree reads the weight files, the lexicon folders, the confusables JSON and tldts
 * instead.
 */
export const BUNDLE_PACKS: readonly {
  readonly name: string;
  readonly kind: 'models' | 'lexicon' | 'confusables' | 'suffixes';
}[] = [
  { name: 'models.pack', kind: 'models' },
  { name: 'lexicon.pack.json', kind: 'lexicon' },
  { name: 'confusables.pack', kind: 'confusables' },
  { name: 'suffixes.pack', kind: 'suffixes' },
];
