import type { ContentItem } from '../../model/index.ts';
import { asArray, iso, str } from '../common.ts';

/** Listing child data of kind t3 (link/post) or t1 (comment), as returned with `raw_json=1`. */
export interface RedditThing {
  id?: string;
  name?: string;
  title?: string;
  selftext?: string;
  body?: string;
  url?: string;
  is_self?: boolean;
  permalink?: string;
  author?: string;
  author_fullname?: string;
  created_utc?: number;
  edited?: boolean | number;
  parent_id?: string;
  link_id?: string;
  replies?: unknown;
  children?: string[];
}

const MARKDOWN_LINK = /\[[^\]]*\]\((https?:\/\/[^)\s]+)\)/g;

/** Targets of markdown links (`[text](url)`): the visible text may name a different place than the URL. */
export function markdownLinks(text: string): string[] {
  return [...text.matchAll(MARKDOWN_LINK)].map((m) => m[1] as string);
}

/** Maps a t3 (post) or t1 (comment) thing; ids are fullnames (`t3_abc`) so posts and comments never collide. */
export function mapRedditThing(kind: string, data: RedditThing): ContentItem | undefined {
  if (kind !== 't1' && kind !== 't3') return undefined;
  const fullname = data.name ?? (data.id ? `${kind}_${data.id}` : undefined);
  if (!fullname) return undefined;
  const isPost = kind === 't3';
  const text = isPost
    ? [data.title ?? '', data.selftext ?? ''].filter((s) => s !== '').join('\n\n')
    : (data.body ?? '');
  const links = markdownLinks(text);
  // Link posts point somewhere outside the text; self posts' url is their own permalink.
  if (isPost && data.is_self === false && data.url && !links.includes(data.url)) links.unshift(data.url);
  return {
    platform: 'reddit',
    kind: isPost ? 'post' : 'comment',
    id: fullname,
    url: data.permalink ? `https://www.reddit.com${data.permalink}` : undefined,
    author: { id: data.author_fullname, handle: data.author ?? '[deleted]' },
    text,
    createdAt: typeof data.created_utc === 'number' ? iso(data.created_utc * 1000) : undefined,
    parentId: isPost ? undefined : str(data.parent_id),
    links: links.length > 0 ? links : undefined,
  };
}

/** A comment tree flattened: the comments, and the ids hidden behind `more` stubs. */
export interface FlatComments {
  readonly comments: RedditThing[];
  readonly more: string[];
}

/** Walks a comment Listing (nested `replies` Listings, `more` stubs) into a flat list. */
export function flattenComments(listing: unknown): FlatComments {
  const comments: RedditThing[] = [];
  const more: string[] = [];
  const walk = (node: unknown) => {
    for (const child of asArray<{ kind?: string; data?: RedditThing }>(
      (node as { data?: { children?: unknown } })?.data?.children,
    )) {
      if (child?.kind === 't1' && child.data) {
        comments.push(child.data);
        if (child.data.replies && typeof child.data.replies === 'object') walk(child.data.replies);
      } else if (child?.kind === 'more') {
        for (const id of child.data?.children ?? []) more.push(id);
      }
    }
  };
  walk(listing);
  return { comments, more };
}
