import {
  type BrandProfile,
  PostwatchError,
  parseBrandProfile,
  ValidationError,
} from '../../shared/model/index.ts';

/** A setting of the analyze function is missing or wrong; the message names it. */
export class ConfigError extends PostwatchError {
  override name = 'ConfigError';
}

/** The analyze function's settings, read from its environment once per cold start. */
export interface AnalyzeConfig {
  readonly tableName: string;
  readonly topics: {
    readonly takedown: string;
    readonly correction: string;
    readonly review?: string;
    readonly chat?: string;
  };
  /** From BRAND_PROFILE (local runs, tests); absent when the profile is the table item. */
  readonly brandProfile?: BrandProfile;
  /** From BRAND_NAME: the profile is the table item BRAND#<name> / PROFILE (the stack writes it). */
  readonly brandName?: string;
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
 *   optional CHAT_TOPIC_ARN: every finding as an AWS Chatbot notification (Slack, Teams);
 * - BRAND_NAME: the profile is the table item BRAND#<name> / PROFILE, which the stack writes
 *   at deploy (Lambda's 4 KB of environment variables do not hold a brand with 50 partners)
 *   and the function re-reads at most once a minute; or
 * - BRAND_PROFILE: the brand profile as JSON (CONTRACTS.md §2), for local runs and tests.
 */
export function readAnalyzeConfig(env: NodeJS.ProcessEnv = process.env): AnalyzeConfig {
  const tableName = required(env, 'TABLE_NAME');
  const takedown = required(env, 'TAKEDOWN_TOPIC_ARN');
  const correction = required(env, 'CORRECTION_TOPIC_ARN');
  const review = env.REVIEW_TOPIC_ARN?.trim();
  const chat = env.CHAT_TOPIC_ARN?.trim();
  const brandName = env.BRAND_NAME?.trim();
  const topics = { takedown, correction, ...(review ? { review } : {}), ...(chat ? { chat } : {}) };
  if (env.BRAND_PROFILE === undefined && brandName) return { tableName, topics, brandName };
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
  return { tableName, topics, brandProfile };
}
