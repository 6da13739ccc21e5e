import type { Command } from 'commander';
import { type CliCommand, examples } from './command.ts';
import { UsageError } from './errors.ts';
import { write } from './io.ts';

/** The words that may follow a command path: its subcommands and its long options. */
function tree(
  command: Command,
  path: string[] = [],
  out = new Map<string, string[]>(),
): Map<string, string[]> {
  const words = [
    ...command.commands.map((c) => c.name()).filter((n) => n !== 'help'),
    ...command.options.map((o) => o.long).filter((l): l is string => Boolean(l)),
    '--help',
  ];
  out.set(path.join(' '), [...new Set(words)]);
  for (const sub of command.commands) if (sub.name() !== 'help') tree(sub, [...path, sub.name()], out);
  return out;
}

/**
 * A bash completion script built from the registered commands (so a new command completes
 * without editing this file). zsh runs it through bashcompinit.
 */
export function bashCompletion(program: Command): string {
  const cases = [...tree(program)]
    .map(([path, words]) => `    "${path}") words="${words.join(' ')}" ;;`)
    .join('\n');
  return `# postwatch completion (bash; zsh: autoload -U +X bashcompinit && bashcompinit first)
_postwatch() {
  local cur path="" w i words
  cur="\${COMP_WORDS[COMP_CWORD]}"
  for ((i = 1; i < COMP_CWORD; i++)); do
    w="\${COMP_WORDS[i]}"
    case "$w" in -*) continue ;; esac
    case " $(_postwatch_words "\${path# }") " in *" $w "*) path="$path $w" ;; esac
  done
  words="$(_postwatch_words "\${path# }")"
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
_postwatch_words() {
  local words=""
  case "$1" in
${cases}
  esac
  echo "$words"
}
complete -o default -F _postwatch postwatch
`;
}

/** `postwatch completion`: prints the shell completion script. */
export const completion: CliCommand = {
  name: 'completion',
  register(program, ctx) {
    program
      .command('completion')
      .summary('print a shell completion script (bash, zsh)')
      .description('postwatch completion: prints a completion script for the commands and their options.')
      .argument('[shell]', 'bash or zsh', 'bash')
      .addHelpText(
        'after',
        examples(
          'npx postwatch completion >> ~/.bashrc',
          'source <(npx postwatch completion)',
          'autoload -U +X bashcompinit && bashcompinit && source <(npx postwatch completion zsh)',
        ),
      )
      .action(
        ctx.action(async (shell: string) => {
          if (shell !== 'bash' && shell !== 'zsh')
            throw new UsageError(`shell must be bash or zsh, not ${shell}`);
          await write(ctx.io.stdout, bashCompletion(program));
          return 0;
        }),
      );
  },
};
