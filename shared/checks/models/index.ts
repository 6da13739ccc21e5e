/**
 * The learned models that ship with postwatch, one weight file per check, written by
 * `npm run train` (scripts/train.ts), decoded once when this module is first imported.
 * A Lambda bundle carries them as `models.pack` beside index.mjs (shared/data/pack.ts,
 * written when the bundle is built: the weights already dense, viewed in place); the
 * source tree reads the weight files themselves.
 */
import { decodeModelPack } from '../../data/pack.ts';
import { readBesideBundle, readDataJson } from '../../data/read.ts';
import { LinearModel, type ModelFile } from './model.ts';

export { LinearModel, type ModelFile } from './model.ts';

/** The shipped weight files, by path from the repository root. */
const MODEL_SOURCES: readonly string[] = [
  'shared/checks/models/health-claim.json',
  'shared/checks/models/hostile-reply.json',
  'shared/checks/models/crypto-scam.json',
  'shared/checks/models/phishing-link.json',
  'shared/checks/models/spam.json',
];

/** The shipped weight files, as stored (read from the source tree). */
export function readModelFiles(): ModelFile[] {
  return MODEL_SOURCES.map((source) => readDataJson(source) as ModelFile);
}

/** The name of the models' pack beside a bundle (scripts/pack-data.ts writes it). */
const MODEL_PACK = 'models.pack';

function loadModels(): LinearModel[] {
  const pack = readBesideBundle(MODEL_PACK);
  if (pack !== undefined) return decodeModelPack(pack).map((m) => new LinearModel(m));
  return readModelFiles().map((f) => new LinearModel(f));
}

/** The shipped models, decoded once. */
export const DEFAULT_MODELS: readonly LinearModel[] = loadModels();
