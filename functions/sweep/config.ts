import type { SnsTopics } from '../../shared/alerts/sns.ts';
import { requiredSetting } from '../poll/config.ts';

/** The sweep function's settings: the table and the alert topics (as the analyze function has them). */
export interface SweepConfig {
  readonly tableName: string;
  readonly topics: SnsTopics;
}

export function readSweepConfig(env: NodeJS.ProcessEnv = process.env): SweepConfig {
  const review = env.REVIEW_TOPIC_ARN?.trim();
  const chat = env.CHAT_TOPIC_ARN?.trim();
  return {
    tableName: requiredSetting(env, 'TABLE_NAME'),
    topics: {
      takedown: requiredSetting(env, 'TAKEDOWN_TOPIC_ARN'),
      correction: requiredSetting(env, 'CORRECTION_TOPIC_ARN'),
      ...(review ? { review } : {}),
      ...(chat ? { chat } : {}),
    },
  };
}
