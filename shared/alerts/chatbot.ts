import type { Action } from '../model/index.ts';
import type { StoredFinding } from '../store/types.ts';
import { escapeForDisplay } from '../text/display.ts';
import { formatAlert } from './format.ts';

/**
 * An AWS Chatbot (Amazon Q Developer in chat applications) custom notification: the JSON an
 * SNS topic mapped to a Slack or Microsoft Teams channel configuration must carry to be shown
 * (event schema of the Chatbot "Custom notifications" guide: version "1.0", source "custom").
 */
export interface ChatbotNotification {
  readonly version: '1.0';
  readonly source: 'custom';
  readonly id: string;
  readonly content: {
    readonly textType: 'client-markdown';
    readonly title: string;
    readonly description: string;
    readonly nextSteps: readonly string[];
    readonly keywords: readonly string[];
  };
  readonly metadata: {
    /** The finding id: a re-published alert (outbox sweep, retry) threads under the first. */
    readonly threadId: string;
    readonly summary: string;
    readonly eventType: string;
    readonly relatedResources: readonly string[];
    readonly additionalContext: Readonly<Record<string, string>>;
  };
}

/** The notification type, for Chatbot custom actions (their pattern is `[a-zA-Z0-9-]+`). */
export const CHATBOT_EVENT_TYPE = 'postwatch-finding';

// Slack shows a section of at most 3,000 characters; a few evidence spans say enough in chat
// (the JSON alert on the other topics has them all).
const MAX_CHAT_EVIDENCE = 5;
const MAX_FIELD = 300;
const MAX_TITLE = 250;
const MAX_DESCRIPTION = 2800;

const ACTION_STEP: Record<Action, string> = {
  takedown: 'Report the item to the platform and ask for its removal.',
  correction: 'Reply to the item with the correct information.',
  review: 'Decide whether the item needs an answer; dismiss it otherwise.',
};

const SEVERITY_ICON: Record<StoredFinding['severity'], string> = {
  critical: ':rotating_light:',
  high: ':warning:',
  medium: ':large_orange_diamond:',
  low: ':information_source:',
};

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** The three characters Slack asks every message to escape; `&` first, so escapes stay as written. */
function entities(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Untrusted text (a comment, a handle, an id) as an inline code span: no bold, italic, strike,
 * link, mention or emoji is rendered inside one, on Slack or Teams. Controls, bidi and line
 * breaks are made visible (a newline would end the span), a backtick, which would close it, is
 * shown as U+02CB, and `< > &` are entity-escaped, since Slack parses `<@U…>`, `<!here>` and
 * `<url|text>` even in code.
 */
export function chatCode(text: string, max = MAX_FIELD): string {
  const flat = clip(escapeForDisplay(text.replace(/\s+/g, ' ')), max).replace(/`/g, 'ˋ');
  return flat.trim() === '' ? '(empty)' : `\`${entities(flat)}\``;
}

/**
 * Text that is shown as words, not code (the brand in the title): entity-escaped, and the
 * markdown control characters `* _ ~ \` | [ ] ( ) # ! : @ \\` dropped, so it cannot format,
 * link or mention.
 */
export function chatPlain(text: string, max = MAX_FIELD): string {
  const plain = escapeForDisplay(text.replace(/\s+/g, ' '))
    .replace(/[*_~`|[\]()#!:@\\]/g, '')
    .replace(/ {2,}/g, ' ')
    .trim();
  return entities(clip(plain, max));
}

/** A link that both Slack and Teams show as a link and that holds no markdown character. */
const SAFE_URL = /^https:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:\/[A-Za-z0-9./?=%+-]*)?$/;

/**
 * Renders one stored finding as a Chatbot custom notification. Its text comes from the alert
 * document of formatAlert, so it carries the same masking of personal data as the email and
 * JSON alerts; every field a stranger wrote is quoted as code (chatCode). Deterministic: the
 * same finding gives the same message byte for byte, and its threadId is the finding id.
 */
export function formatChatbotNotification(finding: StoredFinding): ChatbotNotification {
  const { document: doc } = formatAlert(finding);
  const label = { takedown: 'Take down', correction: 'Correct', review: 'Review' }[doc.action];
  const title = clip(
    `${SEVERITY_ICON[doc.severity]} ${label}: ${doc.check} (${doc.severity}) on ${doc.platform} for ${chatPlain(doc.brand, 80)}`,
    MAX_TITLE,
  );

  const link =
    doc.itemUrl === undefined ? undefined : SAFE_URL.test(doc.itemUrl) ? doc.itemUrl : chatCode(doc.itemUrl);
  const lines = [
    `*Why:* ${chatCode(doc.reason, 500)}`,
    `*Where:* ${doc.itemKind} ${chatCode(doc.itemId, 120)} by ${chatCode(`@${doc.authorHandle}`, 120)}`,
    ...(link ? [`*Link:* ${link}`] : []),
    '*Evidence:*',
    ...doc.evidence.slice(0, MAX_CHAT_EVIDENCE).map((e) => {
      const at = e.index !== undefined ? `${e.field}[${e.index}]` : e.field;
      return `• ${at} ${e.start}-${e.end}: ${chatCode(e.match)}${e.note ? ` (${chatCode(e.note, 120)})` : ''}`;
    }),
  ];
  const more = finding.evidence.length - Math.min(doc.evidence.length, MAX_CHAT_EVIDENCE);
  if (more > 0) lines.push(`• … and ${more} more`);
  if (finding.truncated) lines.push('_The text was longer than the scan limit; only its start was checked._');
  let description = lines.join('\n');
  if (description.length > MAX_DESCRIPTION)
    description = `${lines.slice(0, 3).join('\n')}\n• … (evidence cut)`;

  return {
    version: '1.0',
    source: 'custom',
    id: doc.findingId,
    content: {
      textType: 'client-markdown',
      title,
      description,
      nextSteps: [ACTION_STEP[doc.action], `Triage: ${chatCode(`postwatch findings show ${doc.findingId}`)}`],
      keywords: [doc.check, doc.severity, doc.action, doc.platform],
    },
    metadata: {
      threadId: doc.findingId,
      summary: clip(
        `${label}: ${doc.check} (${doc.severity}) on ${doc.platform}, finding ${chatPlain(doc.findingId, 120)}`,
        MAX_TITLE,
      ),
      eventType: CHATBOT_EVENT_TYPE,
      relatedResources: link === doc.itemUrl && link ? [link] : [],
      additionalContext: {
        findingId: chatPlain(doc.findingId, 120),
        brand: chatPlain(doc.brand, 120),
        platform: doc.platform,
        createdAt: doc.createdAt,
      },
    },
  };
}
