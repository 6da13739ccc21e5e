import type { ContentItem } from '../../model/index.ts';
import { isoTime, str } from '../common.ts';

/** `youtube#playlistItem` from the uploads playlist (`part=snippet,contentDetails`). */
export interface YouTubePlaylistItem {
  snippet?: {
    title?: string;
    description?: string;
    channelId?: string;
    channelTitle?: string;
    videoOwnerChannelId?: string;
    videoOwnerChannelTitle?: string;
  };
  contentDetails?: { videoId?: string; videoPublishedAt?: string };
}

/** `youtube#comment` (a top-level comment or a reply). */
export interface YouTubeComment {
  id?: string;
  snippet?: {
    videoId?: string;
    parentId?: string;
    textOriginal?: string;
    textDisplay?: string;
    authorDisplayName?: string;
    authorChannelUrl?: string;
    authorChannelId?: { value?: string };
    publishedAt?: string;
    updatedAt?: string;
  };
}

/** Maps an uploads-playlist entry to a post; private or deleted entries (no publish time) are skipped. */
export function mapYouTubeVideo(entry: YouTubePlaylistItem, handle: string): ContentItem | undefined {
  const id = str(entry.contentDetails?.videoId);
  const published = entry.contentDetails?.videoPublishedAt;
  if (!id || !published) return undefined;
  const s = entry.snippet ?? {};
  const title = s.title ?? '';
  const description = s.description ?? '';
  return {
    platform: 'youtube',
    kind: 'post',
    id,
    url: `https://www.youtube.com/watch?v=${id}`,
    author: {
      id: s.videoOwnerChannelId ?? s.channelId,
      handle,
      displayName: s.videoOwnerChannelTitle ?? s.channelTitle,
    },
    text: description ? `${title}\n\n${description}` : title,
    createdAt: isoTime(published),
  };
}

/** The handle in an author channel URL (`http://www.youtube.com/@name`), else the display name. */
function handleOf(c: YouTubeComment): string {
  const url = c.snippet?.authorChannelUrl ?? '';
  const at = /\/@([^/?#]+)/.exec(url)?.[1];
  return at ? decodeURIComponent(at) : (c.snippet?.authorDisplayName ?? '').replace(/^@/, '');
}

/**
 * Maps a comment. `textOriginal` is the text as written; `textDisplay` may be HTML. Replies
 * point at their thread (`parentId`), top-level comments at the video.
 */
export function mapYouTubeComment(c: YouTubeComment, videoId: string): ContentItem | undefined {
  const id = str(c.id);
  if (!id) return undefined;
  const s = c.snippet ?? {};
  const video = s.videoId ?? videoId;
  return {
    platform: 'youtube',
    kind: 'comment',
    id,
    url: `https://www.youtube.com/watch?v=${video}&lc=${id}`,
    author: { id: s.authorChannelId?.value, handle: handleOf(c), displayName: s.authorDisplayName },
    text: s.textOriginal ?? s.textDisplay ?? '',
    createdAt: isoTime(s.publishedAt),
    parentId: s.parentId ?? video,
  };
}
