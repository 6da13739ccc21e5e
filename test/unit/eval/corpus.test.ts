import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { corpusGroup, findCorpusDirs, loadCorpus, WRITTEN_GROUP } from '../../../scripts/lib/corpus.ts';
import { CHECK_IDS } from '../../../shared/model/index.ts';
import { tempRoot, writeCorpus } from './fixtures.ts';

let root: string;
let remove: () => void;
beforeEach(() => {
  ({ root, remove } = tempRoot());
});
afterEach(() => remove());

const one = [{ text: 'hello there', expected: [] }];

describe('corpus discovery', () => {
  it('finds corpora at any depth and skips folders that are not corpora', () => {
    writeCorpus(root, 'acme', one);
    writeCorpus(root, 'external/real/twcs-acme', one, { scoredChecks: [...CHECK_IDS] });
    writeCorpus(root, 'external/videos/song-one', [{ text: 'nice song', spam: false }]);
    mkdirSync(join(root, 'external/real/half'), { recursive: true });
    writeFileSync(join(root, 'external/real/half/brand.json'), '{"name":"Half"}');
    const names = findCorpusDirs(root).map((d) => loadCorpus(root, d).name);
    expect(names).toEqual(['acme', 'external/real/twcs-acme', 'external/videos/song-one']);
  });

  it('returns no corpus for a root that does not exist', () => {
    expect(findCorpusDirs(join(root, 'no-such-folder'))).toEqual([]);
  });

  it('names a corpus given as the root itself by its folder', () => {
    const dir = writeCorpus(root, 'solo', one);
    expect(loadCorpus(dir, dir).name).toBe('solo');
  });
});

describe('corpus.json', () => {
  it('reads scoredChecks; none listed, or all 14, means every check', () => {
    const some = writeCorpus(root, 'a', one, { scoredChecks: ['spam', 'offplatform-contact'] });
    const all = writeCorpus(root, 'b', one, { scoredChecks: [...CHECK_IDS] });
    const none = writeCorpus(root, 'c', one);
    expect([...(loadCorpus(root, some).scoredChecks ?? [])].sort()).toEqual(['offplatform-contact', 'spam']);
    expect(loadCorpus(root, all).scoredChecks).toBeUndefined();
    expect(loadCorpus(root, none).scoredChecks).toBeUndefined();
  });

  it('reports an unknown check in scoredChecks', () => {
    const dir = writeCorpus(root, 'a', one, { scoredChecks: ['spam', 'no-such-check'] });
    const c = loadCorpus(root, dir);
    expect(c.invalidLines).toEqual(['corpus.json: unknown check "no-such-check" in scoredChecks']);
    expect([...(c.scoredChecks ?? [])]).toEqual(['spam']);
  });
});

describe('corpus groups', () => {
  it('groups families by prefix, per-item corpora by parent, written corpora together', () => {
    const described = { kind: 'labeled', described: true } as const;
    expect(corpusGroup('external/real/twcs-acme', described)).toBe('support threads');
    expect(corpusGroup('external/real/phishtank-acme', described)).toBe('PhishTank');
    expect(corpusGroup('external/real/sms-things', described)).toBe('sms-things');
    expect(corpusGroup('external/videos/song-one', { kind: 'item-level', described: false })).toBe('videos');
    expect(corpusGroup('acme', { kind: 'labeled', described: false })).toBe(WRITTEN_GROUP);
    expect(corpusGroup('heldout9/acme', { kind: 'labeled', described: false })).toBe('written: heldout9');
    expect(corpusGroup('external/real/twcs-acme', { ...described, group: 'mine' })).toBe('mine');
  });

  it('marks corpora under external/ or with a corpus.json as external', () => {
    const written = loadCorpus(root, writeCorpus(root, 'acme', one));
    const described = loadCorpus(
      root,
      writeCorpus(root, 'elsewhere/sms-things', one, { scoredChecks: ['spam'] }),
    );
    const perItem = loadCorpus(root, writeCorpus(root, 'external/videos/v1', [{ text: 'x', spam: true }]));
    expect([written.source, written.group]).toEqual(['written', WRITTEN_GROUP]);
    expect([described.source, described.group]).toEqual(['external', 'sms-things']);
    expect([perItem.source, perItem.group, perItem.kind]).toEqual(['external', 'videos', 'item-level']);
  });
});
