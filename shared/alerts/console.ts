import type { StoredFinding } from '../store/types.ts';
import { escapeForDisplay as show } from '../text/display.ts';
import { formatAlert } from './format.ts';
import type { AlertSink } from './types.ts';

/** Where the console sink writes (process.stdout by default). */
export interface TextOut {
  write(text: string): unknown;
}

// A terminal block stays short: the full evidence list is in the store and the JSONL sink.
const EVIDENCE_SHOWN = 3;

/**
 * Renders one alert as a short readable block: the subject line, why, where, up to three
 * evidence excerpts and the finding id. Everything comes from formatAlert, so personal data
 * in the reason and evidence is already masked; free text is escaped for the terminal.
 */
export function consoleBlock(finding: StoredFinding): string {
  const { subject, document } = formatAlert(finding);
  // Authors write the handle, the text and often the id and url: their control characters are
  // shown as escapes, never sent to the terminal (the subject is ASCII-only already).
  const lines = [
    subject,
    `  why:   ${show(document.reason)}`,
    `  where: ${document.platform} ${document.itemKind} ${show(document.itemId)} by @${show(document.authorHandle)}`,
  ];
  if (document.itemUrl) lines.push(`  link:  ${show(document.itemUrl)}`);
  for (const e of document.evidence.slice(0, EVIDENCE_SHOWN)) {
    lines.push(
      `  - ${e.field}: "${show(e.match.replace(/\s+/g, ' '))}"${e.note ? ` (${show(e.note)})` : ''}`,
    );
  }
  if (document.evidence.length > EVIDENCE_SHOWN) {
    lines.push(`  … ${document.evidence.length - EVIDENCE_SHOWN} more`);
  }
  lines.push(`  finding ${document.findingId}`);
  return `${lines.join('\n')}\n\n`;
}

/** Prints each alert as a short block on a text stream (the terminal). */
export class ConsoleAlertSink implements AlertSink {
  constructor(private readonly out: TextOut = process.stdout) {}

  async publish(finding: StoredFinding): Promise<void> {
    this.out.write(consoleBlock(finding));
  }
}
