/**
 * What a crisis card says and offers, from core's safety module: the scripted reply for the kind
 * (`crisisReply`), the resources in order (`resourcesFor`: the emergency number first for immediate
 * or medical danger and for someone else in danger, 988 first for suicidal thoughts) from the
 * country's pack, and the follow-ups after the safety question. Nothing here is written by the
 * widget except the card for "Need help now?", which shows the same resources.
 */
import {
  crisisReply,
  emergencyResource,
  gentleCheckReply,
  getCrisisPack,
  hasSpanishRoutes,
  notSafeFollowUpReply,
  primaryActionLine,
  replyPack,
  resourcesFor,
  safeFollowUpReply,
  type CrisisKind,
  type CrisisPack,
  type CrisisResource,
  type Language,
  type TranscriptItem,
} from '@iop-chat/core';
import type { Translate } from '../strings/widget-strings.js';
import { safeHref } from './safe-href.js';

type CrisisItem = Extract<TranscriptItem, { type: 'crisis' }>;

export interface CrisisLink {
  readonly label: string;
  readonly href: string;
}

export interface CrisisResourceView {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** Tap-to-call, tap-to-text or chat links; the first is the main one. */
  readonly actions: readonly CrisisLink[];
}

export interface SafetyChoice {
  readonly label: string;
  /** What the machine hears: 'unsure' counts as not safe, so the crisis stays open. */
  readonly answer: 'safe' | 'not-safe';
}

export interface CrisisView {
  readonly heading: string;
  /** The scripted paragraphs, without the line that repeats the first resource's button. */
  readonly body: readonly string[];
  /** The whole script, for the screen-reader announcement. */
  readonly spoken: readonly string[];
  readonly question: string;
  readonly answers: readonly SafetyChoice[];
  /** At most three, most important first. */
  readonly resources: readonly CrisisResourceView[];
}

function links(resource: CrisisResource): CrisisLink[] {
  return resource.actions.flatMap((action) => {
    const href = safeHref(action.href);
    return href ? [{ label: action.label, href }] : [];
  });
}

function resourceViews(resources: readonly CrisisResource[]): CrisisResourceView[] {
  return resources
    .map((r) => ({ id: r.id, name: r.name, description: r.description, actions: links(r) }))
    .filter((r) => r.actions.length > 0);
}

export function packFor(country: string): CrisisPack {
  return getCrisisPack(country);
}

/**
 * The few words of the card's own frame, in Spanish, for a card given in Spanish (the script and
 * the resources come from core in Spanish already). Everything else on the page keeps the widget's
 * language.
 */
const SPANISH_FRAME: Readonly<Record<string, string>> = {
  'crisis.resourcesLabel': 'Busca ayuda ahora',
  'crisis.centerContact': 'También puedes contactar a nuestro equipo:',
  'link.newTab': '(se abre en una pestaña nueva)',
};

/** The translate function for a card in `lang`: Spanish for the card's frame, else `t`. */
export function cardTranslate(t: Translate, lang: Language | undefined): Translate {
  if (lang !== 'es') return t;
  return (key, values) => SPANISH_FRAME[key] ?? t(key, values);
}

/** The language a card about `country`'s pack is really given in (Spanish only with Spanish routes). */
export function cardLanguage(lang: Language | undefined, country: string): Language {
  return lang === 'es' && hasSpanishRoutes(packFor(country)) ? 'es' : 'en';
}

/** The crisis card for a transcript item. */
export function crisisView(item: CrisisItem, country: string, t: Translate): CrisisView {
  const base = packFor(country);
  if (item.kind === 'general') {
    // "Need help now?": the emergency number first, then the crisis lines.
    const resources = resourcesFor(base, 'medical-emergency', {});
    const body = [t('crisis.general.body')];
    return {
      heading: t('crisis.general.heading'),
      body,
      spoken: body,
      question: t('crisis.general.question'),
      answers: [
        { label: t('crisis.safeAnswer'), answer: 'safe' },
        { label: t('crisis.notSafeAnswer'), answer: 'not-safe' },
      ],
      resources: resourceViews(resources),
    };
  }
  const options = { immediate: item.immediate, someoneElse: item.someoneElse };
  const { pack, lang } = replyPack(base, item.lang ?? 'en');
  const reply = crisisReply(item.kind, options, base, lang);
  const resources = resourcesFor(pack, item.kind, options);
  const first = resources[0];
  const primaryLine = first ? primaryActionLine(first, pack, lang) : undefined;
  return {
    heading: reply.heading,
    body: reply.body.filter((line) => line !== primaryLine),
    spoken: reply.body,
    question: reply.safetyQuestion,
    answers: reply.safetyAnswers.flatMap((a): SafetyChoice[] =>
      a.id === 'safe' ? [{ label: a.label, answer: 'safe' }] : a.id === 'someone-else' ? [] : [{ label: a.label, answer: 'not-safe' }],
    ),
    resources: resourceViews(resources),
  };
}

/** The line under the greeting: the emergency number and the main crisis line, one tap each. */
export function emergencyLinks(country: string): CrisisLink[] {
  const pack = packFor(country);
  const emergency = emergencyResource(pack);
  const lifeline = resourcesFor(pack, 'suicide-self-harm', {}).find((r) => r !== emergency);
  return [emergency, lifeline].flatMap((r) => (r ? links(r).slice(0, 1) : []));
}

/** What the assistant says after the safety question was answered. */
export function crisisAckLines(answer: 'safe' | 'not-safe', someoneElse: boolean, country: string, requested: Language = 'en'): readonly string[] {
  const lang = cardLanguage(requested, country);
  return answer === 'safe' ? safeFollowUpReply({ someoneElse }, lang).body : notSafeFollowUpReply({ someoneElse }, packFor(country), lang).body;
}

/** The gentle check-in after a worrying but not urgent message, with the main line one tap away. */
export function gentleCheckView(
  country: string,
  kind: CrisisKind = 'suicide-self-harm',
  requested: Language = 'en',
): { heading: string; body: readonly string[]; question: string; resource: CrisisResourceView | undefined; notOkay: string } {
  const base = packFor(country);
  const { pack, lang } = replyPack(base, requested);
  const reply = gentleCheckReply(base, kind, lang);
  const first = resourcesFor(pack, kind, {})[0];
  const primaryLine = first ? primaryActionLine(first, pack, lang) : undefined;
  return {
    heading: reply.heading,
    question: reply.safetyQuestion,
    body: reply.body.filter((line) => line !== primaryLine),
    resource: first ? resourceViews([first])[0] : undefined,
    notOkay: reply.safetyAnswers.find((a) => a.id === 'not-safe')?.label ?? "I'm not okay",
  };
}
