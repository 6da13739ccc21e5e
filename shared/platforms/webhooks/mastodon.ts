import { Parser } from 'htmlparser2';
import type { ContentItemInput } from '../../model/index.ts';
import { accept, type JsonObject, obj, str, toIso, uniqueStrings } from './payload.ts';
import type { MastodonWebhookSecrets, WebhookOptions, WebhookRequest, WebhookResult } from './types.ts';
import { isTooLarge, parseJsonBody, refuse, verifyPrefixedHex } from './verify.ts';

/** Events whose `object` is a Status; account.* and report.* carry nothing we analyze. */
const STATUS_EVENTS = new Set(['status.created', 'status.updated']);

/**
 * Strips Mastodon's status HTML to the text as read, keeping the links. Paragraphs become
 * blank lines and `<br>` a newline. Link text is kept whole: Mastodon splits long URLs into
 * `invisible`/`ellipsis` spans, and their concatenation is the full URL. Links to mentions
 * and hashtags are not links a reader is sent to, so only other `<a href>` values are listed.
 */
export function htmlToText(html: string): { text: string; links: string[] } {
  let text = '';
  const links: string[] = [];
  let skipDepth = 0;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'script' || name === 'style') skipDepth += 1;
        if (name === 'br') text += '\n';
        if (name === 'p' && text !== '' && !text.endsWith('\n\n'))
          text += text.endsWith('\n') ? '\n' : '\n\n';
        if (name === 'a' && attribs.href) {
          const classes = (attribs.class ?? '').split(/\s+/);
          const rel = (attribs.rel ?? '').split(/\s+/);
          const isMentionOrTag =
            classes.includes('mention') || classes.includes('hashtag') || rel.includes('tag');
          if (!isMentionOrTag) links.push(attribs.href);
        }
      },
      ontext(data) {
        if (skipDepth === 0) text += data;
      },
      onclosetag(name) {
        if (name === 'script' || name === 'style') skipDepth = Math.max(0, skipDepth - 1);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return { text: text.trim(), links: uniqueStrings(links) };
}

/** Maps a Mastodon Status entity (as in `status.created`); reblogs are skipped. */
export function mapStatus(status: JsonObject): ContentItemInput | undefined {
  if (obj(status.reblog)) return undefined;
  const id = str(status.id);
  const account = obj(status.account);
  const handle = str(account?.acct) ?? str(account?.username);
  if (!id || !account || !handle) return undefined;
  const { text: body, links } = htmlToText(typeof status.content === 'string' ? status.content : '');
  const spoiler = typeof status.spoiler_text === 'string' ? status.spoiler_text.trim() : '';
  const parentId = str(status.in_reply_to_id);
  const all = uniqueStrings([...links, str(obj(status.card)?.url)]);
  return {
    platform: 'mastodon',
    kind: parentId ? 'comment' : 'post',
    id,
    url: str(status.url) ?? str(status.uri),
    author: { id: str(account.id), handle, displayName: str(account.display_name) },
    // The content warning is published text too, and is what readers see first.
    text: spoiler && body ? `${spoiler}\n\n${body}` : spoiler || body,
    createdAt: toIso(status.created_at),
    parentId,
    links: all.length > 0 ? all : undefined,
  };
}

/** Handles `/webhooks/mastodon`: admin webhooks signed with `X-Hub-Signature: sha256=<hex>`. */
export function handle(
  req: WebhookRequest,
  secrets: MastodonWebhookSecrets,
  _now: Date,
  options?: WebhookOptions,
): WebhookResult {
  // Mastodon has no handshake: only POST is served.
  if (req.method !== 'POST') return refuse('method-not-allowed', 'use POST for events');
  if (isTooLarge(req.rawBody, options)) return refuse('too-large', 'body over the size limit');
  if (!verifyPrefixedHex(req.headers['x-hub-signature'], 'sha256', secrets.secret, req.rawBody)) {
    return refuse('bad-signature', 'signature mismatch');
  }
  const body = obj(parseJsonBody(req.rawBody));
  if (!body || typeof body.event !== 'string')
    return refuse('malformed', 'expected {event, created_at, object}');
  if (!STATUS_EVENTS.has(body.event)) return accept([]);
  const status = obj(body.object);
  const mapped = status ? mapStatus(status) : undefined;
  if (mapped) return accept([mapped]);
  // A reblog is skipped on purpose; anything else unmappable is counted.
  return accept([], status && obj(status.reblog) ? 0 : 1);
}
