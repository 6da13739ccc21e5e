import type { ScanResult } from '../../shared/pipeline/scan.ts';
import { escapeForDisplay as show } from '../../shared/text/display.ts';

const useColor = (stream: NodeJS.WriteStream) => stream.isTTY && !process.env.NO_COLOR;

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
