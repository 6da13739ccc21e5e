import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { WebhookRequest, WebhookResult } from './types.ts';
import { toResponse } from './verify.ts';

/** The fields of an HTTP API v2 / Function URL event that the webhooks need. */
export type ProxyEventV2 = Pick<
  APIGatewayProxyEventV2,
  'rawPath' | 'rawQueryString' | 'headers' | 'body' | 'isBase64Encoded'
> & { requestContext: { http: { method: string } } };

/** Decoded query parameters; the first value of a repeated name wins. */
export function parseQuery(rawQueryString: string): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(rawQueryString)) {
    if (!(key in query)) query[key] = value;
  }
  return query;
}

/**
 * Converts an API Gateway HTTP API (payload v2) or Lambda Function URL event into a
 * WebhookRequest. The body bytes are kept exactly: base64 is decoded when the event says
 * so, and a text body is encoded back to the UTF-8 it arrived as, never re-serialized.
 */
export function fromProxyEventV2(event: ProxyEventV2): WebhookRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(event.headers ?? {})) {
    if (value !== undefined) headers[name.toLowerCase()] = value;
  }
  const body = event.body ?? '';
  return {
    method: event.requestContext.http.method.toUpperCase(),
    path: event.rawPath,
    query: parseQuery(event.rawQueryString ?? ''),
    headers,
    rawBody: event.isBase64Encoded ? Buffer.from(body, 'base64') : Buffer.from(body, 'utf8'),
  };
}

/** The proxy response for a webhook result. */
export function toProxyResultV2(result: WebhookResult): APIGatewayProxyStructuredResultV2 {
  const response = toResponse(result);
  return {
    statusCode: response.status,
    headers: { ...response.headers },
    body: response.body,
    isBase64Encoded: false,
  };
}
