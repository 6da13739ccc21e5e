import { Parser } from 'htmlparser2';
import type { ContentItem } from '../../model/index.ts';
import { isoTime, str } from '../common.ts';

/** Mastodon status (REST entity) fields that postwatch reads. */
export interface MastodonStatus {
  id: string;
  uri?: string;
  url?: string | null;
  created_at?: string;
  edited_at?: string | null;
  in_reply_to_id?: string | null;
  content?: string;
  spoiler_text?: string;
  reblog?: unknown;
  account?: { id?: string; acct?: string; username?: string; display_name?: string };
  card?: { url?: string } | null;
}

/**
 * Turns status HTML into plain text with line breaks, and collects link targets that are not
 * mentions or hashtags. Hidden URL parts (`<span class="invisible">`) are kept: they are part
 * of the address a reader would open.
 */
export function htmlToText(html: string): { text: string; links: string[] } {
  let text = '';
  const links: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'br') text += '\n';
        else if (name === 'p' && text !== '' && !text.endsWith('\n\n'))
          text += text.endsWith('\n') ? '\n' : '\n\n';
        else if (name === 'a') {
          const cls = ` ${attribs.class ?? ''} `;
          const rel = ` ${attribs.rel ?? ''} `;
          const href = attribs.href;
          if (href && !cls.includes(' mention ') && !cls.includes(' hashtag ') && !rel.includes(' tag ')) {
            if (!links.includes(href)) links.push(href);
          }
        }
      },
      ontext(data) {
        text += data;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return { text: text.trim(), links };
}

/** Maps a status to a content item; reblogs are skipped (undefined): the original is someone else's post. */
export function mapMastodonStatus(status: MastodonStatus): ContentItem | undefined {
  if (status.reblog) return undefined;
  const { text, links } = htmlToText(status.content ?? '');
  const spoiler = status.spoiler_text?.trim();
  const card = str(status.card?.url);
  if (card && !links.includes(card)) links.push(card);
  const parent = status.in_reply_to_id ?? undefined;
  return {
    platform: 'mastodon',
    kind: parent ? 'comment' : 'post',
    id: status.id,
    url: status.url ?? status.uri,
    author: {
      id: status.account?.id,
      handle: status.account?.acct ?? status.account?.username ?? '',
      displayName: status.account?.display_name || undefined,
    },
    // A content warning is published text too, and scams hide behind it.
    text: spoiler ? `${spoiler}\n\n${text}` : text,
    createdAt: isoTime(status.created_at),
    parentId: parent,
    links: links.length > 0 ? links : undefined,
  };
}
