import { beforeAll, describe, expect, it } from 'vitest';
import { credentialRequest } from '../../../shared/checks/credential-request.ts';
import { cryptoScam } from '../../../shared/checks/crypto-scam.ts';
import { impersonation } from '../../../shared/checks/impersonation.ts';
import { offplatformContact } from '../../../shared/checks/offplatform-contact.ts';
import { phishingLink } from '../../../shared/checks/phishing-link.ts';
import { bestCpuMs } from '../../support/cpu-time.ts';
import { item, runner } from './scam-fixture.ts';

// Inputs built to provoke backtracking or quadratic scans: long runs of the very tokens the
// patterns look for, without the punctuation that would end a sentence.
const HOSTILE: Record<string, string> = {
  credentials: 'send your password '.repeat(6_000),
  phones: '+44 7700 900123 whatsapp '.repeat(4_500),
  spelled: 'one two three four five six seven eight nine zero '.repeat(2_200),
  emails: 'jane dot doe at mail dot com '.repeat(4_000),
  wallets: `send ${'bc1q'.padEnd(60, 'x')} `.repeat(1_600),
  spaced: 'w h a t s a p p '.repeat(7_000),
  digits: '1'.repeat(100_000),
  links: 'pinecrestbank-login.com/claim '.repeat(3_500),
};

describe('scam checks on hostile 100 KB texts', () => {
  const { findings } = runner(impersonation, offplatformContact, cryptoScam, phishingLink, credentialRequest);
  // Steady state is what counts per item: load lazy tables (Unicode names, phone metadata) once first.
  beforeAll(() => {
    findings(
      item('send your password to +44 7700 900123 at pinecrest-login.com', { displayName: 'Pіnecrest' }),
    );
  });
  it.each(Object.keys(HOSTILE))('finish %s in under 50 ms of CPU', (name) => {
    const text = HOSTILE[name]!;
    expect(text.length).toBeGreaterThan(90_000);
    const handle = `${'pinecrest'.repeat(30)}_support`;
    // CPU time, best of three (test/support/cpu-time.ts): a loaded machine is not a failure.
    expect(
      bestCpuMs(() => findings(item(text, { handle, displayName: 'Pіnecrest '.repeat(20) }))),
    ).toBeLessThan(50);
  });
});
