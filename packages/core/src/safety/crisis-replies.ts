/**
 * Scripted, reviewed crisis replies: the words shown when the detector takes over, per kind of
 * crisis, with variants for someone else in danger and for immediate danger. Also the gentle
 * check and the follow-ups after the visitor answers the safety question.
 *
 * Safe messaging (see crisis-resources.md): acknowledge, say help is available right now, give
 * ONE primary action, ask one direct and neutral safety question. Never method, dose or location
 * information, never a diagnosis, never a request for promises. The resources themselves are
 * shown as tap-to-call buttons beside this text (see `resourcesFor`) and stay available after a
 * visitor says they are safe.
 *
 * Placeholders, filled from the crisis pack: `{emergency}` is the emergency number; `{primary}`
 * is the line naming the first resource ("Call or text 988 now (988 Suicide & Crisis Lifeline).").
 */
import type { CrisisKind } from './crisis-kinds.js';
import { deepFreeze } from './deep-freeze.js';
import type { Language } from '../text/language.js';
import { spanishPack } from './crisis-packs-es.js';
import { CRISIS_REPLY_SCRIPTS_ES, FOLLOW_UPS_ES, GENTLE_CHECK_QUESTIONS_ES, GENTLE_CHECK_SCRIPT_ES } from './crisis-scripts-es.js';
import {
  type CrisisPack,
  type CrisisResource,
  type ResourceOptions,
  emergencyResource,
  getCrisisPack,
  resourcesFor,
} from './crisis-packs.js';

export type SafetyAnswerId = 'safe' | 'not-safe' | 'unsure' | 'someone-else';

export interface SafetyAnswer {
  /** `safe`: no danger right now (or help is on its way); `not-safe` and `unsure` keep the crisis open. */
  readonly id: SafetyAnswerId;
  readonly label: string;
}

export interface CrisisReply {
  readonly heading: string;
  /** Paragraphs: acknowledgement, help is available, the primary action, at most one more line. */
  readonly body: readonly string[];
  /** One direct, neutral question. */
  readonly safetyQuestion: string;
  readonly safetyAnswers: readonly [SafetyAnswer, SafetyAnswer, ...SafetyAnswer[]];
}

/** A reply with no question: what to say after the visitor answers the safety question. */
export interface FollowUpReply {
  readonly body: readonly string[];
}

/** One kind's scripts: for the visitor and for someone else, and for immediate danger where it differs. */
export interface Variants {
  readonly self: CrisisReply;
  readonly other: CrisisReply;
  readonly selfImmediate?: CrisisReply;
  readonly otherImmediate?: CrisisReply;
}

const HELP_NOW = 'Help is available right now, day or night.';
const SAFE_SELF: SafetyAnswer = { id: 'safe', label: "I'm safe right now" };
const NOT_SAFE_SELF: SafetyAnswer = { id: 'not-safe', label: "I'm not safe" };
const SELF_ANSWERS: CrisisReply['safetyAnswers'] = [SAFE_SELF, NOT_SAFE_SELF];
const THEY_ARE_SAFE: CrisisReply['safetyAnswers'] = [
  { id: 'safe', label: "They're safe right now" },
  { id: 'not-safe', label: "They're not safe" },
  { id: 'unsure', label: "I'm not sure" },
];
const BREATHING_ANSWERS: CrisisReply['safetyAnswers'] = [
  { id: 'safe', label: 'Yes, breathing and awake' },
  { id: 'not-safe', label: 'No' },
  { id: 'unsure', label: "I'm not sure" },
];
const CALLED_ANSWERS: CrisisReply['safetyAnswers'] = [
  { id: 'safe', label: 'Yes, help is on the way' },
  { id: 'not-safe', label: 'Not yet' },
];
const UNCONSCIOUS_LINE = 'If they are unconscious or not breathing, call {emergency} now and stay with them.';

/** The reviewed scripts, per kind. Data, not branching code. */
export const CRISIS_REPLY_SCRIPTS: Readonly<Record<CrisisKind, Variants>> = deepFreeze({
  'suicide-self-harm': {
    self: {
      heading: "You don't have to go through this alone",
      body: [
        "It sounds like you're going through something really painful. Thank you for telling me.",
        HELP_NOW,
        '{primary}',
      ],
      safetyQuestion: 'Are you safe right now?',
      safetyAnswers: SELF_ANSWERS,
    },
    selfImmediate: {
      heading: 'Please reach out for help now',
      body: [
        "It sounds like you're in a lot of pain, and you may be in danger right now.",
        HELP_NOW,
        '{primary}',
        'If you can, put some distance between yourself and anything you could use to hurt yourself.',
      ],
      safetyQuestion: 'Are you safe right now?',
      safetyAnswers: SELF_ANSWERS,
    },
    other: {
      heading: "You're doing the right thing by reaching out",
      body: [
        'It sounds like someone you care about may be in danger. That is a lot to carry.',
        HELP_NOW,
        '{primary}',
        'If you can do so safely, stay with them until help arrives.',
      ],
      safetyQuestion: 'Is the person safe right now?',
      safetyAnswers: THEY_ARE_SAFE,
    },
  },
  'overdose-poisoning': {
    self: {
      heading: 'Get expert advice now',
      body: [
        'Thank you for telling me. Taking too much of something can be dangerous even if you feel okay.',
        HELP_NOW,
        '{primary}',
        'If you become very drowsy, confused or find it hard to breathe, call {emergency} now.',
      ],
      safetyQuestion: 'Are you safe right now?',
      safetyAnswers: SELF_ANSWERS,
    },
    selfImmediate: {
      heading: 'Call {emergency} now',
      body: [
        'This could be a medical emergency. Thank you for telling me.',
        HELP_NOW,
        '{primary}',
        'If someone is nearby, ask them to stay with you until help arrives.',
      ],
      safetyQuestion: 'Have you been able to call {emergency}?',
      safetyAnswers: CALLED_ANSWERS,
    },
    other: {
      heading: 'Call {emergency} now',
      body: ["This could be a medical emergency. You're doing the right thing.", HELP_NOW, '{primary}', UNCONSCIOUS_LINE],
      safetyQuestion: 'Is the person breathing and awake?',
      safetyAnswers: BREATHING_ANSWERS,
    },
  },
  'medical-emergency': {
    self: {
      heading: 'Call {emergency} now',
      body: [
        'What you are describing can be a medical emergency, and you deserve care right away.',
        HELP_NOW,
        '{primary}',
        'If someone is nearby, ask them to stay with you until help arrives.',
      ],
      safetyQuestion: 'Have you been able to call {emergency}?',
      safetyAnswers: CALLED_ANSWERS,
    },
    other: {
      heading: 'Call {emergency} now',
      body: [
        "What you are describing can be a medical emergency. You're doing the right thing by acting fast.",
        HELP_NOW,
        '{primary}',
        UNCONSCIOUS_LINE,
      ],
      safetyQuestion: 'Is the person breathing and awake?',
      safetyAnswers: BREATHING_ANSWERS,
    },
  },
  'violence-abuse': {
    self: {
      heading: 'You deserve to be safe',
      body: [
        "I'm sorry this is happening to you. It is not your fault.",
        'Help is available right now, and it is confidential.',
        '{primary}',
        'If you are in danger right now, call {emergency}.',
      ],
      safetyQuestion: 'Are you safe right now?',
      safetyAnswers: SELF_ANSWERS,
    },
    selfImmediate: {
      heading: 'Call {emergency} now',
      body: [
        "I'm sorry this is happening to you. It is not your fault.",
        HELP_NOW,
        '{primary}',
        'If you can, move somewhere safer while you call.',
      ],
      safetyQuestion: 'Are you safe right now?',
      safetyAnswers: SELF_ANSWERS,
    },
    other: {
      heading: 'Call {emergency} now',
      body: [
        'It sounds like someone is being hurt. Thank you for speaking up.',
        HELP_NOW,
        '{primary}',
        'Keep yourself safe too while you get help.',
      ],
      safetyQuestion: 'Are you safe right now?',
      safetyAnswers: SELF_ANSWERS,
    },
  },
  'harm-to-others': {
    self: {
      heading: "Let's get you support right now",
      body: [
        "It sounds like you're dealing with very intense feelings. Thank you for being honest about it.",
        'Help is available right now, and talking to someone can help you stay in control.',
        '{primary}',
        'If someone could be hurt soon, call {emergency} now.',
      ],
      safetyQuestion: 'Is anyone in danger right now?',
      safetyAnswers: [
        { id: 'safe', label: 'No one is in danger right now' },
        { id: 'not-safe', label: 'Someone may be in danger' },
      ],
    },
    selfImmediate: {
      heading: 'Call {emergency} now',
      body: [
        "It sounds like you're dealing with very intense feelings, and someone could be in danger.",
        HELP_NOW,
        '{primary}',
        'If you can, put distance between yourself and any weapon, and between yourself and the other person.',
      ],
      safetyQuestion: 'Is anyone in danger right now?',
      safetyAnswers: [
        { id: 'safe', label: 'No one is in danger right now' },
        { id: 'not-safe', label: 'Someone may be in danger' },
      ],
    },
    other: {
      heading: 'Call {emergency} now',
      body: [
        'It sounds like someone may be about to hurt another person. Thank you for speaking up.',
        HELP_NOW,
        '{primary}',
        'Keep yourself safe too while you get help.',
      ],
      safetyQuestion: 'Are you safe right now?',
      safetyAnswers: SELF_ANSWERS,
    },
  },
});

/**
 * The direct, kind question a gentle check asks, per kind: asked plainly, as safe messaging
 * advises, without pulling for a "no".
 */
export const GENTLE_CHECK_QUESTIONS: Readonly<Record<CrisisKind, string>> = deepFreeze({
  'suicide-self-harm': 'Can I ask you directly: are you having thoughts of ending your life or hurting yourself?',
  'overdose-poisoning': 'Has anyone taken more than they meant to, or is anyone hard to wake or breathing strangely?',
  'medical-emergency': 'Is anyone having trouble breathing, a seizure, chest pain or confusion right now?',
  'violence-abuse': 'Are you safe where you are right now?',
  'harm-to-others': 'Are you worried that you might hurt someone?',
});

/** The gentle check: no takeover, a soft question, the lifeline one tap away. */
export const GENTLE_CHECK_SCRIPT: CrisisReply = deepFreeze({
  heading: 'Checking in',
  body: [
    'Thank you for sharing that. Some of this can be a lot to carry.',
    'If you ever feel unsafe or have thoughts of hurting yourself, help is available right now, day or night.',
    '{primary}',
  ],
  safetyQuestion: 'How are you doing right now?',
  safetyAnswers: [
    { id: 'safe', label: "I'm okay right now" },
    { id: 'not-safe', label: "I'm not okay" },
    { id: 'someone-else', label: "I'm asking for someone else" },
  ],
});

const SAFE_FOLLOW_UP: FollowUpReply = deepFreeze({
  body: [
    "Thank you for letting me know. I'm glad you're safe right now.",
    'The numbers above stay right here if anything changes, at any time of day or night.',
    'Whenever you are ready, I can answer questions about the program or help you reach our team.',
  ],
});

const SAFE_FOLLOW_UP_OTHER: FollowUpReply = deepFreeze({
  body: [
    "Thank you for letting me know. I'm glad they're okay right now.",
    'The numbers above stay right here if anything changes, for them or for you, at any time.',
    'Whenever you are ready, I can answer questions about the program or help you reach our team.',
  ],
});

const NOT_SAFE_FOLLOW_UP: FollowUpReply = deepFreeze({
  body: [
    'Thank you for telling me. Please call {emergency} now.',
    'If you can, stay where someone can reach you. The other numbers above are open right now too.',
  ],
});

const NOT_SAFE_FOLLOW_UP_OTHER: FollowUpReply = deepFreeze({
  body: [
    'Please call {emergency} now.',
    UNCONSCIOUS_LINE,
    'Keep yourself safe too. The other numbers above are open right now as well.',
  ],
});

/** "Call or text 988 now (988 Suicide & Crisis Lifeline)." / "Call 911 now." (and in Spanish). */
export function primaryActionLine(resource: CrisisResource, pack: CrisisPack, lang: Language = 'en'): string {
  if (lang === 'es') {
    if (resource.id === emergencyResource(pack)?.id) return `Llama al ${pack.emergencyNumber} ahora.`;
    const [first, second] = resource.actions.filter((a) => a.type !== 'chat');
    if (first === undefined) return `Llama al ${pack.emergencyNumber} ahora.`;
    const rest = second === undefined ? '' : ` o ${second.label.charAt(0).toLowerCase()}${second.label.slice(1)}`;
    return `${first.label}${rest} ahora (${resource.name}).`;
  }
  if (resource === emergencyResource(pack)) return `Call ${pack.emergencyNumber} now.`;
  const direct = resource.actions.filter((a) => a.type !== 'chat').slice(0, 2);
  const [first, second] = direct.length > 0 ? direct : resource.actions.slice(0, 1);
  if (first === undefined) return `Call ${pack.emergencyNumber} now.`;
  const sameNumber =
    first.type === 'call' && second?.type === 'text' && second.href === `sms:${first.href.slice('tel:'.length)}`;
  if (sameNumber) return `Call or text ${first.label.replace(/^call\s+/i, '')} now (${resource.name}).`;
  const rest = second === undefined ? '' : ` or ${second.label.charAt(0).toLowerCase()}${second.label.slice(1)}`;
  return `${first.label}${rest} now (${resource.name}).`;
}

function fill(line: string, pack: CrisisPack, primary: string): string {
  return line.replaceAll('{emergency}', pack.emergencyNumber).replaceAll('{primary}', primary);
}

function render(script: CrisisReply, pack: CrisisPack, primary: string): CrisisReply {
  return deepFreeze({
    heading: fill(script.heading, pack, primary),
    body: script.body.map((line) => fill(line, pack, primary)),
    safetyQuestion: fill(script.safetyQuestion, pack, primary),
    safetyAnswers: script.safetyAnswers,
  });
}

function primaryFor(pack: CrisisPack, kind: CrisisKind, opts: ResourceOptions, lang: Language = 'en'): string {
  const first = resourcesFor(pack, kind, opts)[0];
  if (first === undefined) return lang === 'es' ? `Llama al ${pack.emergencyNumber} ahora.` : `Call ${pack.emergencyNumber} now.`;
  return primaryActionLine(first, pack, lang);
}

/**
 * The pack and language a reply is given in: Spanish only where the pack has Spanish routes (the
 * US pack); elsewhere the reply stays in the language of its resources.
 */
export function replyPack(pack: CrisisPack, lang: Language): { pack: CrisisPack; lang: Language } {
  if (lang !== 'es') return { pack, lang: 'en' };
  const spanish = spanishPack(pack);
  return spanish === pack ? { pack, lang: 'en' } : { pack: spanish, lang: 'es' };
}

/**
 * The scripted reply for a crisis, filled in with the pack's numbers (the US pack by default), in
 * Spanish with the Spanish routes first when `lang` is `es` and the pack has them.
 */
export function crisisReply(
  kind: CrisisKind,
  opts: ResourceOptions = {},
  basePack: CrisisPack = getCrisisPack(),
  requested: Language = 'en',
): CrisisReply {
  const { pack, lang } = replyPack(basePack, requested);
  const variants = (lang === 'es' ? CRISIS_REPLY_SCRIPTS_ES : CRISIS_REPLY_SCRIPTS)[kind];
  const script =
    opts.someoneElse === true
      ? ((opts.immediate === true ? variants.otherImmediate : undefined) ?? variants.other)
      : ((opts.immediate === true ? variants.selfImmediate : undefined) ?? variants.self);
  return render(script, pack, primaryFor(pack, kind, opts, lang));
}

/**
 * The gentle check for a message that is not a crisis but deserves one (a past attempt, low mood,
 * a worrying line): its question and its first resource suit the kind it is most likely about.
 */
export function gentleCheckReply(
  basePack: CrisisPack = getCrisisPack(),
  kind: CrisisKind = 'suicide-self-harm',
  requested: Language = 'en',
): CrisisReply {
  const { pack, lang } = replyPack(basePack, requested);
  const script =
    lang === 'es'
      ? { ...GENTLE_CHECK_SCRIPT_ES, safetyQuestion: GENTLE_CHECK_QUESTIONS_ES[kind] }
      : { ...GENTLE_CHECK_SCRIPT, safetyQuestion: GENTLE_CHECK_QUESTIONS[kind] };
  return render(script, pack, primaryFor(pack, kind, {}, lang));
}

/** After "I'm safe right now": thanks, and the resources stay on screen. */
export function safeFollowUpReply(opts: Pick<ResourceOptions, 'someoneElse'> = {}, lang: Language = 'en'): FollowUpReply {
  if (lang === 'es') return opts.someoneElse === true ? FOLLOW_UPS_ES.safeOther : FOLLOW_UPS_ES.safe;
  return opts.someoneElse === true ? SAFE_FOLLOW_UP_OTHER : SAFE_FOLLOW_UP;
}

/** After "I'm not safe" or "I'm not sure": the emergency number, now. */
export function notSafeFollowUpReply(
  opts: Pick<ResourceOptions, 'someoneElse'> = {},
  pack: CrisisPack = getCrisisPack(),
  lang: Language = 'en',
): FollowUpReply {
  const script =
    lang === 'es'
      ? opts.someoneElse === true ? FOLLOW_UPS_ES.notSafeOther : FOLLOW_UPS_ES.notSafe
      : opts.someoneElse === true ? NOT_SAFE_FOLLOW_UP_OTHER : NOT_SAFE_FOLLOW_UP;
  return deepFreeze({ body: script.body.map((line) => fill(line, pack, '')) });
}
