import type { ContentItem } from '../../model/index.ts';
import { asArray, isoTime, str } from '../common.ts';

/** A v2 post object as returned with `tweet.fields=created_at,author_id,conversation_id,referenced_tweets,entities,note_tweet`. */
export interface XTweet {
  id: string;
  text: string;
  author_id?: string;
  created_at?: string;
  conversation_id?: string;
  referenced_tweets?: Array<{ type: string; id: string }>;
  entities?: { urls?: XUrlEntity[] };
  note_tweet?: { text: string; entities?: { urls?: XUrlEntity[] } };
}
interface XUrlEntity {
  url?: string;
  expanded_url?: string;
  unwound_url?: string;
}
/** A v2 user object from `includes.users` (`user.fields=username,name`). */
export interface XUser {
  id: string;
  username: string;
  name?: string;
}

function linksOf(tweet: XTweet): string[] {
  const out: string[] = [];
  const entities = [...(tweet.note_tweet?.entities?.urls ?? []), ...(tweet.entities?.urls ?? [])];
  for (const u of entities) {
    // unwound_url is the final target after X's own redirects; expanded_url is what the author pasted.
    const link = u.unwound_url ?? u.expanded_url ?? u.url;
    if (link && !out.includes(link)) out.push(link);
  }
  return out;
}

/** Maps one v2 post to a content item; `users` resolves `author_id` from `includes.users`. */
export function mapXTweet(tweet: XTweet, users: ReadonlyMap<string, XUser>): ContentItem {
  const user = tweet.author_id === undefined ? undefined : users.get(tweet.author_id);
  const repliedTo = tweet.referenced_tweets?.find((r) => r.type === 'replied_to')?.id;
  const links = linksOf(tweet);
  return {
    platform: 'x',
    kind: repliedTo ? 'comment' : 'post',
    id: tweet.id,
    url: user
      ? `https://x.com/${user.username}/status/${tweet.id}`
      : `https://x.com/i/web/status/${tweet.id}`,
    author: {
      id: tweet.author_id,
      // Without includes.users the handle is unknown; the stable id still identifies the author.
      handle: user?.username ?? tweet.author_id ?? '',
      displayName: user?.name,
    },
    // Posts over 280 characters are cut short in `text`; the full text is in note_tweet.
    text: tweet.note_tweet?.text ?? tweet.text ?? '',
    createdAt: isoTime(tweet.created_at),
    parentId: repliedTo,
    links: links.length > 0 ? links : undefined,
  };
}

/** Maps a v2 response page (`data`, `includes.users`) to content items. */
export function mapXPage(body: unknown): ContentItem[] {
  const page = (body ?? {}) as { data?: unknown; includes?: { users?: unknown } };
  const users = new Map<string, XUser>();
  for (const u of asArray<XUser>(page.includes?.users)) {
    const id = str(u?.id);
    if (id) users.set(id, u);
  }
  return asArray<XTweet>(page.data)
    .filter((t) => typeof t?.id === 'string')
    .map((t) => mapXTweet(t, users));
}
