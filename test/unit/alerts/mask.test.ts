import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../../shared/alerts/mask.ts';

describe('maskPersonalData', () => {
  it('masks a phone number but keeps its last two digits and its layout', () => {
    expect(maskPersonalData('DM us on WhatsApp +44 7700 900123 now')).toBe(
      'DM us on WhatsApp +•• •••• ••••23 now',
    );
  });

  it('masks a payment card number but keeps the last four digits', () => {
    expect(maskPersonalData('card 4111-1111-1111-1111 exp')).toBe('card ••••-••••-••••-1111 exp');
  });

  it('masks an email address down to its top-level domain', () => {
    expect(maskPersonalData('write to jane.doe+x@mail.example.co.uk today')).toBe(
      'write to •••@•••.uk today',
    );
  });

  it('masks an IBAN keeping the country and the last four characters', () => {
    expect(maskPersonalData('IBAN GB82 WEST 1234 5698 7654 32 please')).toBe(
      'IBAN GB••••••••••••••••5432 please',
    );
  });

  it('leaves short numbers, prices and plain words alone', () => {
    const text = 'Save 20% on 3 plans, from $12.99, code SPRING2026';
    expect(maskPersonalData(text)).toBe(text);
  });
});
