/**
 * `npx tsx scripts/bench-against.ts <commit>`: this tree's engine against another commit's,
 * in one process. On a shared machine two bench runs minutes apart can differ by a third;
 * measured side by side, passes alternated, both see the same machine.
 *
 * Each tree's engine is built as a Lambda bundle is (esbuild, minified, its data packs beside
 * it) into a temporary directory, the other commit checked out in a temporary worktree. Both
 * engines then run the bench corpus (scripts/lib/bench-items.ts), every check and model on,
 * in alternated passes; the figure is the median over pairs of this tree's time ÷ the other's.
 *
 *   npx tsx scripts/bench-against.ts 7479818 [--items 30000 --pairs 12]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { BuildOptions } from 'esbuild';
import type { createEngine as CreateEngine } from '../shared/checks/engine.ts';
import { benchItems } from './lib/bench-items.ts';
import { buildEngine } from './lib/lambda-build.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { items: { type: 'string', default: '30000' }, pairs: { type: 'string', default: '12' } },
});
const commit = positionals[0];
if (!commit) {
  console.error('usage: npx tsx scripts/bench-against.ts <commit> [--items N --pairs N]');
  process.exit(2);
}
const here = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'pw-against-'));

type Engine = ReturnType<typeof CreateEngine>;

const other = join(work, 'tree');
let added = false;
try {
  execFileSync('git', ['-C', here, 'worktree', 'add', '--detach', '--quiet', other, commit]);
  added = true;
  symlinkSync(join(here, 'node_modules'), join(other, 'node_modules'));
  // Each tree bundled with its own Lambda options (an alias may name a file only one tree has).
  const theirs = (await import(pathToFileURL(join(other, 'scripts/lib/lambda-build.ts')).href)) as {
    LAMBDA_OPTIONS?: BuildOptions;
  };
  const oldEngine = (await buildEngine(other, join(work, 'old'), theirs.LAMBDA_OPTIONS)).createEngine;
  const newEngine = (await buildEngine(here, join(work, 'new'))).createEngine;

  const { items, groups } = benchItems(Number(values.items));
  const now = new Date('2026-11-29T00:00:00Z');
  const engines = (create: typeof CreateEngine) =>
    groups.map((g) => ({ engine: create(g.brand) as Engine, items: g.items }));
  const sets = { old: engines(oldEngine), new: engines(newEngine) };
  let sink = 0;
  /** CPU µs per item of one pass (this process's CPU time: the machine's other work is not in it). */
  const pass = (set: typeof sets.old): number => {
    const t = process.cpuUsage();
    for (const { engine, items: its } of set)
      for (const item of its) sink += engine.analyze(item, now).length;
    const u = process.cpuUsage(t);
    return (u.user + u.system) / items.length;
  };
  // Warm both: patterns compiled, models' tables built, code optimized.
  for (let i = 0; i < 2; i++) {
    pass(sets.old);
    pass(sets.new);
  }
  const ratios: number[] = [];
  const times = { old: [] as number[], new: [] as number[] };
  for (let r = 0; r < Number(values.pairs); r++) {
    // Alternate which goes first, so neither always runs on the other's warm caches.
    const order = r % 2 === 0 ? (['old', 'new'] as const) : (['new', 'old'] as const);
    const t: Record<string, number> = {};
    for (const k of order) t[k] = pass(sets[k]);
    times.old.push(t.old!);
    times.new.push(t.new!);
    ratios.push(t.new! / t.old!);
  }
  const median = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1]!;
  const f = (a: number[]) => a.map((x) => x.toFixed(1)).join(' ');
  console.log(
    `this tree against ${commit}: ${items.length} items, every check and model, ${ratios.length} pairs`,
  );
  console.log(`  ${commit} µs/item: ${f(times.old)}`);
  console.log(`  this tree µs/item: ${f(times.new)}`);
  console.log(
    `  this tree's time ÷ ${commit}'s: median ${median(ratios).toFixed(3)} (range ${Math.min(...ratios).toFixed(2)}-${Math.max(...ratios).toFixed(2)}); faster in ${ratios.filter((x) => x < 1).length} of ${ratios.length} pairs`,
  );
  if (sink < 0) console.log(sink);
} finally {
  // Only a worktree this run added: a failed `add` keeps its own error.
  if (added) execFileSync('git', ['-C', here, 'worktree', 'remove', '--force', other], { stdio: 'ignore' });
  rmSync(work, { recursive: true, force: true });
}
