/**
 * What happens in the sandbox: the demo brand's posts and the comments under them, in the
 * order and at the moments (a fraction of one cycle) they are published, on the fake X,
 * Facebook and Instagram APIs or delivered as signed webhooks. All texts are written here for
 * the demo (fictional people, Ofcom drama phone numbers, made-up domains).
 */
import type { CheckId } from '../../../shared/model/index.ts';
import { IG_USER_ID, PAGE_ID } from './fakes/meta.ts';

/** The fake platforms the sandbox runs (Instagram is the partner's account). */
export type DemoPlatform = 'x' | 'facebook' | 'instagram';

export interface DemoAuthor {
  readonly id: string;
  readonly handle: string;
  readonly name: string;
}

/** One seeded problem and the checks that must fire on it. */
export interface Scenario {
  readonly key: string;
  readonly title: string;
  readonly expect: readonly CheckId[];
}

interface Timed {
  /** When, as a fraction of the cycle (0 start, 1 end). */
  readonly at: number;
  /** Present on the items of a seeded problem. */
  readonly scenario?: Scenario;
}

/** A post by the watched account on a fake platform, polled by the monitor. */
export interface DemoPost extends Timed {
  readonly type: 'post';
  readonly ref: string;
  readonly platform: DemoPlatform;
  readonly text: string;
}

/** A comment on a post (or a reply to a comment) on a fake platform, polled by the monitor. */
export interface DemoComment extends Timed {
  readonly type: 'comment';
  readonly ref?: string;
  /** The post it is under (its `ref`). */
  readonly on: string;
  /** The comment it answers (its `ref`), if a reply. */
  readonly replyTo?: string;
  readonly author: DemoAuthor;
  readonly text: string;
}

/** A comment pushed by a signed webhook to the monitor: Meta (Page feed, Instagram) or X. */
export interface DemoWebhook extends Timed {
  readonly type: 'webhook';
  readonly via: 'meta-page' | 'meta-instagram' | 'x';
  /** The post it is under (its `ref`); a reply on X also names the comment it answers. */
  readonly on: string;
  readonly replyTo?: string;
  readonly author: DemoAuthor;
  readonly text: string;
}

export type DemoEvent = DemoPost | DemoComment | DemoWebhook;

export const SCENARIOS = {
  impersonatorReply: {
    key: 'impersonator-reply',
    title: 'an impersonator replies to a complaint',
    expect: ['impersonation', 'phishing-link'],
  },
  healthClaim: {
    key: 'health-claim',
    title: "a health claim in the brand's own post",
    expect: ['health-claim'],
  },
  whatsappScam: {
    key: 'whatsapp-scam',
    title: 'a WhatsApp refund scam',
    expect: ['offplatform-contact', 'impersonation'],
  },
  partnerNoAd: {
    key: 'partner-no-ad',
    title: "a partner's sponsored post with no #ad",
    expect: ['undisclosed-sponsorship'],
  },
  codeRequest: {
    key: 'code-request',
    title: 'a fake support account asks for a one-time code',
    expect: ['credential-request', 'impersonation'],
  },
  cryptoGiveaway: {
    key: 'crypto-giveaway',
    title: 'a crypto "giveaway" under the partner\'s post',
    expect: ['crypto-scam', 'impersonation'],
  },
} as const satisfies Record<string, Scenario>;

const person = (id: string, handle: string, name: string): DemoAuthor => ({ id, handle, name });

const PRIYA = person('4410000017', 'priya_k', 'Priya K');

/** The problems, each at its moment in the cycle. */
const SEEDED: readonly DemoEvent[] = [
  {
    type: 'post',
    at: 0,
    ref: 'x-hours',
    platform: 'x',
    text: 'Winter opening hours: all branches open 8am to 8pm until the new year. Find yours at fernhillpharmacy.com/branches',
  },
  {
    type: 'post',
    at: 0,
    ref: 'fb-flu',
    platform: 'facebook',
    text: 'Flu jab season is here. Book a slot at fernhillpharmacy.com/flu or walk in at any branch.',
  },
  {
    type: 'post',
    at: 0,
    ref: 'ig-run',
    platform: 'instagram',
    text: 'Sunday long run done, 14k in the rain 🏃‍♀️',
  },
  {
    type: 'comment',
    at: 0.08,
    ref: 'x-complaint',
    on: 'x-hours',
    author: PRIYA,
    text: '@fernhill my repeat prescription was due Monday and still has not arrived, and nobody picks up the phone. What is going on?',
  },
  {
    type: 'comment',
    at: 0.16,
    on: 'x-hours',
    replyTo: 'x-complaint',
    author: person('7730000101', 'fernhill_helpdesk', 'Fernhill Pharmacy Support'),
    text: '@priya_k So sorry about the delay! Please confirm your details at fernhill-pharmacy-refunds.help/verify and we will refund the delivery fee today.',
    scenario: SCENARIOS.impersonatorReply,
  },
  {
    type: 'post',
    at: 0.24,
    ref: 'fb-syrup',
    platform: 'facebook',
    text: 'New in store: Fernhill elderberry syrup, clinically proven to prevent colds and flu all winter.',
    scenario: SCENARIOS.healthClaim,
  },
  {
    type: 'webhook',
    at: 0.32,
    via: 'meta-page',
    on: 'fb-flu',
    author: person('7010000000000318', 'Fernhill Refunds Team', 'Fernhill Refunds Team'),
    text: 'Missed a delivery? Message our refunds desk on WhatsApp +44 7700 900318 and you will be paid back within the hour',
    scenario: SCENARIOS.whatsappScam,
  },
  {
    type: 'post',
    at: 0.4,
    ref: 'ig-drops',
    platform: 'instagram',
    text: 'Winter reset: my morning shot of @fernhill.pharmacy vitamin D drops ☀️ Use code MAYA15 for 15% off',
    scenario: SCENARIOS.partnerNoAd,
  },
  {
    type: 'webhook',
    at: 0.5,
    via: 'x',
    on: 'x-hours',
    replyTo: 'x-complaint',
    author: person('7730000202', 'fernhill_support_desk', 'Fernhill Support'),
    text: '@priya_k to release the refund, reply here with the 6-digit code we just texted you',
    scenario: SCENARIOS.codeRequest,
  },
  {
    type: 'webhook',
    at: 0.6,
    via: 'meta-instagram',
    on: 'ig-run',
    author: person('5512000000000910', 'fernhill.giveaways', 'Fernhill Giveaways'),
    text: 'Fernhill turns 10! Send 0.05 ETH to our anniversary wallet and get 0.1 ETH back, only 50 spots left',
    scenario: SCENARIOS.cryptoGiveaway,
  },
  {
    type: 'webhook',
    at: 0.66,
    via: 'x',
    on: 'x-hours',
    author: person('4410000023', 'tomas_r', 'Tomás R'),
    text: '@fernhill thanks, the Kingsway branch sorted my order in ten minutes',
  },
  {
    type: 'webhook',
    at: 0.72,
    via: 'meta-page',
    on: 'fb-flu',
    author: person('7010000000000404', 'Grace Obi', 'Grace Obi'),
    text: 'Booked mine for Thursday, the online form took a minute',
  },
  {
    type: 'post',
    at: 0.8,
    ref: 'ig-kit',
    platform: 'instagram',
    text: '#ad Paid partnership with Fernhill Pharmacy: the recovery kit I keep in my bag',
  },
];

/** Everyday comments: questions, thanks, small talk. None of them should ever fire. */
const ORDINARY = [
  'Picked up my prescription in five minutes today, thank you!',
  'Do you stock the fragrance-free sun cream in the 200ml size?',
  'What time does the Kingsway branch close on Sundays?',
  "The pharmacist at the Elm Road branch was so helpful with my mum's medication review",
  'Is the flu jab walk-in or do I need to book?',
  'Love the new app, so much easier to reorder',
  'Any chance of bringing back the lavender hand cream?',
  'Ordered on Tuesday, arrived Wednesday. Impressed',
  'Can I collect a prescription for my dad if I bring his card?',
  'The queue at the Market Street store was long today but the staff were lovely',
  'How long do the drops last once opened?',
  'Do you deliver to Cardiff?',
  'Thanks for answering so fast yesterday',
  'Is the travel vaccine clinic open in December?',
  'Tried the oat shampoo, my scalp is much calmer, thanks for the recommendation',
  'Happy to see the recycling scheme for blister packs',
  'Which branch has parking?',
  'Good morning from Leeds!',
  'Is the 3 for 2 on vitamins still on?',
];
/** What people write under the partner's running posts. */
const FANS = [
  'Where did you get that mug?!',
  'Great tips, thanks Maya',
  'Your morning routine is goals',
  'That route looks beautiful',
  'Rain runs are the best runs',
  'How do you stay motivated in winter?',
];
const PEOPLE = [
  person('4410000031', 'sam_bakes', 'Sam'),
  person('4410000032', 'olu.reads', 'Olu'),
  person('4410000033', 'hannah_w', 'Hannah W'),
  person('4410000034', 'dev_patel88', 'Dev'),
  person('4410000035', 'marta.k', 'Marta'),
  person('4410000036', 'jonno', 'Jon'),
  person('4410000037', 'lucy_in_leeds', 'Lucy'),
  person('4410000038', 'kwame.a', 'Kwame'),
];
/** Which post ordinary comments go under, per platform. */
const ORDINARY_POSTS: Readonly<Record<DemoPlatform, readonly string[]>> = {
  x: ['x-hours'],
  facebook: ['fb-flu', 'fb-syrup'],
  instagram: ['ig-run', 'ig-drops'],
};
const PLATFORMS: readonly DemoPlatform[] = ['x', 'facebook', 'instagram'];

/** Ordinary comments per cycle: enough for "plenty", spread between the seeded events. */
export const ORDINARY_PER_CYCLE = 36;

/**
 * One cycle of the demo, in time order. `cycle` (0, 1, 2... in --watch) only varies which
 * ordinary comment goes where; every cycle seeds the same problems again, as new items.
 */
export function demoCycle(cycle = 0): DemoEvent[] {
  const events: DemoEvent[] = [...SEEDED];
  for (let i = 0; i < ORDINARY_PER_CYCLE; i++) {
    const n = i + cycle * ORDINARY_PER_CYCLE;
    const platform = PLATFORMS[n % PLATFORMS.length] as DemoPlatform;
    const posts = ORDINARY_POSTS[platform];
    const on = posts[Math.floor(n / PLATFORMS.length) % posts.length] as string;
    // Comments under a post come after the post is published.
    const earliest = Math.max(...SEEDED.filter((e) => e.type === 'post' && e.ref === on).map((e) => e.at));
    const at = Math.max(earliest + 0.01, 0.02 + (0.83 * i) / ORDINARY_PER_CYCLE);
    const texts = platform === 'instagram' ? FANS : ORDINARY;
    events.push({
      type: 'comment',
      at,
      on,
      author: PEOPLE[(n * 5) % PEOPLE.length] as DemoAuthor,
      text: texts[(n * 7) % texts.length] as string,
    });
  }
  return events.sort((a, b) => a.at - b.at);
}

/** The watched accounts of the fake platforms (the owners of their timelines). */
export const OWNERS: Readonly<Record<DemoPlatform, DemoAuthor & { role: 'brand' | 'partner' }>> = {
  x: { id: '1598765432', handle: 'fernhill', name: 'Fernhill Pharmacy', role: 'brand' },
  facebook: { id: PAGE_ID, handle: 'fernhillpharmacy', name: 'Fernhill Pharmacy', role: 'brand' },
  instagram: { id: IG_USER_ID, handle: 'maya.moves', name: 'Maya Moves', role: 'partner' },
};
