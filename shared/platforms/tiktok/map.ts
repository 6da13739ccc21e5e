import type { ContentItem } from '../../model/index.ts';
import { iso, str } from '../common.ts';

/** A video from `/v2/video/list/` with `fields=id,create_time,share_url,title,video_description`. */
export interface TikTokVideo {
  id?: string;
  create_time?: number;
  share_url?: string;
  title?: string;
  video_description?: string;
}

/** The account behind the token, from `/v2/user/info/` (`open_id` is app-scoped). */
export interface TikTokUser {
  readonly openId?: string;
  readonly username?: string;
  readonly displayName?: string;
}

/** Maps a video to a post; `create_time` is epoch seconds. */
export function mapTikTokVideo(
  video: TikTokVideo,
  user: TikTokUser,
  fallbackHandle: string,
): ContentItem | undefined {
  const id = str(video.id);
  if (!id) return undefined;
  const title = video.title?.trim() ?? '';
  const description = video.video_description?.trim() ?? '';
  // The title is often the start of the description; keep both only when they differ.
  const text =
    title && !description.startsWith(title) ? `${title}\n\n${description}`.trim() : description || title;
  return {
    platform: 'tiktok',
    kind: 'post',
    id,
    url: video.share_url,
    author: { id: user.openId, handle: user.username ?? fallbackHandle, displayName: user.displayName },
    text,
    createdAt: typeof video.create_time === 'number' ? iso(video.create_time * 1000) : undefined,
  };
}
