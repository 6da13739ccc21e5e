import type { PollablePlatform } from '../model/index.ts';
import { blueskyAdapter } from './bluesky/poll.ts';
import { mastodonAdapter } from './mastodon/poll.ts';
import { facebookAdapter, instagramAdapter } from './meta/poll.ts';
import { redditAdapter } from './reddit/poll.ts';
import { tiktokAdapter } from './tiktok/poll.ts';
import type { PlatformAdapter } from './types.ts';
import { xAdapter } from './x/poll.ts';
import { youtubeAdapter } from './youtube/poll.ts';

/** The poller of each platform. */
export const POLLERS: Readonly<Record<PollablePlatform, PlatformAdapter>> = {
  x: xAdapter,
  facebook: facebookAdapter,
  instagram: instagramAdapter,
  youtube: youtubeAdapter,
  mastodon: mastodonAdapter,
  bluesky: blueskyAdapter,
  reddit: redditAdapter,
  tiktok: tiktokAdapter,
};

/** The poller for a platform. */
export function pollerFor(platform: PollablePlatform): PlatformAdapter {
  return POLLERS[platform];
}

/** Credentials each platform's poller reads from `credentials` (required first, then optional). */
export const POLL_CREDENTIALS: Readonly<
  Record<PollablePlatform, { required: string[]; optional: string[] }>
> = {
  x: { required: ['bearerToken'], optional: [] },
  facebook: { required: ['accessToken'], optional: [] },
  instagram: { required: ['accessToken'], optional: [] },
  youtube: { required: ['apiKey'], optional: [] },
  mastodon: { required: [], optional: ['accessToken'] },
  bluesky: { required: [], optional: ['accessToken'] },
  // Either accessToken, or clientId + clientSecret (+ refreshToken for a user grant).
  reddit: {
    required: [],
    optional: ['accessToken', 'clientId', 'clientSecret', 'refreshToken', 'userAgent'],
  },
  tiktok: { required: ['accessToken'], optional: [] },
};
