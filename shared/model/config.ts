import * as z from 'zod/mini';
import { BrandProfileSchema } from './brand.ts';
import { declared } from './declared.ts';
import { ValidationError } from './errors.ts';
import { parseOrThrow } from './parse.ts';
import './zod-locale.ts';

/** Platforms that postwatch can poll (LinkedIn and `other` have no poller). */
export const POLLABLE_PLATFORMS = [
  'x',
  'facebook',
  'instagram',
  'youtube',
  'mastodon',
  'bluesky',
  'reddit',
  'tiktok',
] as const;
export const PollablePlatformSchema = /* @__PURE__ */ declared(() => z.enum(POLLABLE_PLATFORMS));
export type PollablePlatform = z.infer<typeof PollablePlatformSchema>;

const DURATION = /^(\d+)(ms|s|m|h|d)$/;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Converts a duration such as `90s`, `2m`, `1h` to milliseconds; throws on anything else. */
export function durationToMs(value: string): number {
  const m = DURATION.exec(value.trim());
  if (!m) throw new ValidationError('duration', [`${value}: expected a number and a unit (ms, s, m, h, d)`]);
  return Number(m[1]) * (UNIT_MS[m[2] as string] as number);
}

const durationString = /* @__PURE__ */ declared(() =>
  z.string().check(z.refine((s) => DURATION.test(s.trim()), 'expected a duration such as 30s, 2m or 1h')),
);

/** A credential value: `env:NAME` (read from the environment / a secret), never the secret itself. */
const credentialRef = /* @__PURE__ */ declared(() => z.string().check(z.minLength(1)));
/** A non-empty string. */
const nonEmpty = () => z.string().check(z.minLength(1));

/**
 * One watched account (CONTRACTS.md §5, `watch[]`).
 *
 * @example
 * { "platform": "x", "handle": "acmebank", "accountId": "2244994945", "role": "brand",
 *   "credentials": { "bearerToken": "env:X_BEARER_TOKEN" }, "every": "2m", "commentsDays": 7 }
 */
export const WatchedAccountSchema = /* @__PURE__ */ declared(() =>
  z.object({
    platform: PollablePlatformSchema,
    handle: z.pipe(
      z.string().check(z.trim(), z.minLength(1, 'expected a non-empty handle')),
      z.transform((h: string) => h.replace(/^@/, '')),
    ),
    accountId: z.optional(z.pipe(z.union([nonEmpty(), z.number()]), z.transform(String))),
    role: z._default(z.enum(['brand', 'partner']), 'brand'),
    credentials: z._default(z.record(z.string(), credentialRef), {}),
    every: z._default(durationString, '5m'),
    commentsDays: z._default(z.number().check(z.int(), z.minimum(0), z.maximum(90)), 7),
    apiBase: z.optional(z.url()),
  }),
);
export type WatchedAccount = z.infer<typeof WatchedAccountSchema>;
export type WatchedAccountInput = z.input<typeof WatchedAccountSchema>;

const secretMap = /* @__PURE__ */ declared(() => z.record(z.string(), credentialRef));

/** Webhook secrets per platform; keys are what each verifier needs (`appSecret`, `consumerSecret`...). */
export const WebhooksConfigSchema = /* @__PURE__ */ declared(() =>
  z._default(
    z.object({
      meta: z.optional(z.object({ appSecret: credentialRef, verifyToken: credentialRef })),
      x: z.optional(z.object({ consumerSecret: credentialRef })),
      youtube: z.optional(secretMap),
      mastodon: z.optional(secretMap),
      tiktok: z.optional(secretMap),
    }),
    {},
  ),
);

/** Where alerts go (CONTRACTS.md §5 `alerts[]`). */
export const AlertSinkSchema = /* @__PURE__ */ declared(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('console') }),
    z.object({ type: z.literal('jsonl'), path: nonEmpty() }),
    z.object({ type: z.literal('webhook'), url: nonEmpty() }),
    z.object({
      type: z.literal('sns'),
      topics: z.partialRecord(z.enum(['takedown', 'correction', 'review']), nonEmpty()),
    }),
  ]),
);
export type AlertSink = z.infer<typeof AlertSinkSchema>;

/** Where findings, seen versions and cursors are kept (CONTRACTS.md §5 `store`). */
export const StoreConfigSchema = /* @__PURE__ */ declared(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('local'), path: nonEmpty() }),
    z.object({
      type: z.literal('dynamodb'),
      table: nonEmpty(),
      region: z.optional(nonEmpty()),
      endpoint: z.optional(nonEmpty()),
    }),
  ]),
);
export type StoreConfig = z.infer<typeof StoreConfigSchema>;

/** The whole monitor configuration, `postwatch.config.json` (CONTRACTS.md §5). */
export const MonitorConfigSchema = /* @__PURE__ */ declared(() =>
  z.object({
    brand: z.union([nonEmpty(), BrandProfileSchema]),
    watch: z._default(z.array(WatchedAccountSchema), []),
    webhooks: WebhooksConfigSchema,
    alerts: z._default(z.array(AlertSinkSchema), [{ type: 'console' }]),
    store: z._default(StoreConfigSchema, { type: 'local', path: '.postwatch/data' }),
  }),
);
export type MonitorConfig = z.infer<typeof MonitorConfigSchema>;

/** Validates a monitor configuration; the error names each bad field by its path (`watch[1].platform`). */
export function parseMonitorConfig(value: unknown): MonitorConfig {
  return parseOrThrow(MonitorConfigSchema, value, 'config');
}

/** Validates one watched account. */
export function parseWatchedAccount(value: unknown): WatchedAccount {
  return parseOrThrow(WatchedAccountSchema, value, 'watched account');
}

const ENV_REF = /^env:([A-Za-z_][A-Za-z0-9_]*)$/;

/** The variable name in an `env:NAME` reference, or undefined for a literal value. */
export function envRefName(value: string): string | undefined {
  return ENV_REF.exec(value)?.[1];
}

/**
 * Resolves one credential value: `env:NAME` is read from `env`; other strings are returned as
 * they are (useful for non-secret values such as a User-Agent). Throws naming the variable.
 */
export function resolveEnvRef(value: string, env: Readonly<Record<string, string | undefined>>): string {
  const name = envRefName(value);
  if (name === undefined) return value;
  const resolved = env[name];
  if (resolved === undefined || resolved === '') {
    throw new ValidationError('config', [`environment variable ${name} is not set`]);
  }
  return resolved;
}

/** Resolves every `env:NAME` string inside a value (deeply), reporting all missing variables with their paths. */
export function resolveEnvRefs<T>(value: T, env: Readonly<Record<string, string | undefined>>): T {
  const problems: string[] = [];
  const walk = (v: unknown, path: string): unknown => {
    if (typeof v === 'string') {
      const name = envRefName(v);
      if (name === undefined) return v;
      const resolved = env[name];
      if (resolved === undefined || resolved === '') {
        problems.push(`${path || '(root)'}: environment variable ${name} is not set`);
        return v;
      }
      return resolved;
    }
    if (Array.isArray(v)) return v.map((x, i) => walk(x, `${path}[${i}]`));
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => [k, walk(x, path === '' ? k : `${path}.${k}`)]),
      );
    }
    return v;
  };
  const out = walk(value, '') as T;
  if (problems.length > 0) throw new ValidationError('config', problems);
  return out;
}
