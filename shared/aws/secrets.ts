import { GetSecretValueCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { envRefName, PostwatchError } from '../model/index.ts';

/** A secret could not be read; the message names the secret, never its value. */
export class SecretUnavailableError extends PostwatchError {
  override name = 'SecretUnavailableError';
}

/** What the cache needs of a Secrets Manager client (the real one, or a test double). */
export type SecretsClient = Pick<SecretsManagerClient, 'send'>;

/** Options of the secrets cache. */
export interface SecretsCacheOptions {
  readonly client: SecretsClient;
  /**
   * Prefix of every secret name: the config's `env:NAME` reads the secret `<prefix>NAME`
   * (default `postwatch/`, so the functions' grants cover `postwatch/*` names only).
   */
  readonly prefix?: string;
  /** How long a value is reused (default 15 minutes: a rotated token is picked up without a redeploy). */
  readonly ttlMs?: number;
  /** Epoch ms. Default Date.now. */
  readonly now?: () => number;
}

/** The default prefix of postwatch's secrets. */
export const SECRET_PREFIX = 'postwatch/';

/** The Secrets Manager name an `env:NAME` reference reads on AWS. */
export function secretNameFor(envName: string, prefix = SECRET_PREFIX): string {
  return `${prefix}${envName}`;
}

/**
 * Secret values read once per container and reused: a Lambda container serves many
 * invocations, and a GetSecretValue per invocation would cost money and latency. A failed
 * read is not cached (the next invocation tries again). Concurrent readers of one name
 * share one request.
 */
export class SecretsCache {
  private readonly client: SecretsClient;
  private readonly prefix: string;
  private readonly ttlMs: number;
  private readonly now: () => number;
  private readonly entries = new Map<string, { at: number; value: Promise<string> }>();

  constructor(options: SecretsCacheOptions) {
    this.client = options.client;
    this.prefix = options.prefix ?? SECRET_PREFIX;
    this.ttlMs = options.ttlMs ?? 15 * 60_000;
    this.now = options.now ?? Date.now;
  }

  /** The value of the secret for `env:NAME`'s NAME. */
  get(envName: string): Promise<string> {
    const at = this.now();
    const cached = this.entries.get(envName);
    if (cached && at - cached.at < this.ttlMs) return cached.value;
    const value = this.fetch(envName);
    this.entries.set(envName, { at, value });
    value.catch(() => {
      if (this.entries.get(envName)?.value === value) this.entries.delete(envName);
    });
    return value;
  }

  /** Forgets a value (e.g. after the platform rejected it), so the next read fetches it again. */
  invalidate(envName: string): void {
    this.entries.delete(envName);
  }

  /**
   * An environment-like record holding every `env:NAME` referenced in `refs` (strings,
   * deeply), read from Secrets Manager: what the pollers and webhook config resolve against.
   */
  async resolveEnv(refs: unknown): Promise<Record<string, string>> {
    const names = [...new Set(collectEnvRefs(refs))];
    const values = await Promise.all(names.map((n) => this.get(n)));
    return Object.fromEntries(names.map((n, i) => [n, values[i] as string]));
  }

  private async fetch(envName: string): Promise<string> {
    const secretId = secretNameFor(envName, this.prefix);
    let out: { SecretString?: string | undefined };
    try {
      out = await this.client.send(new GetSecretValueCommand({ SecretId: secretId }));
    } catch (error) {
      const kind = error instanceof Error ? error.name : 'error';
      throw new SecretUnavailableError(`secret ${secretId} could not be read (${kind})`, { cause: error });
    }
    if (typeof out.SecretString !== 'string' || out.SecretString === '') {
      throw new SecretUnavailableError(
        `secret ${secretId} has no string value: put one with put-secret-value`,
      );
    }
    return out.SecretString;
  }
}

/** Every variable name in the `env:NAME` strings inside a value. */
export function collectEnvRefs(value: unknown): string[] {
  if (typeof value === 'string') {
    const name = envRefName(value);
    return name === undefined ? [] : [name];
  }
  if (Array.isArray(value)) return value.flatMap(collectEnvRefs);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(collectEnvRefs);
  return [];
}
