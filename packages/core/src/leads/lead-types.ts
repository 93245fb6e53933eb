/**
 * The shape of a lead: what the contact/callback form collects (`LeadInput`) and what we store and
 * deliver (`Lead`: the validated input plus an idempotency key, a timestamp and a little context).
 *
 * A lead is health information. It carries only what the visitor typed or chose, never the chat
 * transcript; the screening result travels only as a band id, and only when the visitor said so.
 */

/** How the visitor would like to be contacted. */
export type ContactMethod = 'call' | 'text' | 'email';

/** When a call or text is most welcome. */
export type BestTime = 'morning' | 'afternoon' | 'evening' | 'any';

export const CONTACT_METHODS: readonly ContactMethod[] = ['call', 'text', 'email'];
export const BEST_TIMES: readonly BestTime[] = ['morning', 'afternoon', 'evening', 'any'];

/** Length limits, in characters, after trimming. */
export const LEAD_LIMITS = {
  nameMax: 80,
  noteMax: 1000,
  emailMax: 254,
  phoneMinDigits: 7,
  phoneMaxDigits: 15,
  centerNameMax: 120,
  pageMax: 300,
  bandIdMax: 64,
} as const;

/** What the form collects. After `validateLead`, every rule in the field comments holds. */
export interface LeadInput {
  /** Name or initials, 1-80 characters. */
  name: string;
  /** Digits with an optional leading `+`, 7-15 digits. At least one of phone and email. */
  phone?: string;
  email?: string;
  /** 'call' and 'text' need a phone number, 'email' needs an email address. */
  preferredMethod: ContactMethod;
  bestTime?: BestTime;
  voicemailOk: boolean;
  /** May a message or voicemail name the center? false asks for discreet contact. */
  centerNameOk: boolean;
  /** Up to 1000 characters. */
  note?: string;
  /** Must be true. */
  consentContact: boolean;
  /** Separate consent to text messages; must be true when preferredMethod is 'text'. */
  consentSms: boolean;
  /** Whether the visitor chose to share their self-check result with the center. */
  includeScreening: boolean;
}

/** The field a validation message belongs to. */
export type LeadField = keyof LeadInput;

/** Visitor-facing messages keyed by field; only fields with a problem are present. */
export type LeadErrors = Partial<Record<LeadField, string>>;

/** The self-check result, as a band id only (never the answers). */
export interface LeadScreening {
  bandId: string;
}

/** Where the lead came from. `page` is a path without query string or fragment. */
export interface LeadSource {
  centerName?: string;
  page?: string;
}

/** The version of the stored and delivered lead format. */
export const LEAD_SCHEMA = 1;

/** A validated lead ready for delivery. */
export interface Lead extends LeadInput {
  /** Idempotency key: the same id is sent on every attempt so the receiver can deduplicate. */
  id: string;
  /** ISO 8601 time of submission. */
  createdAt: string;
  /** Present only when includeScreening is true and a result exists. */
  screening?: LeadScreening;
  source: LeadSource;
  schema: typeof LEAD_SCHEMA;
}

/** What `submit` accepts: the form's input plus the context the conversation adds. */
export type LeadSubmission = LeadInput & {
  screening?: LeadScreening;
  source?: LeadSource;
};
