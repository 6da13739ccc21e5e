// The unicode-name package ships no types; only the one function postwatch uses is declared.
declare module 'unicode-name' {
  /** The Unicode name of a character ("CYRILLIC SMALL LETTER A"), or undefined. */
  export function unicodeName(char: string): string | undefined;
}
