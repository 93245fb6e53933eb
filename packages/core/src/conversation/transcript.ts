/**
 * The transcript: typed items, never HTML strings. The widget renders each type with its own
 * template, so wording, translation and safety each live in one place. Items are plain JSON so
 * the conversation can be kept in sessionStorage and restored on the next page.
 */
import type { CrisisKind } from '../safety/crisis-kinds.js';

/** Things the visitor can do from a chip, besides asking about a topic. */
export type ChatAction =
  | 'start-screening'
  | 'contact'
  | 'topics'
  | 'crisis-resources'
  | 'continue-screening'
  | 'stop-screening';

export type Choice =
  | { readonly kind: 'topic'; readonly id: string }
  | { readonly kind: 'action'; readonly id: ChatAction };

/** The kind of crisis a card shows; 'general' when the visitor asked for help resources. */
export type CrisisCardKind = CrisisKind | 'general';

export type TranscriptItem =
  | { readonly id: number; readonly type: 'greeting' }
  | { readonly id: number; readonly type: 'visitor-text'; readonly text: string }
  | { readonly id: number; readonly type: 'visitor-choice'; readonly choice: Choice | { readonly kind: 'option'; readonly questionId: string; readonly optionIds: readonly string[] } }
  | { readonly id: number; readonly type: 'answer'; readonly entryId: string; readonly followUps: readonly string[]; readonly offers: readonly ChatAction[] }
  | { readonly id: number; readonly type: 'clarify'; readonly candidates: readonly string[] }
  | { readonly id: number; readonly type: 'fallback'; readonly repeated: boolean; readonly suggestions: readonly string[]; readonly reason: 'small-talk' | 'off-topic' | 'not-understood' }
  | { readonly id: number; readonly type: 'crisis'; readonly kind: CrisisCardKind; readonly someoneElse: boolean; readonly immediate: boolean; readonly lang?: 'es' }
  | { readonly id: number; readonly type: 'crisis-ack'; readonly answer: 'safe' | 'not-safe' }
  | { readonly id: number; readonly type: 'gentle-check'; readonly kind?: CrisisKind; readonly lang?: 'es' }
  | { readonly id: number; readonly type: 'screening-intro' }
  | { readonly id: number; readonly type: 'screening-question'; readonly questionId: string }
  | { readonly id: number; readonly type: 'screening-result'; readonly bandId: string; readonly reasons: readonly string[] }
  | { readonly id: number; readonly type: 'screening-stopped' }
  | { readonly id: number; readonly type: 'contact'; readonly form: boolean; readonly openNow: boolean | null }
  | { readonly id: number; readonly type: 'lead-status'; readonly leadId: string };

export type TranscriptItemType = TranscriptItem['type'];

/** Distributive Omit, so each item type keeps its own fields. */
export type NewTranscriptItem = TranscriptItem extends infer T ? (T extends TranscriptItem ? Omit<T, 'id'> : never) : never;
