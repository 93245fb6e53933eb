/**
 * What every part template gets from <iop-chat>: the conversation as it is now, the words to use,
 * and the ways to act on it. Parts are plain functions of this view (they render into the
 * element's one shadow root, so labels, descriptions and live regions can refer to each other).
 */
import type {
  ChatAction,
  Choice,
  Conversation,
  ConversationContext,
  ConversationEvent,
  ConversationStateValue,
  ResolvedCenter,
  ScreeningService,
} from '@iop-chat/core';
import type { ContactParts, SelfCheckParts } from '../chat/features.js';
import type { Translate } from '../strings/widget-strings.js';
import type { ContactDraft } from './contact-draft.js';

/** The self-check's cards and the service (questionnaire and engine) they show, once both are loaded. */
export interface SelfCheckView {
  readonly parts: SelfCheckParts;
  readonly service: ScreeningService;
}

export interface ChatView {
  readonly conversation: Conversation;
  readonly context: ConversationContext;
  readonly state: ConversationStateValue;
  readonly center: ResolvedCenter;
  readonly locale: string;
  /** The self-check's cards, once loaded (see chat/features.ts); undefined until then. */
  readonly selfCheck: SelfCheckView | undefined;
  /** The contact card and request status, once loaded; undefined until then. */
  readonly contact: ContactParts | undefined;
  /** The element's clock (the one the conversation uses for opening hours). */
  now(): Date;
  readonly t: Translate;
  /** Values for `{centerName}` and `{phone}` placeholders (fallback wording when not configured). */
  readonly placeholders: Readonly<Record<string, string>>;
  send(event: ConversationEvent): void;
  /** The visitor picked a chip, a topic link or an action button. */
  choose(choice: Choice): void;
  /** The visitor points at or focuses a chip: fetch what choosing it will need. */
  prepare(choice: Choice): void;
  /** Label of a topic chip (the entry's title, or a starter chip's wording). */
  topicLabel(id: string): string;
  actionLabel(id: ChatAction): string;
  /** The contact form's values, kept until the request is sent. */
  readonly draft: ContactDraft;
  updateDraft(patch: Partial<ContactDraft>): void;
  submitContact(): void;
}
