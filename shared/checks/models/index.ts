/**
 * The learned models that ship with postwatch, one weight file per check, written by
 * `npm run train` (scripts/train.ts). They are read (readDataFile) and decoded once, when
 * this module is first imported: from here in the source tree, from beside index.mjs in a
 * Lambda bundle, which carries them as files (shared/data/bundle-files.ts) instead of as
 * 316 KB of JavaScript to parse at every cold start. Each path is written out in full: the
 * bundler copies a data file beside a bundle only when the bundle names it.
 */
import { readDataJson } from '../../data/read.ts';
import { LinearModel, type ModelFile } from './model.ts';

export { LinearModel, type ModelFile } from './model.ts';

/** The shipped weight files, as stored. */
export const MODEL_FILES: readonly ModelFile[] = [
  readDataJson('shared/checks/models/health-claim.json') as ModelFile,
  readDataJson('shared/checks/models/hostile-reply.json') as ModelFile,
  readDataJson('shared/checks/models/crypto-scam.json') as ModelFile,
  readDataJson('shared/checks/models/phishing-link.json') as ModelFile,
  readDataJson('shared/checks/models/spam.json') as ModelFile,
];

/** The shipped models, decoded once. */
export const DEFAULT_MODELS: readonly LinearModel[] = MODEL_FILES.map((f) => new LinearModel(f));
