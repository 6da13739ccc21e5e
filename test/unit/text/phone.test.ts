import * as max from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { isValidPhoneNumber, parsePhoneNumberFromString } from '../../../shared/text/phone.ts';

// Made-up numbers in the shapes the checks meet: E.164, national with and without a default
// country, 00-prefixed, too short, letters, and fictional ranges (555-01xx, 07700 900xxx).
const CASES: [string, max.CountryCode | undefined][] = [
  ['+1 202 555 0143', undefined],
  ['(202) 555-0143', 'US'],
  ['202 555 0143', undefined],
  ['07700 900123', 'GB'],
  ['+44 7700 900123', undefined],
  ['+49 30 901820', undefined],
  ['030 901820', 'DE'],
  ['+33 6 12 34 56 78', undefined],
  ['12345', 'US'],
  ['+1 800 FLOWERS', undefined],
  ['not a number', 'US'],
  ['+91 98765 43210', undefined],
  ['+234 803 123 4567', undefined],
];

describe('phone (libphonenumber-js core with the max metadata read from its JSON file)', () => {
  it('parses and validates exactly as libphonenumber-js/max does', () => {
    for (const [text, country] of CASES) {
      const ours = parsePhoneNumberFromString(text, country);
      const theirs = max.parsePhoneNumberFromString(text, country);
      expect(ours?.number, text).toBe(theirs?.number);
      expect(ours?.country, text).toBe(theirs?.country);
      expect(ours?.getType(), text).toBe(theirs?.getType());
      expect(ours?.isValid(), text).toBe(theirs?.isValid());
      expect(isValidPhoneNumber(text, country), text).toBe(max.isValidPhoneNumber(text, country));
      expect(isValidPhoneNumber(text), text).toBe(max.isValidPhoneNumber(text));
    }
    // Not vacuous: some are valid, some are not.
    expect(CASES.filter(([t, c]) => isValidPhoneNumber(t, c)).length).toBeGreaterThan(3);
    expect(CASES.filter(([t, c]) => !isValidPhoneNumber(t, c)).length).toBeGreaterThan(1);
  });
});
