const NONE: readonly RegExpExecArray[] = [];

/**
 * Every match of a global pattern in `text`, the ones `text.matchAll(re)` yields, in order.
 * matchAll copies the pattern and makes an iterator on every call, three times the cost of
 * the search itself when nothing matches, which is what most texts do for most patterns;
 * this runs `exec` on the pattern itself and leaves its `lastIndex` at 0. With `endOf`, each
 * search resumes where `endOf(match)` says the match ends, when that is further on.
 */
export function matchesOf(
  re: RegExp,
  text: string,
  endOf?: (m: RegExpExecArray) => number,
): readonly RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global pattern: /${re.source}/${re.flags}`);
  re.lastIndex = 0;
  let m = re.exec(text);
  if (m === null) return NONE;
  const out: RegExpExecArray[] = [];
  while (m !== null) {
    out.push(m);
    // A match that goes on past its text (a lookahead's capture, `endOf`): resume after it.
    const end = endOf?.(m) ?? re.lastIndex;
    if (end > re.lastIndex) re.lastIndex = end;
    // An empty match: step past it as matchAll does (by a code point when the pattern is unicode).
    else if (m[0] === '') re.lastIndex = step(text, re.lastIndex, re.unicode || re.flags.includes('v'));
    m = re.exec(text);
  }
  re.lastIndex = 0;
  return out;
}

function step(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const c = text.charCodeAt(index);
  if (c < 0xd800 || c > 0xdbff) return index + 1;
  const d = text.charCodeAt(index + 1);
  return d >= 0xdc00 && d <= 0xdfff ? index + 2 : index + 1;
}
