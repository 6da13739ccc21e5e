import { clipUnits, type Evidence, type EvidenceField } from '../model/index.ts';
import type { NormalizedText } from '../text/normalize.ts';

/** Evidence for a span of a normalized field, with offsets mapped back to the published text. */
export function spanEvidence(
  field: Exclude<EvidenceField, 'links'>,
  text: NormalizedText,
  start: number,
  end: number,
  note?: string,
): Evidence {
  const o = text.toOriginal(start, end);
  return {
    field,
    start: o.start,
    end: o.end,
    match: text.original.slice(o.start, o.end),
    ...(note ? { note } : {}),
  };
}

/** Evidence for the first match of `pattern` in a normalized field, or null. */
export function firstMatch(
  field: Exclude<EvidenceField, 'links'>,
  text: NormalizedText,
  pattern: RegExp,
): Evidence | null {
  pattern.lastIndex = 0;
  const m = pattern.exec(text.text);
  if (!m) return null;
  return spanEvidence(field, text, m.index, m.index + m[0].length);
}

/** Quotes a match for a reason sentence, shortened to a readable length. */
export function quote(s: string, max = 60): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return `'${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}'`;
}

/**
 * Bounds on what a finding carries, so its stored record stays far below DynamoDB's 400 KB
 * item limit whatever a check reports (at most 3 bytes per UTF-16 unit: 50 × 1,500 units is
 * under 225 KB). Ordinary findings are far inside them and unchanged.
 */
export const FINDING_BOUNDS = { evidence: 50, match: 1000, note: 500, reason: 1000 } as const;

/** A long string cut to `max` units, ending with `…` so a reader sees it was cut. */
function clipMarked(s: string, max: number): string {
  return s.length > max ? `${clipUnits(s, max - 1)}…` : s;
}

/**
 * The evidence list as kept: at most FINDING_BOUNDS.evidence spans, each `match` and `note`
 * bounded. Offsets still give the whole span in the published field.
 */
export function boundEvidence(evidence: readonly Evidence[]): Evidence[] {
  return evidence.slice(0, FINDING_BOUNDS.evidence).map((e) =>
    e.match.length <= FINDING_BOUNDS.match && (e.note === undefined || e.note.length <= FINDING_BOUNDS.note)
      ? e
      : {
          ...e,
          match: clipMarked(e.match, FINDING_BOUNDS.match),
          ...(e.note !== undefined ? { note: clipMarked(e.note, FINDING_BOUNDS.note) } : {}),
        },
  );
}

/** A reason sentence as kept (quote() already shortens quoted matches). */
export function boundReason(reason: string): string {
  return clipMarked(reason, FINDING_BOUNDS.reason);
}
