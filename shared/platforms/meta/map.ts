import type { ContentItem } from '../../model/index.ts';
import { asArray, isoTime, str } from '../common.ts';

/** Graph `from` on Pages content; missing when the token may not see the author. */
export interface GraphFrom {
  id?: string;
  name?: string;
  username?: string;
}

/** A Page post (`published_posts` with `id,message,created_time,permalink_url,from,attachments{...}`). */
export interface FacebookPost {
  id?: string;
  message?: string;
  created_time?: string;
  permalink_url?: string;
  from?: GraphFrom;
  attachments?: { data?: FacebookAttachment[] };
}
interface FacebookAttachment {
  url?: string;
  unshimmed_url?: string;
  target?: { url?: string };
  subattachments?: { data?: FacebookAttachment[] };
}

/** A Page comment (`filter=stream` gives replies too, with `parent`). */
export interface FacebookComment {
  id?: string;
  message?: string;
  created_time?: string;
  permalink_url?: string;
  from?: GraphFrom;
  parent?: { id?: string };
}

/** Instagram media (`id,caption,permalink,timestamp,username,comments_count`). */
export interface InstagramMedia {
  id?: string;
  caption?: string;
  permalink?: string;
  timestamp?: string;
  username?: string;
  comments_count?: number;
}

/** Instagram comment or reply (`id,text,timestamp,username,from{id,username},parent_id,replies{...}`). */
export interface InstagramComment {
  id?: string;
  text?: string;
  timestamp?: string;
  username?: string;
  from?: GraphFrom;
  parent_id?: string;
  replies?: { data?: InstagramComment[]; paging?: { next?: string } };
}

/** Facebook has no public handles: the watched Page's id maps to its handle, anyone else to their name. */
function facebookAuthor(
  from: GraphFrom | undefined,
  page: { id?: string; handle: string },
): ContentItem['author'] {
  const id = str(from?.id);
  const name = str(from?.name);
  return { id, handle: id !== undefined && id === page.id ? page.handle : (name ?? ''), displayName: name };
}

function attachmentLinks(attachments: readonly FacebookAttachment[] | undefined, out: string[]): string[] {
  for (const a of attachments ?? []) {
    // unshimmed_url is the destination; url may be Facebook's l.facebook.com redirect.
    const link = a.unshimmed_url ?? a.target?.url ?? a.url;
    if (link && !out.includes(link)) out.push(link);
    attachmentLinks(a.subattachments?.data, out);
  }
  return out;
}

/** Maps a Page post; links come from attachments (the `link` field is gone since v3.3). */
export function mapFacebookPost(
  post: FacebookPost,
  page: { id?: string; handle: string },
): ContentItem | undefined {
  const id = str(post.id);
  if (!id) return undefined;
  const links = attachmentLinks(post.attachments?.data, []);
  return {
    platform: 'facebook',
    kind: 'post',
    id,
    url: post.permalink_url,
    author: post.from ? facebookAuthor(post.from, page) : { id: page.id, handle: page.handle },
    text: post.message ?? '',
    createdAt: isoTime(post.created_time),
    links: links.length > 0 ? links : undefined,
  };
}

/** Maps a Page comment; the parent is the replied comment, else the post. */
export function mapFacebookComment(
  comment: FacebookComment,
  postId: string,
  page: { id?: string; handle: string },
): ContentItem | undefined {
  const id = str(comment.id);
  if (!id) return undefined;
  return {
    platform: 'facebook',
    kind: 'comment',
    id,
    url: comment.permalink_url,
    author: facebookAuthor(comment.from, page),
    text: comment.message ?? '',
    createdAt: isoTime(comment.created_time),
    parentId: str(comment.parent?.id) ?? postId,
  };
}

/** Maps Instagram media; timestamps come as `2026-11-20T09:14:02+0000`. */
export function mapInstagramMedia(
  media: InstagramMedia,
  account: { id?: string; handle: string },
): ContentItem | undefined {
  const id = str(media.id);
  if (!id) return undefined;
  return {
    platform: 'instagram',
    kind: 'post',
    id,
    url: media.permalink,
    author: { id: account.id, handle: media.username ?? account.handle },
    text: media.caption ?? '',
    createdAt: isoTime(media.timestamp),
  };
}

/** Maps an Instagram comment or reply; comments have no permalink, so the media's is used. */
export function mapInstagramComment(
  comment: InstagramComment,
  media: { id: string; permalink?: string },
): ContentItem | undefined {
  const id = str(comment.id);
  if (!id) return undefined;
  return {
    platform: 'instagram',
    kind: 'comment',
    id,
    url: media.permalink,
    author: { id: str(comment.from?.id), handle: comment.username ?? comment.from?.username ?? '' },
    text: comment.text ?? '',
    createdAt: isoTime(comment.timestamp),
    parentId: str(comment.parent_id) ?? media.id,
  };
}

/** The inline replies of an Instagram comment. */
export function inlineReplies(comment: InstagramComment): InstagramComment[] {
  return asArray<InstagramComment>(comment.replies?.data);
}
