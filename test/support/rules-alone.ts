import { createEngine } from '../../shared/checks/engine.ts';
import type { CheckDefinition } from '../../shared/checks/types.ts';
import type { BrandProfile, ContentItem } from '../../shared/model/index.ts';

/**
 * The checks that fire on a text with the rules alone (no learned model): for tests of a rule,
 * where a model firing on the same words must not make the test pass.
 */
export function rulesAlone(
  profile: BrandProfile,
  check: CheckDefinition,
  toItem: (text: string) => ContentItem,
): (text: string) => string[] {
  const engine = createEngine(profile, { checks: [check], models: [] });
  return (text) => engine.analyze(toItem(text)).map((f) => f.check);
}
