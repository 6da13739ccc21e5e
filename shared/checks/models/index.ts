/**
 * The learned models that ship with postwatch, one weight file per check, written by
 * `npm run train` (scripts/train.ts). They are imported statically as JSON (import
 * attributes), so a bundler (esbuild for the Lambda) inlines them and no file is read at
 * run time; each is decoded once, when this module is first imported.
 */
import cryptoScam from './crypto-scam.json' with { type: 'json' };
import healthClaim from './health-claim.json' with { type: 'json' };
import hostileReply from './hostile-reply.json' with { type: 'json' };
import { LinearModel, type ModelFile } from './model.ts';
import phishingLink from './phishing-link.json' with { type: 'json' };
import spam from './spam.json' with { type: 'json' };

export { LinearModel, type ModelFile } from './model.ts';

/** The shipped weight files, as stored. */
export const MODEL_FILES: readonly ModelFile[] = [
  healthClaim as ModelFile,
  hostileReply as ModelFile,
  cryptoScam as ModelFile,
  phishingLink as ModelFile,
  spam as ModelFile,
];

/** The shipped models, decoded once. */
export const DEFAULT_MODELS: readonly LinearModel[] = MODEL_FILES.map((f) => new LinearModel(f));
