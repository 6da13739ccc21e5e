/**
 * Vocabulary for requests of personal data (`undisclosed-data-collection`), in the five
 * languages, for the normalized text. The phrases are the lexicon's `personal-data` groups.
 */

import { lexicon } from '../../lexicon/index.ts';
import { pattern } from '../../text/pattern.ts';

const p = lexicon('personal-data');

/** Verbs that ask the audience to post or send something. */
export const REQUEST_VERB = pattern(`\\b${p('requestVerb')}\\b`, 'g');

/** Possessives addressing the reader ("your", "tu", "votre", "seu", "dein"...). */
export const POSSESSIVE = pattern(`\\b${p('possessive')}\\b`);

/**
 * Personal data named after a possessive. A bare "number" counts only right after the
 * possessive ("your number"): "your order number" is a reference, not personal data.
 */
export const PERSONAL_DATA = pattern(`\\b${p('personalData')}\\b`);

/**
 * "your number", "tu número", "deine Nummer", "your ID": a bare number or ID right after the
 * possessive ("your order number", "your order ID" are references, not personal data).
 */
export const BARE_NUMBER_AFTER_POSSESSIVE = pattern(
  `\\b${p('barePossessive')} ${p('bareNumber')}\\b(?! ${p('orderNumberOf')} ${p('orderNumberOrder')})`,
);

/** A statement of how the data will be used, or a privacy notice. */
export const DATA_USE_NOTICE = pattern(p('dataUseNotice'));

/** Link paths that are privacy notices. */
export const PRIVACY_PATH = pattern(p('privacyPath'));
