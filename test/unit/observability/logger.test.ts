import { describe, expect, it } from 'vitest';
import { redactingReplacer, redactString } from '../../../shared/observability/logger.ts';

const serialize = (v: unknown) => JSON.parse(JSON.stringify(v, redactingReplacer));

describe('the redacting logger replacer', () => {
  it('replaces content attributes wherever they sit', () => {
    const out = serialize({
      messageId: '2e1424d4-f796-459a-8184-9c92662be6da',
      item: { text: 'DM me on WhatsApp', author: { handle: 'jane' }, displayName: 'Jane' },
      findings: [
        { id: '3f1c2b9a8e7d6c5b4a39281706f5e4d3', check: 'pii-exposure', evidence: [{ match: 'x' }] },
      ],
    });
    expect(out).toEqual({
      messageId: '2e1424d4-f796-459a-8184-9c92662be6da',
      item: { text: '[redacted]', author: '[redacted]', displayName: '[redacted]' },
      findings: [{ id: '3f1c2b9a8e7d6c5b4a39281706f5e4d3', check: 'pii-exposure', evidence: '[redacted]' }],
    });
  });

  it('masks emails and phone numbers inside other strings and keeps ids, dates and item keys', () => {
    expect(redactString('reply to jo.doe@example.co.uk')).toBe('reply to [email]');
    expect(redactString('call +44 7700 900123 now')).toBe('call [phone] now');
    expect(redactString('or (415) 555-0142')).toBe('or [phone]');
    expect(redactString('07700 900 123')).toBe('[phone]');
    for (const kept of [
      '12345678-1234-1234-1234-123456789012',
      'x#1861234567890123456',
      '2026-12-02T10:00:00.000Z',
      'v1.2.3',
      '3 finding(s), 10 item(s)',
    ]) {
      expect(redactString(kept)).toBe(kept);
    }
  });
});
