/**
 * The whole conversation as one XState v5 machine: greeting, questions and answers, the self-check,
 * contact requests, and crisis. The widget only renders its snapshots; tests and headless drivers
 * send it the same events.
 *
 * Safety is structural: every `visitor.message` is handled first at the root, where the crisis
 * guard runs before any state sees the text. Only a message that is not a crisis is passed on
 * (as the internal `visitor.question`) to whatever state the conversation is in.
 *
 * The self-check and the contact form's checks and lead delivery are services the machine is given
 * (`ConversationDeps`), loaded already or loaded on first use. While one is loading, its state
 * waits: the self-check's first question and a contact form's submission wait for their code, and
 * what the visitor sends for them meanwhile is held and handled, in order, once it is in. Nothing
 * else waits: the crisis check and answers never depend on a service.
 */
import { and, assign, emit, enqueueActions, raise, sendTo, setup, stopChild } from 'xstate';
import { classify, type Classification } from '../classify/classifier.js';
import { isOpenNow } from '../config/business-hours.js';
import type { ResolvedConfig } from '../config/config-types.js';
import type { ChatEvent } from '../events/chat-events.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { ContactService } from '../leads/contact-service.js';
import type { LeadDeliveryActorInput } from '../leads/lead-delivery-actor.js';
import { leadDeliveryActorFor } from '../leads/lead-delivery-actor-for.js';
import type { CrisisKind } from '../safety/crisis-kinds.js';
import type { CrisisDetection } from '../safety/crisis-detector.js';
import type { ScreeningService } from '../screening/screening-service.js';
import type { ScreeningState } from '../screening/screening-state.js';
import { guessLanguage, type Language } from '../text/language.js';
import { normalize } from '../text/normalize.js';
import { INITIAL_CONTEXT, type ConversationContext } from './conversation-context.js';
import type { ConversationEvent } from './conversation-events.js';
import type { LazyService } from './lazy-service.js';
import { serviceLoader, type ServiceReadyEvent } from './service-loader.js';
import type { ChatAction, Choice, NewTranscriptItem } from './transcript.js';

/** Topics offered when we could not answer: the questions most visitors start with. */
export const SUGGESTED_TOPICS = ['what-is-iop', 'eligibility', 'cost', 'insurance', 'schedule'] as const;

/** What the machine needs to run, closed over by its guards and actions (never stored). */
export interface ConversationDeps {
  readonly knowledge: KnowledgeBase;
  readonly config: ResolvedConfig;
  /** The self-check (the engine bound to its questionnaire): loaded already, or on first use. */
  readonly screening: LazyService<ScreeningService>;
  /** The contact form's checks and lead delivery: loaded already, or on first use. */
  readonly contact: LazyService<ContactService>;
  /** Lead delivery (senders and outbox storage), or null when neither endpoint nor sender is set. */
  readonly leadDelivery: LeadDeliveryActorInput | null;
  readonly now?: () => Date;
}

/** Restoring a conversation: the saved context and state (validated by the caller). */
export interface ConversationInput {
  readonly context?: ConversationContext;
  readonly state?: ConversationStateValue;
}

/** A change to the context and the analytics events it produces (emitted, never stored). */
interface Update {
  readonly context: Partial<ConversationContext>;
  readonly events: readonly ChatEvent[];
}

/** What the machine emits: analytics events, for `actor.on('analytics', ...)`. */
export interface AnalyticsEmitted {
  readonly type: 'analytics';
  readonly event: ChatEvent;
}

/** Internal: a visitor message that passed the crisis check. */
type QuestionEvent = { type: 'visitor.question'; text: string };
type MachineEvent = ConversationEvent | QuestionEvent | ServiceReadyEvent;

const SAFE_REPLY = /^(yes|yeah|yep|i am (safe|ok|okay|fine|alright|good)|(i am )?safe( now)?|(i am )?(ok|okay|fine) (now|thanks|thank you)|i am safe right now)$/;
const NOT_SAFE_REPLY = /^(no|nope|not really|i am not( safe)?|not safe|i do not (feel|think i am) safe)$/;
const STOP_REPLY = /^(stop|cancel|quit|exit|end|never ?mind|no thanks|i want to stop|stop the (self check|quiz|test|screening))$/;

function append(context: ConversationContext, ...items: NewTranscriptItem[]): Pick<ConversationContext, 'transcript' | 'nextId'> {
  let nextId = context.nextId;
  const added = items.map((item): ConversationContext['transcript'][number] => ({ ...item, id: nextId++ }));
  return { transcript: [...context.transcript, ...added], nextId };
}

/** Applies an update: the context change, then each analytics event as an emitted action. */
function apply(
  enqueue: { assign: (update: Partial<ConversationContext>) => void; emit: (event: AnalyticsEmitted) => void },
  update: Update,
): void {
  enqueue.assign(update.context);
  for (const event of update.events) enqueue.emit({ type: 'analytics', event });
}

/**
 * A chip as the machine accepts it. Events come from code (the widget, a headless driver), but a
 * malformed one must match no chip rather than throw in a guard, which would stop the whole
 * conversation, crisis detection included.
 */
function isChoice(value: unknown): value is Choice {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, id } = value as { kind?: unknown; id?: unknown };
  return (kind === 'topic' || kind === 'action') && typeof id === 'string';
}

function choiceIs(choice: unknown, id: ChatAction): boolean {
  return isChoice(choice) && choice.kind === 'action' && choice.id === id;
}

/** The chip without anything else the event carried: only `kind` and `id` go into the transcript. */
function plainChoice(choice: Choice): Choice {
  return choice.kind === 'topic' ? { kind: 'topic', id: choice.id } : { kind: 'action', id: choice.id };
}

export function createConversationMachine(deps: ConversationDeps) {
  const { knowledge, config } = deps;
  const now = deps.now ?? (() => new Date());
  /** The self-check service, once it is in. */
  const screener = (): ScreeningService | undefined => deps.screening.current;
  const hasDelivery = deps.leadDelivery !== null;

  // Guards and actions read the same classification of the same message: compute it once.
  let lastText: string | undefined;
  let lastResult: Classification | undefined;
  const classifyText = (text: string): Classification => {
    if (text !== lastText || !lastResult) {
      lastText = text;
      lastResult = classify(knowledge, text);
    }
    return lastResult;
  };
  // classify() runs the crisis detector first; its result serves the crisis guard and actions too.
  const detect = (text: string): CrisisDetection => classifyText(text).detection;
  const confidentTop = (text: string): string | undefined => {
    const c = classifyText(text);
    return c.reason === 'confident' ? c.topics[0]?.id : undefined;
  };

  const openNow = (): boolean | null => {
    const { hours, timeZone } = config.center;
    return hours && timeZone ? isOpenNow(hours, timeZone, now()) : null;
  };

  /** The reply to an answerable question: an answer, "did you mean", or an honest fallback. */
  const replyTo = (context: ConversationContext, text: string): Update => {
    const c = classifyText(text);
    const top = c.topics[0];
    if (c.reason === 'confident' && top) {
      return {
        context: { ...answerItem(context, top.id), fallbacks: 0 },
        events: [{ type: 'topic.answered', entryId: top.id, score: Math.round(top.score * 100) / 100 }],
      };
    }
    if (c.reason === 'ambiguous') {
      const candidates = c.topics.slice(0, 3).map((t) => t.id);
      return { context: { ...append(context, { type: 'clarify', candidates }), fallbacks: 0 }, events: [{ type: 'topic.clarified', candidates }] };
    }
    const fallbacks = context.fallbacks + 1;
    const reason = c.reason === 'small-talk' ? 'small-talk' : c.reason === 'off-topic' ? 'off-topic' : 'not-understood';
    return {
      context: { ...append(context, { type: 'fallback', repeated: fallbacks >= 2, suggestions: [...SUGGESTED_TOPICS], reason }), fallbacks },
      events: [{ type: 'fallback', repeated: fallbacks >= 2 }],
    };
  };

  const answerItem = (context: ConversationContext, entryId: string) => {
    const entry = knowledge.entries.get(entryId);
    const followUps = (entry?.related ?? []).filter((id) => knowledge.entries.has(id)).slice(0, 3);
    const offers: ChatAction[] = [];
    if (entryId !== 'start-screening' && context.screeningBand === null && !followUps.includes('start-screening')) offers.push('start-screening');
    if (entryId !== 'contact' && !followUps.includes('contact')) offers.push('contact');
    return append(context, { type: 'answer', entryId, followUps: followUps.filter((id) => id !== 'contact' && id !== 'start-screening'), offers });
  };

  const crisisCard = (context: ConversationContext, kind: CrisisKind, someoneElse: boolean, immediate: boolean, lang: Language = 'en'): Update => ({
    context: {
      // A crisis written in Spanish is answered in Spanish, with the Spanish routes first.
      ...append(context, { type: 'crisis', kind, someoneElse, immediate, ...(lang === 'es' ? { lang } : {}) }),
      crisis: { happened: true, kinds: [...new Set([...context.crisis.kinds, kind])], acknowledgedSafe: false },
    },
    events: [{ type: 'crisis.shown', kind }],
  });

  const screeningQuestion = (context: ConversationContext, state = context.screening): Partial<ConversationContext> => {
    const question = state ? screener()?.currentQuestion(state) : undefined;
    return question ? append(context, { type: 'screening-question', questionId: question.id }) : {};
  };

  /** The intro and the first question (the self-check's code is in). */
  const startedScreening = (context: ConversationContext, service: ScreeningService): Update => {
    const screening = service.start();
    const intro = { ...context, ...append(context, { type: 'screening-intro' }), screening };
    return { context: { ...intro, ...screeningQuestion(intro, screening) }, events: [{ type: 'screening.started' }] };
  };

  /** A saved self-check that still fits the questionnaire (checked once its code is in). */
  const usableScreening = (saved: ScreeningState): boolean => screener()?.restore(saved) !== undefined;

  /** Option of the current question whose label the visitor typed (e.g. "never", "yes"). */
  const typedOption = (context: ConversationContext, text: string): string | undefined => {
    const question = context.screening ? screener()?.currentQuestion(context.screening) : undefined;
    if (!question || question.multiple) return undefined;
    const typed = normalize(text);
    return question.options.find((o) => normalize(o.label) === typed)?.id;
  };

  return setup({
    // XState's documented typing idiom: the object only carries types.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    types: {} as {
      context: ConversationContext;
      events: MachineEvent;
      input: ConversationInput;
      emitted: AnalyticsEmitted;
    },
    actors: {
      leadDelivery: leadDeliveryActorFor(deps.contact),
      screeningLoader: serviceLoader(deps.screening, 'screening.ready'),
      contactLoader: serviceLoader(deps.contact, 'contact.ready'),
    },
    guards: {
      isBlank: ({ event }) => event.type === 'visitor.message' && (typeof event.text !== 'string' || normalize(event.text) === ''),
      isCrisisMessage: ({ event }) => event.type === 'visitor.message' && detect(event.text).crisis,
      asksForScreening: ({ event }) => event.type === 'visitor.question' && confidentTop(event.text) === 'start-screening',
      asksForContact: ({ event }) => event.type === 'visitor.question' && confidentTop(event.text) === 'contact',
      hasDelivery: () => hasDelivery,
      choosesScreening: ({ event }) => event.type === 'visitor.choose' && choiceIs(event.choice, 'start-screening'),
      choosesContact: ({ event }) => event.type === 'visitor.choose' && choiceIs(event.choice, 'contact'),
      choosesCrisisResources: ({ event }) => event.type === 'visitor.choose' && choiceIs(event.choice, 'crisis-resources'),
      choosesTopics: ({ event }) => event.type === 'visitor.choose' && choiceIs(event.choice, 'topics'),
      choosesContinueScreening: ({ event }) => event.type === 'visitor.choose' && (choiceIs(event.choice, 'continue-screening') || choiceIs(event.choice, 'start-screening')),
      choosesStopScreening: ({ event }) => event.type === 'visitor.choose' && choiceIs(event.choice, 'stop-screening'),
      choosesTopic: ({ event }) => event.type === 'visitor.choose' && isChoice(event.choice) && event.choice.kind === 'topic' && knowledge.entries.has(event.choice.id),
      typedScreeningOption: ({ context, event }) => event.type === 'visitor.question' && typedOption(context, event.text) !== undefined,
      typedStop: ({ event }) => event.type === 'visitor.question' && STOP_REPLY.test(normalize(event.text)),
      typedSafe: ({ event }) => event.type === 'visitor.question' && SAFE_REPLY.test(normalize(event.text)),
      typedNotSafe: ({ event }) => event.type === 'visitor.question' && NOT_SAFE_REPLY.test(normalize(event.text)),
      respondsSafe: ({ event }) => event.type === 'crisis.respond' && event.answer === 'safe',
      screeningCrisis: ({ context }) => context.screening !== null && screener()?.score(context.screening).crisis !== undefined,
      screeningDone: ({ context }) => context.screening !== null && screener()?.isComplete(context.screening) === true,
      screeningLoading: () => deps.screening.current === undefined,
      savedScreeningLost: ({ context }) => context.screening !== null && screener() !== undefined && !usableScreening(context.screening),
      // A saved self-check is checked against the questionnaire now if its code is in, else when it arrives.
      resumesScreening: ({ context }) =>
        context.resumeIn === 'screening' && context.screening !== null && (screener() === undefined || usableScreening(context.screening)),
      resumesContact: ({ context }) => context.resumeIn === 'contact' && hasDelivery,
      resumesCrisis: ({ context }) => context.resumeIn === 'crisis',
      contactLoading: () => deps.contact.current === undefined,
      contactValid: ({ event }) => event.type === 'contact.submit' && deps.contact.current?.validateLead(event.input).ok === true,
    },
    actions: {
      markInteracted: assign({ interacted: true }),
      resumed: assign({ resumeIn: null }),
      addVisitorText: assign(({ context, event }) =>
        event.type === 'visitor.message' ? append(context, { type: 'visitor-text', text: event.text.slice(0, 2000) }) : {},
      ),
      addVisitorChoice: assign(({ context, event }) => (event.type === 'visitor.choose' ? append(context, { type: 'visitor-choice', choice: plainChoice(event.choice) }) : {})),
      addGentleCheck: assign(({ context, event }) => {
        if (event.type !== 'visitor.message') return {};
        const d = detect(event.text);
        if (!d.gentleCheck) return {};
        const lang = guessLanguage(event.text);
        return append(context, { type: 'gentle-check', ...(d.checkKind === undefined ? {} : { kind: d.checkKind }), ...(lang === 'es' ? { lang } : {}) });
      }),
      passOnQuestion: raise(({ event }) => ({ type: 'visitor.question' as const, text: event.type === 'visitor.message' ? event.text : '' })),
      addCrisisFromMessage: enqueueActions(({ context, event, enqueue }) => {
        if (event.type !== 'visitor.message') return;
        const d = detect(event.text);
        apply(enqueue, crisisCard(context, d.kind ?? 'suicide-self-harm', d.someoneElse, d.immediate, guessLanguage(event.text)));
      }),
      addGeneralCrisis: assign(({ context }) => ({
        ...append(context, { type: 'crisis', kind: 'general', someoneElse: false, immediate: false }),
        crisis: { ...context.crisis, acknowledgedSafe: false },
      })),
      answer: enqueueActions(({ context, event, enqueue }) => {
        if (event.type === 'visitor.question') apply(enqueue, replyTo(context, event.text));
      }),
      answerTopic: enqueueActions(({ context, event, enqueue }) => {
        if (event.type !== 'visitor.choose' || event.choice.kind !== 'topic') return;
        apply(enqueue, {
          context: { ...answerItem(context, event.choice.id), fallbacks: 0 },
          events: [{ type: 'topic.answered', entryId: event.choice.id, score: 1 }],
        });
      }),
      showTopics: assign(({ context }) => append(context, { type: 'clarify', candidates: [...SUGGESTED_TOPICS] })),
      // Without the self-check's code yet, the intro and first question come when it arrives.
      beginScreening: enqueueActions(({ context, enqueue }) => {
        const service = screener();
        if (service) apply(enqueue, startedScreening(context, service));
        else enqueue.assign({ screening: null });
      }),
      awaitScreening: enqueueActions(({ enqueue }) => {
        if (!screener()) enqueue.spawnChild('screeningLoader', { id: 'screening-loader' });
      }),
      holdForScreening: sendTo('screening-loader', ({ event }) => event),
      // The code is in: a new self-check starts; a saved one (checked by savedScreeningLost) resumes.
      screeningArrived: enqueueActions(({ context, enqueue }) => {
        const service = screener();
        if (!service) return;
        if (context.screening === null) apply(enqueue, startedScreening(context, service));
        else enqueue.assign({ screening: service.restore(context.screening) ?? null });
      }),
      restoreSavedScreening: assign(({ context }) => {
        const service = screener();
        return service && context.screening ? { screening: service.restore(context.screening) ?? null } : {};
      }),
      dropScreening: assign({ screening: null }),
      stopScreeningLoader: stopChild('screening-loader'),
      awaitContact: enqueueActions(({ enqueue }) => {
        if (!deps.contact.current) enqueue.spawnChild('contactLoader', { id: 'contact-loader' });
      }),
      holdForContact: sendTo('contact-loader', ({ event }) => event),
      stopContactLoader: stopChild('contact-loader'),
      /** What the visitor sent while a service was loading, handled now in the order it came. */
      replayHeld: enqueueActions(({ event, enqueue }) => {
        if (event.type !== 'screening.ready' && event.type !== 'contact.ready') return;
        const held: unknown = event.held;
        if (!Array.isArray(held)) return;
        for (const item of held as unknown[]) {
          if (typeof item === 'object' && item !== null && typeof (item as { type?: unknown }).type === 'string') enqueue.raise(item as MachineEvent);
        }
      }),
      reaskScreening: assign(({ context }) => screeningQuestion(context)),
      recordScreeningAnswer: assign(({ context, event }) => {
        const service = screener();
        if (!service || !context.screening) return {};
        let questionId: string;
        let choice: string | readonly string[];
        if (event.type === 'screening.answer') ({ questionId, choice } = event);
        else if (event.type === 'visitor.question') {
          const current = service.currentQuestion(context.screening);
          const option = typedOption(context, event.text);
          if (!current || option === undefined) return {};
          questionId = current.id;
          choice = option;
        } else return {};
        const next = service.answer(context.screening, questionId, choice);
        if (next.error) return { screening: next };
        const optionIds = typeof choice === 'string' ? [choice] : [...choice];
        const withAnswer = {
          ...context,
          ...(event.type === 'screening.answer' ? append(context, { type: 'visitor-choice', choice: { kind: 'option', questionId, optionIds } }) : {}),
          screening: next,
        };
        return service.isComplete(next) ? withAnswer : { ...withAnswer, ...screeningQuestion(withAnswer, next) };
      }),
      screeningBack: assign(({ context }) => {
        const service = screener();
        if (!service || !context.screening || context.screening.answers.length === 0) return {};
        const previous = service.back(context.screening);
        return { screening: previous, ...screeningQuestion({ ...context, screening: previous }, previous) };
      }),
      stopScreening: assign(({ context }) => ({ ...append(context, { type: 'screening-stopped' }), screening: null })),
      finishScreening: enqueueActions(({ context, enqueue }) => {
        const service = screener();
        if (!service || !context.screening) return;
        const result = service.score(context.screening);
        apply(enqueue, {
          context: {
            ...append(context, { type: 'screening-result', bandId: result.bandId, reasons: result.reasons }),
            screening: null,
            screeningBand: result.bandId,
          },
          events: [{ type: 'screening.completed', bandId: result.bandId }],
        });
      }),
      crisisFromScreening: enqueueActions(({ context, enqueue }) => {
        const service = screener();
        if (!service || !context.screening) return;
        const result = service.score(context.screening);
        const kind = result.crisis ?? 'suicide-self-harm';
        // The self-check stops here; its band is kept for a later contact request, but no result
        // card is shown in the middle of a crisis.
        const card = crisisCard(context, kind, false, kind === 'medical-emergency');
        apply(enqueue, { context: { ...card.context, screening: null, screeningBand: result.bandId }, events: card.events });
      }),
      openContact: assign(({ context }) => ({ ...append(context, { type: 'contact', form: hasDelivery, openNow: openNow() }), contactErrors: {} })),
      rejectContact: assign(({ event }) => {
        const service = deps.contact.current;
        if (event.type !== 'contact.submit' || !service) return {};
        const result = service.validateLead(event.input);
        return { contactErrors: result.ok ? {} : result.errors };
      }),
      submitLead: enqueueActions(({ context, event, enqueue }) => {
        if (event.type !== 'contact.submit' || !hasDelivery) return;
        const includeScreening = event.input.includeScreening && context.screeningBand !== null;
        enqueue.sendTo('leads', {
          type: 'lead.submit',
          input: {
            ...event.input,
            includeScreening,
            ...(includeScreening && context.screeningBand ? { screening: { bandId: context.screeningBand } } : {}),
            source: { ...(config.center.name ? { centerName: config.center.name } : {}) },
          },
        });
        apply(enqueue, { context: { contactErrors: {} }, events: [{ type: 'lead.submitted', method: event.input.preferredMethod }] });
      }),
      recordLeadStatus: enqueueActions(({ context, event, enqueue }) => {
        if (event.type !== 'lead.status') return;
        const { type: _type, ...status } = event;
        const known = Object.hasOwn(context.leads, status.leadId);
        const previous = context.leads[status.leadId]?.status;
        const events: ChatEvent[] = [];
        if (status.status === 'sent' && previous !== 'sent') events.push({ type: 'lead.delivered' });
        if ((status.status === 'failed' || status.status === 'rejected') && previous !== status.status) events.push({ type: 'lead.failed', reason: status.status });
        apply(enqueue, {
          context: { leads: { ...context.leads, [status.leadId]: status }, ...(known ? {} : append(context, { type: 'lead-status', leadId: status.leadId })) },
          events,
        });
      }),
      recordContactErrors: assign(({ event }) => (event.type === 'lead.invalid' ? { contactErrors: event.errors } : {})),
      retryLeads: sendTo('leads', ({ event }) => ({ type: 'lead.retry' as const, ...(event.type === 'lead.retry' && event.leadId ? { leadId: event.leadId } : {}) })),
      flushLeads: sendTo('leads', { type: 'lead.flush' as const }),
      resumeLeads: sendTo('leads', { type: 'lead.resume' as const }),
      clearLeads: sendTo('leads', { type: 'lead.clear' as const }),
      acknowledgeSafe: assign(({ context }) => ({
        ...append(context, { type: 'crisis-ack', answer: 'safe' }),
        crisis: { ...context.crisis, acknowledgedSafe: true },
      })),
      acknowledgeNotSafe: assign(({ context }) => append(context, { type: 'crisis-ack', answer: 'not-safe' })),
      reset: assign(() => ({ ...INITIAL_CONTEXT, resumeIn: null })),
      trackEnded: emit({ type: 'analytics' as const, event: { type: 'chat.ended' as const } }),
    },
  }).createMachine({
    id: 'conversation',
    context: ({ input }) => ({ ...(input.context ?? INITIAL_CONTEXT), resumeIn: input.state ?? null }),
    ...(hasDelivery
      ? {
          invoke: {
            id: 'leads',
            src: 'leadDelivery' as const,
            // What a restored conversation still shows as under way: delivery reports how each ended.
            input: ({ context }: { context: ConversationContext }): LeadDeliveryActorInput => ({
              ...(deps.leadDelivery as LeadDeliveryActorInput),
              known: Object.values(context.leads)
                .filter((lead) => lead.status !== 'sent' && lead.status !== 'rejected')
                .map((lead) => lead.leadId),
            }),
          },
        }
      : {}),
    // A restored conversation starts like a new one (so lead delivery resumes its outbox) and
    // then steps straight into the state it was saved in.
    initial: 'boot',
    on: {
      'visitor.message': [
        { guard: 'isBlank' },
        { guard: 'isCrisisMessage', target: '.crisis', actions: ['markInteracted', 'addVisitorText', 'addCrisisFromMessage'] },
        { actions: ['markInteracted', 'addVisitorText', 'addGentleCheck', 'passOnQuestion'] },
      ],
      'visitor.choose': [
        { guard: 'choosesCrisisResources', target: '.crisis', actions: ['markInteracted', 'addVisitorChoice', 'addGeneralCrisis'] },
        { guard: 'choosesScreening', target: '.screening', actions: ['markInteracted', 'addVisitorChoice', 'beginScreening'] },
        { guard: and(['choosesContact', 'hasDelivery']), target: '.contact', actions: ['markInteracted', 'addVisitorChoice', 'openContact'] },
        // No endpoint or sender: the phone and email are shown right in the conversation.
        { guard: 'choosesContact', actions: ['markInteracted', 'addVisitorChoice', 'openContact'] },
        { guard: 'choosesTopics', actions: ['markInteracted', 'addVisitorChoice', 'showTopics'] },
        { guard: 'choosesTopic', actions: ['markInteracted', 'addVisitorChoice', 'answerTopic'] },
      ],
      'crisis.show': { target: '.crisis', actions: ['markInteracted', 'addGeneralCrisis'] },
      'lead.status': { actions: 'recordLeadStatus' },
      'lead.invalid': { target: '.contact', actions: 'recordContactErrors' },
      'lead.retry': { guard: 'hasDelivery', actions: 'retryLeads' },
      'network.online': { guard: 'hasDelivery', actions: 'flushLeads' },
      'page.visible': { guard: 'hasDelivery', actions: 'resumeLeads' },
      'chat.end': [
        { guard: 'hasDelivery', target: '.chatting', actions: ['clearLeads', 'reset', 'trackEnded'] },
        { target: '.chatting', actions: ['reset', 'trackEnded'] },
      ],
    },
    states: {
      boot: {
        always: [
          { guard: 'resumesScreening', target: 'screening', actions: ['resumed', 'restoreSavedScreening'] },
          { guard: 'resumesContact', target: 'contact', actions: 'resumed' },
          { guard: 'resumesCrisis', target: 'crisis', actions: 'resumed' },
          { target: 'chatting', actions: 'resumed' },
        ],
      },
      chatting: {
        on: {
          'visitor.question': [
            { guard: 'asksForScreening', target: 'screening', actions: 'beginScreening' },
            { guard: and(['asksForContact', 'hasDelivery']), target: 'contact', actions: 'openContact' },
            { guard: 'asksForContact', actions: 'openContact' },
            { actions: 'answer' },
          ],
        },
      },
      screening: {
        entry: 'awaitScreening',
        exit: 'stopScreeningLoader',
        always: [
          { guard: 'screeningCrisis', target: 'crisis', actions: 'crisisFromScreening' },
          { guard: 'screeningDone', target: 'chatting', actions: 'finishScreening' },
        ],
        on: {
          'screening.ready': [
            // Only the loader says so, once the code is in.
            { guard: 'screeningLoading' },
            // A saved self-check that no longer fits the questionnaire is dropped (the conversation is kept).
            { guard: 'savedScreeningLost', target: 'chatting', actions: ['dropScreening', 'replayHeld'] },
            { actions: ['stopScreeningLoader', 'screeningArrived', 'replayHeld'] },
          ],
          'screening.answer': [
            { guard: 'screeningLoading', actions: 'holdForScreening' },
            { actions: ['markInteracted', 'recordScreeningAnswer'] },
          ],
          'screening.back': [
            { guard: 'screeningLoading', actions: 'holdForScreening' },
            { actions: ['markInteracted', 'screeningBack'] },
          ],
          'screening.stop': { target: 'chatting', actions: ['markInteracted', 'stopScreening'] },
          'visitor.question': [
            { guard: 'typedScreeningOption', actions: 'recordScreeningAnswer' },
            { guard: 'typedStop', target: 'chatting', actions: 'stopScreening' },
            { actions: ['answer', 'reaskScreening'] },
          ],
          'visitor.choose': [
            { guard: 'choosesContinueScreening', actions: ['markInteracted', 'reaskScreening'] },
            { guard: 'choosesStopScreening', target: 'chatting', actions: ['markInteracted', 'addVisitorChoice', 'stopScreening'] },
            { guard: 'choosesTopic', actions: ['markInteracted', 'addVisitorChoice', 'answerTopic', 'reaskScreening'] },
          ],
        },
      },
      contact: {
        entry: 'awaitContact',
        exit: 'stopContactLoader',
        on: {
          'contact.ready': [{ guard: 'contactLoading' }, { actions: ['stopContactLoader', 'replayHeld'] }],
          'contact.submit': [
            { guard: 'contactLoading', actions: 'holdForContact' },
            { guard: 'contactValid', target: 'chatting', actions: ['markInteracted', 'submitLead'] },
            { actions: ['markInteracted', 'rejectContact'] },
          ],
          'contact.cancel': { target: 'chatting', actions: 'markInteracted' },
          'visitor.question': { actions: 'answer' },
        },
      },
      crisis: {
        on: {
          'crisis.respond': [
            { guard: 'respondsSafe', target: 'chatting', actions: ['markInteracted', 'acknowledgeSafe'] },
            { actions: ['markInteracted', 'acknowledgeNotSafe'] },
          ],
          'visitor.question': [
            { guard: 'typedSafe', target: 'chatting', actions: 'acknowledgeSafe' },
            { guard: 'typedNotSafe', actions: 'acknowledgeNotSafe' },
            { target: 'chatting', actions: 'answer' },
          ],
        },
      },
    },
  });
}

export type ConversationMachine = ReturnType<typeof createConversationMachine>;
export type ConversationStateValue = 'chatting' | 'screening' | 'contact' | 'crisis';
