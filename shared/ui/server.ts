import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as z from 'zod/mini';
import { PlatformSchema, ValidationError } from '../model/index.ts';
import { PrecheckError } from '../pipeline/precheck.ts';
import { type RawQuery, TriageError, type Verb } from '../pipeline/triage.ts';
import { readWebhookRequest } from '../platforms/webhooks/node-http.ts';
import { FindingNotFoundError, StoreConflictError } from '../store/errors.ts';
import type { UiServices } from './services.ts';

/**
 * The triage page's HTTP edge (issue #11): the page itself (three static files) and a small
 * JSON API under `/api/`, as a pure function of the request and the use-cases
 * (`handleUiRequest`), plus a Node adapter (`createUiHandler`) that `postwatch run` and
 * `postwatch ui` mount on their loopback server.
 *
 * What it defends against, since the server sits on a machine whose browser visits other sites:
 * - DNS rebinding: every request must name the loopback address in `Host` (421 otherwise).
 * - Cross-site requests that change state: a POST needs an `Origin` equal to this server's
 *   loopback origin and a JSON content type (a plain HTML form cannot send one), else 403/415.
 * - Hostile texts (comments are written by attackers): the page builds its DOM with
 *   `textContent` only, and a Content-Security-Policy allows scripts, styles and requests
 *   from this origin alone, so nothing external is ever loaded.
 * - Big bodies: capped (`UI_BODY_LIMIT`), 413 beyond.
 * Errors reach the browser as a short safe message; unexpected ones as an opaque 500.
 */

/** Largest request body accepted (a pre-publish draft is at most 20,000 UTF-16 units). */
export const UI_BODY_LIMIT = 128 * 1024;

/** The page's policy: only this origin, no inline script or style, no frames, no forms posting away. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
};

/** A request as the UI sees it; `localPort` is the port the server is bound to. */
export interface UiRequest {
  readonly method: string;
  readonly path: string;
  /** The first value of each parameter. */
  readonly query: Readonly<Record<string, string>>;
  /** Lower-case names. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: Buffer;
  readonly localPort: number;
}

/** What to answer. */
export interface UiResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

const PAGE_DIR = new URL('./page/', import.meta.url);
const STATIC: Readonly<Record<string, { file: string; type: string }>> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
};

let pageFiles: Map<string, string> | undefined;
/** The page's files, read once (beside this module, from source or the repo's bin alike). */
function staticFiles(): Map<string, string> {
  if (!pageFiles) {
    const files = new Map<string, string>();
    for (const { file } of Object.values(STATIC))
      files.set(file, readFileSync(new URL(file, PAGE_DIR), 'utf8'));
    pageFiles = files;
  }
  return pageFiles;
}

function respond(status: number, type: string, body: string, extra: Record<string, string> = {}): UiResponse {
  return { status, headers: { ...SECURITY_HEADERS, 'content-type': type, ...extra }, body };
}

function json(status: number, value: unknown, extra: Record<string, string> = {}): UiResponse {
  return respond(status, 'application/json; charset=utf-8', JSON.stringify(value), extra);
}

/** An error answer: `{ error }` with a message written by us, never an internal one. */
function problem(status: number, message: string, extra: Record<string, string> = {}): UiResponse {
  return json(status, { error: message }, extra);
}

/** `Host` values that name this server on loopback. */
function loopbackHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
}

/** Why a state-changing request is refused, or undefined when it may go on. */
function refuseCrossSite(req: UiRequest): UiResponse | undefined {
  const host = req.headers.host ?? '';
  const origin = req.headers.origin;
  // Browsers always send Origin with a POST from a page; a missing one is not our page.
  if (!origin || origin !== `http://${host}`) return problem(403, 'cross-origin request refused');
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return problem(403, 'cross-site request refused');
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') return problem(415, 'send application/json');
  return undefined;
}

function parseBody<T>(req: UiRequest, schema: z.ZodMiniType<T>): T | UiResponse {
  let value: unknown;
  try {
    value = JSON.parse(req.body.toString('utf8'));
  } catch {
    return problem(400, 'body is not valid JSON');
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first && first.path.length > 0 ? `${first.path.join('.')}: ` : '';
    return problem(400, `${where}${first?.message ?? 'invalid body'}`);
  }
  return parsed.data;
}

const NoteSchema = z.object({
  note: z
    .string()
    .check(z.trim(), z.minLength(1, 'a note is required'), z.maxLength(2000, 'at most 2000 characters')),
  by: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
  allow: z.optional(z.boolean()),
});

const CheckDraftSchema = z.object({
  text: z
    .string()
    .check(z.minLength(1, 'the draft is empty'), z.maxLength(20_000, 'at most 20,000 characters')),
  as: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(256))),
  platform: z.optional(PlatformSchema),
});

/** The queue's query parameters, handed to the triage use-case's own parser. */
const QUERY_KEYS = ['status', 'severity', 'check', 'platform', 'brand', 'since', 'until'] as const;
const LIMIT_DEFAULT = 200;
const LIMIT_MAX = 500;

function parseListing(
  query: Readonly<Record<string, string>>,
): { raw: RawQuery; limit: number } | UiResponse {
  const raw: Record<string, string> = {};
  // An empty value (the page's "any") is no filter.
  for (const key of QUERY_KEYS) if (query[key]) raw[key] = query[key];
  const limit = query.limit ? Number(query.limit) : LIMIT_DEFAULT;
  if (!Number.isInteger(limit) || limit < 1 || limit > LIMIT_MAX) {
    return problem(400, `limit: expected a whole number from 1 to ${LIMIT_MAX}`);
  }
  return { raw, limit };
}

const ID_MAX = 300;

/** Maps an error thrown by a use-case to an answer; unknown errors become an opaque 500. */
function fromError(error: unknown, log: (line: string) => void): UiResponse {
  if (error instanceof FindingNotFoundError) return problem(404, 'no such finding');
  if (error instanceof StoreConflictError) {
    return problem(409, 'the finding changed meanwhile; reload it and try again');
  }
  if (error instanceof ValidationError) return problem(400, error.problems.join('; '));
  if (error instanceof PrecheckError) return problem(400, error.message);
  // `usage`: the request is wrong (no note, allow on a check with nothing to allow); `state`: already so.
  if (error instanceof TriageError) return problem(error.kind === 'usage' ? 400 : 409, error.message);
  // Name only: a message may quote stored text.
  log(`ui: ${error instanceof Error ? error.name : 'non-error'} while answering`);
  return problem(500, 'internal error');
}

const isResponse = (v: unknown): v is UiResponse =>
  typeof v === 'object' && v !== null && 'status' in v && 'headers' in v && 'body' in v;

/**
 * Answers one request of the page or its API. Pure apart from the use-cases it calls.
 * `log` gets one short line for failures, never a text, handle or secret.
 */
export async function handleUiRequest(
  req: UiRequest,
  services: UiServices,
  log: (line: string) => void = () => {},
): Promise<UiResponse> {
  if (!loopbackHosts(req.localPort).has((req.headers.host ?? '').toLowerCase())) {
    return problem(421, 'this server answers only on its loopback address');
  }
  const { method, path } = req;
  const page = STATIC[path];
  if (page) {
    if (method !== 'GET' && method !== 'HEAD') return problem(405, 'method not allowed', { allow: 'GET' });
    return respond(200, page.type, staticFiles().get(page.file) as string);
  }
  if (path === '/favicon.ico') return respond(204, 'text/plain; charset=utf-8', '');
  if (!path.startsWith('/api/')) return problem(404, 'not found');

  const post = method === 'POST';
  if (post) {
    const refused = refuseCrossSite(req);
    if (refused) return refused;
  } else if (method !== 'GET') {
    return problem(405, 'method not allowed', { allow: 'GET, POST' });
  }
  const only = (wanted: 'GET' | 'POST'): UiResponse | undefined =>
    method === wanted ? undefined : problem(405, 'method not allowed', { allow: wanted });

  try {
    if (path === '/api/meta') {
      return only('GET') ?? json(200, await services.meta());
    }
    if (path === '/api/findings') {
      const wrong = only('GET');
      if (wrong) return wrong;
      const listing = parseListing(req.query);
      if (isResponse(listing)) return listing;
      return json(200, await services.triage.list(listing.raw, listing.limit));
    }
    const one = /^\/api\/findings\/([^/]+)(?:\/(ack|resolve|dismiss))?$/.exec(path);
    if (one) {
      let id: string;
      try {
        id = decodeURIComponent(one[1] as string);
      } catch {
        return problem(400, 'bad finding id');
      }
      if (id.length > ID_MAX) return problem(400, 'bad finding id');
      const verb = one[2] as Verb | undefined;
      if (!verb) {
        const wrong = only('GET');
        if (wrong) return wrong;
        const finding = await services.triage.show(id);
        return finding ? json(200, finding) : problem(404, 'no such finding');
      }
      const wrong = only('POST');
      if (wrong) return wrong;
      const body = parseBody(req, NoteSchema);
      if (isResponse(body)) return body;
      if (body.allow && verb !== 'dismiss') return problem(400, 'allow: only with dismiss');
      const outcome = await services.triage.change(id, {
        verb,
        note: body.note,
        by: body.by ?? 'triage page',
        ...(body.allow ? { allow: true } : {}),
      });
      return json(200, outcome);
    }
    if (path === '/api/impersonators') {
      const wrong = only('GET');
      if (wrong) return wrong;
      if (!services.impersonators)
        return problem(501, 'impersonator records are not available in this build');
      return json(200, { impersonators: await services.impersonators.list() });
    }
    if (path === '/api/check') {
      const wrong = only('POST');
      if (wrong) return wrong;
      if (!services.precheck) return problem(501, 'the pre-publish check is not available in this build');
      const body = parseBody(req, CheckDraftSchema);
      if (isResponse(body)) return body;
      return json(200, await services.precheck(body));
    }
    return problem(404, 'not found');
  } catch (error) {
    return fromError(error, log);
  }
}

function write(res: ServerResponse, response: UiResponse, head: boolean, extra: Record<string, string> = {}) {
  res.writeHead(response.status, {
    ...response.headers,
    ...extra,
    'content-length': String(Buffer.byteLength(response.body)),
  });
  res.end(head ? undefined : response.body);
}

/**
 * A Node `(req, res)` handler for the page and its API, for any loopback server (the
 * monitor's, or `postwatch ui`'s own). Never throws; failures are answered and logged by name.
 */
export function createUiHandler(
  services: UiServices,
  log: (line: string) => void = () => {},
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  // Fail at start, not at the first visit, when the page's files are missing.
  staticFiles();
  return async (req, res) => {
    // The webhooks' reader: stops reading as soon as the cap is passed.
    const read = await readWebhookRequest(req, { maxBodyBytes: UI_BODY_LIMIT });
    if (!read) return write(res, problem(413, 'body too large'), false, { connection: 'close' });
    const response = await handleUiRequest(
      {
        method: read.method,
        path: read.path,
        query: read.query,
        headers: read.headers,
        body: read.rawBody,
        localPort: req.socket.localPort ?? 0,
      },
      services,
      log,
    );
    write(res, response, read.method === 'HEAD');
  };
}
