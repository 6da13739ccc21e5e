import { resolve } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { tableRows } from '../../../functions/cli/format.ts';
import { main } from '../../../functions/cli/main.ts';
import { consoleBlock } from '../../../shared/alerts/console.ts';
import { formatAlert } from '../../../shared/alerts/format.ts';
import { webhookPayload } from '../../../shared/alerts/webhook.ts';
import { createEngine } from '../../../shared/checks/engine.ts';
import { parseBrandProfile, parseContentItem } from '../../../shared/model/index.ts';
import { escapeForDisplay } from '../../../shared/text/display.ts';
import { bestCpuMs } from '../../support/cpu-time.ts';
import { storedFinding } from './stored-finding.ts';

/** Every character a terminal or a bidi renderer acts on, apart from the newlines between lines. */
const RAW_CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** The colour codes the table itself writes (ESC [ n m). */
const SGR = new RegExp(`${String.fromCharCode(27)}\\[\\d+m`, 'g');

const RETITLE = '\u001b]0;pwned\u0007';
const CLEAR = '\u001b[2J\u001b[H';
const HOSTILE_HANDLE = `acme_support${RETITLE}\u202eplh\u2066x\u2069`;
const HOSTILE_TEXT = `DM us on WhatsApp${CLEAR}\u0000\u009b31m now\u2028Fake line\u2029\u200e\u200f +44 7700 900123\u202a\u202b\u202c\u202d`;

describe('escapeForDisplay', () => {
  it.each([
    ['\u001b]0;title\u0007', '\\x1b]0;title\\x07'],
    ['\u001b[2J', '\\x1b[2J'],
    ['a\u0000b', 'a\\x00b'],
    ['\u007f\u0085\u009b', '\\x7f\\x85\\x9b'],
    ['\u202ecod.exe', '\\u202ecod.exe'],
    ['\u202a\u202b\u202c\u202d\u202e', '\\u202a\\u202b\\u202c\\u202d\\u202e'],
    ['\u2066\u2067\u2068\u2069', '\\u2066\\u2067\\u2068\\u2069'],
    ['\u200e\u200f\u061c', '\\u200e\\u200f\\u061c'],
    ['one\u2028two\u2029three', 'one\\u2028two\\u2029three'],
    ['one\ntwo\r\tthree', 'one\\ntwo\\r\\tthree'],
  ])('renders %j as %j', (raw, shown) => {
    expect(escapeForDisplay(raw)).toBe(shown);
  });

  it('keeps ordinary text, every script and emoji as written', () => {
    const text = 'Café ☕ 日本語 عربى שלום 🇫🇷 e\u0301 \u200d👩‍💻 (zero-width joiner kept)';
    expect(escapeForDisplay(text)).toBe(text);
  });

  it('is linear on 1 MB of controls', () => {
    const raw = '\u001b\u202e'.repeat(500_000);
    let shown = '';
    expect(bestCpuMs(() => (shown = escapeForDisplay(raw)), 1)).toBeLessThan(1000);
    expect(shown).toHaveLength(500_000 * 10);
  });
});

const brand = parseBrandProfile(JSON.parse(JSON.stringify({ name: 'Acme Bank', aliases: ['Acme'] })));
const item = parseContentItem({
  platform: 'instagram',
  kind: 'comment',
  id: `17890455012345678${RETITLE}`,
  url: `https://instagram.com/p/1/${CLEAR}`,
  author: { handle: HOSTILE_HANDLE, displayName: `Acme${RETITLE}` },
  text: HOSTILE_TEXT,
});
const findings = createEngine(brand).analyze(item);

const stored = (f: (typeof findings)[number]) =>
  storedFinding(f, {
    platform: item.platform,
    itemId: item.id,
    itemKind: item.kind,
    itemUrl: item.url,
    authorHandle: item.author.handle,
  });

describe('human-facing outputs escape what authors wrote', () => {
  it('the fixture yields findings whose evidence and fields carry the hostile characters', () => {
    expect(findings.map((f) => f.check)).toContain('offplatform-contact');
    expect(RAW_CONTROL.test(JSON.stringify(findings.map((f) => f.evidence)))).toBe(true);
  });

  it('console alert block: no raw control, bidi or separator character; escapes shown instead', () => {
    for (const f of findings) {
      const block = consoleBlock(stored(f));
      expect(block).not.toMatch(RAW_CONTROL);
      expect(block).toContain('\\x1b]0;pwned\\x07');
      expect(block).toContain('\\u202e');
      // One line per field: the author's U+2028 cannot start a fake line.
      expect(block.split('\n').some((l) => l.startsWith('Fake line'))).toBe(false);
    }
  });

  it('email/SMS body and chat text: escaped; subject ASCII on one line', () => {
    for (const f of findings) {
      const { subject, body } = formatAlert(stored(f));
      expect(subject).toMatch(/^[\x20-\x7e]+$/);
      expect(body).not.toMatch(RAW_CONTROL);
      expect(body).toContain('@acme_support\\x1b]0;pwned\\x07\\u202eplh');
      expect(webhookPayload(stored(f)).text).not.toMatch(RAW_CONTROL);
    }
  });

  it('the JSON alert document is left as data (JSON.stringify escapes C0; bidi stays)', () => {
    const { document } = formatAlert(stored(findings[0]!));
    expect(document.authorHandle).toBe(HOSTILE_HANDLE);
    const json = JSON.stringify(document);
    expect(json).toContain('\\u001b]0;pwned\\u0007');
    expect(json).toContain('\u202e');
  });

  it('scan table: escaped, and only our own colour codes reach a terminal', () => {
    for (const isTTY of [false, true]) {
      const rows = tableRows({ item, findings } as never, { isTTY } as NodeJS.WriteStream).join('\n');
      const withoutOurColours = rows.replaceAll(SGR, '');
      expect(withoutOurColours).not.toMatch(RAW_CONTROL);
      expect(withoutOurColours).toContain('\\x1b[2J');
    }
  });

  it('postwatch scan --format table on hostile input writes no raw control character', async () => {
    const out = new PassThrough() as PassThrough & NodeJS.WriteStream;
    const err = new PassThrough() as PassThrough & NodeJS.WriteStream;
    let stdout = '';
    let stderr = '';
    out.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    err.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    const line = JSON.stringify({
      platform: 'x',
      kind: 'comment',
      id: '7',
      author: { handle: HOSTILE_HANDLE },
      text: HOSTILE_TEXT,
    });
    const code = await main(['scan', '--brand', resolve('examples/brand.json'), '--format', 'table'], {
      stdin: Readable.from([`${line}\n${RETITLE}{\n`]),
      stdout: out,
      stderr: err,
    });
    expect(code).toBe(0);
    expect(stdout).toContain('\\x1b]0;pwned\\x07');
    expect(stdout).not.toMatch(RAW_CONTROL);
    expect(stderr).toMatch(/^line 2: /m);
    expect(stderr).not.toMatch(RAW_CONTROL);
  });
});
