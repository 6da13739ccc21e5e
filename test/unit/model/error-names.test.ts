import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../shared/model/errors.ts';
import { FindingNotFoundError } from '../../../shared/store/errors.ts';

const root = resolve(import.meta.dirname, '../../..');

// Lambda bundles are minified without keepNames: a class's own name is mangled there, so an
// error's `name` (what logs and callers read) must be written out in the class.
describe('error names', () => {
  it('every error class names itself as it is called', () => {
    const files = execFileSync(
      'git',
      ['grep', '-lE', 'class \\w+ extends \\w*Error\\b', '--', 'shared/*.ts', 'functions/*.ts'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    )
      .split('\n')
      .filter(Boolean);
    const classes: string[] = [];
    for (const f of files) {
      const text = readFileSync(join(root, f), 'utf8');
      for (const m of text.matchAll(/class (\w+) extends \w*Error\b[^{]*\{([\s\S]*?)\n\}/g)) {
        classes.push(m[1]!);
        expect(m[2], `${f}: ${m[1]}`).toContain(`override name = '${m[1]}';`);
      }
    }
    expect(classes.length).toBeGreaterThan(20);
  });

  it('a subclass reports its own name, not its base class', () => {
    expect(new ValidationError('item', ['text: required']).name).toBe('ValidationError');
    expect(new FindingNotFoundError('f1').name).toBe('FindingNotFoundError');
  });
});
