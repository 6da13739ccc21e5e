import { describe, expect, it } from 'vitest';
import { ConfigError, readAnalyzeConfig } from '../../../functions/analyze/config.ts';
import { parseRecordBody } from '../../../functions/analyze/create-handler.ts';
import { ValidationError } from '../../../shared/model/index.ts';

const env = {
  TABLE_NAME: 'Postwatch-Findings',
  TAKEDOWN_TOPIC_ARN: 'arn:aws:sns:eu-west-1:123456789012:takedown',
  CORRECTION_TOPIC_ARN: 'arn:aws:sns:eu-west-1:123456789012:correction',
  BRAND_PROFILE: '{"name":"Acme Bank","aliases":["Acme"]}',
};

describe('readAnalyzeConfig', () => {
  it('reads the table, topics and a validated brand profile', () => {
    const config = readAnalyzeConfig(env);
    expect(config.tableName).toBe('Postwatch-Findings');
    expect(config.topics).toEqual({ takedown: env.TAKEDOWN_TOPIC_ARN, correction: env.CORRECTION_TOPIC_ARN });
    expect(config.brandProfile).toMatchObject({ name: 'Acme Bank', aliases: ['Acme'], accounts: [] });
  });

  it.each(Object.keys(env))('names %s when it is missing', (name) => {
    expect(() => readAnalyzeConfig({ ...env, [name]: '  ' })).toThrow(new RegExp(`missing setting ${name}`));
  });

  it('says when the brand profile is not JSON, and which field is wrong when it is', () => {
    expect(() => readAnalyzeConfig({ ...env, BRAND_PROFILE: '{name:' })).toThrow(ConfigError);
    expect(() => readAnalyzeConfig({ ...env, BRAND_PROFILE: '{"name":""}' })).toThrow(/BRAND_PROFILE.*name/);
  });
});

describe('parseRecordBody', () => {
  it('parses a content item and refuses a body that is not one, without quoting it', () => {
    expect(
      parseRecordBody({ body: '{"platform":"x","kind":"post","id":1,"author":{"handle":"@a"},"text":""}' }),
    ).toMatchObject({ platform: 'x', id: '1', author: { handle: 'a' } });
    expect(() => parseRecordBody({ body: 'secret text' })).toThrow(ValidationError);
    expect(() => parseRecordBody({ body: 'secret text' })).not.toThrow(/secret/);
    expect(() => parseRecordBody({ body: '{"platform":"x","kind":"post","id":"1","text":""}' })).toThrow(
      /author/,
    );
  });
});
