import { TEXT_CAP } from '../model/bounds.ts';
import type { BrandProfile, ContentItem, Finding } from '../model/index.ts';
import { describeLinkField, type FoundLink, findLinksInText } from '../text/links.ts';
import { type NormalizedText, normalize } from '../text/normalize.ts';
import { BrandIndex } from './brand-index.ts';
import { boundEvidence, boundReason } from './evidence.ts';
import { brandUrlWords, HashBuffer, textFeatures } from './models/features.ts';
import { DEFAULT_MODELS } from './models/index.ts';
import { flaggedLinks, JointTextScorer, type LinearModel, MODEL_ROLES } from './models/model.ts';
import { ALL_CHECKS } from './registry.ts';
import { escalateScams } from './scam-severity.ts';
import type { AuthorRole, CheckDefinition, CheckInput, CheckRunner, FindingDraft } from './types.ts';
import { warmUpPatterns } from './warm-up.ts';

// TEXT_CAP lives with the other item bounds, so a module that needs only the number (the
// impersonator index, in the sweep's bundle) does not pull in the engine and its models.
export { TEXT_CAP } from '../model/bounds.ts';

const NAME_CAP = 200;

/** The patterns are shared by every engine of the process: warming one engine warms them all. */
let warmedUp = false;

export interface EngineOptions {
  /** Which checks to run (default: every registered check). */
  readonly checks?: readonly CheckDefinition[];
  /** Text cap in UTF-16 units (default TEXT_CAP). */
  readonly textCap?: number;
  /**
   * Learned models (default: the shipped ones, shared/checks/models/). A model runs only for
   * a check in `checks`, on the roles and kinds that check applies to (narrowed by
   * MODEL_ROLES), and adds a finding only when the rule did not fire. `[]` turns them off.
   */
  readonly models?: readonly LinearModel[];
}

/** A check engine compiled for one brand profile. Reuse it across items. */
export interface Engine {
  readonly brand: BrandIndex;
  readonly checks: readonly CheckDefinition[];
  /** Runs every applicable check on one item. Pure: same item, profile and `now` give the same findings. */
  analyze(item: ContentItem, now?: Date): Finding[];
}

/**
 * The per-item input, computed lazily: the text is normalized when a check first reads
 * it, links are parsed only if a check asks for them, so cheap checks stay cheap.
 */
class LazyInput implements CheckInput {
  readonly truncated: boolean;
  #text?: NormalizedText;
  #handle?: NormalizedText;
  #displayName?: NormalizedText;
  #links?: FoundLink[];

  constructor(
    readonly item: ContentItem,
    readonly role: AuthorRole,
    readonly now: Date,
    readonly brand: BrandIndex,
    private readonly cap: number,
  ) {
    this.truncated = item.text.length > cap;
  }

  get text(): NormalizedText {
    this.#text ??= normalize(this.truncated ? this.item.text.slice(0, this.cap) : this.item.text);
    return this.#text;
  }

  get handle(): NormalizedText {
    this.#handle ??= normalize(this.item.author.handle.slice(0, NAME_CAP));
    return this.#handle;
  }

  get displayName(): NormalizedText {
    this.#displayName ??= normalize((this.item.author.displayName ?? '').slice(0, NAME_CAP));
    return this.#displayName;
  }

  get links(): FoundLink[] {
    if (!this.#links) {
      const links = findLinksInText(this.text);
      if (this.item.links?.length) links.push(...describeLinkField(this.item.links));
      this.#links = links;
    }
    return this.#links;
  }
}

interface BuiltCheck {
  readonly def: CheckDefinition;
  readonly run: CheckRunner;
}

interface BuiltModel {
  readonly def: CheckDefinition;
  readonly model: LinearModel;
  readonly roles: readonly AuthorRole[];
  /** A text model's place in the joint scorer (-1 for a URL model). */
  readonly joint: number;
}

/** One joint scorer per set of text models, shared by every engine built with that set. */
const JOINT = new Map<string, JointTextScorer>();
const modelIds = new WeakMap<LinearModel, number>();
let nextModelId = 0;
function jointScorer(models: readonly LinearModel[]): JointTextScorer {
  const key = models
    .map((m) => {
      let id = modelIds.get(m);
      if (id === undefined) {
        id = nextModelId++;
        modelIds.set(m, id);
      }
      return id;
    })
    .join(',');
  let scorer = JOINT.get(key);
  if (!scorer) {
    // A few sets at most in a process (the shipped models; tests build their own).
    if (JOINT.size >= 16) JOINT.clear();
    scorer = new JointTextScorer(models);
    JOINT.set(key, scorer);
  }
  return scorer;
}

/** A check's draft as a finding: the check's defaults, bounded (every finding is made here). */
function toFinding(def: CheckDefinition, draft: FindingDraft, truncated: boolean): Finding {
  return {
    check: def.id,
    severity: draft.severity ?? def.severity,
    action: draft.action ?? def.action,
    // Bounded here, where every finding is made, so a stored record cannot outgrow the store.
    reason: boundReason(draft.reason),
    evidence: boundEvidence(draft.evidence),
    ...(truncated ? { truncated: true } : {}),
  };
}

/** Drops the findings of exclusive checks when another check fired too. */
function dropExclusive(findings: Finding[], exclusive: ReadonlySet<string>): Finding[] {
  if (exclusive.size === 0 || findings.length < 2) return findings;
  const others = findings.some((f) => !exclusive.has(f.check));
  return others ? findings.filter((f) => !exclusive.has(f.check)) : findings;
}

/** Builds the engine once per brand profile: compiles the profile and every check's patterns. */
export function createEngine(profile: BrandProfile, options: EngineOptions = {}): Engine {
  const brand = new BrandIndex(profile);
  const defs = options.checks ?? ALL_CHECKS;
  const cap = options.textCap ?? TEXT_CAP;
  const built: BuiltCheck[] = defs.map((def) => ({ def, run: def.build(brand) }));
  const exclusive = new Set(defs.filter((d) => d.exclusive).map((d) => d.id));
  // Models in the checks' order (spam, exclusive, comes last), each on its check's roles.
  const models: BuiltModel[] = [];
  // The text models are scored together, in one pass over a text's features (JointTextScorer).
  const textModels: LinearModel[] = [];
  for (const def of defs) {
    for (const model of options.models ?? DEFAULT_MODELS) {
      if (model.check !== def.id) continue;
      const allowed = MODEL_ROLES[def.id] ?? [];
      const roles = def.appliesTo.filter((r) => allowed.includes(r));
      models.push({ def, model, roles, joint: model.kind === 'text' ? textModels.push(model) - 1 : -1 });
    }
  }
  const joint = jointScorer(textModels);
  const hashes = new HashBuffer();
  const ownDomains = new Set(brand.domains);
  const brandWords = brandUrlWords(brand.names, brand.domains);

  /** The learned layer: a model speaks only where its rule stayed silent. */
  function learned(input: LazyInput, findings: Finding[]): void {
    let hashed = false;
    for (const { def, model, roles, joint: slot } of models) {
      if (!roles.includes(input.role)) continue;
      if (def.kinds && !def.kinds.includes(input.item.kind)) continue;
      if (findings.some((f) => f.check === def.id)) continue;
      if (def.exclusive && findings.some((f) => !exclusive.has(f.check))) continue;
      if (def.modelSilent?.(input.links, brand)) continue;
      let draft: FindingDraft | null = null;
      if (model.kind === 'text') {
        if (!hashed) {
          textFeatures(input.text.text, hashes);
          joint.score(hashes);
          hashed = true;
        }
        const p = joint.probability(slot);
        if (p >= model.threshold) draft = model.explainText(input.text, p);
      } else if (input.links.length > 0) {
        const hits = flaggedLinks(model, input.links, ownDomains, brandWords);
        if (hits.length > 0) draft = model.explainLinks(hits);
      }
      if (draft) findings.push(toFinding(def, draft, input.truncated));
    }
  }

  function analyze(item: ContentItem, now: Date = new Date()): Finding[] {
    if (!warmedUp) {
      // Once per process, before the first item: every pattern compiled (shared/checks/warm-up.ts).
      warmedUp = true;
      warmUpPatterns();
    }
    const role = brand.roleOf(item);
    const input = new LazyInput(item, role, now, brand, cap);
    const findings: Finding[] = [];
    for (const { def, run } of built) {
      if (!def.appliesTo.includes(role)) continue;
      if (def.kinds && !def.kinds.includes(item.kind)) continue;
      // An exclusive check would be dropped anyway once another check fired: don't run it.
      if (def.exclusive && findings.some((f) => !exclusive.has(f.check))) continue;
      const result = run(input);
      if (!result) continue;
      for (const draft of Array.isArray(result) ? result : [result]) {
        findings.push(toFinding(def, draft, input.truncated));
      }
    }
    if (models.length > 0) learned(input, findings);
    // Combined severity for scams is a separate pure step (shared/checks/scam-severity.ts).
    return escalateScams(dropExclusive(findings, exclusive));
  }

  return { brand, checks: defs, analyze };
}
