import { describe, expect, it } from 'vitest';
import { parseContentItem } from '../../../shared/model/index.ts';
import { contentHash, findingId, findingIds } from '../../../shared/pipeline/finding-id.ts';

const item = parseContentItem({
  platform: 'instagram',
  kind: 'comment',
  id: '17890455012345678',
  url: 'https://www.instagram.com/p/Cx1/c/17890455012345678/',
  author: { id: '5512', handle: 'acme.support_help', displayName: 'Acme Support' },
  text: 'DM us on WhatsApp',
});

describe('contentHash', () => {
  it('is the same for the same content and changes when the text, author name or links change', () => {
    expect(contentHash(item)).toBe(contentHash({ ...item }));
    expect(contentHash({ ...item, text: 'DM us on Telegram' })).not.toBe(contentHash(item));
    expect(contentHash({ ...item, author: { ...item.author, displayName: 'Acme' } })).not.toBe(
      contentHash(item),
    );
    expect(contentHash({ ...item, links: ['https://acme-refunds.help'] })).not.toBe(contentHash(item));
  });

  it('ignores what the checks do not read (permalink, author id)', () => {
    expect(contentHash({ ...item, author: { ...item.author, id: '1' } })).toBe(contentHash(item));
  });
});

describe('findingId', () => {
  const hash = contentHash(item);

  it('is deterministic and distinct per platform, item, version and check', () => {
    const id = findingId(item, hash, 'offplatform-contact');
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(findingId(item, hash, 'offplatform-contact')).toBe(id);
    const variants = [
      findingId({ ...item, platform: 'facebook' }, hash, 'offplatform-contact'),
      findingId({ ...item, id: '17890455012345679' }, hash, 'offplatform-contact'),
      findingId(item, contentHash({ ...item, text: 'edited' }), 'offplatform-contact'),
      findingId(item, hash, 'impersonation'),
    ];
    expect(new Set([id, ...variants]).size).toBe(5);
  });

  it('numbers repeated findings of one check so that they do not collide', () => {
    const ids = findingIds(item, hash, [
      { check: 'pii-exposure' },
      { check: 'spam' },
      { check: 'pii-exposure' },
    ]);
    expect(ids[0]).toBe(findingId(item, hash, 'pii-exposure'));
    expect(ids[2]).toBe(findingId(item, hash, 'pii-exposure', 1));
    expect(new Set(ids).size).toBe(3);
  });
});
