import { describe, expect, it } from 'vitest';
import { undisclosedSponsorship } from '../../../shared/checks/undisclosed-sponsorship.ts';
import { BRAND, item, PARTNER, PUBLIC, reply, runner } from './integrity-fixture.ts';

const { findings, fires } = runner([undisclosedSponsorship]);

describe('undisclosed-sponsorship', () => {
  it.each([
    'my nightly routine 🌙 floss, brush, @sunmeadow mint rinse',
    'Sunmeadow whitening strips, week 2 update! DANA20 still works',
    'obsessed with this gel, link in bio → sunmeadow.com/gel',
    'This is not an ad, I just love @sunmeadow 🦷 code DANA20',
    'collab with @sunmeadow ✨ use DANA20',
  ])('fires on an undisclosed partner post: %s', (text) => {
    expect(fires(item(text, PARTNER))).toBe(true);
  });

  it('fires when #ad is buried after a run of hashtags', () => {
    const text =
      'Fresh breath all day with @sunmeadow 🌿 code DANA20\n#smile #teeth #dentist #oralcare #selfcare #morning #routine #minty #glow #health #ad';
    expect(fires(item(text, PARTNER))).toBe(true);
  });

  it('fires when the disclosure sits past the fold of a long caption', () => {
    const text = `Morning routine with @sunmeadow. ${'I brush, I floss, I rinse and then I make coffee. '.repeat(6)}Sponsored by Sunmeadow.`;
    expect(fires(item(text, PARTNER))).toBe(true);
  });

  it('fires on a partner reply with a discount code alone', () => {
    expect(fires(reply('yes!! use DANA20 for 20% off 🫶', PARTNER))).toBe(true);
  });

  it.each([
    '#ad my nightly routine with @sunmeadow mint rinse',
    'AD | Paid partnership with @sunmeadow: my honest review',
    'Sponsored by Sunmeadow 🦷 here is what I think after a month',
    'Quick review of @sunmeadow strips (#sponsored) code DANA20',
    'Publicidad: mi rutina con @sunmeadow 🦷',
    'Werbung | Meine Routine mit @sunmeadow',
    'Partenariat rémunéré avec @sunmeadow : ma routine du soir',
    'Parceria paga com @sunmeadow 🦷',
    'Thanks @sunmeadow for sponsoring this video! Link below for 15% off',
    'gifted by @sunmeadow 💛 my evening routine',
    'just got my teeth cleaned, feels great',
  ])('does not fire on: %s', (text) => {
    expect(fires(item(text, PARTNER))).toBe(false);
  });

  it('does not apply to the public or the brand', () => {
    expect(fires(item('love @sunmeadow rinse, code LENA10', PUBLIC))).toBe(false);
    expect(fires(item('New @sunmeadow rinse, code WELCOME10', BRAND))).toBe(false);
  });

  it('points at the promotion, exact offsets after emoji', () => {
    const text = '🌙🦷 routine: @sunmeadow rinse';
    const [f] = findings(item(text, PARTNER));
    const e = f!.evidence[0]!;
    expect(text.slice(e.start, e.end)).toBe('@sunmeadow');
    expect(f!.reason).toMatch(/#ad/);
  });
});
