import { describe, expect, it } from 'vitest';
import {
  parseBrandProfile,
  parseContentItem,
  safeParseContentItem,
  ValidationError,
} from '../../../shared/model/index.ts';

describe('ContentItemSchema', () => {
  it('accepts the contract example and drops unknown fields', () => {
    const item = parseContentItem({
      platform: 'instagram',
      kind: 'comment',
      id: '17890455012345678',
      url: 'https://www.instagram.com/p/Cx1/c/17890455012345678/',
      author: { id: '5512', handle: 'acme.support_help', displayName: 'Acme Support' },
      text: 'Sorry for the trouble!',
      createdAt: '2026-11-20T09:14:02Z',
      parentId: 'Cx1',
      links: ['https://acme-refunds.help/claim'],
      expected: ['spam'],
    });
    expect(item.author.handle).toBe('acme.support_help');
    expect('expected' in item).toBe(false);
  });

  it('names each missing or wrong field', () => {
    const r = safeParseContentItem({ platform: 'myspace', kind: 'comment', id: '', author: {} });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^platform: expected one of x, facebook/),
        expect.stringMatching(/^author\.handle: required string is missing/),
        expect.stringMatching(/^text: required string is missing/),
      ]),
    );
  });

  it('tells a field of the wrong type from a missing one', () => {
    const r = safeParseContentItem({
      platform: 'x',
      kind: 'comment',
      id: '1',
      author: { handle: null },
      text: 42,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual(
      expect.arrayContaining([
        'author.handle: expected string, got null',
        'text: expected string, got number',
      ]),
    );
  });

  it('rejects a createdAt that is not a time', () => {
    const r = safeParseContentItem({
      platform: 'x',
      kind: 'post',
      id: '1',
      author: { handle: 'a' },
      text: '',
      createdAt: 'yesterday',
    });
    expect(r.ok).toBe(false);
  });
});

describe('BrandProfileSchema', () => {
  it('needs only a name and fills the lists', () => {
    const p = parseBrandProfile({ name: 'Acme' });
    expect(p.accounts).toEqual([]);
    expect(p.partners).toEqual([]);
  });

  it('refuses a bad partner status with the field path', () => {
    expect(() =>
      parseBrandProfile({
        name: 'Acme',
        partners: [{}, {}, { platform: 'x', handle: 'h', status: 'gone' }].slice(2),
      }),
    ).toThrow(/partners\[0\]\.status: expected one of approved, pending, suspended/);
    try {
      parseBrandProfile({ name: '', accounts: [{ platform: 'x' }] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^name:/),
          expect.stringMatching(/^accounts\[0\]\.handle:/),
        ]),
      );
    }
  });
});
