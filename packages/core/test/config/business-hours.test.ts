import { expect } from '@open-wc/testing';
import {
  formatHours,
  isOpenNow,
  isValidTimeZone,
  nextOpening,
  normalizeWeeklyHours,
  parseHours,
  type WeeklyHours,
} from '../../src/config/business-hours.js';

function hours(text: string): WeeklyHours {
  const result = parseHours(text);
  if (!result.ok) throw new Error(`expected "${text}" to parse: ${result.error}`);
  return result.hours;
}

function parseError(text: unknown): string {
  const result = parseHours(text);
  if (result.ok) throw new Error(`expected ${JSON.stringify(text)} to be refused`);
  return result.error;
}

const at = (iso: string): Date => new Date(iso);

describe('parseHours', () => {
  it('reads 24-hour ranges and several clauses', () => {
    expect(hours('Mon-Fri 08:00-20:00; Sat 09:00-13:00').periods).to.deep.equal([
      { day: 1, open: 480, close: 1200 },
      { day: 2, open: 480, close: 1200 },
      { day: 3, open: 480, close: 1200 },
      { day: 4, open: 480, close: 1200 },
      { day: 5, open: 480, close: 1200 },
      { day: 6, open: 540, close: 780 },
    ]);
  });

  it('reads am/pm, lower case and loose spelling the same way', () => {
    const expected = hours('Mon-Fri 08:00-20:00').periods;
    for (const text of ['mon-fri 8am-8pm', 'Monday to Friday 8 a.m. - 8 p.m.', 'weekdays 8a-8p', 'Mon–Fri 8:00 AM–8:00 PM', 'MON-FRI 8-8pm']) {
      expect(hours(text).periods, text).to.deep.equal(expected);
    }
  });

  it('borrows the written am/pm for the other time the way people mean it', () => {
    expect(hours('Mon 9-5pm').periods).to.deep.equal([{ day: 1, open: 540, close: 1020 }]);
    expect(hours('Mon 1-5pm').periods).to.deep.equal([{ day: 1, open: 780, close: 1020 }]);
    expect(hours('Mon 9am-noon').periods).to.deep.equal([{ day: 1, open: 540, close: 720 }]);
    expect(hours('Mon 8.30am-5pm').periods).to.deep.equal([{ day: 1, open: 510, close: 1020 }]);
  });

  it('reads 24/7 as every day around the clock', () => {
    const always = hours('24/7');
    expect(always.periods).to.have.length(7);
    expect(always.periods.every((p) => p.open === 0 && p.close === 1440)).to.equal(true);
  });

  it('keeps ranges across midnight on the day they start', () => {
    expect(hours('Fri 18:00-02:00').periods).to.deep.equal([{ day: 5, open: 1080, close: 1560 }]);
    expect(hours('Sat 10pm-6am').periods).to.deep.equal([{ day: 6, open: 1320, close: 1800 }]);
    expect(hours('Tue 6pm-midnight').periods).to.deep.equal([{ day: 2, open: 1080, close: 1440 }]);
  });

  it('removes closed days, in either word order, and later clauses replace earlier ones', () => {
    const sixDays = [1, 2, 3, 4, 5, 6];
    expect(hours('daily 9am-5pm; closed sun').periods.map((p) => p.day)).to.deep.equal(sixDays);
    expect(hours('daily 9am-5pm; Sun closed').periods.map((p) => p.day)).to.deep.equal(sixDays);
    expect(hours('daily 9am-5pm; Sat 10am-2pm').periods.find((p) => p.day === 6)).to.deep.equal({ day: 6, open: 600, close: 840 });
  });

  it('reads day lists, split shifts, wrapping day ranges and comma-separated clauses', () => {
    expect(hours('Mon, Wed, Fri 9:00-12:00, 13:00-17:00').periods).to.have.length(6);
    expect(hours('Fri-Mon 10:00-14:00').periods.map((p) => p.day)).to.deep.equal([0, 1, 5, 6]);
    expect(hours('Mon-Fri 9am-5pm, Sat 10am-2pm').periods.map((p) => p.day)).to.deep.equal([1, 2, 3, 4, 5, 6]);
    expect(hours('Sat-Sun 24 hours').periods).to.deep.equal([
      { day: 0, open: 0, close: 1440 },
      { day: 6, open: 0, close: 1440 },
    ]);
  });

  it('refuses unclear or impossible hours with a message instead of guessing', () => {
    expect(parseError('Mon-Fri 9-5')).to.match(/unclear.*am\/pm/);
    expect(parseError('Mon 25:00-26:00')).to.match(/not a time/);
    expect(parseError('Mon 13pm-2pm')).to.match(/not a time/);
    expect(parseError('Mon 9am-9am')).to.match(/same time/);
    expect(parseError('9am-5pm')).to.match(/which days/);
    expect(parseError('Mon-Fri')).to.match(/time range/);
    expect(parseError('closed sun')).to.match(/No opening hours/);
    expect(parseError('whenever')).to.match(/could not read/);
    expect(parseError('')).to.match(/empty/);
    expect(parseError(42)).to.match(/must be text/);
    expect(parseError('Mon 9am-5pm; '.repeat(200))).to.match(/longer than/);
  });
});

describe('isOpenNow', () => {
  const weekdays = hours('Mon-Fri 08:00-17:00');

  it('uses the center time zone, not the visitor clock', () => {
    // 2024-03-06 is a Wednesday. 15:00 UTC is 09:00 in Chicago, 00:00 Thursday in Tokyo.
    const now = at('2024-03-06T15:00:00Z');
    expect(isOpenNow(weekdays, 'America/Chicago', now)).to.equal(true);
    expect(isOpenNow(weekdays, 'Asia/Tokyo', now)).to.equal(false);
    expect(isOpenNow(weekdays, 'Europe/London', now)).to.equal(true);
    // Half-hour zone: 15:00 UTC is 20:30 in Kolkata.
    expect(isOpenNow(weekdays, 'Asia/Kolkata', now)).to.equal(false);
    expect(isOpenNow(weekdays, 'Asia/Kolkata', at('2024-03-06T03:00:00Z'))).to.equal(true);
  });

  it('follows a daylight-saving change (US spring forward, 2024-03-10)', () => {
    // 13:30 UTC is 07:30 CST on Friday (closed) but 08:30 CDT on Monday (open).
    expect(isOpenNow(weekdays, 'America/Chicago', at('2024-03-08T13:30:00Z'))).to.equal(false);
    expect(isOpenNow(weekdays, 'America/Chicago', at('2024-03-11T13:30:00Z'))).to.equal(true);
    // 22:30 UTC is 16:30 CST (open) on Friday but 17:30 CDT (closed) on Monday.
    expect(isOpenNow(weekdays, 'America/Chicago', at('2024-03-08T22:30:00Z'))).to.equal(true);
    expect(isOpenNow(weekdays, 'America/Chicago', at('2024-03-11T22:30:00Z'))).to.equal(false);
  });

  it('follows a southern-hemisphere DST change (Sydney, 2024-04-07)', () => {
    // 21:30 UTC Thursday 4 April is 08:30 AEDT Friday; a week later 21:30 UTC is 07:30 AEST.
    expect(isOpenNow(weekdays, 'Australia/Sydney', at('2024-04-04T21:30:00Z'))).to.equal(true);
    expect(isOpenNow(weekdays, 'Australia/Sydney', at('2024-04-11T21:30:00Z'))).to.equal(false);
  });

  it('is closed on closed days and at the closing minute', () => {
    expect(isOpenNow(weekdays, 'UTC', at('2024-03-09T12:00:00Z'))).to.equal(false); // Saturday
    expect(isOpenNow(weekdays, 'UTC', at('2024-03-10T12:00:00Z'))).to.equal(false); // Sunday
    expect(isOpenNow(weekdays, 'UTC', at('2024-03-06T16:59:59Z'))).to.equal(true);
    expect(isOpenNow(weekdays, 'UTC', at('2024-03-06T17:00:00Z'))).to.equal(false);
    expect(isOpenNow(weekdays, 'UTC', at('2024-03-06T08:00:00Z'))).to.equal(true);
  });

  it('stays open past midnight into the next day for overnight ranges', () => {
    const friday = hours('Fri 18:00-02:00');
    expect(isOpenNow(friday, 'UTC', at('2024-03-08T17:59:00Z'))).to.equal(false); // Fri 17:59
    expect(isOpenNow(friday, 'UTC', at('2024-03-08T23:30:00Z'))).to.equal(true); // Fri 23:30
    expect(isOpenNow(friday, 'UTC', at('2024-03-09T01:30:00Z'))).to.equal(true); // Sat 01:30
    expect(isOpenNow(friday, 'UTC', at('2024-03-09T02:00:00Z'))).to.equal(false); // Sat 02:00
    expect(isOpenNow(friday, 'UTC', at('2024-03-07T01:30:00Z'))).to.equal(false); // Thu 01:30
  });

  it('is always open for 24/7, in any zone', () => {
    const always = hours('24/7');
    for (const iso of ['2024-03-10T08:30:00Z', '2024-12-25T00:00:00Z', '2024-06-01T23:59:00Z']) {
      expect(isOpenNow(always, 'America/Chicago', at(iso))).to.equal(true);
    }
  });

  it('answers false (never throws) for an unknown zone or an invalid date', () => {
    expect(isOpenNow(hours('24/7'), 'Mars/Olympus_Mons', at('2024-03-06T15:00:00Z'))).to.equal(false);
    expect(isOpenNow(hours('24/7'), 'UTC', new Date(Number.NaN))).to.equal(false);
    expect(isValidTimeZone('America/Chicago')).to.equal(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).to.equal(false);
    expect(isValidTimeZone('x'.repeat(10_000))).to.equal(false);
    expect(isValidTimeZone(5)).to.equal(false);
  });

  it('checks a time zone without building a date formatter when the zone is a canonical one', () => {
    // The first Intl.DateTimeFormat of a page costs tens of milliseconds on a slow phone, and the
    // configuration is checked while the chat opens: canonical zones come from the engine's list.
    const Original = Intl.DateTimeFormat;
    let built = 0;
    const counting = function (this: unknown, ...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      built++;
      return new Original(...args);
    } as unknown as typeof Intl.DateTimeFormat;
    Intl.DateTimeFormat = counting;
    try {
      expect(isValidTimeZone('Europe/Lisbon')).to.equal(true);
      expect(isValidTimeZone('UTC')).to.equal(true);
      expect(built).to.equal(0);
      // Aliases and other spellings outside the list are still accepted, by building the formatter.
      expect(isValidTimeZone('US/Pacific')).to.equal(true);
      expect(isValidTimeZone('europe/lisbon')).to.equal(true);
      expect(isValidTimeZone('Europe/Atlantis')).to.equal(false);
      expect(built).to.be.greaterThan(0);
    } finally {
      Intl.DateTimeFormat = Original;
    }
  });
});

describe('nextOpening', () => {
  const weekdays = hours('Mon-Fri 08:00-17:00');

  it('finds Monday morning from a weekend, across the spring-forward change', () => {
    // Saturday noon CST; Monday 08:00 is CDT (UTC-5) so 13:00 UTC, not 14:00.
    expect(nextOpening(weekdays, 'America/Chicago', at('2024-03-09T18:00:00Z'))?.toISOString()).to.equal(
      '2024-03-11T13:00:00.000Z',
    );
    // And across the fall-back change (2024-11-03): Monday 08:00 CST is 14:00 UTC.
    expect(nextOpening(weekdays, 'America/Chicago', at('2024-11-02T18:00:00Z'))?.toISOString()).to.equal(
      '2024-11-04T14:00:00.000Z',
    );
  });

  it('finds the opening later the same day and after closing', () => {
    expect(nextOpening(weekdays, 'UTC', at('2024-03-06T06:15:30Z'))?.toISOString()).to.equal('2024-03-06T08:00:00.000Z');
    expect(nextOpening(weekdays, 'UTC', at('2024-03-06T18:00:00Z'))?.toISOString()).to.equal('2024-03-07T08:00:00.000Z');
  });

  it('opens at the end of a skipped hour when the opening time does not exist that day', () => {
    // 02:30 on 2024-03-10 does not exist in Chicago: clocks go from 02:00 CST to 03:00 CDT (08:00 UTC).
    const early = hours('Sun 02:30-05:00');
    expect(nextOpening(early, 'America/Chicago', at('2024-03-09T18:00:00Z'))?.toISOString()).to.equal(
      '2024-03-10T08:00:00.000Z',
    );
  });

  it('returns now when open, and null when never open or the zone is unknown', () => {
    const now = at('2024-03-06T09:00:00Z');
    expect(nextOpening(weekdays, 'UTC', now)?.getTime()).to.equal(now.getTime());
    expect(nextOpening({ periods: [] }, 'UTC', now)).to.equal(null);
    expect(nextOpening(weekdays, 'Not/AZone', now)).to.equal(null);
  });

  it('waits a full week for a once-a-week opening that just closed', () => {
    const mondays = hours('Mon 09:00-10:00');
    expect(nextOpening(mondays, 'UTC', at('2024-03-11T11:00:00Z'))?.toISOString()).to.equal('2024-03-18T09:00:00.000Z');
  });
});

describe('formatHours', () => {
  it('groups days with the same hours in the locale clock', () => {
    expect(formatHours(hours('Mon-Fri 08:00-20:00; Sat 09:00-13:00'), 'en-US')).to.equal(
      'Mon–Fri 8:00 AM–8:00 PM; Sat 9:00 AM–1:00 PM',
    );
    expect(formatHours(hours('Mon-Fri 08:00-20:00'), 'en-GB')).to.equal('Mon–Fri 8:00–20:00');
  });

  it('lists non-consecutive days, split shifts, overnight ranges and whole days', () => {
    expect(formatHours(hours('Mon, Wed 9am-12pm, 1pm-5pm'), 'en-US')).to.equal('Mon, Wed 9:00 AM–12:00 PM, 1:00 PM–5:00 PM');
    expect(formatHours(hours('Fri 18:00-02:00'), 'en-US')).to.equal('Fri 6:00 PM–2:00 AM');
    expect(formatHours(hours('Sat-Sun 24 hours'), 'en-US')).to.equal('Sat–Sun 24 hours');
    expect(formatHours(hours('24/7'), 'en-US')).to.equal('Open 24/7');
    expect(formatHours(hours('24/7'), 'en-US', { allDay: 'toute la journée', always: '24 h/24, 7 j/7' })).to.equal('24 h/24, 7 j/7');
  });

  it('falls back to English for an invalid locale instead of throwing', () => {
    expect(formatHours(hours('Mon 09:00-17:00'), 'not a locale!!')).to.equal('Mon 9:00 AM–5:00 PM');
  });
});

describe('normalizeWeeklyHours', () => {
  it('accepts well-formed hours from code and refuses anything else', () => {
    expect(normalizeWeeklyHours({ periods: [{ day: 1, open: 540, close: 1020 }] })).to.deep.equal({
      periods: [{ day: 1, open: 540, close: 1020 }],
    });
    expect(normalizeWeeklyHours({ periods: [{ day: 7, open: 540, close: 1020 }] })).to.equal(null);
    expect(normalizeWeeklyHours({ periods: [{ day: 1, open: 600, close: 500 }] })).to.equal(null);
    expect(normalizeWeeklyHours({ periods: [{ day: 1, open: 0, close: 3000 }] })).to.equal(null);
    expect(normalizeWeeklyHours({ periods: [] })).to.equal(null);
    expect(normalizeWeeklyHours('Mon 9-5')).to.equal(null);
    expect(normalizeWeeklyHours(null)).to.equal(null);
  });
});
