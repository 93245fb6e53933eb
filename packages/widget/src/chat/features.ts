/**
 * The parts of the chat that only the self-check or a contact request needs, loaded the first time
 * the conversation shows one (with the core service each needs), so the chat opens without them.
 * A transcript restored after a reload names what it shows, and that is loaded at once.
 */
import { lazyService, type Choice, type Conversation, type ConversationContext, type ConversationStateValue, type TranscriptItem } from '@iop-chat/core';

export type FeatureName = 'self-check' | 'contact';

export type SelfCheckParts = typeof import('../parts/self-check-parts.js');
export type ContactParts = typeof import('../parts/contact-parts.js');

/** The widget's own code for each feature: one load per page, shared by every chat on it. */
export const selfCheckParts = lazyService<SelfCheckParts>(() => import('../parts/self-check-parts.js'));
export const contactParts = lazyService<ContactParts>(() => import('../parts/contact-parts.js'));

const SELF_CHECK_ITEMS: ReadonlySet<TranscriptItem['type']> = new Set(['screening-intro', 'screening-question', 'screening-result']);
const CONTACT_ITEMS: ReadonlySet<TranscriptItem['type']> = new Set(['contact', 'lead-status']);

/** The feature a chip leads to, if any: worth fetching as soon as the visitor reaches for it. */
export function featureOfChoice(choice: Choice): FeatureName | undefined {
  if (choice.kind !== 'action') return undefined;
  if (choice.id === 'start-screening') return 'self-check';
  return choice.id === 'contact' ? 'contact' : undefined;
}

/** The feature an item needs to be shown, if any. */
function featureOf(item: TranscriptItem): FeatureName | undefined {
  if (SELF_CHECK_ITEMS.has(item.type) || (item.type === 'visitor-choice' && item.choice.kind === 'option')) return 'self-check';
  return CONTACT_ITEMS.has(item.type) ? 'contact' : undefined;
}

export interface FeatureNeeds {
  /** Everything the conversation shows: its state and every item of its transcript. */
  readonly all: ReadonlySet<FeatureName>;
  /** The step the visitor is on: the state, and the latest item. Only these are waited for. */
  readonly now: ReadonlySet<FeatureName>;
}

/** What the conversation needs, for the step it is on and for every item it shows. */
export function featuresFor(state: ConversationStateValue, context: ConversationContext): FeatureNeeds {
  const now = new Set<FeatureName>();
  if (state === 'screening') now.add('self-check');
  if (state === 'contact') {
    now.add('contact');
    // The form offers to include the self-check's result, by its title.
    if (context.screeningBand !== null) now.add('self-check');
  }
  const latest = context.transcript.at(-1);
  const latestNeeds = latest ? featureOf(latest) : undefined;
  if (latestNeeds) now.add(latestNeeds);
  const all = new Set(now);
  for (const item of context.transcript) {
    const feature = featureOf(item);
    if (feature) all.add(feature);
  }
  return { all, now };
}

/** Loads everything `feature` needs for `conversation`: the widget's parts and core's service. */
export function loadFeature(feature: FeatureName, conversation: Conversation): Promise<unknown> {
  if (feature === 'self-check') return Promise.all([selfCheckParts.load(), conversation.services.screening.load()]);
  return Promise.all([contactParts.load(), ...(conversation.acceptsLeads ? [conversation.services.contact.load()] : [])]);
}

/** Whether everything `feature` needs for `conversation` is in. */
export function hasFeature(feature: FeatureName, conversation: Conversation): boolean {
  if (feature === 'self-check') return selfCheckParts.current !== undefined && conversation.services.screening.current !== undefined;
  return contactParts.current !== undefined && (!conversation.acceptsLeads || conversation.services.contact.current !== undefined);
}
