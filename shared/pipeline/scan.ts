import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Engine } from '../checks/engine.ts';
import { type ContentItem, type Finding, safeParseContentItem } from '../model/index.ts';

/** One scanned item: its identity and its findings (CONTRACTS.md §4). */
export interface ScanResult {
  readonly line: number;
  readonly item: ContentItem;
  readonly findings: Finding[];
}

/** A line that was not a valid content item; reported and skipped, never fatal. */
export interface ScanProblem {
  readonly line: number;
  readonly message: string;
}

export type ScanEvent = { type: 'result'; result: ScanResult } | { type: 'problem'; problem: ScanProblem };

/** Parses one JSON value as a content item, or says what is wrong with it. */
function toEvent(value: unknown, line: number, engine: Engine, now: () => Date): ScanEvent {
  const parsed = safeParseContentItem(value);
  if (!parsed.ok) return { type: 'problem', problem: { line, message: parsed.problems.join('; ') } };
  return {
    type: 'result',
    result: { line, item: parsed.item, findings: engine.analyze(parsed.item, now()) },
  };
}

/**
 * Scans a stream of JSONL content items, line by line, in input order. Memory stays flat
 * whatever the input size. A stream whose first non-blank character is `[` is read as one
 * JSON array instead (for `.json` files); its elements are numbered from 1.
 */
export async function* scanStream(
  input: Readable,
  engine: Engine,
  now: () => Date = () => new Date(),
): AsyncGenerator<ScanEvent> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNo = 0;
  let arrayText: string[] | null = null;
  let sawContent = false;
  for await (const raw of lines) {
    lineNo++;
    if (arrayText) {
      arrayText.push(raw);
      continue;
    }
    const text = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (!text.trim()) continue;
    if (!sawContent && text.trimStart().startsWith('[')) {
      arrayText = [text];
      continue;
    }
    sawContent = true;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      yield {
        type: 'problem',
        problem: { line: lineNo, message: `not valid JSON (${(e as Error).message})` },
      };
      continue;
    }
    yield toEvent(value, lineNo, engine, now);
  }
  if (arrayText) {
    let values: unknown;
    try {
      values = JSON.parse(arrayText.join('\n'));
    } catch (e) {
      yield {
        type: 'problem',
        problem: { line: 1, message: `not a valid JSON array (${(e as Error).message})` },
      };
      return;
    }
    if (!Array.isArray(values)) {
      yield { type: 'problem', problem: { line: 1, message: 'expected a JSON array of items' } };
      return;
    }
    for (let i = 0; i < values.length; i++) yield toEvent(values[i], i + 1, engine, now);
  }
}
