import type { CheckId, Finding } from '../model/index.ts';

/** The checks that describe one scam from different sides. */
export const SCAM_CHECKS: ReadonlySet<CheckId> = new Set<CheckId>([
  'impersonation',
  'offplatform-contact',
  'crypto-scam',
  'phishing-link',
  'credential-request',
]);

/**
 * Combined severity: several scam signals on one item, or any scam signal from an
 * impersonating author, make each scam finding on that item critical. An impersonator asking
 * for a card number is worse than either alone, and the responder should see it first.
 * Pure: returns a new array, findings of other checks untouched.
 */
export function escalateScams(findings: readonly Finding[]): Finding[] {
  const scams = findings.filter((f) => SCAM_CHECKS.has(f.check));
  if (scams.length < 2) return [...findings];
  return findings.map((f) =>
    SCAM_CHECKS.has(f.check) && f.severity !== 'critical'
      ? {
          ...f,
          severity: 'critical' as const,
          reason: `${f.reason} Critical: ${scams.length} scam signals on this item${scams.some((s) => s.check === 'impersonation') ? ', from an account that impersonates the brand' : ''}.`,
        }
      : f,
  );
}
