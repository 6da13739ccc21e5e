import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the fake platform sees it. */
export interface FakeRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** A response a fake platform returns: JSON (`json`) or raw text. */
export interface FakeResponse {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly json?: unknown;
  readonly raw?: string;
}

/** Injectable faults. `timeout` never answers; `truncated` cuts the body and the connection mid-way. */
export type Fault = 'rate-limit' | 'server-error' | 'timeout' | 'reset' | 'truncated';

/** What a platform fake implements: its routes, and its own shape of a 429 and a 5xx. */
export interface FakePlatform {
  route(req: FakeRequest): FakeResponse;
  faultResponse(kind: 'rate-limit' | 'server-error', req: FakeRequest): FakeResponse;
}

/**
 * A fake API on 127.0.0.1 (port 0) around a platform's routes, with fault injection: queued
 * faults (`faults`, one per request) and random faults (`randomFaults`). `onRequest` lets a
 * test add items while a poll is running. `fetch` answers in-process with the same logic,
 * for the long randomized runs where socket round-trips would dominate.
 */
export class FakeApi {
  readonly requests: FakeRequest[] = [];
  /** Queued faults, one per request; `null` lets that request through. */
  faults: Array<Fault | null> = [];
  randomFaults: { rate: number; kinds: readonly Fault[]; rng: () => number } | undefined;
  onRequest: ((req: FakeRequest) => void) | undefined;
  /** Faults actually served (for assertions). */
  readonly served: Fault[] = [];
  private server: Server | undefined;

  constructor(readonly platform: FakePlatform) {}

  private pickFault(): Fault | undefined {
    const queued = this.faults.shift();
    if (queued) return queued;
    const r = this.randomFaults;
    if (r && r.rng() < r.rate) return r.kinds[Math.floor(r.rng() * r.kinds.length)];
    return undefined;
  }

  /** Routes one request; returns the response or the fault to act out. */
  handle(req: FakeRequest): { response: FakeResponse; fault?: Fault } {
    this.requests.push(req);
    this.onRequest?.(req);
    const fault = this.pickFault();
    if (fault) this.served.push(fault);
    if (fault === 'rate-limit' || fault === 'server-error') {
      return { response: this.platform.faultResponse(fault, req), fault };
    }
    return { response: this.platform.route(req), ...(fault ? { fault } : {}) };
  }

  /** Starts listening on loopback; returns the base URL. */
  async listen(): Promise<string> {
    this.server = createServer((req, res) => void this.serve(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** Stops the server and drops open (hanging) connections. */
  async close(): Promise<void> {
    const s = this.server;
    if (!s) return;
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
    const { response, fault } = this.handle({
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers,
      body: Buffer.concat(chunks).toString('utf8'),
    });
    if (fault === 'timeout') return; // never answer; the client's timeout must fire
    if (fault === 'reset') {
      req.socket.destroy();
      return;
    }
    const body = response.raw ?? JSON.stringify(response.json ?? null);
    const bytes = Buffer.from(body, 'utf8');
    res.writeHead(response.status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(bytes.length),
      ...response.headers,
    });
    if (fault === 'truncated') {
      res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
      res.socket?.destroy();
      return;
    }
    res.end(bytes);
  }

  /** In-process fetch with the same routes and faults (no socket). */
  readonly fetch: typeof fetch = async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((v, k) => {
      headers[k] = v;
    });
    const { response, fault } = this.handle({
      method: init?.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers,
      body: typeof init?.body === 'string' ? init.body : init?.body ? String(init.body) : '',
    });
    if (fault === 'timeout')
      throw new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    if (fault === 'reset') throw new TypeError('fetch failed');
    let body = response.raw ?? JSON.stringify(response.json ?? null);
    if (fault === 'truncated') body = body.slice(0, Math.floor(body.length / 2));
    return new Response(body, {
      status: response.status,
      headers: { 'content-type': 'application/json', ...response.headers },
    });
  };
}

/** A controllable clock for fakes and pollers. */
export class FakeClock {
  constructor(public ms: number) {}
  readonly now = (): number => this.ms;
  advance(ms: number): void {
    this.ms += ms;
  }
}
