/**
 * A center's weekly opening hours: parsed from the compact text a person writes in a data attribute
 * ("Mon-Fri 8am-8pm; Sat 9am-1pm", "24/7", "closed sun", "Fri 18:00-02:00"), checked against the
 * clock in the center's own time zone (so DST and visitors in other zones are handled), and
 * formatted back for people.
 *
 * Wall-clock work goes through `Intl.DateTimeFormat` with the center's `timeZone`; nothing here
 * assumes a fixed UTC offset. Nothing throws: bad text or an unknown zone is an error value.
 */

/** Day of the week as `Date#getDay` counts it: 0 = Sunday ... 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * One opening period that starts on `day`. Times are minutes after that day's midnight:
 * `open` is 0-1439 and `close` is after `open` by at most a day, so a period running past
 * midnight has `close` > 1440 (Fri 18:00-02:00 is `{ day: 5, open: 1080, close: 1560 }`).
 */
export interface OpeningPeriod {
  readonly day: Weekday;
  readonly open: number;
  readonly close: number;
}

/** Opening periods sorted by day and time; an empty list means "never open". */
export interface WeeklyHours {
  readonly periods: readonly OpeningPeriod[];
}

export type ParseHoursResult =
  | { readonly ok: true; readonly hours: WeeklyHours }
  | { readonly ok: false; readonly error: string };

/** Labels used by `formatHours` for whole days; English by default. */
export interface HoursLabels {
  /** A day open around the clock ("Sat 24 hours"). */
  readonly allDay: string;
  /** Every day open around the clock. */
  readonly always: string;
}

export const MAX_HOURS_TEXT = 500;
const DAY_MINUTES = 1440;
const ALL_DAYS: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];
/** Display order: the week starts on Monday. */
const DISPLAY_ORDER: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 0];

// ---------------------------------------------------------------------------------------------
// Parsing

type Token =
  | { readonly t: 'day'; readonly days: readonly Weekday[]; readonly single: boolean; readonly raw: string }
  | { readonly t: 'time'; readonly hour: number; readonly minute: number; readonly meridiem?: 'am' | 'pm'; readonly leadingZero: boolean; readonly midnight: boolean; readonly raw: string }
  | { readonly t: 'dash' | 'comma' | 'semi' | 'closed' | 'always' | 'allday'; readonly raw: string };

const DAY_WORDS: ReadonlyArray<readonly [RegExp, Weekday]> = [
  [/^sun(?:day)?/, 0],
  [/^mon(?:day)?/, 1],
  [/^tue(?:s(?:day)?)?/, 2],
  [/^wed(?:s|nesday)?/, 3],
  [/^thu(?:r(?:s(?:day)?)?)?/, 4],
  [/^fri(?:day)?/, 5],
  [/^sat(?:urday)?/, 6],
];

const DAY_SETS: ReadonlyArray<readonly [RegExp, readonly Weekday[]]> = [
  [/^(?:daily|every ?day|all week)/, ALL_DAYS],
  [/^weekdays?/, [1, 2, 3, 4, 5]],
  [/^weekends?/, [6, 0]],
];

const WORD_END = /^(?![a-z0-9])/;

const SIMPLE_TOKENS: ReadonlyArray<readonly [RegExp, Token['t'] | null]> = [
  [/^(?:24 ?\/ ?7|24 ?x ?7|open 24 hours a day,? 7 days a week|always open)/, 'always'],
  [/^(?:open )?(?:24 ?(?:hours|hrs|h)|all day|around the clock)(?![a-z0-9])/, 'allday'],
  [/^(?:closed|close)(?![a-z])/, 'closed'],
  [/^(?:-|to(?![a-z])|through(?![a-z])|thru(?![a-z])|until(?![a-z])|till(?![a-z])|til(?![a-z]))/, 'dash'],
  [/^(?:,|&|\+|and(?![a-z]))/, 'comma'],
  [/^[;|\n]/, 'semi'],
  [/^(?:open(?![a-z])|hours(?![a-z])|from(?![a-z])|:|\.)/, null],
];

const TIME = /^(\d{1,2})(?:[:.h](\d{2}))?(?: ?(a\.?m\.?|p\.?m\.?|a|p))?(?![a-z0-9])/;

function snippet(text: string): string {
  const s = text.slice(0, 24);
  return JSON.stringify(s.length < text.length ? `${s}…` : s);
}

function tokenize(text: string): { tokens: Token[] } | { error: string } {
  const tokens: Token[] = [];
  let rest = text;
  while (rest.length > 0) {
    const space = /^[ \t\r]+/.exec(rest);
    if (space) {
      rest = rest.slice(space[0].length);
      continue;
    }
    let matched = false;
    for (const [pattern, t] of SIMPLE_TOKENS) {
      const m = pattern.exec(rest);
      if (m) {
        if (t) tokens.push({ t, raw: m[0] } as Token);
        rest = rest.slice(m[0].length);
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const time = TIME.exec(rest);
    if (time) {
      const hourText = time[1] ?? '';
      const suffix = time[3]?.[0];
      tokens.push({
        t: 'time',
        hour: Number(hourText),
        minute: Number(time[2] ?? '0'),
        ...(suffix === 'a' ? { meridiem: 'am' as const } : suffix === 'p' ? { meridiem: 'pm' as const } : {}),
        leadingZero: hourText.length === 2 && hourText.startsWith('0'),
        midnight: false,
        raw: time[0],
      });
      rest = rest.slice(time[0].length);
      continue;
    }
    const word = /^(noon|midday|midnight)(?![a-z])/.exec(rest);
    if (word) {
      const midnight = word[1] === 'midnight';
      tokens.push({ t: 'time', hour: midnight ? 0 : 12, minute: 0, leadingZero: true, midnight, raw: word[0] });
      rest = rest.slice(word[0].length);
      continue;
    }
    for (const [pattern, day] of DAY_WORDS) {
      const m = pattern.exec(rest);
      if (m) {
        const after = rest.slice(m[0].length);
        if (!WORD_END.test(after) && !after.startsWith('.')) continue;
        tokens.push({ t: 'day', days: [day], single: true, raw: m[0] });
        rest = after;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    for (const [pattern, days] of DAY_SETS) {
      const m = pattern.exec(rest);
      if (m && WORD_END.test(rest.slice(m[0].length))) {
        tokens.push({ t: 'day', days, single: false, raw: m[0] });
        rest = rest.slice(m[0].length);
        matched = true;
        break;
      }
    }
    if (matched) continue;
    return { error: `I could not read ${snippet(rest)}.` };
  }
  return { tokens };
}

type TimeToken = Extract<Token, { t: 'time' }>;

/** 24-hour minutes for a time, given the meridiem to use when it has none of its own. */
function toMinutes(time: TimeToken, meridiem: 'am' | 'pm' | undefined): number | string {
  const { hour, minute } = time;
  if (minute > 59) return `${JSON.stringify(time.raw)} is not a time.`;
  if (meridiem) {
    if (hour < 1 || hour > 12) return `${JSON.stringify(time.raw)} is not a time.`;
    return ((hour % 12) + (meridiem === 'pm' ? 12 : 0)) * 60 + minute;
  }
  if (hour > 24 || (hour === 24 && minute > 0)) return `${JSON.stringify(time.raw)} is not a time.`;
  return hour * 60 + minute;
}

/** Resolves a start-end pair into [open, close) minutes, close possibly past midnight. */
function resolveRange(start: TimeToken, end: TimeToken): { open: number; close: number } | string {
  const raw = `${start.raw}-${end.raw}`;
  let open: number | string;
  let close: number | string;
  if (start.meridiem && end.meridiem) {
    open = toMinutes(start, start.meridiem);
    close = toMinutes(end, end.meridiem);
  } else if (start.meridiem || end.meridiem) {
    // "9-5pm" is 9am-5pm, "1-5pm" is 1pm-5pm, "8am-8" is 8am-8pm: borrow the written meridiem
    // for the other time, or take the opposite one when borrowing would put it the wrong way round.
    const known = (start.meridiem ?? end.meridiem) as 'am' | 'pm';
    const other = known === 'am' ? 'pm' : 'am';
    if (start.meridiem) {
      open = toMinutes(start, known);
      const same = end.midnight ? 0 : toMinutes(end, known);
      close = typeof same === 'number' && typeof open === 'number' && same > open ? same : toMinutes(end, end.midnight ? undefined : other);
    } else {
      close = toMinutes(end, known);
      const same = start.midnight ? 0 : toMinutes(start, known);
      open = typeof same === 'number' && typeof close === 'number' && same < close ? same : toMinutes(start, start.midnight ? undefined : other);
    }
  } else {
    open = toMinutes(start, undefined);
    close = toMinutes(end, undefined);
    if (
      typeof open === 'number' &&
      typeof close === 'number' &&
      close < open &&
      close > 0 &&
      start.hour <= 12 &&
      end.hour <= 12 &&
      !end.leadingZero
    ) {
      return `${JSON.stringify(raw)} is unclear: add am/pm (e.g. 8am-5pm) or use 24-hour times (08:00-17:00).`;
    }
  }
  if (typeof open === 'string') return open;
  if (typeof close === 'string') return close;
  if (open === DAY_MINUTES) open = 0;
  if (close === 0) close = DAY_MINUTES;
  if (close === open) return `${JSON.stringify(raw)} opens and closes at the same time.`;
  if (close < open) close += DAY_MINUTES;
  return { open, close };
}

function expandDays(from: Weekday, to: Weekday): Weekday[] {
  const days: Weekday[] = [];
  for (let d: number = from; ; d = (d + 1) % 7) {
    days.push(d as Weekday);
    if (d === to) return days;
  }
}

function mergePeriods(periods: readonly OpeningPeriod[]): OpeningPeriod[] {
  const sorted = [...periods].sort((a, b) => a.day - b.day || a.open - b.open || a.close - b.close);
  const out: OpeningPeriod[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last?.day === p.day && p.open <= last.close) {
      out[out.length - 1] = { day: p.day, open: last.open, close: Math.max(last.close, p.close) };
    } else {
      out.push(p);
    }
  }
  return out;
}

/**
 * Parses opening hours written for people. Clauses are separated by `;`, `|`, new lines or commas;
 * each names days (`Mon`, `Mon-Fri`, `Mon, Wed`, `weekdays`, `daily`) and then one or more ranges
 * (`8am-8pm`, `08:00-20:00`, `9-12, 1-5pm`), `closed` or `24 hours`. `24/7` means always open and
 * `closed Sun` / `Sun closed` removes a day. A later clause replaces earlier hours for its days
 * ("daily 9am-5pm; Sat 10am-2pm"). A range ending before it starts runs past midnight.
 */
export function parseHours(text: unknown): ParseHoursResult {
  if (typeof text !== 'string') return { ok: false, error: 'Opening hours must be text, e.g. "Mon-Fri 8am-8pm".' };
  if (text.length > MAX_HOURS_TEXT) return { ok: false, error: `Opening hours are longer than ${MAX_HOURS_TEXT} characters.` };
  const normalized = text.toLowerCase().replace(/[\u2012-\u2015\u2212]/g, '-').replace(/[\u00a0\u202f]/g, ' ').trim();
  if (normalized.length === 0) return { ok: false, error: 'Opening hours are empty.' };
  const lexed = tokenize(normalized);
  if ('error' in lexed) return { ok: false, error: lexed.error };
  const tokens = lexed.tokens;
  const byDay = new Map<Weekday, OpeningPeriod[]>();
  let i = 0;
  const peek = (offset = 0): Token | undefined => tokens[i + offset];

  const readDays = (): Weekday[] | string => {
    const days: Weekday[] = [];
    for (;;) {
      const first = peek();
      if (first?.t !== 'day') return days.length ? days : 'Say which days first, e.g. "Mon-Fri 9am-5pm".';
      i++;
      const dash = peek();
      const second = peek(1);
      if (dash?.t === 'dash' && second?.t === 'day') {
        if (!first.single || !second.single) return `${JSON.stringify(`${first.raw}-${second.raw}`)} is not a range of days.`;
        days.push(...expandDays(first.days[0] as Weekday, second.days[0] as Weekday));
        i += 2;
      } else {
        days.push(...first.days);
      }
      if (peek()?.t === 'comma' && peek(1)?.t === 'day') i++;
      else return days;
    }
  };

  const readRanges = (): Array<{ open: number; close: number }> | string => {
    const ranges: Array<{ open: number; close: number }> = [];
    for (;;) {
      const start = peek();
      const dash = peek(1);
      const end = peek(2);
      if (start?.t !== 'time' || dash?.t !== 'dash' || end?.t !== 'time') {
        const near = start ? ` near ${JSON.stringify(start.raw)}` : '';
        return `Expected a time range such as 9am-5pm${near}.`;
      }
      const range = resolveRange(start, end);
      if (typeof range === 'string') return range;
      ranges.push(range);
      i += 3;
      if (peek()?.t === 'comma' && peek(1)?.t === 'time') i++;
      else return ranges;
    }
  };

  while (i < tokens.length) {
    const token = peek();
    if (token?.t === 'semi' || token?.t === 'comma') {
      i++;
      continue;
    }
    if (token?.t === 'always') {
      i++;
      for (const day of ALL_DAYS) byDay.set(day, [{ day, open: 0, close: DAY_MINUTES }]);
      continue;
    }
    if (token?.t === 'closed') {
      i++;
      const days = readDays();
      if (typeof days === 'string') return { ok: false, error: 'Say which days are closed, e.g. "closed Sun".' };
      for (const day of days) byDay.set(day, []);
      continue;
    }
    const days = readDays();
    if (typeof days === 'string') return { ok: false, error: days };
    const next = peek();
    if (next?.t === 'closed') {
      i++;
      for (const day of days) byDay.set(day, []);
    } else if (next?.t === 'allday' || next?.t === 'always') {
      i++;
      for (const day of days) byDay.set(day, [{ day, open: 0, close: DAY_MINUTES }]);
    } else {
      const ranges = readRanges();
      if (typeof ranges === 'string') return { ok: false, error: ranges };
      for (const day of days) byDay.set(day, ranges.map((r) => ({ day, ...r })));
    }
    const after = peek();
    if (after && after.t !== 'semi' && after.t !== 'comma') {
      return { ok: false, error: `Unexpected ${JSON.stringify(after.raw)}; separate days with ";".` };
    }
  }
  const periods = mergePeriods([...byDay.values()].flat());
  if (periods.length === 0) return { ok: false, error: 'No opening hours found, e.g. "Mon-Fri 9am-5pm".' };
  return { ok: true, hours: { periods } };
}

/** Accepts a `WeeklyHours` value given in code, or null when it is not well-formed. */
export function normalizeWeeklyHours(value: unknown): WeeklyHours | null {
  if (typeof value !== 'object' || value === null) return null;
  const periods = (value as { periods?: unknown }).periods;
  if (!Array.isArray(periods) || periods.length === 0 || periods.length > 70) return null;
  const out: OpeningPeriod[] = [];
  for (const p of periods as unknown[]) {
    if (typeof p !== 'object' || p === null) return null;
    const { day, open, close } = p as Partial<Record<keyof OpeningPeriod, unknown>>;
    if (typeof day !== 'number' || !ALL_DAYS.includes(day as Weekday)) return null;
    if (typeof open !== 'number' || !Number.isInteger(open) || open < 0 || open >= DAY_MINUTES) return null;
    if (typeof close !== 'number' || !Number.isInteger(close) || close <= open || close > open + DAY_MINUTES) return null;
    out.push({ day: day as Weekday, open, close });
  }
  return { periods: mergePeriods(out) };
}

// ---------------------------------------------------------------------------------------------
// Clock

const zoneFormatters = new Map<string, Intl.DateTimeFormat | null>();

function zoneFormatter(timeZone: string): Intl.DateTimeFormat | null {
  const cached = zoneFormatters.get(timeZone);
  if (cached !== undefined) return cached;
  let formatter: Intl.DateTimeFormat | null = null;
  if (timeZone.length > 0 && timeZone.length <= 64) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        weekday: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
      });
    } catch {
      formatter = null;
    }
  }
  if (zoneFormatters.size > 32) zoneFormatters.clear();
  zoneFormatters.set(timeZone, formatter);
  return formatter;
}

/** The engine's canonical time zones, read once (undefined until first asked). */
let listedZones: ReadonlySet<string> | undefined;

/**
 * True when `timeZone` is in the engine's list of canonical zones. Reading the list is cheap; the
 * first `Intl.DateTimeFormat` a page creates is not (about 50 ms on a phone-speed CPU, for the
 * date-formatting data), and checking the configuration happens while the chat opens. The
 * formatter is made when the hours are first used, in the contact step.
 */
function isListedTimeZone(timeZone: string): boolean {
  if (listedZones === undefined) {
    let zones: readonly string[] = [];
    try {
      zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    } catch {
      zones = [];
    }
    listedZones = new Set([...zones, 'UTC']);
  }
  return listedZones.has(timeZone);
}

/**
 * True for an IANA time zone this JavaScript engine knows ("America/Chicago", "UTC"). Names
 * outside the canonical list (aliases such as "US/Central", other spellings) are checked by
 * building the formatter, as engines without the list are.
 */
export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone.length === 0 || timeZone.length > 64) return false;
  return isListedTimeZone(timeZone) || zoneFormatter(timeZone) !== null;
}

const WEEKDAY_INDEX: Readonly<Record<string, Weekday>> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

interface WallClock {
  readonly day: Weekday;
  /** Minutes after local midnight. */
  readonly minute: number;
  /** Local date and time as minutes since 1970-01-01T00:00 "local", for wall-clock arithmetic. */
  readonly wall: number;
}

function wallClock(formatter: Intl.DateTimeFormat, epochMs: number): WallClock | null {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of formatter.formatToParts(epochMs)) parts[part.type] = part.value;
  const day = WEEKDAY_INDEX[parts.weekday ?? ''];
  const hour = Number(parts.hour) % 24;
  const minute = Number(parts.minute);
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), hour, minute) / 60000;
  if (day === undefined || !Number.isFinite(wall) || !Number.isFinite(hour) || !Number.isFinite(minute)) return null;
  return { day, minute: hour * 60 + minute, wall };
}

function openAt(hours: WeeklyHours, clock: WallClock): boolean {
  const yesterday = ((clock.day + 6) % 7) as Weekday;
  return hours.periods.some(
    (p) =>
      (p.day === clock.day && p.open <= clock.minute && clock.minute < p.close) ||
      (p.day === yesterday && clock.minute + DAY_MINUTES < p.close),
  );
}

/**
 * Whether the center is open at `now` in its time zone. False for an unknown time zone or an
 * invalid date (we would rather say "leave a message" than promise someone is there).
 */
export function isOpenNow(hours: WeeklyHours, timeZone: string, now: Date = new Date()): boolean {
  const formatter = zoneFormatter(timeZone);
  const time = now.getTime();
  if (!formatter || !Number.isFinite(time)) return false;
  const clock = wallClock(formatter, time);
  return clock !== null && openAt(hours, clock);
}

/** The instant whose local wall clock reads `targetWall`, or the first one after it (DST gaps). */
function instantForWall(formatter: Intl.DateTimeFormat, targetWall: number, guess: number): number | null {
  let t = guess;
  const seen: number[] = [];
  for (let step = 0; step < 4; step++) {
    const clock = wallClock(formatter, t);
    if (!clock) return null;
    const diff = targetWall - clock.wall;
    if (diff === 0) return t;
    seen.push(t);
    t += diff * 60000;
  }
  // The wall time does not exist (clocks jumped forward over it): the first instant after the
  // jump is when the center opens. Binary search between a guess before and one after.
  let lo = Math.min(...seen, t);
  let hi = Math.max(...seen, t);
  const before = wallClock(formatter, lo);
  const after = wallClock(formatter, hi);
  if (!before || !after || before.wall >= targetWall || after.wall < targetWall) return null;
  while (hi - lo > 60000) {
    const mid = lo + Math.floor((hi - lo) / 120000) * 60000;
    const clock = wallClock(formatter, mid);
    if (!clock) return null;
    if (clock.wall >= targetWall) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * When the center next opens, as an instant: `now` itself when it is open already, null when it
 * never opens or the time zone is unknown. Correct across DST changes.
 */
export function nextOpening(hours: WeeklyHours, timeZone: string, now: Date = new Date()): Date | null {
  const formatter = zoneFormatter(timeZone);
  const time = now.getTime();
  if (!formatter || !Number.isFinite(time) || hours.periods.length === 0) return null;
  const clock = wallClock(formatter, time);
  if (!clock) return null;
  if (openAt(hours, clock)) return new Date(time);
  const minuteStart = time - (time % 60000);
  for (let offset = 0; offset <= 7; offset++) {
    const day = ((clock.day + offset) % 7) as Weekday;
    for (const p of hours.periods) {
      if (p.day !== day) continue;
      const delta = offset * DAY_MINUTES + p.open - clock.minute;
      if (delta <= 0) continue;
      const instant = instantForWall(formatter, clock.wall + delta, minuteStart + delta * 60000);
      if (instant !== null && instant > time) return new Date(instant);
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Formatting

const DEFAULT_LABELS: HoursLabels = { allDay: '24 hours', always: 'Open 24/7' };

function safeFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  } catch {
    return new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' });
  }
}

/**
 * Hours for people, in the locale's words and clock: "Mon–Fri 8:00 AM–8:00 PM; Sat 9:00 AM–1:00 PM".
 * Days with the same hours are grouped; closed days are left out.
 */
export function formatHours(hours: WeeklyHours, locale = 'en', labels: HoursLabels = DEFAULT_LABELS): string {
  const dayFormat = safeFormatter(locale, { weekday: 'short' });
  const timeFormat = safeFormatter(locale, { hour: 'numeric', minute: '2-digit' });
  // 2023-01-01 was a Sunday, so day d of that week is 1 + d.
  const dayName = (d: Weekday): string => dayFormat.format(Date.UTC(2023, 0, 1 + d, 12));
  const timeText = (minutes: number): string =>
    timeFormat.format(Date.UTC(2023, 0, 1, Math.floor(minutes / 60) % 24, minutes % 60)).replace(/[\u00a0\u202f]/g, ' ');
  const scheduleOf = (d: Weekday): string =>
    hours.periods
      .filter((p) => p.day === d)
      .map((p) => (p.open === 0 && p.close === DAY_MINUTES ? labels.allDay : `${timeText(p.open)}–${timeText(p.close % DAY_MINUTES)}`))
      .join(', ');

  const schedules = DISPLAY_ORDER.map((d) => ({ day: d, schedule: scheduleOf(d) }));
  if (schedules.every((s) => s.schedule === labels.allDay)) return labels.always;

  const groups = new Map<string, Weekday[]>();
  for (const { day, schedule } of schedules) {
    if (!schedule) continue;
    groups.set(schedule, [...(groups.get(schedule) ?? []), day]);
  }
  const clauses: string[] = [];
  for (const [schedule, days] of groups) {
    const runs: Weekday[][] = [];
    for (const day of days) {
      const run = runs[runs.length - 1];
      const last = run?.[run.length - 1];
      if (run && last !== undefined && DISPLAY_ORDER.indexOf(day) === DISPLAY_ORDER.indexOf(last) + 1) run.push(day);
      else runs.push([day]);
    }
    const dayText = runs
      .map((run) => {
        const first = run[0] as Weekday;
        const last = run[run.length - 1] as Weekday;
        return run.length === 1 ? dayName(first) : `${dayName(first)}–${dayName(last)}`;
      })
      .join(', ');
    clauses.push(`${dayText} ${schedule}`);
  }
  return clauses.join('; ');
}
