import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseQuery } from './api-gateway.ts';
import type { WebhookOptions, WebhookRequest, WebhookResponse } from './types.ts';
import { maxBodyBytes } from './verify.ts';

/**
 * Reads a Node HTTP request into a WebhookRequest, keeping the body bytes as received.
 * Reading stops as soon as the cap is passed (undefined is returned, to be answered 413),
 * so an oversize body is never held in memory whole; the caller then answers 413 with
 * `connection: close` so the rest of the upload is not read.
 */
export async function readWebhookRequest(
  req: IncomingMessage,
  options?: WebhookOptions,
): Promise<WebhookRequest | undefined> {
  const cap = maxBodyBytes(options);
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > cap) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buffer.length;
    if (size > cap) return undefined;
    chunks.push(buffer);
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    path: url.pathname,
    query: parseQuery(url.search.slice(1)),
    headers,
    rawBody: Buffer.concat(chunks),
  };
}

/** Writes a WebhookResponse to a Node HTTP response. */
export function writeWebhookResponse(res: ServerResponse, response: WebhookResponse): void {
  res.writeHead(response.status, { ...response.headers, 'content-length': Buffer.byteLength(response.body) });
  res.end(response.body);
}
