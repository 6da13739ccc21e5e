import { describe, expect, it } from 'vitest';
import { chatCode, chatPlain, formatChatbotNotification } from '../../../shared/alerts/chatbot.ts';
import type { StoredFinding } from '../../../shared/store/types.ts';

const finding: StoredFinding = {
  id: 'c0ffee5a8e7d6c5b4a39281706f5e4d3',
  check: 'pii-exposure',
  severity: 'high',
  action: 'takedown',
  reason: "Shows a phone number: '+44 7700 900123' and an email 'jo.bloggs@mail.example'.",
  evidence: [
    { field: 'text', start: 12, end: 27, match: '+44 7700 900123' },
    { field: 'text', start: 40, end: 62, match: 'jo.bloggs@mail.example' },
  ],
  brand: 'Acme Bank',
  platform: 'facebook',
  itemId: '104857600000001_998877',
  itemKind: 'comment',
  itemUrl: 'https://www.facebook.com/104857600000001/posts/998877?comment=55',
  contentHash: 'abc',
  authorId: '5512',
  authorHandle: 'Jo Bloggs',
  createdAt: '2026-11-20T09:20:00.000Z',
  status: 'open',
  history: [{ status: 'open', at: '2026-11-20T09:20:00.000Z', by: 'postwatch' }],
  alertState: 'pending',
};

// What an impersonator might write to make the alert itself phish the team that reads it.
const HOSTILE =
  'Verify here <https://acme-bank.example.evil/login|acmebank.com/secure> <!channel> <@U024BE7LH> *URGENT* _now_ ~x~ `code` [click](https://evil.example) &amp;\nFAKE LINE';
const hostile: StoredFinding = {
  ...finding,
  id: 'b7e1d0c4a5f6e7d8c9b0a1f2e3d4c5b6',
  check: 'phishing-link',
  severity: 'critical',
  reason: `Links to a look-alike domain: "${HOSTILE}"`,
  evidence: [{ field: 'text', start: 0, end: HOSTILE.length, match: HOSTILE }],
  authorHandle: 'acme_support*<!here>',
  itemUrl: 'https://evil.example/x?a=1&b=<@U1>',
};

/** Every stretch of the text outside inline code spans (where Slack and Teams render markdown). */
function outsideCode(markdown: string): string {
  return markdown.replace(/`[^`\n]*`/g, '');
}

describe('formatChatbotNotification', () => {
  it('has the custom notification shape Chatbot accepts', () => {
    const n = formatChatbotNotification(finding);
    expect(Object.keys(n)).toEqual(['version', 'source', 'id', 'content', 'metadata']);
    expect(n).toMatchObject({
      version: '1.0',
      source: 'custom',
      id: finding.id,
      content: {
        textType: 'client-markdown',
        keywords: ['pii-exposure', 'high', 'takedown', 'facebook'],
      },
      metadata: {
        threadId: finding.id,
        eventType: 'postwatch-finding',
        relatedResources: [finding.itemUrl],
        additionalContext: { findingId: finding.id, brand: 'Acme Bank', platform: 'facebook' },
      },
    });
    expect(Object.keys(n.content)).toEqual(['textType', 'title', 'description', 'nextSteps', 'keywords']);
    expect(Object.keys(n.metadata)).toEqual([
      'threadId',
      'summary',
      'eventType',
      'relatedResources',
      'additionalContext',
    ]);
    expect(n.content.title).toBe(':warning: Take down: pii-exposure (high) on facebook for Acme Bank');
    expect(n.content.description).toContain(`*Link:* ${finding.itemUrl}`);
    expect(n.content.nextSteps).toEqual([
      'Report the item to the platform and ask for its removal.',
      `Triage: \`postwatch findings show ${finding.id}\``,
    ]);
    for (const v of Object.values(n.metadata.additionalContext)) expect(typeof v).toBe('string');
  });

  it('masks personal data as the email and JSON alerts do', () => {
    const n = JSON.stringify(formatChatbotNotification(finding));
    expect(n).toContain('+•• •••• ••••23');
    expect(n).not.toContain('7700 900123');
    expect(n).not.toContain('900123');
    expect(n).not.toContain('jo.bloggs');
    expect(n).not.toContain('mail.example');
  });

  it('quotes what a stranger wrote as code: no link, mention, formatting or forged line', () => {
    const n = formatChatbotNotification(hostile);
    const { description, title, nextSteps } = n.content;
    const rendered = [title, description, ...nextSteps, n.metadata.summary];
    for (const text of rendered) {
      const outside = outsideCode(text);
      expect(outside).not.toMatch(/[<>]/);
      expect(outside).not.toContain('evil');
      expect(outside).not.toContain('channel');
      expect(outside).not.toContain('URGENT');
      // Slack parses <…> even inside code: none may survive anywhere.
      expect(text).not.toMatch(/<[@!#]|<https?:/);
      expect(text).not.toMatch(/[<>]/);
    }
    // The comment is still readable, as code: entities for < > &, a visible \n, no backtick inside.
    expect(description).toContain('&lt;!channel&gt;');
    expect(description).toContain('&lt;@U024BE7LH&gt;');
    expect(description).toContain('&amp;amp;');
    expect(description).toContain('ˋcodeˋ');
    expect(description).not.toContain('\nFAKE LINE');
    expect(description).toContain('`@acme_support*&lt;!here&gt;`');
    // Whitespace, newlines included, is one space: a comment cannot start a line of its own.
    // A URL with markdown characters is not offered as a link, nor as a related resource.
    expect(description).toContain('*Link:* `https://evil.example/x?a=1&amp;b=&lt;@U1&gt;`');
    expect(n.metadata.relatedResources).toEqual([]);
    // Each line is one field: the description has exactly the lines the format writes.
    const lines = description.split('\n');
    expect(lines).toHaveLength(5);
    [
      '*Why:* `',
      '*Where:* comment `',
      '*Link:* `',
      '*Evidence:*',
      `• text 0-${HOSTILE.length}: \`Verify`,
    ].forEach((start, i) => {
      expect(lines[i]!.startsWith(start), lines[i]).toBe(true);
    });
  });

  it('threads a re-publish under the first: same finding, same message byte for byte', () => {
    const first = JSON.stringify(formatChatbotNotification(finding));
    // Read back from DynamoDB: the same record with its map keys in another order.
    const reread = Object.fromEntries(Object.entries(finding).reverse()) as unknown as StoredFinding;
    expect(JSON.stringify(formatChatbotNotification(reread))).toBe(first);
    expect(formatChatbotNotification(hostile).metadata.threadId).toBe(hostile.id);
    expect(formatChatbotNotification(hostile).metadata.threadId).not.toBe(
      formatChatbotNotification(finding).metadata.threadId,
    );
  });

  it('keeps a finding with many long spans within a chat message', () => {
    const evidence = Array.from({ length: 40 }, (_, i) => ({
      field: 'text' as const,
      start: i,
      end: i + 1,
      match: 'x'.repeat(1000),
    }));
    const n = formatChatbotNotification({ ...finding, check: 'spam', evidence, brand: 'B'.repeat(400) });
    expect(n.content.description.length).toBeLessThanOrEqual(3000);
    expect(n.content.description).toContain('… and 35 more');
    expect(n.content.title.length).toBeLessThanOrEqual(250);
  });
});

describe('chatCode and chatPlain', () => {
  it('code-quotes, and shows an empty value as such', () => {
    expect(chatCode('a`b')).toBe('`aˋb`');
    expect(chatCode('  ')).toBe('(empty)');
    expect(chatCode('x'.repeat(50), 10)).toBe(`\`${'x'.repeat(9)}…\``);
  });

  it('drops markdown control characters from plain text and escapes < > &', () => {
    expect(chatPlain('Acme & Sons *Bank* <@U1> [x](y) :tada:')).toBe(
      'Acme &amp; Sons Bank &lt;U1&gt; xy tada',
    );
  });
});
