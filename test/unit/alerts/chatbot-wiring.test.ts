import { describe, expect, it } from 'vitest';
import { readAnalyzeConfig } from '../../../functions/analyze/config.ts';
import { readSweepConfig } from '../../../functions/sweep/config.ts';

const env = {
  TABLE_NAME: 'findings',
  TAKEDOWN_TOPIC_ARN: 'arn:aws:sns:eu-west-1:123456789012:takedown',
  CORRECTION_TOPIC_ARN: 'arn:aws:sns:eu-west-1:123456789012:correction',
  BRAND_NAME: 'Acme Bank',
};
const chat = 'arn:aws:sns:eu-west-1:123456789012:chat';

describe('CHAT_TOPIC_ARN (the stack sets it when a chat channel is asked for)', () => {
  it('gives analyze and sweep the chat topic, so their SNS sink publishes to it', () => {
    expect(readAnalyzeConfig({ ...env, CHAT_TOPIC_ARN: chat }).topics.chat).toBe(chat);
    expect(readSweepConfig({ ...env, CHAT_TOPIC_ARN: ` ${chat} ` }).topics.chat).toBe(chat);
  });

  it('leaves it out when unset or blank', () => {
    expect('chat' in readAnalyzeConfig(env).topics).toBe(false);
    expect('chat' in readSweepConfig({ ...env, CHAT_TOPIC_ARN: '  ' }).topics).toBe(false);
  });
});
