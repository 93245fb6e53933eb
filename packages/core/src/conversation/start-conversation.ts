/**
 * What createConversation() and createLazyConversation() share: everything a conversation needs,
 * wired once: configuration checked (bad values reported by field, safe defaults used), knowledge
 * loaded with the center's additions, lead senders from config, persistence after the first
 * interaction, and analytics through a never-throwing emitter. The two differ only in the
 * self-check and contact services they hand the machine: loaded up front, or on first use.
 */
import { createActor, type Actor } from 'xstate';
import type { ConfigIssue, IopChatConfig, PlatformAbortSignal, ResolvedConfig } from '../config/config-types.js';
import { resolveConfig, retentionMs } from '../config/config-validation.js';
import { createEventEmitter, type ChatEvent, type EventEmitter } from '../events/chat-events.js';
import { centerSearchWords } from '../knowledge/center-fields.js';
import { loadKnowledge, type KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { CompiledKnowledge } from '../knowledge/types.js';
import type { ContactService } from '../leads/contact-service.js';
import { attemptTimeoutFor, type BackoffOptions } from '../leads/lead-delivery.js';
import type { LeadDeliveryActorInput } from '../leads/lead-delivery-actor.js';
import type { FetchLike } from '../leads/lead-platform.js';
import type { LeadSender } from '../leads/lead-senders.js';
import type { Lead } from '../leads/lead-types.js';
import type { Questionnaire } from '../screening/questionnaire-types.js';
import type { ScreeningService } from '../screening/screening-service.js';
import { resolveStorage, type KeyValueStorage } from '../storage/safe-storage.js';
import { clearAllIopChatStorage } from '../storage/snapshot-store.js';
import { extraEntries } from './extra-knowledge.js';
import { createConversationMachine, type ConversationMachine, type ConversationStateValue } from './conversation-machine.js';
import type { LazyService } from './lazy-service.js';
import { conversationStorageKey, conversationStore, type SavedConversation } from './persistence.js';

export interface CreateConversationOptions {
  /** The center's configuration (checked: bad fields are reported and replaced by defaults). */
  readonly config?: IopChatConfig;
  /** Compiled knowledge (the widget passes the default knowledge base). */
  readonly knowledge: CompiledKnowledge;
  /** Replaces the storage chosen by `config.persistence` (tests). */
  readonly storage?: KeyValueStorage;
  readonly now?: () => Date;
  /** Replaces globalThis.fetch for the lead endpoint (tests, custom transports). */
  readonly fetch?: FetchLike;
  readonly backoff?: Partial<BackoffOptions>;
  /** Told about each configuration problem; default: console.warn. */
  readonly onIssue?: (issue: ConfigIssue) => void;
  /** Set false to start a fresh conversation even if one was saved. */
  readonly restore?: boolean;
  /**
   * Where this conversation is saved (default 'iop-chat:conversation'). Give each chat on a page its
   * own key so they do not share one transcript; its lead outbox is then kept under `<key>:leads`.
   */
  readonly storageKey?: string;
  /**
   * Lead delivery (and with it the outbox) starts only once this settles, so that one delivery
   * owns the outbox at a time: the script-tag loader passes its outbox drain's hand-over here.
   */
  readonly leadsAfter?: PromiseLike<unknown>;
}

/** The services a conversation hands its machine: loaded up front, or on first use. */
export interface ConversationServices {
  readonly screening: LazyService<ScreeningService>;
  readonly contact: LazyService<ContactService>;
}

export interface Conversation {
  readonly actor: Actor<ConversationMachine>;
  readonly config: ResolvedConfig;
  readonly knowledge: KnowledgeBase;
  /** The self-check in use; undefined until its code has loaded (createLazyConversation, see `ready`). */
  readonly questionnaire: Questionnaire | undefined;
  /**
   * Configuration problems. A refused `questionnaire` is added (and reported) when the self-check's
   * code loads: at once with createConversation, soon after start with createLazyConversation.
   */
  readonly issues: readonly ConfigIssue[];
  /** Analytics events (ids and outcomes only). */
  readonly events: EventEmitter;
  /** The self-check and contact services (`current` once loaded). */
  readonly services: ConversationServices;
  /** Whether contact requests are sent anywhere (a lead endpoint or sender is configured). */
  readonly acceptsLeads: boolean;
  /** Loads the self-check and contact code now, if not yet; rejects when it cannot be loaded. */
  ready(): Promise<void>;
  /** The state the conversation is in (the transient boot state reads as chatting). */
  state(): ConversationStateValue;
  /** Ends the chat and removes everything iop-chat stored in this browser. */
  end(): void;
  /** Stops timers and listeners (the conversation stays saved if the visitor interacted). */
  dispose(): void;
}

function warn(issue: ConfigIssue): void {
  console.warn(`iop-chat: ${issue.message}`);
}

/** A sender the contact service makes: now if it is in, else on the first send (delivery only runs once it is in). */
function senderFrom(contact: LazyService<ContactService>, make: (service: ContactService) => LeadSender): LeadSender {
  if (contact.current) return make(contact.current);
  let sender: LeadSender | undefined;
  return async (lead, signal) => (sender ??= make(await contact.load()))(lead, signal);
}

/**
 * How the two factories differ: the services, and (where the self-check's code is in at start) how
 * a saved conversation is made safe to resume. Without `resume` the saved conversation goes to
 * the machine as it is, which checks a saved self-check once the code arrives.
 */
export interface ConversationWiring {
  services(config: ResolvedConfig): ConversationServices;
  resume?(saved: SavedConversation, services: ConversationServices): SavedConversation;
}

export function startConversation(options: CreateConversationOptions, wiring: ConversationWiring): Conversation {
  const onIssue = options.onIssue ?? warn;
  const { config, issues: configIssues } = resolveConfig(options.config);
  const issues: ConfigIssue[] = [...configIssues];
  const services = wiring.services(config);
  const report = (issue: ConfigIssue): void => {
    try {
      onIssue(issue);
    } catch {
      // A failing issue reporter must not stop the chat.
    }
  };

  const early = services.screening.current;
  if (early?.issue) issues.push(early.issue);

  const extra = extraEntries(config.extraKnowledge);
  issues.push(...extra.issues);
  const knowledge = loadKnowledge(options.knowledge, extra.entries, centerSearchWords(config.center));

  const events = createEventEmitter(config.onEvent, (error) => {
    console.warn('iop-chat: an onEvent listener failed', error);
  });
  const storage = options.storage ?? resolveStorage(config.persistence);
  const storageKey = options.storageKey === undefined ? undefined : conversationStorageKey(options.storageKey);
  const keepMs = retentionMs(config.retentionHours);

  const clock = options.now;
  const senders: Record<string, LeadSender> = {};
  const { leadEndpoint: endpoint, leadSender: custom } = config;
  if (endpoint) {
    senders['endpoint'] = senderFrom(services.contact, (service) =>
      service.httpLeadSender({ endpoint, timeoutMs: config.leadTimeoutMs, ...(options.fetch ? { fetch: options.fetch } : {}) }),
    );
  }
  // Core's own signal type and the platform's AbortSignal are the same object at run time; the
  // cast matters where DOM types are loaded (tests, integrators) and is a no-op in core's build.
  if (custom) {
    senders['custom'] = senderFrom(services.contact, (service) =>
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
      service.functionLeadSender((lead: Lead, signal) => custom(lead, signal as unknown as PlatformAbortSignal)),
    );
  }
  const leadDelivery: LeadDeliveryActorInput | null =
    Object.keys(senders).length === 0
      ? null
      : {
          senders,
          storage,
          ...(storageKey ? { storageKey: `${storageKey}:leads` } : {}),
          attemptTimeoutMs: attemptTimeoutFor(config.leadTimeoutMs),
          maxAgeMs: keepMs,
          ...(options.backoff ? { backoff: options.backoff } : {}),
          ...(options.leadsAfter ? { after: options.leadsAfter } : {}),
        };

  const store = conversationStore(storage, storageKey, clock ? () => clock().getTime() : Date.now, keepMs);
  const track = (event: ChatEvent): void => {
    events.emit(event);
    if (event.type === 'chat.ended') clearAllIopChatStorage(storage);
  };
  const machine = createConversationMachine({
    knowledge,
    config,
    ...services,
    leadDelivery,
    ...(options.now ? { now: options.now } : {}),
  });

  const saved = options.restore === false ? null : store.read();
  const input = saved && wiring.resume ? wiring.resume(saved, services) : saved;
  const actor = createActor(machine, { input: input ?? {} });
  actor.on('analytics', ({ event }) => {
    track(event);
  });
  const subscription = actor.subscribe({
    next: (snapshot) => {
      const value = snapshot.value;
      if (value === 'boot' || !snapshot.context.interacted) return;
      store.write({ state: value, context: snapshot.context });
    },
    error: (error) => {
      console.error('iop-chat: the conversation stopped unexpectedly', error);
    },
  });
  for (const issue of issues) report(issue);
  actor.start();
  if (!early) {
    // A center's own questionnaire is checked as soon as the self-check's code is in.
    void services.screening.loaded.then(({ issue }) => {
      if (!issue) return;
      issues.push(issue);
      report(issue);
    });
    if (config.questionnaire !== undefined) services.screening.load().catch(() => undefined);
  }

  return {
    actor,
    config,
    knowledge,
    get questionnaire() {
      return services.screening.current?.questionnaire;
    },
    issues,
    events,
    services,
    acceptsLeads: leadDelivery !== null,
    ready: () => Promise.all([services.screening.load(), services.contact.load()]).then(() => undefined),
    state: () => {
      const value = actor.getSnapshot().value;
      return value === 'boot' ? 'chatting' : value;
    },
    end: () => {
      actor.send({ type: 'chat.end' });
      clearAllIopChatStorage(storage);
    },
    dispose: () => {
      subscription.unsubscribe();
      actor.stop();
    },
  };
}
