import Table from 'cli-table3';
import type { ScanResult } from '../../shared/pipeline/scan.ts';
import type { StoredFinding } from '../../shared/store/types.ts';
import { escapeForDisplay as show } from '../../shared/text/display.ts';

/** Colour only on a terminal, and never when NO_COLOR is set (to anything non-empty). */
export const useColor = (stream: NodeJS.WriteStream) => Boolean(stream.isTTY) && !process.env.NO_COLOR;

/** ANSI helpers that turn into no-ops when the output is not a colour terminal. */
export function colors(stream: NodeJS.WriteStream) {
  const on = useColor(stream);
  const wrap = (code: string) => (s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);
  return { bold: wrap('1'), red: wrap('31'), yellow: wrap('33'), dim: wrap('2'), inverse: wrap('7') };
}

/**
 * The contract's JSONL line for one scanned item. Machine output: JSON.stringify escapes C0
 * controls; bidi characters stay as data (the table, for people, escapes them).
 */
export function jsonlLine(r: ScanResult): string {
  return JSON.stringify({ platform: r.item.platform, id: r.item.id, findings: r.findings });
}

/** One line of untrusted text for the terminal: whitespace runs folded, controls escaped. */
const line = (s: string) => show(s.replace(/\s+/g, ' '));

/**
 * Shows a field with the evidence span highlighted, cut to a readable window around it. Each
 * piece is escaped before the highlight is added, so only our own ANSI codes reach the terminal.
 */
export function highlight(value: string, start: number, end: number, mark: (s: string) => string): string {
  const before = line(value.slice(Math.max(0, start - 30), start));
  const after = line(value.slice(end, end + 30));
  const lead = start > 30 ? '…' : '';
  const tail = end + 30 < value.length ? '…' : '';
  return `${lead}${before}${mark(line(value.slice(start, end)))}${after}${tail}`;
}

/** Table rows (one per finding) for a scanned item, as lines of text. */
export function tableRows(r: ScanResult, stream: NodeJS.WriteStream): string[] {
  const c = colors(stream);
  const rows: string[] = [];
  for (const f of r.findings) {
    const sev = f.severity === 'critical' || f.severity === 'high' ? c.red(f.severity) : c.yellow(f.severity);
    rows.push(
      `${c.bold(`${r.item.platform}:${line(r.item.id)}`)}  @${line(r.item.author.handle)}  ${c.bold(f.check)}  ${sev}  → ${f.action}`,
    );
    rows.push(`    ${line(f.reason)}`);
    for (const e of f.evidence) {
      const source =
        e.field === 'text'
          ? r.item.text
          : e.field === 'author.handle'
            ? r.item.author.handle
            : e.field === 'author.displayName'
              ? (r.item.author.displayName ?? '')
              : (r.item.links?.[e.index ?? 0] ?? e.match);
      const shown =
        source.slice(e.start, e.end) === e.match
          ? highlight(source, e.start, e.end, c.inverse)
          : line(e.match);
      rows.push(c.dim(`    ${e.field}: `) + shown + (e.note ? c.dim(`  (${line(e.note)})`) : ''));
    }
  }
  return rows;
}

/** How long ago, in the largest whole unit: `45s`, `12m`, `5h`, `3d`, `8w`. */
export function age(iso: string, now: Date): string {
  const s = Math.max(0, Math.round((now.getTime() - Date.parse(iso)) / 1000));
  if (s < 60) return `${s}s`;
  if (s < 3_600) return `${Math.floor(s / 60)}m`;
  if (s < 86_400) return `${Math.floor(s / 3_600)}h`;
  if (s < 14 * 86_400) return `${Math.floor(s / 86_400)}d`;
  return `${Math.floor(s / 604_800)}w`;
}

/** Characters of a finding id the table shows; `findings show` takes such a prefix. */
export const SHORT_ID = 8;

const STATUS_LABEL: Record<StoredFinding['status'], string> = {
  open: 'open',
  acknowledged: 'acked',
  resolved: 'resolved',
  dismissed: 'dismissed',
};

/** A table of findings that fits 80 columns (cli-table3); untrusted text escaped. */
export function findingsTable(
  findings: readonly StoredFinding[],
  stream: NodeJS.WriteStream,
  now: Date,
): string {
  const c = colors(stream);
  const table = new Table({
    head: ['ID', 'SEV', 'CHECK', 'STATUS', 'WHERE', 'AGE'].map((h) => c.bold(h)),
    // 72 + 7 borders = 79 columns.
    colWidths: [10, 6, 22, 11, 17, 6],
    wordWrap: false,
    truncate: '…',
    style: { head: [], border: [], compact: true },
  });
  for (const f of findings) {
    const sev = f.severity === 'critical' ? 'crit' : f.severity === 'medium' ? 'med' : f.severity;
    table.push([
      f.id.slice(0, SHORT_ID),
      f.severity === 'critical' || f.severity === 'high' ? c.red(sev) : c.yellow(sev),
      f.check,
      STATUS_LABEL[f.status],
      `${f.platform} @${line(f.authorHandle)}`,
      age(f.createdAt, now),
    ]);
  }
  return table.toString();
}

/**
 * One finding for a person: what, where, why, the evidence excerpts as stored (each match
 * highlighted, with its offsets and note) and the status history (when, who, note).
 */
export function findingDetail(f: StoredFinding, stream: NodeJS.WriteStream): string {
  const c = colors(stream);
  const label = (s: string) => c.dim(s.padEnd(10));
  const out = [
    `${c.bold(`finding ${f.id}`)}`,
    `${label('check')}${c.bold(f.check)}  ${f.severity === 'critical' || f.severity === 'high' ? c.red(f.severity) : c.yellow(f.severity)}  → ${f.action}`,
    `${label('status')}${f.status}${f.updatedAt ? ` (since ${f.updatedAt})` : ''}`,
    `${label('brand')}${line(f.brand)}`,
    `${label('item')}${f.platform} ${f.itemKind} ${line(f.itemId)}${f.parentId ? ` (reply to ${line(f.parentId)})` : ''}`,
    `${label('author')}@${line(f.authorHandle)}${f.authorId ? ` (id ${line(f.authorId)})` : ''}`,
    ...(f.itemUrl ? [`${label('url')}${line(f.itemUrl)}`] : []),
    `${label('found')}${f.createdAt}${f.alertState === 'pending' ? '  (alert pending)' : f.alertedAt ? `  (alerted ${f.alertedAt})` : ''}`,
    `${label('reason')}${line(f.reason)}`,
    '',
    c.bold(`Evidence${f.truncated ? ' (text over the scan cap: only its start was checked)' : ''}`),
  ];
  for (const e of f.evidence) {
    const where = `${e.field}${e.index !== undefined ? `[${e.index}]` : ''} ${e.start}-${e.end}`;
    out.push(
      `  ${c.dim(where.padEnd(22))} ${c.inverse(line(e.match))}${e.note ? c.dim(`  (${line(e.note)})`) : ''}`,
    );
  }
  if (f.evidence.length === 0) out.push('  (none recorded)');
  out.push('', c.bold('History'));
  for (const h of f.history) {
    out.push(`  ${h.at}  ${h.status.padEnd(12)} ${line(h.by)}${h.note ? `  "${line(h.note)}"` : ''}`);
  }
  return `${out.join('\n')}\n`;
}
