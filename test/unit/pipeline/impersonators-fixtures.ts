/**
 * Fixtures for the impersonator tests: a made-up bank and comments in the platforms' own
 * shapes (X API v2 reply pages, Instagram Graph API comments), mapped by the real mappers.
 */
import type { AlertSink } from '../../../shared/alerts/types.ts';
import { createEngine } from '../../../shared/checks/engine.ts';
import { type ContentItem, parseBrandProfile } from '../../../shared/model/index.ts';
import { mapInstagramComment } from '../../../shared/platforms/meta/map.ts';
import { mapXPage } from '../../../shared/platforms/x/map.ts';
import type { StoredFinding } from '../../../shared/store/types.ts';

export const BRAND = parseBrandProfile({
  name: 'Halvard Bank',
  aliases: ['Halvard'],
  accounts: [
    { platform: 'x', handle: 'halvardbank' },
    { platform: 'instagram', handle: 'halvardbank' },
    { platform: 'x', handle: 'halvard_care' },
  ],
  domains: ['halvard.com'],
  supportContacts: ['support@halvard.com', '+1 800 555 0199', 'https://halvard.com/help'],
});
export const engine = createEngine(BRAND);

const X_USERS = [
  { id: '1580000000000000042', username: 'halvard_help', name: 'Halvard Support' },
  { id: '1580000000000000077', username: 'HaIvardBank', name: 'Halvard Bank' },
  { id: '1580000000000000099', username: 'mkowalski', name: 'Marta Kowalski' },
];

function xReply(id: string, authorId: string, text: string, at: string, extra: object = {}): ContentItem {
  const [item] = mapXPage({
    data: [
      {
        id,
        text,
        author_id: authorId,
        created_at: at,
        conversation_id: '1860999999999999000',
        referenced_tweets: [{ type: 'replied_to', id: '1860999999999999000' }],
        ...extra,
      },
    ],
    includes: { users: X_USERS },
  });
  return item!;
}

/** @halvard_help answering a complaint with a WhatsApp number. */
export const whatsappReply = xReply(
  '1861000000000000101',
  '1580000000000000042',
  '@mkowalski so sorry about the double charge! DM us on WhatsApp +44 7700 900481 and our refunds desk will sort it today',
  '2026-11-28T10:02:11.000Z',
);

/** The same account, later, with a lookalike refund site behind X's t.co wrapper. */
export const phishingReply = xReply(
  '1861000000000000102',
  '1580000000000000042',
  '@tom_b refunds are handled at https://t.co/Ab12Cd34 - log in with your card details to verify',
  '2026-11-28T10:09:40.000Z',
  {
    entities: {
      urls: [
        {
          url: 'https://t.co/Ab12Cd34',
          expanded_url: 'https://halvard-refunds.com/claim',
          display_url: 'halvard-refunds.com/claim',
        },
      ],
    },
  },
);

/** Another account (capital I for l) with a crypto giveaway and a wallet. */
export const walletReply = xReply(
  '1861000000000000103',
  '1580000000000000077',
  'Halvard is giving away 5 ETH to celebrate! Send 0.1 ETH to 0x8f3a2b7c9d1e4f5a6b7c8d9e0f1a2b3c4d5e6f70 and get 0.2 back',
  '2026-11-28T11:00:00.000Z',
);

/** A customer complaining: no finding of any scam check. */
export const customerReply = xReply(
  '1861000000000000104',
  '1580000000000000099',
  '@halvardbank charged twice for the same order, still waiting for the refund',
  '2026-11-28T09:58:00.000Z',
);

const MEDIA = { id: '18012345678901234', permalink: 'https://www.instagram.com/p/DAbc123xyz/' };

/** An Instagram comment as the Graph API returns it (fields id,text,timestamp,username,from,parent_id). */
export function instagramComment(id: string, fromId: string, username: string, text: string, at: string) {
  return mapInstagramComment({ id, text, timestamp: at, username, from: { id: fromId, username } }, MEDIA)!;
}

/** A new Instagram account (digit zero for o... and 4 for a) reusing the WhatsApp number. */
export const reusedNumber = instagramComment(
  '17900000000000301',
  '17841400000000555',
  'h4lvard.support',
  'Having trouble with a refund? Message us on WhatsApp +44 7700 900481, we reply within minutes',
  '2026-12-01T08:15:00+0000',
);

/** Records what a sink accepted; can fail a number of times first. */
export class RecordingSink implements AlertSink {
  readonly published: StoredFinding[] = [];
  failNext = 0;
  async publish(finding: StoredFinding): Promise<void> {
    if (this.failNext > 0) {
      this.failNext--;
      throw new Error('sink down');
    }
    this.published.push(finding);
  }
}
