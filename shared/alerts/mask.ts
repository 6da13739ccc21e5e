/**
 * The masking of personal data in alerts and logs. It lives beside the detectors it is fed
 * by (shared/text/mask.ts), so the masking recognises whatever the checks recognise.
 */
export { type MaskOptions, maskPersonalData } from '../text/mask.ts';
