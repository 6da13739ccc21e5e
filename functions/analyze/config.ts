import {
  type BrandProfile,
  PostwatchError,
  parseBrandProfile,
  ValidationError,
} from '../../shared/model/index.ts';

/** A setting of the analyze function is missing or wrong; the message names it. */
export class ConfigError extends PostwatchError {}

/** The analyze function's settings, read from its environment once per cold start. */
export interface AnalyzeConfig {
  readonly tableName: string;
  readonly topics: { readonly takedown: string; readonly correction: string; readonly review?: string };
  readonly brandProfile: BrandProfile;
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new ConfigError(`missing setting ${name}: set the environment variable ${name}`);
  return value;
}

/**
 * Reads the settings:
 * - TABLE_NAME: the findings table;
 * - TAKEDOWN_TOPIC_ARN, CORRECTION_TOPIC_ARN (and optional REVIEW_TOPIC_ARN): alert topics;
 * - BRAND_PROFILE: the brand profile as JSON (CONTRACTS.md §2). An environment variable
 *   keeps the function free of SSM/S3 calls at cold start; Lambda allows 4 KB of
 *   variables in total, ample for a profile. The CDK stack fills it from a JSON file.
 */
export function readAnalyzeConfig(env: NodeJS.ProcessEnv = process.env): AnalyzeConfig {
  const tableName = required(env, 'TABLE_NAME');
  const takedown = required(env, 'TAKEDOWN_TOPIC_ARN');
  const correction = required(env, 'CORRECTION_TOPIC_ARN');
  const review = env.REVIEW_TOPIC_ARN?.trim();
  const rawProfile = required(env, 'BRAND_PROFILE');
  let json: unknown;
  try {
    json = JSON.parse(rawProfile);
  } catch (error) {
    throw new ConfigError('setting BRAND_PROFILE is not valid JSON', { cause: error });
  }
  let brandProfile: BrandProfile;
  try {
    brandProfile = parseBrandProfile(json);
  } catch (error) {
    if (error instanceof ValidationError) {
      throw new ConfigError(`setting BRAND_PROFILE: ${error.message}`, { cause: error });
    }
    throw error;
  }
  return { tableName, topics: { takedown, correction, ...(review ? { review } : {}) }, brandProfile };
}
