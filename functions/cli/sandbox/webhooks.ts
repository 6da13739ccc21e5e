/**
 * Signed webhook deliveries as the platforms send them: Meta's Page `feed` and Instagram
 * `comments` changes (X-Hub-Signature-256, hex HMAC-SHA256 with the app secret) and X's
 * Account Activity `tweet_create_events` (x-twitter-webhooks-signature, base64 HMAC-SHA256
 * with the consumer secret). Shapes as in test/events/{facebook,instagram,x}/webhook-*.json.
 */
import { createHmac } from 'node:crypto';
import type { DemoAuthor } from './script.ts';

/** A delivery ready to POST to the monitor's `/webhooks/<path>`. */
export interface SignedDelivery {
  readonly path: 'meta' | 'x';
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The platform and id of the one comment it carries. */
  readonly platform: 'facebook' | 'instagram' | 'x';
  readonly itemId: string;
}

const unix = (ms: number) => Math.floor(ms / 1000);
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** X v1.1 `created_at`: `Wed Dec 02 09:15:00 +0000 2026`. */
export function v11Date(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000 ${d.getUTCFullYear()}`;
}

function metaDelivery(
  secret: string,
  body: unknown,
  platform: 'facebook' | 'instagram',
  itemId: string,
): SignedDelivery {
  const text = JSON.stringify(body);
  const signature = `sha256=${createHmac('sha256', secret).update(text).digest('hex')}`;
  return {
    path: 'meta',
    body: text,
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
    platform,
    itemId,
  };
}

/** A comment on a Page post, as the Page `feed` webhook announces it. */
export function pageFeedComment(options: {
  readonly appSecret: string;
  readonly pageId: string;
  /** The post's id, `{pageId}_{postId}`. */
  readonly postId: string;
  /** Unique among the demo's comments. */
  readonly serial: number;
  readonly author: DemoAuthor;
  readonly text: string;
  readonly at: number;
}): SignedDelivery {
  const commentId = `${options.postId.split('_')[1]}_${900000 + options.serial}`;
  const body = {
    object: 'page',
    entry: [
      {
        id: options.pageId,
        time: unix(options.at),
        changes: [
          {
            field: 'feed',
            value: {
              from: { id: options.author.id, name: options.author.name },
              message: options.text,
              post_id: options.postId,
              comment_id: commentId,
              created_time: unix(options.at),
              item: 'comment',
              parent_id: options.postId,
              verb: 'add',
            },
          },
        ],
      },
    ],
  };
  return metaDelivery(options.appSecret, body, 'facebook', commentId);
}

/** A comment on an Instagram media, as the Instagram `comments` webhook announces it. */
export function instagramComment(options: {
  readonly appSecret: string;
  readonly accountId: string;
  readonly mediaId: string;
  readonly serial: number;
  readonly author: DemoAuthor;
  readonly text: string;
  readonly at: number;
}): SignedDelivery {
  const id = `18099${String(options.serial).padStart(12, '0')}`;
  const body = {
    object: 'instagram',
    entry: [
      {
        id: options.accountId,
        time: unix(options.at),
        changes: [
          {
            field: 'comments',
            value: {
              from: { id: options.author.id, username: options.author.handle },
              media: { id: options.mediaId, media_product_type: 'FEED' },
              id,
              text: options.text,
            },
          },
        ],
      },
    ],
  };
  return metaDelivery(options.appSecret, body, 'instagram', id);
}

/** A reply on X, as Account Activity delivers it to the watched account's subscription. */
export function xReply(options: {
  readonly consumerSecret: string;
  /** The watched account's user id. */
  readonly forUserId: string;
  readonly ownerHandle: string;
  /** The tweet it answers. */
  readonly inReplyTo: string;
  readonly serial: number;
  readonly author: DemoAuthor;
  readonly text: string;
  readonly at: number;
}): SignedDelivery {
  const id = String(1_880_000_000_000_000_000n + BigInt(options.serial));
  const body = JSON.stringify({
    for_user_id: options.forUserId,
    tweet_create_events: [
      {
        created_at: v11Date(options.at),
        id_str: id,
        text: options.text,
        truncated: false,
        in_reply_to_status_id_str: options.inReplyTo,
        in_reply_to_screen_name: options.ownerHandle,
        user: { id_str: options.author.id, screen_name: options.author.handle, name: options.author.name },
        entities: { hashtags: [], urls: [], user_mentions: [] },
      },
    ],
  });
  const signature = `sha256=${createHmac('sha256', options.consumerSecret).update(body).digest('base64')}`;
  return {
    path: 'x',
    body,
    headers: { 'content-type': 'application/json', 'x-twitter-webhooks-signature': signature },
    platform: 'x',
    itemId: id,
  };
}
