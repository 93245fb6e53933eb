/**
 * Every word iop-chat shows that is not a knowledge answer: one typed table of English defaults that
 * an integrator can override key by key. Plain text only: `{name}` placeholders are filled with
 * `format`, never HTML.
 *
 * The emergency wording inside the disclosure comes from the crisis country and cannot be overridden
 * or removed: crisis resources are never configurable away.
 */
import type { CenterField } from '../knowledge/types.js';
import { cleanText } from './clean-text.js';
import type { ConfigIssue, CrisisCountry } from './config-types.js';
import { suggest } from './suggest.js';

export const DEFAULT_STRINGS = {
  // Launcher and panel
  'launcher.label': 'Chat with us',
  'launcher.ariaLabel': 'Open chat: questions about our program',
  'panel.title': 'Questions about our program',
  'panel.botLabel': 'Automated assistant',
  'panel.transcriptLabel': 'Conversation',
  'panel.typing': 'The assistant is typing…',
  'message.visitor': 'You',
  'message.bot': 'Assistant',
  'message.unavailable': 'This answer is not available right now. Please ask our team directly:',
  'crisis.fallbackHeading': 'Help is available right now',

  // First message
  disclosure:
    "I'm an automated assistant for {centerName}, not a clinician. I can answer common questions about our intensive outpatient program. I'm not for emergencies: if you are in danger, {emergencyAdvice}.",
  'disclosure.emergency.US': 'call 911 or call or text 988',
  'disclosure.emergency.CA': 'call 911 or call or text 988',
  'disclosure.emergency.UK': 'call 999, or call Samaritans free on 116 123',
  'disclosure.emergency.AU': 'call 000, or call Lifeline on 13 11 14',

  // Wording used in answers when a center value is not configured
  'fieldFallback.name': 'our center',
  'fieldFallback.phone': 'the phone number on this page',
  'fieldFallback.sms': 'the phone number on this page',
  'fieldFallback.email': 'the contact page',
  'fieldFallback.address': 'our contact page',
  'fieldFallback.hours': 'our office hours (ask our team)',
  'fieldFallback.insurance': 'many insurance plans (our team can check yours)',
  'fieldFallback.medication': 'medication support (ask our team what we offer)',
  'fieldFallback.telehealth': 'telehealth options (ask our team what we offer)',
  'fieldFallback.cost': 'costs that depend on your coverage (our team can give you an estimate)',
  'fieldFallback.parking': 'parking and directions (ask our team)',

  // Opening hours
  'hours.openNow': "We're open now.",
  'hours.closedNow': "We're closed right now. We open again {when}.",
  'hours.closed': "We're closed right now.",

  // Starter chips
  'chip.whatIsIop': 'What is IOP?',
  'chip.isItRight': 'Is it right for me?',
  'chip.selfCheck': 'Take a 2-minute self-check',
  'chip.talkToSomeone': 'Talk to someone',

  // When the assistant is not sure
  'fallback.notSure': "I'm not sure I understood. Could you put it another way, or pick a topic below?",
  'fallback.repeated':
    "I'm sorry, I'm still not sure. A person on our team can help with anything I can't. Would you like to talk to someone?",
  'fallback.offerPerson': 'Talk to a person',
  'didYouMean.prompt': 'Did you mean one of these?',
  'didYouMean.none': 'Something else',

  // Composer and header
  'composer.label': 'Your message',
  'composer.placeholder': 'Type your question…',
  'composer.send': 'Send',
  'header.minimize': 'Minimize chat',
  'header.endChat': 'End chat',
  'header.quickExit': 'Quick exit',
  'header.quickExitHint': 'Leave this site right away',
  'crisis.needHelpNow': 'Need help now?',

  // Ending the chat
  'endChat.confirm': 'End this chat? The conversation will be cleared from this browser.',
  'endChat.confirmYes': 'End chat',
  'endChat.confirmNo': 'Keep chatting',
  'endChat.done': 'Chat ended. Nothing from this conversation is kept on this device.',

  // Contact form (validation messages live with the leads module)
  'contact.intro':
    'Leave a way to reach you and someone from {centerName} will get in touch. Share only what you are comfortable with.',
  'contact.name': 'Name or initials',
  'contact.phone': 'Phone',
  'contact.email': 'Email',
  'contact.method': 'How should we reach you?',
  'contact.method.call': 'Call me',
  'contact.method.text': 'Text me',
  'contact.method.email': 'Email me',
  'contact.bestTime': 'Best time to reach you',
  'contact.note': 'Anything you would like us to know (optional)',
  'contact.consent': 'I agree that {centerName} may contact me about my request.',
  'contact.submit': 'Send',
  'contact.cancel': 'Not now',

  // Contact request status
  'lead.sending': 'Sending…',
  'lead.sent': 'Thank you. Someone from {centerName} will be in touch soon.',
  'lead.retrying': "We're having trouble sending this. We'll keep trying.",
  'lead.failed': "We couldn't send your details. Please call us at {phone}; we're glad to help.",
  'lead.rejected': "We couldn't accept these details. Please check them, or call us at {phone}.",

  // Self-check
  'screening.intro':
    'This self-check has a few questions about the past few weeks. It takes about 2 minutes, it is not a diagnosis, and you can stop at any time.',
  'screening.start': 'Start the self-check',
  'screening.progress': 'Question {n} of about {total}',
  'screening.skip': 'Skip this question',
  'screening.stop': 'Stop the self-check',
  'screening.resultIntro':
    'Thank you for answering. Here is what your answers suggest. This is not a diagnosis: talking with our team is the best way to know what would help.',
  'screening.resultNext': 'Would you like to talk to someone about next steps?',
} satisfies Record<string, string> & Record<`fieldFallback.${CenterField}`, string> & Record<`disclosure.emergency.${CrisisCountry}`, string>;

export type StringKey = keyof typeof DEFAULT_STRINGS;
/** The full table of UI strings after overrides. */
export type Strings = Readonly<Record<StringKey, string>>;

export const STRING_KEYS = Object.keys(DEFAULT_STRINGS) as readonly StringKey[];

/** The longest override accepted. */
export const MAX_STRING_LENGTH = 1000;

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

function placeholders(template: string): Set<string> {
  return new Set(Array.from(template.matchAll(PLACEHOLDER), (m) => m[1] ?? ''));
}

function isStringKey(key: string): key is StringKey {
  return Object.prototype.hasOwnProperty.call(DEFAULT_STRINGS, key);
}

/** Keys whose wording carries crisis resources: they come from the crisis country, not overrides. */
const isProtected = (key: StringKey): boolean => key.startsWith('disclosure.emergency.');
/** Placeholders an override must keep, so that it cannot drop emergency advice. */
const REQUIRED_PLACEHOLDERS: Partial<Record<StringKey, readonly string[]>> = { disclosure: ['emergencyAdvice'] };

/**
 * Applies string overrides to the defaults. Unknown keys, non-text values, protected keys and
 * overrides that drop required placeholders are reported and ignored; text is cleaned (control
 * characters removed) and capped at MAX_STRING_LENGTH. Never throws.
 */
export function resolveStrings(overrides: unknown): { strings: Strings; issues: ConfigIssue[] } {
  const strings: Record<StringKey, string> = { ...DEFAULT_STRINGS };
  const issues: ConfigIssue[] = [];
  const done = () => ({ strings: Object.freeze(strings), issues });
  if (overrides === undefined || overrides === null) return done();
  if (typeof overrides !== 'object' || Array.isArray(overrides)) {
    issues.push({ field: 'strings', message: 'strings: expected an object of { key: text }; the default wording is used.', severity: 'error' });
    return done();
  }
  let keys: string[];
  try {
    keys = Object.keys(overrides);
  } catch {
    return done();
  }
  for (const rawKey of keys.slice(0, 500)) {
    const key = cleanText(rawKey, 80).text;
    const field = `strings.${key}`;
    if (!isStringKey(rawKey)) {
      const guess = suggest(rawKey, STRING_KEYS);
      const hint = guess ? ` (did you mean strings.${guess}?)` : '';
      issues.push({ field, message: `${field} is not a known string${hint}; it is ignored.`, severity: 'warning' });
      continue;
    }
    if (isProtected(rawKey)) {
      issues.push({
        field,
        message: `${field} cannot be changed: emergency advice comes from crisisCountry.`,
        severity: 'warning',
      });
      continue;
    }
    let value: unknown;
    try {
      value = (overrides as Record<string, unknown>)[rawKey];
    } catch {
      value = undefined;
    }
    if (typeof value !== 'string') {
      issues.push({ field, message: `${field}: expected text; the default wording is used.`, severity: 'warning' });
      continue;
    }
    const cleaned = cleanText(value, MAX_STRING_LENGTH, true);
    if (cleaned.text.length === 0) {
      issues.push({ field, message: `${field} is empty; the default wording is used.`, severity: 'warning' });
      continue;
    }
    const used = placeholders(cleaned.text);
    const missing = (REQUIRED_PLACEHOLDERS[rawKey] ?? []).filter((name) => !used.has(name));
    if (missing.length > 0) {
      issues.push({
        field,
        message: `${field} must keep ${missing.map((m) => `{${m}}`).join(', ')}; the default wording is used.`,
        severity: 'error',
      });
      continue;
    }
    const known = placeholders(DEFAULT_STRINGS[rawKey]);
    const unknown = [...used].filter((name) => !known.has(name));
    if (unknown.length > 0) {
      issues.push({
        field,
        message: `${field} uses ${unknown.map((u) => `{${u}}`).join(', ')}, which is not filled in here and will show as typed.`,
        severity: 'warning',
      });
    }
    if (cleaned.truncated) {
      issues.push({ field, message: `${field} is longer than ${MAX_STRING_LENGTH} characters and was cut.`, severity: 'warning' });
    }
    strings[rawKey] = cleaned.text;
  }
  if (keys.length > 500) {
    issues.push({ field: 'strings', message: 'strings: only the first 500 keys were read.', severity: 'warning' });
  }
  return done();
}

/**
 * Fills `{name}` placeholders from `values` (own properties only) in one pass: inserted values are
 * never expanded again. Placeholders without a value are left as they are. Returns plain text.
 */
export function format(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}

/** The string key holding fallback wording for a center field that is not configured. */
export function fieldFallbackKey(field: CenterField): StringKey {
  return `fieldFallback.${field}`;
}

/** The first message: the disclosure with the center's name and the country's emergency advice. */
export function disclosureText(strings: Strings, centerName: string | undefined, country: CrisisCountry): string {
  return format(strings.disclosure, {
    centerName: centerName ?? strings['fieldFallback.name'],
    emergencyAdvice: DEFAULT_STRINGS[`disclosure.emergency.${country}`],
  });
}
