/** Tiny corpora written to a temp dir for the eval tests (made-up texts, corpus formats of ../shared/eval). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Analyze } from '../../../scripts/lib/evaluate.ts';
import type { CheckId, Finding } from '../../../shared/model/index.ts';

export interface FixtureItem {
  readonly text: string;
  readonly expected?: readonly string[];
  readonly spam?: boolean;
}

/** A temp root; `remove()` deletes it. */
export function tempRoot(): { root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'postwatch-eval-'));
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Writes a corpus folder `rel` under `root`: brand.json, items.jsonl and, with `scoredChecks`, corpus.json. */
export function writeCorpus(
  root: string,
  rel: string,
  items: readonly FixtureItem[],
  info?: { scoredChecks?: readonly string[]; group?: string },
): string {
  const dir = join(root, rel);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'brand.json'),
    JSON.stringify({ name: 'Fixture Co', domains: ['fixture.example'] }),
  );
  const lines = items.map((it, i) =>
    JSON.stringify({
      platform: 'x',
      kind: 'comment',
      id: `c${i}`,
      author: { handle: `user${i}` },
      ...it,
    }),
  );
  writeFileSync(join(dir, 'items.jsonl'), `${lines.join('\n')}\n`);
  if (info) writeFileSync(join(dir, 'corpus.json'), JSON.stringify({ corpus: rel, ...info }));
  return dir;
}

/**
 * A stub analyzer: the text's `[check-id]` tags are its findings; `[check-id!]` is one whose
 * action is takedown. Keeps the tests independent of the real checks' rules.
 */
export const tagged: Analyze = (item) =>
  [...item.text.matchAll(/\[([a-z-]+)(!?)\]/g)].map(
    (m): Finding => ({
      check: m[1] as CheckId,
      severity: m[2] ? 'high' : 'low',
      action: m[2] ? 'takedown' : 'review',
      reason: 'tagged',
      evidence: [{ field: 'text', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, match: m[0] }],
    }),
  );
