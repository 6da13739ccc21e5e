/**
 * libphonenumber-js's `max` functions, with the metadata read from its JSON file on the first
 * call instead of bundled as a 152 KB JavaScript module parsed at every cold start (a Lambda
 * bundle ships metadata.max.json beside index.mjs: shared/data/bundle-files.ts). The
 * functions are the package's own core ones called exactly as `libphonenumber-js/max` calls
 * them (the metadata appended to the caller's arguments), so results are the same.
 */
import {
  type CountryCode,
  isValidPhoneNumber as coreIsValid,
  parsePhoneNumberFromString as coreParse,
  type MetadataJson,
  type PhoneNumber,
} from 'libphonenumber-js/core';
import { readDataJson } from '../data/read.ts';

export type { CountryCode, PhoneNumber } from 'libphonenumber-js/core';

let metadata: MetadataJson | undefined;
function phoneMetadata(): MetadataJson {
  metadata ??= readDataJson('node_modules/libphonenumber-js/metadata.max.json') as MetadataJson;
  return metadata;
}

/** libphonenumber-js/max's parsePhoneNumberFromString: the number, or undefined when it is not one. */
export function parsePhoneNumberFromString(
  ...args: [text: string, defaultCountry?: CountryCode]
): PhoneNumber | undefined {
  return (coreParse as (...a: unknown[]) => PhoneNumber | undefined)(...args, phoneMetadata());
}

/** libphonenumber-js/max's isValidPhoneNumber. */
export function isValidPhoneNumber(...args: [text: string, defaultCountry?: CountryCode]): boolean {
  return (coreIsValid as (...a: unknown[]) => boolean)(...args, phoneMetadata());
}

/** Number types that reach a business, not a person: premium-rate, freephone, shared-cost, universal access. */
const SERVICE_TYPES: ReadonlySet<string> = new Set(['PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'UAN']);

/**
 * Whether `e164` is a service line by its numbering plan ("0906 …", "0800 …", "1-800 …"): a
 * company's line, never someone's own number. False when the type is unknown.
 */
export function isServiceNumber(e164: string): boolean {
  const type = parsePhoneNumberFromString(e164)?.getType();
  return type !== undefined && SERVICE_TYPES.has(type);
}
