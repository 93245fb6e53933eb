/**
 * Turns whatever an integrator passed (or a page script tampered with) into a safe `ResolvedConfig`,
 * naming each value it could not use. Never throws: a bad value falls back to its default, an unsafe
 * one (javascript: URL, CSS injection, non-text) is refused, unknown keys are reported with a
 * "did you mean" and never copied, so keys such as `__proto__` go nowhere.
 */
import { isValidTimeZone, normalizeWeeklyHours, parseHours, type WeeklyHours } from './business-hours.js';
import { cleanText } from './clean-text.js';
import {
  CRISIS_COUNTRIES,
  type ConfigIssue,
  type CrisisCountry,
  type IopChatConfig,
  type LauncherPosition,
  type ResolvedCenter,
  type ResolvedConfig,
  type ResolvedQuickExit,
  type ResolvedUi,
  type WidgetMode,
} from './config-types.js';
import { isCssColor } from './css-color.js';
import { parsePhone, type PhoneNumber } from './phone.js';
import { checkUrl, type UrlCheck, type UrlRules } from './safe-url.js';
import { resolveStrings } from './strings.js';
import { suggest } from './suggest.js';
import { PERSISTENCE_MODES, type PersistenceMode } from '../storage/safe-storage.js';
import type { KnowledgeEntry } from '../knowledge/types.js';

export { configFromAttributes, KNOWN_ATTRIBUTES, attributeForField, type KnownAttribute } from './config-attributes.js';

/** Defaults for everything an integrator may leave out. */
export const CONFIG_DEFAULTS = {
  leadTimeoutMs: 10_000,
  locale: 'en',
  crisisCountry: 'US',
  persistence: 'session',
  retentionHours: 24,
  quickExitUrl: 'https://www.google.com/search?q=weather',
  zIndex: 2_147_483_000,
  position: 'right',
  mode: 'launcher',
} as const;

export const LEAD_TIMEOUT_RANGE = { min: 1_000, max: 120_000 } as const;
/** What may be kept, in hours: at least an hour (a short outage), at most a week (a shared computer). */
export const RETENTION_HOURS_RANGE = { min: 1, max: 168 } as const;
/** `retentionHours` as the milliseconds stores and the outbox count in. */
export const retentionMs = (hours: number): number => hours * 60 * 60 * 1000;
/** What a lead endpoint may be: an https URL or a same-origin path (plain http only for localhost). */
export const LEAD_ENDPOINT_RULES = { allowPath: true, allowHttp: 'localhost' } as const satisfies UrlRules;
/** Where a knowledge file may be: the same rules as the lead endpoint. */
export const KNOWLEDGE_URL_RULES = LEAD_ENDPOINT_RULES;

/** Length caps for configured text. */
const MAX = {
  name: 120,
  short: 500,
  address: 300,
  email: 254,
  url: 2048,
  insurancePlan: 100,
  insurancePlans: 60,
  title: 80,
  launcherLabel: 60,
  knowledge: 500,
} as const;

const TOP_KEYS = [
  'center',
  'leadEndpoint',
  'leadTimeoutMs',
  'locale',
  'crisisCountry',
  'persistence',
  'retentionHours',
  'quickExit',
  'ui',
  'strings',
  'analytics',
  'knowledgeUrl',
  'extraKnowledge',
  'questionnaire',
  'leadSender',
  'onEvent',
] as const satisfies readonly (keyof IopChatConfig)[];
const CENTER_KEYS = [
  'name',
  'phone',
  'sms',
  'email',
  'address',
  'website',
  'hours',
  'timeZone',
  'insurance',
  'medication',
  'telehealth',
  'cost',
  'parking',
] as const;
const QUICK_EXIT_KEYS = ['enabled', 'url', 'shiftTriple'] as const;
const UI_KEYS = ['position', 'zIndex', 'mode', 'primaryColor', 'accentColor', 'title', 'launcherLabel'] as const;
const ANALYTICS_KEYS = ['includeText'] as const;

type Obj = Readonly<Record<string, unknown>>;

/** A short, safe rendering of a value for messages. */
function shown(value: unknown): string {
  if (typeof value === 'string') {
    const { text, truncated } = cleanText(value, 40);
    return JSON.stringify(truncated ? `${text}…` : text);
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects issues and reads values without ever letting a hostile object throw out. */
class Reader {
  readonly issues: ConfigIssue[] = [];

  error(field: string, message: string): void {
    this.issues.push({ field, message: `${field}${message}`, severity: 'error' });
  }

  warn(field: string, message: string): void {
    this.issues.push({ field, message: `${field}${message}`, severity: 'warning' });
  }

  /** An own property of `obj`, or undefined (also when reading it throws). */
  get(obj: Obj | undefined, key: string): unknown {
    if (!obj) return undefined;
    try {
      return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
    } catch {
      return undefined;
    }
  }

  /** A nested section: an object, or undefined with an error for anything else. */
  section(field: string, value: unknown, known: readonly string[]): Obj | undefined {
    if (value === undefined || value === null) return undefined;
    if (!isObj(value)) {
      this.error(field, `: expected an object but got ${shown(value)}; defaults are used.`);
      return undefined;
    }
    this.unknownKeys(field, value, known);
    return value;
  }

  /**
   * Reports keys that are not options. `nearby` are full option paths also worth suggesting
   * (a top-level `phone` probably meant `center.phone`).
   */
  unknownKeys(prefix: string, obj: Obj, known: readonly string[], nearby: readonly string[] = []): void {
    let keys: string[];
    try {
      keys = Object.keys(obj);
    } catch {
      return;
    }
    const candidates = [...known.map((k) => (prefix ? `${prefix}.${k}` : k)), ...nearby];
    for (const key of keys.slice(0, 100)) {
      if (known.includes(key)) continue;
      const name = cleanText(key, 60).text;
      const field = prefix ? `${prefix}.${name}` : name;
      const leaf = suggest(key, nearby.map((path) => path.slice(path.lastIndexOf('.') + 1)));
      const guess = suggest(field, candidates) ?? nearby.find((path) => path.endsWith(`.${leaf ?? ''}`));
      const hint = guess ? ` (did you mean ${guess}?)` : '';
      this.warn(field, ` is not a known option${hint}; it is ignored.`);
    }
  }

  /** Cleaned single-line text, or undefined (with an issue when it was not text). */
  text(field: string, value: unknown, max: number, consequence: string): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') {
      this.error(field, `: expected text but got ${shown(value)}; ${consequence}.`);
      return undefined;
    }
    const { text, truncated } = cleanText(value, max);
    if (truncated) this.warn(field, ` is longer than ${max} characters and was shortened.`);
    return text.length > 0 ? text : undefined;
  }

  choice<T extends string>(field: string, value: unknown, options: readonly T[], fallback: T): T {
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'string') {
      const cleaned = cleanText(value, 40).text;
      const match = options.find((o) => o.toLowerCase() === cleaned.toLowerCase());
      if (match) return match;
      const guess = suggest(cleaned, options);
      const hint = guess ? ` (did you mean "${guess}"?)` : '';
      this.error(field, `: ${shown(value)} is not one of ${options.join(', ')}${hint}; "${fallback}" is used.`);
      return fallback;
    }
    this.error(field, `: expected one of ${options.join(', ')} but got ${shown(value)}; "${fallback}" is used.`);
    return fallback;
  }

  flag(field: string, value: unknown, fallback: boolean): boolean {
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'boolean') return value;
    this.error(field, `: expected true or false but got ${shown(value)}; ${String(fallback)} is used.`);
    return fallback;
  }

  phone(field: string, value: unknown, what: string): PhoneNumber | undefined {
    const raw = typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? String(value) : value;
    const text = this.text(field, raw, 40, `the ${what} will not be shown`);
    if (text === undefined) return undefined;
    const phone = parsePhone(text);
    if (!phone) {
      this.error(field, `: ${shown(text)} is not a phone number (7 to 15 digits); the ${what} will not be shown.`);
      return undefined;
    }
    return Object.freeze(phone);
  }

  url(field: string, value: unknown, rules: UrlRules, consequence: string): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') {
      this.error(field, `: expected a URL but got ${shown(value)}; ${consequence}.`);
      return undefined;
    }
    const { text, truncated } = cleanText(value, MAX.url);
    if (text.length === 0) return undefined;
    if (truncated) {
      // A shortened URL would point somewhere else: refuse it instead.
      this.error(field, ` is longer than ${MAX.url} characters; ${consequence}.`);
      return undefined;
    }
    const result: UrlCheck = checkUrl(text, rules);
    if (result.ok) return result.url;
    const allowed = rules.allowPath === false ? 'an absolute https URL' : 'an https URL or a same-origin path such as /contact';
    const why = {
      'unsafe-scheme': `is not allowed: only ${allowed} can be used`,
      insecure: 'is not encrypted (http); use https, because what visitors send is sensitive',
      'path-not-allowed': `must be ${allowed}, not a path on this site`,
      malformed: `is not ${allowed}`,
    }[result.reason];
    this.error(field, `: ${shown(text)} ${why}; ${consequence}.`);
    return undefined;
  }

  color(field: string, value: unknown): string | undefined {
    const text = this.text(field, value, 80, 'the default colour is used');
    if (text === undefined) return undefined;
    if (isCssColor(text)) return text;
    this.error(
      field,
      `: ${shown(text)} is not a CSS colour (use hex like #1a5f7a, rgb(), hsl() or a colour name); the default colour is used.`,
    );
    return undefined;
  }

  integer(field: string, value: unknown, min: number, max: number, fallback: number, clamp: boolean): number {
    if (value === undefined || value === null) return fallback;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.error(field, `: expected a number but got ${shown(value)}; ${fallback} is used.`);
      return fallback;
    }
    const whole = Math.round(value);
    if (whole >= min && whole <= max) return whole;
    if (!clamp) {
      this.error(field, `: ${value} is outside ${min}-${max}; ${fallback} is used.`);
      return fallback;
    }
    const clamped = Math.min(max, Math.max(min, whole));
    this.warn(field, `: ${value} is outside ${min}-${max}; ${clamped} is used.`);
    return clamped;
  }
}

function resolveHours(r: Reader, value: unknown): WeeklyHours | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') {
    if (cleanText(value, 10).text.length === 0) return undefined;
    const parsed = parseHours(cleanText(value, 500, true).text);
    if (parsed.ok) return parsed.hours;
    r.error('center.hours', `: ${shown(value)} could not be read (${parsed.error}) Opening hours will not be shown.`);
    return undefined;
  }
  const hours = normalizeWeeklyHours(value);
  if (hours) return hours;
  r.error('center.hours', `: expected text such as "Mon-Fri 8am-8pm" but got ${shown(value)}; opening hours will not be shown.`);
  return undefined;
}

function resolveInsurance(r: Reader, value: unknown): readonly string[] {
  if (value === undefined || value === null) return [];
  let items: unknown[];
  if (typeof value === 'string') items = value.slice(0, MAX.insurancePlan * MAX.insurancePlans * 2).split(/[,;\n]/);
  else if (Array.isArray(value)) items = (value as unknown[]).slice(0, MAX.insurancePlans * 2);
  else {
    r.error('center.insurance', `: expected a list of plan names but got ${shown(value)}; insurance plans will not be listed.`);
    return [];
  }
  const plans: string[] = [];
  items.forEach((item, index) => {
    const plan = r.text(`center.insurance[${index}]`, item, MAX.insurancePlan, 'this entry is skipped');
    if (plan && !plans.some((p) => p.toLowerCase() === plan.toLowerCase())) plans.push(plan);
  });
  if (plans.length > MAX.insurancePlans) {
    r.warn('center.insurance', ` lists more than ${MAX.insurancePlans} plans; only the first ${MAX.insurancePlans} are used.`);
  }
  return plans.slice(0, MAX.insurancePlans);
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/u;

function resolveWebsite(r: Reader, value: unknown): string | undefined {
  // "www.example.org" is a common way to write a website: accept it as https with a warning.
  if (typeof value === 'string') {
    const text = cleanText(value, MAX.url).text;
    if (/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(\/\S*)?$/u.test(text)) {
      r.warn('center.website', `: ${shown(text)} has no https://; "https://${text}" is used.`);
      return r.url('center.website', `https://${text}`, {}, 'the website link will not be shown');
    }
  }
  return r.url('center.website', value, {}, 'the website link will not be shown');
}

function resolveCenter(r: Reader, input: Obj | undefined): ResolvedCenter {
  const get = (key: (typeof CENTER_KEYS)[number]): unknown => r.get(input, key);
  const emailText = r.text('center.email', get('email'), MAX.email, 'the email address will not be shown');
  let email: string | undefined;
  if (emailText !== undefined) {
    if (EMAIL.test(emailText)) email = emailText;
    else r.error('center.email', `: ${shown(emailText)} is not an email address; the email address will not be shown.`);
  }
  const hours = resolveHours(r, get('hours'));
  let timeZone: string | undefined;
  const zoneText = r.text('center.timeZone', get('timeZone'), 64, 'opening hours are shown without saying whether you are open now');
  if (zoneText !== undefined) {
    if (isValidTimeZone(zoneText)) timeZone = zoneText;
    else {
      r.error(
        'center.timeZone',
        `: ${shown(zoneText)} is not a time zone (use an IANA name such as America/Chicago); opening hours are shown without saying whether you are open now.`,
      );
    }
  } else if (hours && get('timeZone') === undefined) {
    r.warn(
      'center.timeZone',
      ' is not set; opening hours are shown, but iop-chat will not say whether you are open now. Add a time zone such as America/Chicago.',
    );
  }
  return Object.freeze({
    name: r.text('center.name', get('name'), MAX.name, 'the wording "our center" is used instead'),
    phone: r.phone('center.phone', get('phone'), 'phone number'),
    sms: r.phone('center.sms', get('sms'), 'text-message number'),
    email,
    address: r.text('center.address', get('address'), MAX.address, 'the address will not be shown'),
    website: resolveWebsite(r, get('website')),
    hours: hours && Object.freeze({ periods: Object.freeze(hours.periods.map((p) => Object.freeze({ ...p }))) }),
    timeZone,
    insurance: Object.freeze(resolveInsurance(r, get('insurance'))),
    medication: r.text('center.medication', get('medication'), MAX.short, 'the general answer is used'),
    telehealth: r.text('center.telehealth', get('telehealth'), MAX.short, 'the general answer is used'),
    cost: r.text('center.cost', get('cost'), MAX.short, 'the general answer is used'),
    parking: r.text('center.parking', get('parking'), MAX.short, 'the general answer is used'),
  });
}

function resolveQuickExit(r: Reader, value: unknown): ResolvedQuickExit {
  const defaults = { enabled: true, url: CONFIG_DEFAULTS.quickExitUrl, shiftTriple: true };
  if (typeof value === 'boolean') return Object.freeze({ ...defaults, enabled: value });
  const input = r.section('quickExit', value, QUICK_EXIT_KEYS);
  return Object.freeze({
    enabled: r.flag('quickExit.enabled', r.get(input, 'enabled'), true),
    url:
      r.url('quickExit.url', r.get(input, 'url'), { allowPath: false }, `quick exit goes to ${CONFIG_DEFAULTS.quickExitUrl}`) ??
      defaults.url,
    shiftTriple: r.flag('quickExit.shiftTriple', r.get(input, 'shiftTriple'), true),
  });
}

function resolveUi(r: Reader, value: unknown): ResolvedUi {
  const input = r.section('ui', value, UI_KEYS);
  return Object.freeze({
    position: r.choice<LauncherPosition>('ui.position', r.get(input, 'position'), ['right', 'left'], CONFIG_DEFAULTS.position),
    zIndex: r.integer('ui.zIndex', r.get(input, 'zIndex'), 0, 2_147_483_647, CONFIG_DEFAULTS.zIndex, false),
    mode: r.choice<WidgetMode>('ui.mode', r.get(input, 'mode'), ['launcher', 'inline'], CONFIG_DEFAULTS.mode),
    primaryColor: r.color('ui.primaryColor', r.get(input, 'primaryColor')),
    accentColor: r.color('ui.accentColor', r.get(input, 'accentColor')),
    title: r.text('ui.title', r.get(input, 'title'), MAX.title, 'the default title is used'),
    launcherLabel: r.text('ui.launcherLabel', r.get(input, 'launcherLabel'), MAX.launcherLabel, 'the default label is used'),
  });
}

function resolveLocale(r: Reader, value: unknown): string {
  const text = r.text('locale', value, 35, `"${CONFIG_DEFAULTS.locale}" is used`);
  if (text === undefined) return CONFIG_DEFAULTS.locale;
  if (/^[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*$/i.test(text)) {
    try {
      const [canonical] = Intl.getCanonicalLocales(text.replace(/_/g, '-'));
      if (canonical) return canonical;
    } catch {
      // Falls through to the error below.
    }
  }
  r.error('locale', `: ${shown(text)} is not a language tag such as "en" or "en-US"; "${CONFIG_DEFAULTS.locale}" is used.`);
  return CONFIG_DEFAULTS.locale;
}

function resolveCrisisCountry(r: Reader, value: unknown): CrisisCountry {
  if (typeof value === 'string' && cleanText(value, 10).text.toUpperCase() === 'GB') return 'UK';
  const country = r.choice<CrisisCountry>('crisisCountry', value, CRISIS_COUNTRIES, CONFIG_DEFAULTS.crisisCountry);
  return country;
}

/** Only the outline here: the entry rules (text or block answers, ids, phrasings) live in one
 * place, `extraEntries`, which reports each problem by field when the conversation is created. */
function isKnowledgeEntryShape(value: unknown): value is KnowledgeEntry {
  return isObj(value) && typeof value['id'] === 'string' && value['id'].length > 0 && typeof value['title'] === 'string';
}

function resolveKnowledge(r: Reader, value: unknown): readonly KnowledgeEntry[] {
  if (value === undefined || value === null) return Object.freeze([]);
  if (!Array.isArray(value)) {
    r.error('extraKnowledge', `: expected a list of knowledge entries but got ${shown(value)}; it is ignored.`);
    return Object.freeze([]);
  }
  const entries: KnowledgeEntry[] = [];
  (value as unknown[]).slice(0, MAX.knowledge).forEach((entry, index) => {
    if (isKnowledgeEntryShape(entry)) entries.push(entry);
    else r.error(`extraKnowledge[${index}]`, ' is not a knowledge entry (an object with an id, title, questions and answer); it is skipped.');
  });
  if (value.length > MAX.knowledge) r.warn('extraKnowledge', ` has more than ${MAX.knowledge} entries; the rest are ignored.`);
  return Object.freeze(entries);
}

type AnyFunction = (...args: never[]) => unknown;

function resolveFunction(r: Reader, field: string, value: unknown): AnyFunction | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'function') return value as AnyFunction;
  r.error(field, `: expected a function but got ${shown(value)}; it is ignored.`);
  return undefined;
}

function build(r: Reader, raw: unknown): ResolvedConfig {
  let input: Obj | undefined;
  if (isObj(raw)) {
    input = raw;
    const nested = [
      ...CENTER_KEYS.map((k) => `center.${k}`),
      ...UI_KEYS.map((k) => `ui.${k}`),
      ...QUICK_EXIT_KEYS.map((k) => `quickExit.${k}`),
    ];
    r.unknownKeys('', raw, TOP_KEYS, nested);
  } else if (raw !== undefined && raw !== null) {
    r.error('config', `: expected an object but got ${shown(raw)}; defaults are used.`);
  }
  const get = (key: (typeof TOP_KEYS)[number]): unknown => r.get(input, key);

  const leadTimeout = get('leadTimeoutMs');
  const strings = resolveStrings(get('strings'));
  r.issues.push(...strings.issues);
  const analytics = r.section('analytics', get('analytics'), ANALYTICS_KEYS);

  return Object.freeze({
    center: resolveCenter(r, r.section('center', get('center'), CENTER_KEYS)),
    leadEndpoint: r.url(
      'leadEndpoint',
      get('leadEndpoint'),
      LEAD_ENDPOINT_RULES,
      'contact requests will not be sent there',
    ),
    leadTimeoutMs: r.integer(
      'leadTimeoutMs',
      leadTimeout,
      LEAD_TIMEOUT_RANGE.min,
      LEAD_TIMEOUT_RANGE.max,
      CONFIG_DEFAULTS.leadTimeoutMs,
      true,
    ),
    locale: resolveLocale(r, get('locale')),
    crisisCountry: resolveCrisisCountry(r, get('crisisCountry')),
    persistence: r.choice<PersistenceMode>('persistence', get('persistence'), PERSISTENCE_MODES, CONFIG_DEFAULTS.persistence),
    retentionHours: r.integer(
      'retentionHours',
      get('retentionHours'),
      RETENTION_HOURS_RANGE.min,
      RETENTION_HOURS_RANGE.max,
      CONFIG_DEFAULTS.retentionHours,
      true,
    ),
    quickExit: resolveQuickExit(r, get('quickExit')),
    ui: resolveUi(r, get('ui')),
    strings: strings.strings,
    analytics: Object.freeze({ includeText: r.flag('analytics.includeText', r.get(analytics, 'includeText'), false) }),
    extraKnowledge: resolveKnowledge(r, get('extraKnowledge')),
    knowledgeUrl: r.url('knowledgeUrl', get('knowledgeUrl'), KNOWLEDGE_URL_RULES, 'the default knowledge is used'),
    questionnaire: get('questionnaire'),
    leadSender: resolveFunction(r, 'leadSender', get('leadSender')) as ResolvedConfig['leadSender'],
    onEvent: resolveFunction(r, 'onEvent', get('onEvent')) as ResolvedConfig['onEvent'],
  });
}

/**
 * Checks a configuration and fills in defaults. Returns a frozen `ResolvedConfig` and the issues
 * found (each naming its field, e.g. 'center.phone'). Never throws, whatever `input` is.
 */
export function resolveConfig(input: unknown): { config: ResolvedConfig; issues: ConfigIssue[] } {
  const r = new Reader();
  try {
    return { config: build(r, input), issues: r.issues };
  } catch {
    // Only reachable with something truly hostile (e.g. a revoked proxy): start from defaults.
    const fallback = new Reader();
    const config = build(fallback, undefined);
    return {
      config,
      issues: [...r.issues, { field: 'config', message: 'config: could not be read; defaults are used.', severity: 'error' }],
    };
  }
}
