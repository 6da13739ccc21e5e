import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { BrandIndex } from '../../shared/checks/brand-index.ts';
import {
  buildTakedownPackage,
  getImpersonator,
  type TakedownPackage,
} from '../../shared/pipeline/impersonators.ts';
import { escapeForDisplay } from '../../shared/text/display.ts';
import { type CliCommand, examples } from './command.ts';
import { withConfig } from './findings.ts';
import { impersonatorStoreOf, withImpersonators } from './impersonators.ts';
import { write } from './io.ts';

/**
 * An inline code span for untrusted text (handles, names, excerpts, URLs): controls and bidi
 * characters made visible, and a fence longer than any run of backticks inside, so a
 * comment cannot close the span and inject links or markup into the report.
 */
function code(value: string): string {
  const text = escapeForDisplay(value);
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || longest > 0 ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Plain text from the project itself (reasons, notes): escaped for display, Markdown specials neutralised. */
function prose(value: string): string {
  return escapeForDisplay(value).replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

const PLATFORM_NAME: Record<string, string> = {
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  linkedin: 'LinkedIn',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  reddit: 'Reddit',
  other: 'other platform',
};

/**
 * The takedown package as Markdown, in the order impersonation report forms ask: the
 * account, whom it impersonates (the official accounts), how its name imitates the brand,
 * the scam items with times and evidence excerpts, what it used, links to earlier
 * takedowns, the status history. Text evidence only, no screenshots.
 */
export function takedownMarkdown(p: TakedownPackage): string {
  const a = p.account;
  const platform = PLATFORM_NAME[a.platform] ?? a.platform;
  const handle = a.handles.at(-1) ?? a.accountId ?? a.id;
  const out: string[] = [
    `# Impersonation report: ${code(`@${handle}`)} on ${platform}`,
    '',
    `Prepared by postwatch on ${p.generatedAt} for ${prose(p.impersonates.brand)}. The evidence below is text as published (excerpts), without screenshots.`,
    '',
    '## The account',
    '',
    `- Platform: ${platform}`,
    ...(a.accountId ? [`- Account id: ${code(a.accountId)}`] : []),
    `- Handles seen: ${a.handles.map((h) => code(`@${h}`)).join(', ') || 'none'}`,
    `- Display names seen: ${a.displayNames.map(code).join(', ') || 'none'}`,
    ...(a.profileUrl ? [`- Profile: ${code(a.profileUrl)}`] : []),
    `- First seen: ${a.firstSeen}; last seen: ${a.lastSeen}`,
    `- Scam findings: ${a.scamFindings} (${Object.entries(a.findingsByCheck)
      .map(([check, n]) => `${check} ${n}`)
      .join(', ')})`,
    `- Status in postwatch: ${a.status}`,
    '',
    '## Whom it impersonates',
    '',
    `${prose(p.impersonates.brand)}. Its official accounts:`,
    '',
    ...(p.impersonates.officialAccounts.length > 0
      ? p.impersonates.officialAccounts.map(
          (o) =>
            `- ${PLATFORM_NAME[o.platform] ?? o.platform} ${code(`@${o.handle}`)}${o.url ? ` ${code(o.url)}` : ''}`,
        )
      : ['- none listed in the brand profile']),
    ...(p.impersonates.domains.length > 0
      ? ['', `Official domains: ${p.impersonates.domains.map(code).join(', ')}`]
      : []),
    ...(p.impersonates.supportContacts.length > 0
      ? ['', `Official support contacts: ${p.impersonates.supportContacts.map(code).join(', ')}`]
      : []),
    '',
    '## How the name imitates the brand',
    '',
  ];
  if (p.lookalikes.length === 0) out.push('No handle or display name seen imitates the brand any more.');
  for (const l of p.lookalikes) {
    out.push(
      `- ${l.field === 'author.handle' ? 'Handle' : 'Display name'} ${code(l.name)} imitates ${prose(l.imitates)}${l.match !== l.name ? ` (in ${code(l.match)})` : ''}`,
    );
    for (const s of l.substitutions) out.push(`  - ${prose(s.text)}`);
    for (const n of l.notes) out.push(`  - ${prose(n)}`);
  }
  out.push('', `## Scam items (${p.items.length})`, '');
  p.items.forEach((item, i) => {
    out.push(
      `### ${i + 1}. ${item.publishedAt ?? `recorded ${item.recordedAt}`}`,
      '',
      `- URL: ${item.url ? code(item.url) : 'not known'}`,
      `- Item id: ${code(item.itemId)}`,
      `- Found by: ${item.checks.join(', ')}`,
      ...item.reasons.map((r) => `- Why: ${prose(r)}`),
    );
    if (item.evidence.length > 0) out.push('- Evidence (excerpts as published):');
    for (const e of item.evidence) {
      out.push(`  - ${e.field}: ${code(e.match)}${e.note ? ` (${prose(e.note)})` : ''}`);
    }
    out.push('');
  });
  if (p.items.length === 0) out.push('No scam item is kept for this account.', '');
  out.push('## Contacts, domains and wallets it used', '');
  if (p.indicators.length === 0) out.push('None seen.');
  for (const ind of p.indicators) out.push(`- ${ind.kind}: ${code(ind.value)}`);
  if (p.linkedTo.length > 0) {
    out.push('', '## Accounts taken down before that it is linked to', '');
    for (const l of p.linkedTo) {
      out.push(
        `- ${PLATFORM_NAME[l.platform] ?? l.platform} ${code(`@${l.handle}`)} (${code(l.id)}): same ${l.via.kind} ${code(l.via.value)}`,
      );
    }
  }
  out.push('', '## Status history', '');
  for (const h of p.history) {
    out.push(`- ${h.at} ${h.status} by ${code(h.by)}${h.note ? `: ${prose(h.note)}` : ''}`);
  }
  return `${out.join('\n')}\n`;
}

/** A file name part from a record id: letters, digits, dot, dash and underscore only. */
export function fileStem(id: string): string {
  return `takedown-${id.replace(/@/g, 'at-').replace(/[^A-Za-z0-9._-]+/g, '_')}`.slice(0, 120);
}

/** Writes `<stem>.md` and `<stem>.json` into `dir` (each written whole, then renamed into place). */
export async function writeTakedownFiles(
  p: TakedownPackage,
  dir: string,
): Promise<{ markdown: string; json: string }> {
  await mkdir(dir, { recursive: true });
  const stem = join(dir, fileStem(p.account.id));
  const files = { markdown: `${stem}.md`, json: `${stem}.json` };
  const put = async (path: string, content: string) => {
    await writeFile(`${path}.tmp`, content, { mode: 0o600 });
    await rename(`${path}.tmp`, path);
  };
  await put(files.markdown, takedownMarkdown(p));
  await put(files.json, `${JSON.stringify(p, null, 2)}\n`);
  return files;
}

/** `postwatch takedown ID [--out DIR]`: the evidence package for a platform's impersonation report form. */
export const takedown: CliCommand = {
  name: 'takedown',
  register(program, ctx) {
    withConfig(program.command('takedown'))
      .summary("write the evidence package for a platform's impersonation report form")
      .description(
        "postwatch takedown: writes what a platform's impersonation report form asks for, as Markdown and JSON: the account (platform, id, handles, display names, profile URL), which characters imitate which, the scam items with their URLs, times and evidence excerpts (text, no screenshots), the contacts, domains and wallets it used, and the brand's official accounts.",
      )
      .argument('<id>', 'impersonator id, PLATFORM:ACCOUNT (see: postwatch impersonators list)')
      .option('--out <dir>', 'directory to write the two files into', '.')
      .addHelpText(
        'after',
        examples(
          'npm run -s postwatch -- takedown x:1580000000000000042 --config postwatch.config.json',
          'npm run -s postwatch -- takedown instagram:17841400000000555 --out reports/',
        ),
      )
      .action(
        ctx.action(async (id: string, options: { config: string; out: string }) => {
          const files = await withImpersonators(options.config, async (t) => {
            const brand = new BrandIndex(t.brand);
            const store = impersonatorStoreOf(t);
            const record = await getImpersonator(store, brand.profile.name, id);
            const pkg = await buildTakedownPackage(record, { store, findings: t.store, brand });
            return writeTakedownFiles(pkg, resolve(options.out));
          });
          await write(ctx.io.stdout, `wrote ${files.markdown}\nwrote ${files.json}\n`);
          return 0;
        }),
      );
  },
};
