/**
 * The conversation's data: plain JSON only (no functions, no class instances), so a snapshot can
 * be kept in sessionStorage and restored on the next page. Live dependencies (knowledge, config,
 * questionnaire) are closed over by the machine, not stored here.
 */
import type { LeadDeliveryStatus } from '../leads/lead-delivery.js';
import type { LeadErrors } from '../leads/lead-types.js';
import type { CrisisKind } from '../safety/crisis-kinds.js';
import type { ScreeningState } from '../screening/screening-state.js';
import type { TranscriptItem } from './transcript.js';

export interface CrisisRecord {
  /** A crisis was shown in this conversation. A later "I'm fine" never clears this. */
  readonly happened: boolean;
  readonly kinds: readonly CrisisKind[];
  /** The visitor answered the safety question with "safe" after the last crisis card. */
  readonly acknowledgedSafe: boolean;
}

export interface ConversationContext {
  readonly transcript: readonly TranscriptItem[];
  readonly nextId: number;
  /** The visitor has typed or chosen something: only then may anything be stored. */
  readonly interacted: boolean;
  /** Consecutive messages we could not answer; the second leads to a person. */
  readonly fallbacks: number;
  readonly crisis: CrisisRecord;
  readonly screening: ScreeningState | null;
  /** The last completed self-check's band (offered, with consent, to the contact form). */
  readonly screeningBand: string | null;
  /** Field messages from the last rejected contact form. */
  readonly contactErrors: LeadErrors;
  /** Delivery status of each lead the visitor sent, by lead id. */
  readonly leads: Readonly<Record<string, LeadDeliveryStatus>>;
  /** Set only while a restored conversation boots: the state it was saved in. */
  readonly resumeIn: 'chatting' | 'screening' | 'contact' | 'crisis' | null;
}

export const INITIAL_CONTEXT: ConversationContext = {
  transcript: [{ id: 1, type: 'greeting' }],
  nextId: 2,
  interacted: false,
  fallbacks: 0,
  crisis: { happened: false, kinds: [], acknowledgedSafe: false },
  screening: null,
  screeningBand: null,
  contactErrors: {},
  leads: {},
  resumeIn: null,
};
