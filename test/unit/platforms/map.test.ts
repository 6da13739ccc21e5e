import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ContentItem, ContentItemSchema } from '../../../shared/model/index.ts';
import { facetSpans, mapBskyPost, threadReplies } from '../../../shared/platforms/bluesky/map.ts';
import { htmlToText, mapMastodonStatus } from '../../../shared/platforms/mastodon/map.ts';
import {
  inlineReplies,
  mapFacebookComment,
  mapFacebookPost,
  mapInstagramComment,
  mapInstagramMedia,
} from '../../../shared/platforms/meta/map.ts';
import { flattenComments, mapRedditThing } from '../../../shared/platforms/reddit/map.ts';
import { mapTikTokVideo } from '../../../shared/platforms/tiktok/map.ts';
import { mapXPage } from '../../../shared/platforms/x/map.ts';
import { mapYouTubeComment, mapYouTubeVideo } from '../../../shared/platforms/youtube/map.ts';

// biome-ignore lint/suspicious/noExplicitAny: fixtures are raw platform JSON
const fixture = (path: string): any =>
  JSON.parse(readFileSync(new URL(`../../events/${path}`, import.meta.url), 'utf8'));

/** Every mapped item must satisfy the canonical contract. */
function valid(items: Array<ContentItem | undefined>): ContentItem[] {
  const out = items.filter((i): i is ContentItem => i !== undefined);
  for (const i of out) expect(ContentItemSchema.safeParse(i).success, JSON.stringify(i)).toBe(true);
  return out;
}

describe('X mapping', () => {
  const items = valid(mapXPage(fixture('x/user-tweets.rest.json')));

  it('takes the full text of long posts from note_tweet and authors from includes.users', () => {
    const [post, reply, orphan] = items;
    expect(post?.text).toMatch(/before you switch, and ask us anything below\.$/);
    expect(post).toMatchObject({
      kind: 'post',
      url: 'https://x.com/acmebank/status/1861234567890123456',
      author: { id: '2244994945', handle: 'acmebank', displayName: 'Acme Bank' },
      createdAt: '2026-11-20T09:00:00.000Z',
      links: ['https://acmebank.com/easy-saver'],
    });
    expect(reply).toMatchObject({
      kind: 'comment',
      parentId: '1861234567890123456',
      author: { handle: 'jo_saves' },
    });
    // unwound_url is where the shortener leads.
    expect(reply?.links).toEqual(['https://acme-refunds.help/claim']);
    // An author missing from includes.users keeps the stable id and a generic permalink.
    expect(orphan).toMatchObject({
      author: { id: '1660000000000000002', handle: '1660000000000000002' },
      url: 'https://x.com/i/web/status/1861234567890124000',
      parentId: '1861234567890123999',
    });
  });
});

describe('Facebook and Instagram mapping', () => {
  const page = { id: '104857600000001', handle: 'acmebank' };

  it('maps Page posts with attachment destinations, not l.facebook.com redirects', () => {
    const [card, album] = valid(
      fixture('facebook/published-posts.rest.json').data.map((p: object) => mapFacebookPost(p, page)),
    );
    expect(card).toMatchObject({
      platform: 'facebook',
      kind: 'post',
      author: { id: '104857600000001', handle: 'acmebank', displayName: 'Acme Bank' },
      createdAt: '2026-11-20T09:00:00.000Z',
      links: ['https://acmebank.com/card'],
    });
    expect(album?.text).toBe('');
    expect(album?.links).toEqual(['https://www.facebook.com/photo.php?fbid=1']);
  });

  it('maps comments with a missing from and replies to their parent comment', () => {
    const postId = '104857600000001_122100000000000001';
    const [scam, reply] = valid(
      fixture('facebook/comments.rest.json').data.map((c: object) => mapFacebookComment(c, postId, page)),
    );
    expect(scam).toMatchObject({
      author: { id: '6120000000000001', handle: 'Acme Bank Support' },
      parentId: postId,
    });
    expect(reply?.author).toEqual({ id: undefined, handle: '', displayName: undefined });
    expect(reply?.parentId).toBe('122100000000000001_1234567890123450');
  });

  it('maps Instagram media and comments, reading +0000 timestamps', () => {
    const [media] = valid(
      fixture('instagram/media.rest.json').data.map((m: object) =>
        mapInstagramMedia(m, { id: '1784', handle: 'acmebank' }),
      ),
    );
    expect(media).toMatchObject({
      kind: 'post',
      createdAt: '2026-11-20T09:00:00.000Z',
      author: { handle: 'acmebank' },
    });
    const target = { id: media?.id ?? '', permalink: media?.url };
    const [top] = fixture('instagram/comments.rest.json').data;
    const [comment, reply] = valid([
      mapInstagramComment(top, target),
      ...inlineReplies(top).map((r) => mapInstagramComment(r, target)),
    ]);
    expect(comment).toMatchObject({
      id: '17890455012345678',
      author: { id: '5512', handle: 'acme.support_help' },
      createdAt: '2026-11-20T09:14:02.000Z',
      parentId: '17918195224117851',
      url: 'https://www.instagram.com/p/Cx1AbCdEfGh/',
    });
    expect(reply?.parentId).toBe('17890455012345678');
  });
});

describe('YouTube mapping', () => {
  it('maps uploads to posts (title and description) and skips private entries', () => {
    const items = fixture('youtube/playlist-items.rest.json').items.map((e: object) =>
      mapYouTubeVideo(e, 'acmebank'),
    );
    expect(items[1]).toBeUndefined();
    expect(valid(items)[0]).toMatchObject({
      id: 'dQw4w9WgXcQ',
      url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      text: 'How to spot a fake support account\n\nScammers copy our name. Our only support site is https://acmebank.com/help',
      author: { id: 'UCacmebank0000000000000a', handle: 'acmebank', displayName: 'Acme Bank' },
      createdAt: '2026-11-20T09:00:00.000Z',
    });
  });

  it('uses textOriginal, the @handle from the channel URL, and the thread as a reply parent', () => {
    const [thread] = fixture('youtube/comment-threads.rest.json').items;
    const [top, reply] = valid([
      mapYouTubeComment(thread.snippet.topLevelComment, 'dQw4w9WgXcQ'),
      mapYouTubeComment(thread.replies.comments[0], 'dQw4w9WgXcQ'),
    ]);
    expect(top).toMatchObject({
      text: 'Send 0.1 BTC & get 0.2 back acme-giveaway.example',
      author: {
        id: 'UCscammer000000000000001',
        handle: 'AcmeBank-Official',
        displayName: '@AcmeBank-Official',
      },
      parentId: 'dQw4w9WgXcQ',
      url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&lc=UgzDE2tasfmrYLyNkGt4AaABAg',
    });
    expect(reply?.parentId).toBe('UgzDE2tasfmrYLyNkGt4AaABAg');
  });
});

describe('Mastodon mapping', () => {
  const statuses = fixture('mastodon/statuses.rest.json');

  it('strips HTML to text, keeps full link targets and drops mention and hashtag links', () => {
    const post = valid([mapMastodonStatus(statuses[0])])[0];
    expect(post?.text).toBe(
      'New rates for savers & students, thanks @jane!\nDetails: https://acmebank.com/rates/2026/savings-accounts\n\n#savings',
    );
    expect(post?.links).toEqual(['https://acmebank.com/rates/2026/savings-accounts']);
    expect(post?.author).toEqual({ id: '109876543210', handle: 'acmebank', displayName: 'Acme Bank' });
  });

  it('puts the content warning before the text, falls back to uri, and skips reblogs', () => {
    const reply = valid([mapMastodonStatus(statuses[1])])[0];
    expect(reply).toMatchObject({
      kind: 'comment',
      text: 'refund help\n\nDM me on Telegram https://t.me/acme_refunds',
      url: 'https://other.example/users/helpdesk/statuses/1',
      parentId: '113512345678901234',
      author: { handle: 'helpdesk@other.example', displayName: undefined },
      links: ['https://t.me/acme_refunds'],
    });
    expect(mapMastodonStatus(statuses[2])).toBeUndefined();
  });

  it('decodes entities and keeps line breaks', () => {
    expect(htmlToText('<p>a &lt;b&gt; &amp; c</p><p>d<br>e</p>').text).toBe('a <b> & c\n\nd\ne');
  });
});

describe('Bluesky mapping', () => {
  const feed = fixture('bluesky/author-feed.rest.json').feed;

  it('slices facets by UTF-8 bytes, so an emoji before a link does not shift it', () => {
    const { text, facets } = feed[0].post.record;
    const spans = facetSpans(text, facets);
    expect(spans.map((s) => [s.kind, s.shown])).toEqual([
      ['link', 'acmebank.com/rates/20...'],
      ['mention', '@jane.bsky.social'],
      ['tag', '#savings'],
    ]);
    // Naive string slicing with byte offsets would be off by the emoji's extra bytes.
    expect(text.slice(facets[0].index.byteStart, facets[0].index.byteEnd)).not.toBe(
      'acmebank.com/rates/20...',
    );
  });

  it('ignores facets whose byte range cuts a character or runs past the text', () => {
    const spans = facetSpans('🚀 x', [
      {
        index: { byteStart: 1, byteEnd: 4 },
        features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://a.example' }],
      },
      {
        index: { byteStart: 5, byteEnd: 50 },
        features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://b.example' }],
      },
    ]);
    expect(spans).toEqual([]);
  });

  it('maps a post with at:// id, web URL, full link targets and external embed', () => {
    const post = valid([mapBskyPost(feed[0].post)])[0];
    expect(post).toMatchObject({
      id: 'at://did:plc:acmebank0000000000000000/app.bsky.feed.post/3lbq2zxk4ws2c',
      url: 'https://bsky.app/profile/acmebank.bsky.social/post/3lbq2zxk4ws2c',
      author: { id: 'did:plc:acmebank0000000000000000', handle: 'acmebank.bsky.social' },
      links: ['https://acmebank.com/rates/2026/savings', 'https://acmebank.com/rates'],
    });
  });

  it('flattens thread replies at any depth and skips not-found and blocked entries', () => {
    const replies = threadReplies(fixture('bluesky/post-thread.rest.json').thread);
    const items = valid(replies.map(mapBskyPost));
    expect(items.map((i) => i.author.handle)).toEqual(['acmebank-support.bsky.social', 'jane.bsky.social']);
    expect(items[1]?.parentId).toBe(
      'at://did:plc:scam000000000000000000000/app.bsky.feed.post/3lbq3bbbbbbb2',
    );
  });
});

describe('Reddit mapping', () => {
  it('maps self posts with markdown links and fullname ids', () => {
    const [child] = fixture('reddit/submitted.rest.json').data.children;
    expect(valid([mapRedditThing(child.kind, child.data)])[0]).toMatchObject({
      id: 't3_1gxaaaa',
      kind: 'post',
      text: 'App update 5.2\n\nOur app update is out. Release notes: [here](https://acmebank.com/notes) and **no**, we never ask for your PIN.',
      links: ['https://acmebank.com/notes'],
      url: 'https://www.reddit.com/r/acmebank/comments/1gxaaaa/app_update_52/',
      author: { id: 't2_acme01', handle: 'acmebank' },
      createdAt: '2026-11-20T09:00:00.000Z',
    });
  });

  it('flattens a comment tree, keeps t1_/t3_ parents and collects more stubs', () => {
    const [postListing, commentListing] = fixture('reddit/comments.rest.json');
    const linkPost = valid([mapRedditThing('t3', postListing.data.children[0].data)])[0];
    expect(linkPost?.links).toEqual(['https://acmebank.com/easy-saver']);
    const { comments, more } = flattenComments(commentListing);
    expect(more).toEqual(['lz1cccc', 'lz1dddd']);
    const [scam, reply] = valid(comments.map((c) => mapRedditThing('t1', c)));
    expect(scam).toMatchObject({
      id: 't1_lz1aaaa',
      parentId: 't3_1gx9abc',
      links: ['https://acme-support.help/login'],
    });
    expect(reply).toMatchObject({
      id: 't1_lz1bbbb',
      parentId: 't1_lz1aaaa',
      author: { handle: '[deleted]' },
    });
  });
});

describe('TikTok mapping', () => {
  it('maps epoch-second create_time and joins a distinct title', () => {
    const user = { openId: 'open-1', username: 'acmebank', displayName: 'Acme Bank' };
    const [first, second] = valid(
      fixture('tiktok/video-list.rest.json').data.videos.map((v: object) =>
        mapTikTokVideo(v, user, 'acmebank'),
      ),
    );
    expect(first).toMatchObject({
      id: '7302345678901234567',
      kind: 'post',
      text: 'Budget hacks for students 💸 #acmebank #ad',
      createdAt: '2026-11-20T09:00:00.000Z',
      author: { id: 'open-1', handle: 'acmebank', displayName: 'Acme Bank' },
    });
    expect(second?.text).toBe('Behind the scenes at our new branch');
  });
});
