/**
 * Words the widget shows that core's `DEFAULT_STRINGS` does not have yet (button labels, form
 * hints, status lines). Same rules as core's table: plain text, `{name}` placeholders filled with
 * core's `format`, never HTML. Integrators override them through `config.strings` like any other
 * key; `splitStringOverrides` takes them out before the rest goes to core, so core does not report
 * them as unknown.
 */
import { cleanText, format, MAX_STRING_LENGTH, type StringKey, type Strings } from '@iop-chat/core';

/** An override as plain text, cleaned exactly as core cleans its own string overrides. */
function cleanOverride(value: string): string {
  return cleanText(value, MAX_STRING_LENGTH, true).text;
}

export const WIDGET_STRINGS = {
  'chips.label': 'Suggested replies',
  'chip.topics': 'See all topics',
  'chip.continueScreening': 'Continue the self-check',

  'composer.tooLong': 'This message is too long to send. Please shorten it to {max} characters or fewer.',
  'composer.noWords': 'I could not find any words in that message. Please type your question in words.',
  'composer.count': '{count} of {max} characters',

  'panel.leaving': 'Leaving this site.',
  'link.newTab': '(opens in a new tab)',

  'greeting.emergencyLabel': 'In an emergency:',

  'screening.back': 'Back',
  'screening.continue': 'Continue',
  'screening.chooseAll': 'Choose all that apply.',
  'screening.instruments': 'Questions from: {names}.',
  'screening.progressLabel': 'Self-check progress',
  'screening.stopped': 'The self-check is stopped. You can start it again at any time, or ask me a question.',
  'screening.reasonsTitle': 'Why we suggest this',

  'contact.heading': 'Talk to someone',
  'contact.openNowCall': "We're open now — call {phone}",
  'contact.orLeaveDetails': 'Or leave your details and we will get back to you.',
  'contact.direct': 'You can reach our team directly:',
  'contact.callAction': 'Call {phone}',
  'contact.textAction': 'Text {sms}',
  'contact.emailAction': 'Email {email}',
  'contact.websiteAction': 'Visit our contact page',
  'contact.noDirect': 'Please use the contact details on this website to reach our team.',
  'contact.contactHint': 'Give a phone number, an email, or both.',
  'contact.bestTime.any': 'Any time',
  'contact.bestTime.morning': 'Morning',
  'contact.bestTime.afternoon': 'Afternoon',
  'contact.bestTime.evening': 'Evening',
  'contact.voicemailOk': 'It is OK to leave a voicemail',
  'contact.centerNameOk': 'It is OK to mention {centerName} in calls and messages',
  'contact.centerNameOkHint': 'Leave this unticked and we will not name the center when we contact you.',
  'contact.smsConsent': 'I agree to receive text messages from {centerName} about my request. Message and data rates may apply.',
  'contact.includeScreening': 'Include my self-check result ("{band}")',
  'contact.required': '(required)',
  'contact.errors': 'Please check the highlighted fields.',

  'load.failed': 'Sorry, part of this chat did not load.',
  'load.failed.self-check': 'Sorry, the self-check did not load.',
  'load.failed.contact': 'Sorry, the contact form did not load.',
  'load.reachUs': 'You can reach {centerName} directly, or try again.',
  'load.tryLater': 'Please try again, or use the contact details on this website.',
  'load.retry': 'Try again',

  'lead.tryAgain': 'Try again',
  'lead.callUs': 'Call {phone}',
  'lead.editDetails': 'Edit my details',

  'crisis.centerContact': 'You can also reach our team:',
  'crisis.resourcesLabel': 'Get help now',
  'crisis.safeAnswer': "I'm safe right now",
  'crisis.notSafeAnswer': "I'm not safe",
  'crisis.general.heading': 'Help is available right now',
  'crisis.general.body': 'If you or someone else is in danger, reach out now. These lines are free and open day and night.',
  'crisis.general.question': 'Are you safe right now?',
} as const satisfies Record<string, string>;

export type WidgetStringKey = keyof typeof WIDGET_STRINGS;
export type WidgetStrings = Readonly<Record<WidgetStringKey, string>>;
/** Any string the widget can show: core's keys and its own. */
export type TextKey = StringKey | WidgetStringKey;

function isWidgetKey(key: string): key is WidgetStringKey {
  return Object.prototype.hasOwnProperty.call(WIDGET_STRINGS, key);
}

/**
 * Splits `config.strings` into the widget's own overrides (checked here: text only, cleaned and
 * capped like core's) and the rest, which is passed on to core unchanged.
 */
export function splitStringOverrides(overrides: unknown): { core: unknown; widget: WidgetStrings; issues: string[] } {
  const widget: Record<WidgetStringKey, string> = { ...WIDGET_STRINGS };
  const issues: string[] = [];
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) {
    return { core: overrides, widget, issues };
  }
  const core: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(overrides as Record<string, unknown>)) {
    if (!isWidgetKey(key)) {
      core[key] = value;
      continue;
    }
    const cleaned = typeof value === 'string' ? cleanOverride(value) : '';
    if (cleaned === '') issues.push(`strings.${key}: expected non-empty text; the default wording is used.`);
    else widget[key] = cleaned;
  }
  return { core, widget, issues };
}

/** A lookup over both tables that fills `{placeholders}`: `t('contact.callAction', { phone })`. */
export type Translate = (key: TextKey, values?: Readonly<Record<string, string | number>>) => string;

export function translator(strings: Strings, widget: WidgetStrings): Translate {
  return (key, values) => {
    const template = isWidgetKey(key) ? widget[key] : strings[key];
    return values ? format(template, values) : template;
  };
}
