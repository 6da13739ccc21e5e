import type { Evidence, EvidenceField } from '../model/index.ts';
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
