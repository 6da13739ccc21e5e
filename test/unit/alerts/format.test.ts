import { describe, expect, it } from 'vitest';
import { formatAlert } from '../../../shared/alerts/format.ts';
import type { StoredFinding } from '../../../shared/store/types.ts';

const finding: StoredFinding = {
  id: '3f1c2b9a8e7d6c5b4a39281706f5e4d3',
  check: 'pii-exposure',
  severity: 'high',
  action: 'takedown',
  reason: "Shows a phone number: '+44 7700 900123'.",
  evidence: [{ field: 'text', start: 41, end: 56, match: '+44 7700 900123' }],
  brand: 'Açme Bänk',
  platform: 'instagram',
  itemId: '17890455012345678',
  itemKind: 'comment',
  itemUrl: 'https://www.instagram.com/p/Cx1/c/17890455012345678/',
  contentHash: 'abc',
  authorId: '5512',
  authorHandle: 'acme.support_help',
  createdAt: '2026-11-20T09:20:00.000Z',
  status: 'open',
  history: [{ status: 'open', at: '2026-11-20T09:20:00.000Z', by: 'postwatch' }],
  alertState: 'pending',
};

describe('formatAlert', () => {
  it('writes a one-line ASCII subject with severity, action, check, platform and brand', () => {
    const { subject } = formatAlert(finding);
    expect(subject).toBe('[HIGH] Take down: pii-exposure on instagram - Acme Bank');
  });

  it('keeps the subject within the 100 characters SNS accepts', () => {
    const { subject } = formatAlert({ ...finding, brand: 'B'.repeat(300) });
    expect(subject.length).toBe(100);
    expect(subject.endsWith('...')).toBe(true);
  });

  it('tells a person what, where and why, with the personal data masked', () => {
    const { body } = formatAlert(finding);
    expect(body).toContain('Why: Shows a phone number');
    expect(body).toContain('Link: https://www.instagram.com/p/Cx1/c/17890455012345678/');
    expect(body).toContain('text 41-56: "+•• •••• ••••23"');
    expect(body).toContain(finding.id);
    expect(body).not.toContain('7700 900123');
  });

  it('gives machines the same facts as JSON, masked too', () => {
    const { document } = formatAlert(finding);
    expect(document).toMatchObject({
      findingId: finding.id,
      check: 'pii-exposure',
      action: 'takedown',
      platform: 'instagram',
      itemId: '17890455012345678',
      evidence: [{ field: 'text', start: 41, end: 56, match: '+•• •••• ••••23' }],
    });
    expect(JSON.stringify(document)).not.toContain('900123');
  });

  it('caps the evidence it lists so a message stays small', () => {
    const evidence = Array.from({ length: 25 }, (_, i) => ({
      field: 'text' as const,
      start: i,
      end: i + 1,
      match: 'x',
    }));
    const { document, body } = formatAlert({ ...finding, evidence });
    expect(document.evidence).toHaveLength(10);
    expect(body).toContain('and 15 more');
  });

  it('writes the same message for a finding read back with its keys in another order', () => {
    // DynamoDB returns a map's attributes in any order: a re-published alert must still be the same bytes.
    const linked: StoredFinding = {
      ...finding,
      evidence: [
        { field: 'links', start: 0, end: 22, match: 'https://acme.help/x', index: 1, note: 'lookalike' },
      ],
    };
    const readBack = JSON.parse(JSON.stringify(linked), (_k, v) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
    ) as StoredFinding;
    expect(Object.keys(readBack.evidence[0] ?? {})).not.toEqual(Object.keys(linked.evidence[0] ?? {}));

    const a = formatAlert(linked);
    const b = formatAlert(readBack);
    expect(JSON.stringify(b.document)).toBe(JSON.stringify(a.document));
    expect(b.body).toBe(a.body);
    expect(a.document.evidence[0]).toMatchObject({ index: 1, note: 'lookalike' });
  });
});
