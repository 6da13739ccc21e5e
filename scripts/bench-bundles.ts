/**
 * `npm run bench` (third part): each Lambda function's bundle as deployed, against a
 * hello-world function that creates the same SDK clients (DynamoDB, SNS, SQS), built with
 * the same esbuild options in the same run (this machine is shared: ratios hold, absolute
 * numbers drift).
 *
 * Every `functions/<name>/handler.ts` present is bundled the way
 * infra/constructs/postwatch-function.ts has NodejsFunction bundle it (ESM, node22, minified,
 * names not kept, source map, the createRequire banner, module before main, nothing external)
 * into an empty directory outside the project, so nothing resolves but what the bundle holds,
 * and the construct's afterBundling commands then copy the data files the bundle names beside
 * it (shared/data/bundle-files.ts: model weights, confusables, phone metadata).
 * Reported per function: the JavaScript size (index.mjs), the data files beside it and their
 * size, the largest inputs, and the cold module init: a fresh Node 22
 * process importing the bundle (module scope builds the SDK clients and, for analyze, the
 * engine), median of --runs runs (default 15), runs of all bundles interleaved (the order
 * reversed every other round). The ratio to hello-world is paired: each round's init over
 * hello-world's in the same round, then the median and quartiles of those ratios, so a slow
 * minute of the shared machine weighs on both sides of a ratio instead of on one median. The process
 * exits right after the import: work a module starts in the background (a first read of the
 * brand profile) is not init. Init includes reading and parsing the data files the module
 * scope reads (models, confusables: the engine build needs them); the phone metadata is
 * read on the first phone number, so it is not in init.
 *
 * Targets (issue #10): JavaScript ≤ hello-world + 400 KB; analyze init ≤ 1.5× hello-world.
 *
 *   npx tsx scripts/bench-bundles.ts [--runs 15 --json]
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { build, type Metafile } from 'esbuild';
import { copyDataFileCommands } from '../infra/constructs/postwatch-function.ts';
import { LAMBDA_OPTIONS } from './lib/lambda-build.ts';

const run = promisify(execFile);
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    json: { type: 'boolean', default: false },
  },
});
const runs = Math.max(5, Number(values.runs));
const projectRoot = resolve(import.meta.dirname, '..');
const NODE = join(projectRoot, 'node_modules/.bin/node');
const KB = 1024;
const SIZE_BUDGET = 400 * KB;
const INIT_BUDGET = 1.5;

const HELLO = `
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
const clients = [new DynamoDBClient({}), new SNSClient({}), new SQSClient({})];
export const handler = async () => ({ statusCode: 200, body: 'hello', clients: clients.length });
`;

/** Settings every function may read at cold start (each reads its own); no function calls AWS at init. */
const ENV: Record<string, string> = {
  PATH: process.env.PATH ?? '',
  AWS_REGION: 'eu-west-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  POWERTOOLS_LOG_LEVEL: 'SILENT',
  POWERTOOLS_METRICS_DISABLED: 'true',
  TABLE_NAME: 'postwatch-findings',
  QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/123456789012/postwatch-items',
  TAKEDOWN_TOPIC_ARN: 'arn:aws:sns:eu-west-1:123456789012:postwatch-takedown',
  CORRECTION_TOPIC_ARN: 'arn:aws:sns:eu-west-1:123456789012:postwatch-correction',
  BRAND_PROFILE: readFileSync(join(projectRoot, 'examples/brand.json'), 'utf8'),
  WATCH_LIST: '[]',
  WEBHOOK_ACCOUNTS: '[]',
  WEBHOOK_SECRETS: '{}',
  SECRET_PREFIX: 'postwatch/',
};

interface Bundle {
  readonly name: string;
  readonly dir: string;
  readonly jsBytes: number;
  readonly mapBytes: number;
  readonly dataFiles: { name: string; bytes: number }[];
  readonly top: { input: string; bytes: number }[];
}

/** Sums a metafile's output bytes by package (or by project folder). */
function largestInputs(meta: Metafile): { input: string; bytes: number }[] {
  const by = new Map<string, number>();
  for (const [out, o] of Object.entries(meta.outputs)) {
    if (!out.endsWith('.mjs')) continue;
    for (const [path, i] of Object.entries(o.inputs)) {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
      const key = pkg ?? path.split('/').slice(0, 2).join('/');
      by.set(key, (by.get(key) ?? 0) + i.bytesInOutput);
    }
  }
  return [...by]
    .map(([input, bytes]) => ({ input, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 6);
}

async function bundle(
  name: string,
  entry: { file: string } | { code: string },
  root: string,
): Promise<Bundle> {
  const dir = join(root, name);
  const result = await build({
    ...LAMBDA_OPTIONS,
    absWorkingDir: projectRoot,
    outfile: join(dir, 'index.mjs'),
    ...('file' in entry
      ? { entryPoints: [entry.file] }
      : { stdin: { contents: entry.code, resolveDir: projectRoot, loader: 'ts', sourcefile: `${name}.ts` } }),
  });
  // What PostwatchFunction's afterBundling hook runs, run the same way.
  for (const command of copyDataFileCommands(projectRoot, dir)) await run('sh', ['-c', command]);
  const files = readdirSync(dir);
  // A data folder (the lexicon) counts as one entry: its files' bytes together.
  const dataFiles = files
    .filter((f) => f !== 'index.mjs' && f !== 'index.mjs.map')
    .map((f) => ({ name: f, bytes: treeBytes(join(dir, f)) }));
  return {
    name,
    dir,
    jsBytes: statSync(join(dir, 'index.mjs')).size,
    mapBytes: existsSync(join(dir, 'index.mjs.map')) ? statSync(join(dir, 'index.mjs.map')).size : 0,
    dataFiles,
    top: result.metafile ? largestInputs(result.metafile) : [],
  };
}

/** Bytes of a file, or of every file under a folder. */
function treeBytes(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.size;
  return readdirSync(path).reduce((sum, f) => sum + treeBytes(join(path, f)), 0);
}

/** One cold init: a fresh Node process imports the bundle; the time of the import alone, in ms. */
async function coldInit(b: Bundle): Promise<number> {
  const script = `
    const t0 = performance.now();
    const m = await import(${JSON.stringify(join(b.dir, 'index.mjs'))});
    const t1 = performance.now();
    if (typeof m.handler !== 'function') throw new Error('no handler export');
    process.stdout.write('INIT ' + (t1 - t0) + '\\n', () => process.exit(0));
  `;
  const { stdout } = await run(NODE, ['--enable-source-maps', '--input-type=module', '-e', script], {
    cwd: b.dir,
    env: ENV,
  });
  const line = stdout.split('\n').find((l) => l.startsWith('INIT '));
  if (!line) throw new Error(`no timing from ${b.name}: ${stdout}`);
  return Number(line.slice(5));
}

/** The q-quantile of `xs` (0.5: the median), interpolated between the two nearest values. */
function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return (s[lo] as number) + ((s[Math.ceil(at)] as number) - (s[lo] as number)) * (at - lo);
}
const median = (xs: readonly number[]) => quantile(xs, 0.5);

const root = mkdtempSync(join(tmpdir(), 'pw-bench-bundles-'));
try {
  const names = readdirSync(join(projectRoot, 'functions'))
    .filter((n) => existsSync(join(projectRoot, 'functions', n, 'handler.ts')))
    .sort();
  const hello = await bundle('hello-world', { code: HELLO }, root);
  const bundles: Bundle[] = [];
  const buildErrors: { name: string; error: string }[] = [];
  for (const n of names) {
    try {
      bundles.push(await bundle(n, { file: join('functions', n, 'handler.ts') }, root));
    } catch (error) {
      buildErrors.push({
        name: n,
        error: error instanceof Error ? error.message.split('\n')[0]! : String(error),
      });
    }
  }

  const times = new Map<string, number[]>();
  /** Per round, each function's init over hello-world's in that round. */
  const ratios = new Map<string, number[]>();
  const initErrors = new Map<string, string>();
  const all = [hello, ...bundles];
  for (let r = 0; r < runs; r++) {
    const round = new Map<string, number>();
    for (const b of r % 2 === 0 ? all : [...all].reverse()) {
      if (initErrors.has(b.name)) continue;
      try {
        const t = await coldInit(b);
        times.set(b.name, [...(times.get(b.name) ?? []), t]);
        round.set(b.name, t);
      } catch (error) {
        const e = error as { stderr?: string; message?: string };
        const detail = (e.stderr ?? e.message ?? String(error))
          .split('\n')
          .find((l) => /Error|error/.test(l));
        initErrors.set(b.name, (detail ?? 'init failed').trim().slice(0, 200));
      }
    }
    const h = round.get(hello.name);
    for (const [name, t] of round)
      if (h !== undefined) ratios.set(name, [...(ratios.get(name) ?? []), t / h]);
  }
  const rows = all.map((b) => {
    const ok = times.has(b.name) && !initErrors.has(b.name);
    const init = ok ? median(times.get(b.name) ?? []) : Number.NaN;
    const paired = ok ? (ratios.get(b.name) ?? []) : [];
    const initRatio = median(paired);
    const quartiles = [quantile(paired, 0.25), quantile(paired, 0.75)] as const;
    const overHello = b.jsBytes - hello.jsBytes;
    return {
      function: b.name,
      jsBytes: b.jsBytes,
      jsOverHelloBytes: overHello,
      sizeTargetMet: b === hello ? null : overHello <= SIZE_BUDGET,
      mapBytes: b.mapBytes,
      dataFiles: b.dataFiles,
      initMs: init,
      initRatio,
      initRatioQuartiles: quartiles,
      // Met only when the upper quartile is under it too: on a loaded machine a median alone
      // has come out under 1.5 while a quarter of the rounds were well over it.
      initTarget:
        b.name !== 'analyze'
          ? null
          : initRatio > INIT_BUDGET
            ? ('not met' as const)
            : quartiles[1] <= INIT_BUDGET
              ? ('met' as const)
              : ('unclear' as const),
      initError: initErrors.get(b.name),
      largestInputs: b.top,
    };
  });
  const result = { runs, node: (await run(NODE, ['--version'])).stdout.trim(), rows, buildErrors };

  if (values.json) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    const kb = (n: number) => `${(n / KB).toFixed(0)} KB`;
    const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : 'n/a');
    console.log(
      `postwatch bundles: ${bundles.length} function(s) vs hello-world (DynamoDB, SNS, SQS clients), same esbuild options, cold init median of ${runs} fresh ${result.node} processes; ÷ hello is the median of the ${runs} rounds' ratios, with their quartiles`,
    );
    console.log('');
    console.log(
      '| function     |     JS | JS − hello | ≤ +400 KB | data files | init ms | init ÷ hello |   p25–p75 |',
    );
    console.log(
      '|--------------|-------:|-----------:|:---------:|-----------:|--------:|-------------:|----------:|',
    );
    for (const r of rows) {
      const data = r.dataFiles.reduce((s, d) => s + d.bytes, 0);
      const sizeOk = r.sizeTargetMet === null ? '' : r.sizeTargetMet ? 'yes' : 'NO';
      const initCell = r.initError ? 'failed' : f2(r.initMs);
      const ratio = r.initError
        ? ''
        : `${f2(r.initRatio)}${r.initTarget === null ? '' : ` (${{ met: 'yes', 'not met': 'NO', unclear: '?' }[r.initTarget]})`}`;
      const spread =
        r.initError || r.function === 'hello-world'
          ? ''
          : `${f2(r.initRatioQuartiles[0])}–${f2(r.initRatioQuartiles[1])}`;
      console.log(
        `| ${r.function.padEnd(12)} | ${kb(r.jsBytes).padStart(6)} | ${(r.function === 'hello-world' ? '' : kb(r.jsOverHelloBytes)).padStart(10)} | ${sizeOk.padStart(9)} | ${(r.dataFiles.length ? `${r.dataFiles.length}: ${kb(data)}` : '—').padStart(10)} | ${initCell.padStart(7)} | ${ratio.padStart(12)} | ${spread.padStart(9)} |`,
      );
    }
    console.log('');
    for (const r of rows) {
      if (r.function === 'hello-world') continue;
      console.log(
        `${r.function}: largest inputs ${r.largestInputs.map((t) => `${t.input} ${kb(t.bytes)}`).join(', ')}`,
      );
      if (r.initError) console.log(`  init failed: ${r.initError}`);
    }
    for (const e of buildErrors) console.log(`${e.name}: build failed: ${e.error}`);
    console.log('');
    console.log(
      'Targets: JS ≤ hello-world + 400 KB per function; analyze init ≤ 1.5× hello-world (yes: median and upper quartile under it; ?: the quartiles straddle it). Init is the import of the bundle in a fresh process (module scope: SDK clients, config, engine build), not Node start-up.',
    );
  }
  const failed = buildErrors.length > 0 || rows.some((r) => r.initError !== undefined);
  if (failed) process.exitCode = 1;
} finally {
  rmSync(root, { recursive: true, force: true });
}
