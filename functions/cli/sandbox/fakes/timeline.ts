import type { FakeClock } from './harness.ts';

/** One post or comment in a fake platform's memory. Platform fakes render it in their own shape. */
export interface FakeItem {
  /** Order of creation; fakes derive their platform ids from it, so ids grow with time. */
  readonly seq: number;
  readonly kind: 'post' | 'comment';
  /** The post a comment belongs to. */
  readonly postSeq?: number;
  /** The comment a reply answers (undefined for a top-level comment). */
  readonly parentSeq?: number;
  readonly at: number;
  text: string;
  editedAt?: number;
  readonly author: { readonly id: string; readonly handle: string; readonly name: string };
  /** Links the platform reports outside the text (entities, attachments, cards). */
  readonly links: string[];
}

const OWNER = { id: '1001', handle: 'acmebank', name: 'Acme Bank' };

/** The items of a fake platform, growing over time. */
export class Timeline {
  readonly items: FakeItem[] = [];
  private seq = 0;
  private readonly byPost = new Map<number, FakeItem[]>();
  private readonly index = new Map<number, FakeItem>();
  private lastAt = 0;

  constructor(
    readonly clock: FakeClock,
    readonly owner = OWNER,
  ) {}

  /** Creation times are unique and increasing, as no two items are published in the same millisecond. */
  private stamp(): number {
    this.lastAt = Math.max(this.clock.ms, this.lastAt + 1);
    return this.lastAt;
  }

  /** Adds a post by the watched account. */
  addPost(text = `Post ${this.seq + 1}: our new savings account is live`, links: string[] = []): FakeItem {
    const item: FakeItem = {
      seq: ++this.seq,
      kind: 'post',
      at: this.stamp(),
      text,
      author: this.owner,
      links,
    };
    this.items.push(item);
    this.index.set(item.seq, item);
    this.byPost.set(item.seq, []);
    return item;
  }

  /**
   * Adds a comment on a post, or a reply to a comment of that post, by `author` (default: one
   * of seven numbered users).
   */
  addComment(
    post: FakeItem,
    parent?: FakeItem,
    text?: string,
    links: string[] = [],
    author?: FakeItem['author'],
  ): FakeItem {
    const n = this.seq + 1;
    const item: FakeItem = {
      seq: ++this.seq,
      kind: 'comment',
      postSeq: post.seq,
      ...(parent ? { parentSeq: parent.seq } : {}),
      at: this.stamp(),
      text: text ?? `Comment ${n}: when will this be available?`,
      author: author ?? { id: String(5000 + (n % 7)), handle: `user${n % 7}`, name: `User ${n % 7}` },
      links,
    };
    this.items.push(item);
    this.index.set(item.seq, item);
    this.byPost.get(post.seq)?.push(item);
    return item;
  }

  /** Changes an item's text, as an author editing it. */
  edit(item: FakeItem, text: string): void {
    item.text = text;
    item.editedAt = this.clock.ms;
  }

  posts(): FakeItem[] {
    return this.items.filter((i) => i.kind === 'post');
  }

  /** Comments (and replies) on one post, oldest first. */
  commentsOf(post: FakeItem): FakeItem[] {
    return this.byPost.get(post.seq) ?? [];
  }

  bySeq(seq: number): FakeItem | undefined {
    return this.index.get(seq);
  }
}

/**
 * Newest-first paging anchored on the last item served (like real cursors: items arriving
 * meanwhile do not shift later pages). Returns the page and the anchor for the next one.
 */
export function pageNewestFirst(
  items: readonly FakeItem[],
  before: number | undefined,
  size: number,
): { page: FakeItem[]; next?: number } {
  const sorted = items.filter((i) => before === undefined || i.seq < before).sort((a, b) => b.seq - a.seq);
  const page = sorted.slice(0, size);
  const last = page.at(-1);
  return sorted.length > size && last ? { page, next: last.seq } : { page };
}

/** Encodes a paging anchor as an opaque token, as platforms do. */
export function token(prefix: string, n: number): string {
  return Buffer.from(`${prefix}:${n}`).toString('base64url');
}

/** Decodes a token made by `token`; undefined when absent or foreign. */
export function untoken(prefix: string, value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const [p, n] = Buffer.from(value, 'base64url').toString('utf8').split(':');
  return p === prefix && n !== undefined && /^\d+$/.test(n) ? Number(n) : undefined;
}
