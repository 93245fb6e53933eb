/**
 * Crisis resource packs: the emergency number and crisis lines for one country, as data, with
 * the date they were last checked, and the rule for which ones to show first for each kind of
 * crisis. The numbers live here and nowhere else.
 *
 * A center can supply its own pack (another country, a local line), but crisis resources can
 * never be configured away: a pack that fails validation is replaced by the default.
 */
import type { CrisisKind } from './crisis-kinds.js';
import { validateCrisisPack } from './crisis-pack-validation.js';
import { deepFreeze } from './deep-freeze.js';

export { validateCrisisPack, type CrisisPackValidation } from './crisis-pack-validation.js';

export type CrisisActionType = 'call' | 'text' | 'chat';

export interface CrisisAction {
  readonly type: CrisisActionType;
  /** What the button says: "Call 988", "Text HOME to 741741". */
  readonly label: string;
  /** `tel:911`, `sms:741741?body=HOME` or an `https:` address. */
  readonly href: string;
}

export interface CrisisResource {
  readonly id: string;
  readonly name: string;
  /** One short sentence in our own words: who it is for. */
  readonly description: string;
  readonly actions: readonly CrisisAction[];
  /** The kinds of crisis it serves; an empty list for information lines that are not crisis lines. */
  readonly for: readonly CrisisKind[] | 'all';
}

export interface CrisisPack {
  /** Two-letter country code ("US", "UK"). */
  readonly country: string;
  /** The number for immediate danger; a resource must call it. */
  readonly emergencyNumber: string;
  /** When the numbers were last checked against public sources: "YYYY-MM". */
  readonly lastVerified: string;
  readonly resources: readonly CrisisResource[];
  /** Resource ids to show for each kind, most important first (at most three). */
  readonly primaryByKind: Readonly<Record<CrisisKind, readonly string[]>>;
}

export interface ResourceOptions {
  /** Physical danger now: the emergency number goes first. */
  readonly immediate?: boolean;
  /** The person in danger is someone else: the emergency number goes first. */
  readonly someoneElse?: boolean;
}

/** At most this many resources are shown at once. */
export const MAX_RESOURCES = 3;

const LAST_VERIFIED = '2026-11';

const US: CrisisPack = {
  country: 'US',
  emergencyNumber: '911',
  lastVerified: LAST_VERIFIED,
  resources: [
    {
      id: 'emergency',
      name: '911',
      description: 'For danger right now: an overdose, a seizure, or someone unresponsive or not breathing.',
      actions: [{ type: 'call', label: 'Call 911', href: 'tel:911' }],
      for: 'all',
    },
    {
      id: '988-lifeline',
      name: '988 Suicide & Crisis Lifeline',
      description:
        'Free, confidential support any time for thoughts of suicide or an emotional or substance-use crisis. Press 1 for veterans, 2 for Spanish.',
      actions: [
        { type: 'call', label: 'Call 988', href: 'tel:988' },
        { type: 'text', label: 'Text 988', href: 'sms:988' },
        { type: 'chat', label: 'Chat online', href: 'https://988lifeline.org/chat' },
      ],
      for: 'all',
    },
    {
      id: 'crisis-text-line',
      name: 'Crisis Text Line',
      description: 'For anyone who would rather text: a trained crisis counselor replies, day or night.',
      actions: [{ type: 'text', label: 'Text HOME to 741741', href: 'sms:741741?body=HOME' }],
      for: ['suicide-self-harm', 'violence-abuse', 'harm-to-others', 'medical-emergency'],
    },
    {
      id: 'poison-help',
      name: 'Poison Help',
      description:
        'Expert advice if someone took too much or swallowed something harmful. If they are unconscious or struggling to breathe, call 911.',
      actions: [{ type: 'call', label: 'Call 1-800-222-1222', href: 'tel:18002221222' }],
      for: ['overdose-poisoning'],
    },
    {
      id: 'dv-hotline',
      name: 'National Domestic Violence Hotline',
      description: 'Confidential help, any time, if a partner is hurting, threatening or controlling you.',
      actions: [
        { type: 'call', label: 'Call 1-800-799-7233', href: 'tel:18007997233' },
        { type: 'text', label: 'Text START to 88788', href: 'sms:88788?body=START' },
      ],
      for: ['violence-abuse'],
    },
    {
      id: 'veterans-crisis-line',
      name: 'Veterans Crisis Line',
      description: 'For veterans, service members and their families: dial 988, then press 1.',
      actions: [
        { type: 'call', label: 'Call 988, then press 1', href: 'tel:988' },
        { type: 'text', label: 'Text 838255', href: 'sms:838255' },
      ],
      for: ['suicide-self-harm', 'harm-to-others'],
    },
    {
      id: 'samhsa-helpline',
      name: 'SAMHSA National Helpline',
      description: 'Treatment referral and information, 24/7, in English and Spanish. Not a crisis line.',
      actions: [{ type: 'call', label: 'Call 1-800-662-4357', href: 'tel:18006624357' }],
      for: [],
    },
  ],
  primaryByKind: {
    'suicide-self-harm': ['988-lifeline', 'crisis-text-line', 'emergency'],
    // Poison Help leads only when no one is in immediate danger; resourcesFor puts 911 first otherwise.
    'overdose-poisoning': ['poison-help', 'emergency', '988-lifeline'],
    'medical-emergency': ['emergency', '988-lifeline', 'crisis-text-line'],
    'violence-abuse': ['dv-hotline', 'emergency', '988-lifeline'],
    'harm-to-others': ['988-lifeline', 'emergency', 'crisis-text-line'],
  },
};

const UK: CrisisPack = {
  country: 'UK',
  emergencyNumber: '999',
  lastVerified: LAST_VERIFIED,
  resources: [
    {
      id: 'emergency',
      name: '999',
      description: 'For danger right now: an overdose, a seizure, or someone unresponsive or not breathing.',
      actions: [{ type: 'call', label: 'Call 999', href: 'tel:999' }],
      for: 'all',
    },
    {
      id: 'samaritans',
      name: 'Samaritans',
      description: 'Free, confidential listening any time, whatever you are going through.',
      actions: [{ type: 'call', label: 'Call 116 123', href: 'tel:116123' }],
      for: 'all',
    },
    {
      id: 'shout',
      name: 'Shout',
      description: 'For anyone who would rather text: a trained volunteer replies, day or night.',
      actions: [{ type: 'text', label: 'Text SHOUT to 85258', href: 'sms:85258?body=SHOUT' }],
      for: ['suicide-self-harm', 'violence-abuse', 'harm-to-others'],
    },
    {
      id: 'nhs-111',
      name: 'NHS 111',
      description: 'Urgent medical and mental health advice: call 111 and choose the mental health option.',
      actions: [{ type: 'call', label: 'Call 111', href: 'tel:111' }],
      for: ['medical-emergency', 'overdose-poisoning', 'suicide-self-harm'],
    },
  ],
  primaryByKind: {
    'suicide-self-harm': ['samaritans', 'shout', 'emergency'],
    'overdose-poisoning': ['emergency', 'nhs-111', 'samaritans'],
    'medical-emergency': ['emergency', 'nhs-111', 'samaritans'],
    'violence-abuse': ['samaritans', 'emergency', 'shout'],
    'harm-to-others': ['samaritans', 'emergency', 'shout'],
  },
};

const CA: CrisisPack = {
  country: 'CA',
  emergencyNumber: '911',
  lastVerified: LAST_VERIFIED,
  resources: [
    {
      id: 'emergency',
      name: '911',
      description: 'For danger right now: an overdose, a seizure, or someone unresponsive or not breathing.',
      actions: [{ type: 'call', label: 'Call 911', href: 'tel:911' }],
      for: 'all',
    },
    {
      id: '988-canada',
      name: '9-8-8 Suicide Crisis Helpline',
      description: 'Free support any time for thoughts of suicide or a mental health or substance-use crisis.',
      actions: [
        { type: 'call', label: 'Call 9-8-8', href: 'tel:988' },
        { type: 'text', label: 'Text 9-8-8', href: 'sms:988' },
      ],
      for: 'all',
    },
  ],
  primaryByKind: {
    'suicide-self-harm': ['988-canada', 'emergency'],
    'overdose-poisoning': ['emergency', '988-canada'],
    'medical-emergency': ['emergency', '988-canada'],
    'violence-abuse': ['988-canada', 'emergency'],
    'harm-to-others': ['988-canada', 'emergency'],
  },
};

const AU: CrisisPack = {
  country: 'AU',
  emergencyNumber: '000',
  lastVerified: LAST_VERIFIED,
  resources: [
    {
      id: 'emergency',
      name: '000',
      description: 'For danger right now: an overdose, a seizure, or someone unresponsive or not breathing.',
      actions: [{ type: 'call', label: 'Call 000', href: 'tel:000' }],
      for: 'all',
    },
    {
      id: 'lifeline',
      name: 'Lifeline',
      description: 'Free crisis support any time for anyone struggling to cope or thinking about suicide.',
      actions: [{ type: 'call', label: 'Call 13 11 14', href: 'tel:131114' }],
      for: 'all',
    },
  ],
  primaryByKind: {
    'suicide-self-harm': ['lifeline', 'emergency'],
    'overdose-poisoning': ['emergency', 'lifeline'],
    'medical-emergency': ['emergency', 'lifeline'],
    'violence-abuse': ['lifeline', 'emergency'],
    'harm-to-others': ['lifeline', 'emergency'],
  },
};

/** The reviewed default packs, by country code. `GB` is accepted for the UK. */
export const DEFAULT_CRISIS_PACKS: Readonly<Record<'US' | 'UK' | 'CA' | 'AU', CrisisPack>> = deepFreeze({
  US,
  UK,
  CA,
  AU,
});

const ALIASES: Readonly<Record<string, keyof typeof DEFAULT_CRISIS_PACKS>> = { GB: 'UK' };

function isDefaultCountry(code: string): code is keyof typeof DEFAULT_CRISIS_PACKS {
  return Object.prototype.hasOwnProperty.call(DEFAULT_CRISIS_PACKS, code);
}

/** The default pack for a country code ("us", "UK", "gb"); the US pack for anything else. */
export function getCrisisPack(country?: string): CrisisPack {
  const code = typeof country === 'string' ? country.trim().toUpperCase() : '';
  const key = ALIASES[code] ?? code;
  return isDefaultCountry(key) ? DEFAULT_CRISIS_PACKS[key] : DEFAULT_CRISIS_PACKS.US;
}

/**
 * A center's own pack if it is valid; otherwise the default pack (for its country when that can
 * be read, else the US), together with the errors so the integrator can fix the configuration.
 */
export function resolveCrisisPack(candidate: unknown): { pack: CrisisPack; errors: string[] } {
  if (candidate === undefined || candidate === null) return { pack: getCrisisPack(), errors: [] };
  const result = validateCrisisPack(candidate);
  if (result.ok) return { pack: result.pack, errors: [] };
  const country =
    typeof candidate === 'object' && typeof (candidate as { country?: unknown }).country === 'string'
      ? (candidate as { country: string }).country
      : undefined;
  return { pack: getCrisisPack(country), errors: result.errors };
}

/** The resource that calls the pack's emergency number. */
export function emergencyResource(pack: CrisisPack): CrisisResource | undefined {
  const href = `tel:${pack.emergencyNumber}`;
  return pack.resources.find((r) => r.actions.some((a) => a.type === 'call' && a.href === href));
}

/**
 * The resources to show for a crisis, most important first, at most three. The emergency number
 * leads for medical emergencies, immediate danger and someone else in danger, and is always
 * among the three; otherwise the pack's order for the kind applies (988 for suicide, the domestic
 * violence hotline for abuse, Poison Help for an overdose with no one in immediate danger).
 */
export function resourcesFor(pack: CrisisPack, kind: CrisisKind, opts: ResourceOptions = {}): CrisisResource[] {
  const byId = new Map(pack.resources.map((r) => [r.id, r] as const));
  let list = pack.primaryByKind[kind]
    .map((id) => byId.get(id))
    .filter((r): r is CrisisResource => r !== undefined);
  if (list.length === 0) list = pack.resources.filter((r) => r.for === 'all' || r.for.includes(kind));
  list = [...new Set(list)];
  const emergency = emergencyResource(pack);
  if (emergency !== undefined) {
    const emergencyFirst = kind === 'medical-emergency' || opts.immediate === true || opts.someoneElse === true;
    const rest = list.filter((r) => r !== emergency);
    if (emergencyFirst) list = [emergency, ...rest];
    else if (!list.slice(0, MAX_RESOURCES).includes(emergency)) list = [...rest.slice(0, MAX_RESOURCES - 1), emergency];
  }
  return list.slice(0, MAX_RESOURCES);
}
