/**
 * The Powertools logger every postwatch function uses, with personal data kept out.
 *
 * The first line of defence is what the code logs: ids (message, item, finding), check ids,
 * counts and error names, never texts, handles, names, emails or numbers. This logger is the
 * second: any attribute whose name says it holds content (`text`, `body`, `handle`,
 * `displayName`, `authorHandle`, `email`, `phone`, `match`, `reason`, …) is replaced by
 * `[redacted]` wherever it sits in the log entry, and email addresses and phone-like digit
 * runs inside any other string are masked. The event is never logged, whatever
 * POWERTOOLS_LOGGER_LOG_EVENT says (pass `{ logEvent: false }` to injectLambdaContext:
 * `LOG_EVENT_OFF`).
 */
import { Logger } from '@aws-lambda-powertools/logger';

/** Attribute names whose values are content or identify a person. */
const CONTENT_KEYS = new Set(
  [
    'text',
    'body',
    'rawBody',
    'handle',
    'authorHandle',
    'displayName',
    'author',
    'email',
    'phone',
    'match',
    'reason',
    'evidence',
    'note',
    'links',
    'url',
    'itemUrl',
  ].map((k) => k.toLowerCase()),
);
const EMAIL = /[^\s@"'<>()[\]]+@[^\s@"'<>()[\]]+\.[a-z]{2,}/gi;
// A phone-like run standing alone: an optional +, then groups of up to 5 (then 6) digits with spaces,
// dots, dashes or brackets between them, 7 digits or more in all. Ids in logs stay: finding
// ids are hex, message ids UUIDs (an 8-character first group), item ids bare digit runs.
const PHONE = /(?<![\w.+-])\+?\(?\d{1,5}\)?(?:[ .-]\(?\d{1,6}\)?)+(?![\w-])/g;

/** Masks emails and phone-like numbers inside a string that is not itself content. */
export function redactString(value: string): string {
  return value
    .replace(EMAIL, '[email]')
    .replace(PHONE, (m) => (m.replace(/\D/g, '').length >= 7 ? '[phone]' : m));
}

/** The JSON replacer the logger runs on every key of every entry. */
export function redactingReplacer(key: string, value: unknown): unknown {
  if (key !== '' && CONTENT_KEYS.has(key.toLowerCase()) && value !== undefined && value !== null) {
    return '[redacted]';
  }
  if (typeof value === 'string' && key !== 'level' && key !== 'timestamp') return redactString(value);
  return value;
}

/** injectLambdaContext options: never log the incoming event (it holds the items' texts). */
export const LOG_EVENT_OFF = { logEvent: false } as const;

/** A Powertools logger for `serviceName` that redacts as described above. */
export function createLogger(serviceName: string): Logger {
  return new Logger({ serviceName, jsonReplacerFn: redactingReplacer });
}
