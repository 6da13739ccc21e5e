import { describe, expect, it } from 'vitest';
import { escalateScams } from '../../../shared/checks/scam-severity.ts';
import type { Finding } from '../../../shared/model/index.ts';
import { item, runner } from './scam-fixture.ts';

const f = (check: Finding['check'], severity: Finding['severity'] = 'high'): Finding => ({
  check,
  severity,
  action: 'takedown',
  reason: 'r',
  evidence: [],
});

describe('escalateScams', () => {
  it('leaves a single scam signal as it is', () => {
    expect(escalateScams([f('phishing-link')])[0]!.severity).toBe('high');
  });

  it('raises every scam finding to critical when there are two or more', () => {
    const out = escalateScams([f('offplatform-contact'), f('credential-request'), f('pii-exposure')]);
    expect(out.map((x) => x.severity)).toEqual(['critical', 'critical', 'high']);
    expect(out[0]!.reason).toContain('2 scam signals');
  });

  it('says when the author impersonates the brand', () => {
    const out = escalateScams([f('impersonation'), f('phishing-link')]);
    expect(out[1]!.reason).toContain('impersonates the brand');
  });

  it('is applied by the engine', () => {
    const { findings } = runner();
    const out = findings(
      item('DM us your card number and CVV', {
        handle: 'pinecrest.help.desk',
        displayName: 'Pinecrest Help',
      }),
    );
    const scam = out.filter((x) =>
      ['impersonation', 'offplatform-contact', 'credential-request'].includes(x.check),
    );
    expect(scam.length).toBe(3);
    expect(scam.every((x) => x.severity === 'critical')).toBe(true);
  });
});
