import { describe, expect, it } from 'vitest';
import { findEmails, findPhones } from '../../../shared/text/contacts.ts';
import { normalize } from '../../../shared/text/normalize.ts';

const phones = (text: string) => findPhones(normalize(text).text).map((p) => p.value);

describe('findPhones', () => {
  it.each([
    ['Tracking 1Z 999 AA1 01 2345 6784 still says in transit'],
    ['Sendungsnummer JJD 0001 4567 8912 3456 seit Tagen unverändert'],
    ['my parcel AB12 0207 946 0311 never came'],
    ['waybill: 7741 2290 0311 45'],
    ['order no 0770 090 0123 arrived broken'],
  ])('reads parcel and reference codes as codes, not phones: %s', (text) => {
    expect(phones(text)).toEqual([]);
  });

  it.each([
    ['me ligue no +55 21 98765-4321', '+5521987654321'],
    ['llámame al +34 612 345 678', '+34612345678'],
    ['call me on 07700 900561 after six', '+447700900561'],
  ])('still finds phone numbers after ordinary words: %s', (text, value) => {
    expect(phones(text)).toEqual([value]);
  });

  it.each([
    ['Your prize is waiting, call to claim 0800 046 0517 today', '+448000460517'],
    ['Txt back 2 claim 07700 900562 now', '+447700900562'],
    ['ring today to book 020 7946 0018', '+442079460018'],
  ])('reads a reference word after "to" as the verb that sends people to the number: %s', (text, value) => {
    expect(phones(text)).toEqual([value]);
  });

  it.each([['my claim 0800 046 0517 is still open'], ['booking 020 7946 0018 was cancelled']])(
    'keeps the same word as a label when nothing makes it a verb: %s',
    (text) => {
      expect(phones(text)).toEqual([]);
    },
  );

  it('answers repeated calls on one text from its memo without losing numbers or sharing arrays', () => {
    const text = normalize('call +44 7700 900111 or +44 7700 900222 or +44 7700 900333').text;
    expect(findPhones(text, 1).map((p) => p.value)).toEqual(['+447700900111']);
    const all = findPhones(text);
    expect(all.map((p) => p.value)).toEqual(['+447700900111', '+447700900222', '+447700900333']);
    all.pop();
    expect(findPhones(text, 2)).toHaveLength(2);
    expect(findPhones(text)).toHaveLength(3);
    expect(findPhones(normalize('ring +44 7700 900444').text).map((p) => p.value)).toEqual(['+447700900444']);
  });
});

describe('findPhones: numbers run into words', () => {
  it.each([
    ['Prize waiting! ring07700900451 before midnight', '+447700900451'],
    ['Hotline07700900452', '+447700900452'],
    ['call 07700900453Terms apply', '+447700900453'],
    ['claim it now, info 0207946031110p/min', '+442079460311'],
    ['club line 07700900455.2stop to end', '+447700900455'],
    ['Terms07700900456 1Win every week', '+447700900456'],
    ['weekly tones, to end them stop sms-07700900457', '+447700900457'],
    // Text-speak words with a digit for a syllable are words, not codes.
    ['pls leave a msg 2day 07700900461 x', '+447700900461'],
    ['to end it 2optout 07700900462', '+447700900462'],
    ['Call PhoneUpd8 08001234567 now', '+448001234567'],
  ])('finds a whole number glued to a word: %s', (text, value) => {
    expect(phones(text)).toEqual([value]);
  });

  it('finds both of two whole numbers joined by a slash, and no number in a path or a date', () => {
    expect(phones('party tonight, info: 07700900463/07700900464')).toEqual([
      '+447700900463',
      '+447700900464',
    ]);
    expect(phones('see example.com/07700900465/page')).toEqual([]);
    expect(phones('open 2024/07700900466 days')).toEqual([]);
  });

  it.each([
    ['wallet 0xab0207946031101cd9 is mine'],
    ['id ab01234567891c in the log'],
    ['ref xy07700900451 in the log'],
    ['code K7x0207946031 expired'],
    ['serial ab1-07700900458 on the box'],
    ['item #-07700900450 in the list'],
  ])('leaves digit runs inside codes and hex strings alone: %s', (text) => {
    expect(phones(text)).toEqual([]);
  });
});

describe('findEmails: a real suffix', () => {
  it('reads words run together around an @ as no address, and a real one as one', () => {
    const emails = (text: string) => findEmails(normalize(text).text).map((e) => e.value);
    expect(emails('show the voucher+receipt@desk.Thanks for coming')).toEqual([]);
    expect(emails('write to prizes.desk@example.co.uk')).toEqual(['prizes.desk@example.co.uk']);
  });
});

describe('findEmails: text as written (what masking hides)', () => {
  it('finds plain addresses in any script and with any suffix, and only plain ones', () => {
    const emails = (text: string) => findEmails(text, Number.POSITIVE_INFINITY, { asWritten: true });
    expect(emails('show the voucher+receipt@desk.Thanks for coming').map((e) => e.value)).toEqual([
      'voucher+receipt@desk.Thanks',
    ]);
    expect(emails('пишите иван@почта.рф сегодня').map((e) => e.value)).toEqual(['иван@почта.рф']);
    expect(emails('Write to Jane.Doe@Example.com')).toMatchObject([{ start: 9, end: 29 }]);
    expect(emails('jane dot doe at gmail dot com')).toEqual([]);
    expect(emails('no address here')).toEqual([]);
  });
});
