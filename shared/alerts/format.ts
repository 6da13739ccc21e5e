import type { Action, Evidence } from '../model/index.ts';
import type { StoredFinding } from '../store/types.ts';
import { escapeForDisplay as show } from '../text/display.ts';
import { maskPersonalData } from './mask.ts';

/**
 * The machine-readable alert: what a subscriber (queue, function, JSONL file) receives. Its
 * strings are as published (masked, not display-escaped): JSON.stringify escapes C0 controls,
 * and bidi overrides are data to a machine. Whoever shows them to a person escapes them
 * (shared/text/display.ts), as the body and the console sink do.
 */
export interface AlertDocument {
  readonly findingId: string;
  readonly check: StoredFinding['check'];
  readonly severity: StoredFinding['severity'];
  readonly action: Action;
  readonly brand: string;
  readonly platform: StoredFinding['platform'];
  readonly itemId: string;
  readonly itemKind: StoredFinding['itemKind'];
  readonly itemUrl?: string;
  readonly authorHandle: string;
  /** The reason sentence, personal data masked. */
  readonly reason: string;
  /** The evidence spans, `match` masked. At most MAX_EVIDENCE entries. */
  readonly evidence: readonly Evidence[];
  readonly createdAt: string;
}

/** A person-readable alert plus its machine-readable form. */
export interface FormattedAlert {
  /** One line, ASCII, at most 100 characters (the SNS subject limit). */
  readonly subject: string;
  readonly body: string;
  readonly document: AlertDocument;
}

// Bounds keep a message well below the SNS 256 KB limit whatever a check reports.
const MAX_EVIDENCE = 10;
const MAX_MATCH = 200;
const SUBJECT_MAX = 100;

const ACTION_LABEL: Record<Action, string> = {
  takedown: 'Take down',
  correction: 'Correct',
  review: 'Review',
};

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** SNS subjects must be printable ASCII on one line; brand names may not be. */
function asciiLine(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/[^\x20-\x7e]/g, '?')
    .trim();
}

/** Builds the subject, body and document of the alert for one finding, with personal data masked. */
export function formatAlert(finding: StoredFinding): FormattedAlert {
  // A pii-exposure excerpt is personal data as a whole, even when out of its context the
  // detectors would not know it (an address without its "lives at").
  const known = finding.check === 'pii-exposure';
  // Fields in a fixed order, not the record's: a finding read back from DynamoDB has its map
  // keys in another order, and a re-published alert must be the same message byte for byte.
  const evidence = finding.evidence.slice(0, MAX_EVIDENCE).map((e) => ({
    field: e.field,
    start: e.start,
    end: e.end,
    match: clip(maskPersonalData(e.match, { known }), MAX_MATCH),
    ...(e.index !== undefined ? { index: e.index } : {}),
    ...(e.note !== undefined ? { note: maskPersonalData(e.note) } : {}),
  }));
  const reason = maskPersonalData(finding.reason);
  const document: AlertDocument = {
    findingId: finding.id,
    check: finding.check,
    severity: finding.severity,
    action: finding.action,
    brand: finding.brand,
    platform: finding.platform,
    itemId: finding.itemId,
    itemKind: finding.itemKind,
    ...(finding.itemUrl !== undefined ? { itemUrl: finding.itemUrl } : {}),
    authorHandle: finding.authorHandle,
    reason,
    evidence,
    createdAt: finding.createdAt,
  };

  const label = ACTION_LABEL[finding.action];
  const line = asciiLine(
    `[${finding.severity.toUpperCase()}] ${label}: ${finding.check} on ${finding.platform} - ${finding.brand}`,
  );
  const subject = line.length > SUBJECT_MAX ? `${line.slice(0, SUBJECT_MAX - 3)}...` : line;

  // The body is read by people (email, SMS, chat): every free-text field is display-escaped,
  // so a handle or comment cannot reorder (bidi) or break (newlines, controls) its lines.
  const lines = [
    `${label}: ${finding.check} (${finding.severity}) on ${finding.platform} for ${show(finding.brand)}`,
    '',
    `Why: ${show(reason)}`,
    `Where: ${finding.itemKind} ${show(finding.itemId)} by @${show(finding.authorHandle)}`,
  ];
  if (finding.itemUrl) lines.push(`Link: ${show(finding.itemUrl)}`);
  lines.push('Evidence:');
  for (const e of evidence) {
    const at = e.index !== undefined ? `${e.field}[${e.index}]` : e.field;
    lines.push(
      `  - ${at} ${e.start}-${e.end}: "${show(e.match.replace(/\s+/g, ' '))}"${e.note ? ` (${show(e.note)})` : ''}`,
    );
  }
  if (finding.evidence.length > MAX_EVIDENCE) {
    lines.push(`  … and ${finding.evidence.length - MAX_EVIDENCE} more`);
  }
  if (finding.truncated)
    lines.push('Note: the text was longer than the scan limit; only its start was checked.');
  lines.push('', `Finding ${finding.id}, found ${finding.createdAt}.`);
  lines.push(`Triage: postwatch findings show ${finding.id}`);

  return { subject, body: lines.join('\n'), document };
}
