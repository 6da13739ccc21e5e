/**
 * Makes untrusted text (authors' names, comment texts, ids, URLs) safe to show a person on a
 * terminal, in an email or a chat message. Control characters are rendered as visible escapes:
 *
 * - C0 controls (NUL, BEL, ESC: `ESC]0;title BEL` retitles a terminal, `ESC[2J` clears it),
 *   DEL and the C1 controls (U+0080-009F, including the 8-bit CSI U+009B) as `\x1b`;
 * - bidi embeddings, overrides and isolates (U+202A-202E, U+2066-2069), the marks U+200E,
 *   U+200F and U+061C (they reorder what follows, so a reader sees other words), and the
 *   line and paragraph separators U+2028/U+2029, as `\u202e`.
 *
 * Line breaks and tabs are escaped too (`\n`, `\r`, `\t`): every field this is used for is a
 * single line, and a newline in a name could forge a line of the alert. Everything else,
 * emoji and all scripts, is kept as written. Linear time: one pass of one character class.
 *
 * Machine outputs (JSONL, the SNS JSON message, `scan --format jsonl`) are not passed through
 * this: JSON.stringify already escapes C0 controls, and bidi characters are data there.
 */

// C0, DEL, C1, ALM, LRM/RLM, LS/PS, LRE..RLO, LRI..PDI.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function visible(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every control, bidi and line-separator character shown as a visible escape. */
export function escapeForDisplay(text: string): string {
  return text.replace(UNSAFE, visible);
}
