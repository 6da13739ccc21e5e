import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleSnippet } from '../../support/snippet-bundle.ts';

const tmp = mkdtempSync(join(tmpdir(), 'pw-declared-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The bundle of `code` (the model imported through its index, as the functions import it). */
async function bundled(name: string, code: string): Promise<string> {
  await bundleSnippet(code, join(tmp, `${name}.mjs`));
  return readFileSync(join(tmp, `${name}.mjs`), 'utf8');
}

describe('schemas declared pure (shared/model/declared.ts)', () => {
  it('a bundle that never reads a config or validates a finding does not build those schemas', async () => {
    const analyzeLike = await bundled(
      'items',
      `export { safeParseContentItem, parseBrandProfile, CHECK_IDS } from './shared/model/index.ts';`,
    );
    expect(analyzeLike).toContain('expected an ISO-8601 time');
    // The config's duration check and the finding's schema are gone with what builds them.
    expect(analyzeLike).not.toContain('expected a duration such as');
    expect(analyzeLike).not.toContain("'author.displayName'");
    expect(analyzeLike).not.toContain('"author.displayName"');
  });

  it('a bundle that uses them still builds them, and they still validate', async () => {
    const code = await bundled(
      'config',
      `export { parseMonitorConfig } from './shared/model/index.ts';
       export { FindingSchema } from './shared/model/finding.ts';`,
    );
    expect(code).toContain('expected a duration such as');
    expect(code).toContain('author.displayName');
    const m = (await import(join(tmp, 'config.mjs'))) as {
      parseMonitorConfig: (v: unknown) => unknown;
      FindingSchema: { safeParse: (v: unknown) => { success: boolean } };
    };
    expect(() =>
      m.parseMonitorConfig({ brand: 'Acme', watch: [{ platform: 'x', handle: 'acme', every: 'soon' }] }),
    ).toThrow(/expected a duration such as 30s/);
    expect(
      m.FindingSchema.safeParse({
        check: 'spam',
        severity: 'low',
        action: 'review',
        reason: 'r',
        evidence: [],
      }).success,
    ).toBe(true);
    expect(m.FindingSchema.safeParse({ check: 'nope' }).success).toBe(false);
  });
});
