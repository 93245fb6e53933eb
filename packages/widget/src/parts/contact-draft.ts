/**
 * The contact form's values while the visitor fills it in. Kept by the element (not the form's
 * DOM) so nothing typed is lost when the form re-renders, fails validation or delivery fails.
 */
import type { BestTime, ContactMethod, LeadErrors, LeadField, LeadInput } from '@iop-chat/core';

export interface ContactDraft {
  readonly name: string;
  readonly phone: string;
  readonly email: string;
  readonly preferredMethod: ContactMethod;
  readonly bestTime: BestTime;
  readonly voicemailOk: boolean;
  readonly centerNameOk: boolean;
  readonly note: string;
  readonly consentContact: boolean;
  readonly consentSms: boolean;
  readonly includeScreening: boolean;
}

export const EMPTY_DRAFT: ContactDraft = {
  name: '',
  phone: '',
  email: '',
  preferredMethod: 'call',
  bestTime: 'any',
  voicemailOk: false,
  centerNameOk: false,
  note: '',
  consentContact: false,
  consentSms: false,
  includeScreening: false,
};

/** The form's values as core's `LeadInput` (empty optional fields left out). */
export function draftToInput(draft: ContactDraft, screeningAvailable: boolean): LeadInput {
  const input: LeadInput = {
    name: draft.name,
    preferredMethod: draft.preferredMethod,
    bestTime: draft.bestTime,
    voicemailOk: draft.voicemailOk,
    centerNameOk: draft.centerNameOk,
    consentContact: draft.consentContact,
    consentSms: draft.preferredMethod === 'text' && draft.consentSms,
    includeScreening: screeningAvailable && draft.includeScreening,
  };
  if (draft.phone.trim()) input.phone = draft.phone;
  if (draft.email.trim()) input.email = draft.email;
  if (draft.note.trim()) input.note = draft.note;
  return input;
}

/** Fields in the order the form shows them: the first with an error gets focus. */
export const FIELD_ORDER: readonly LeadField[] = [
  'name',
  'phone',
  'email',
  'preferredMethod',
  'bestTime',
  'note',
  'consentContact',
  'consentSms',
];

export function firstInvalid(errors: LeadErrors): LeadField | undefined {
  return FIELD_ORDER.find((field) => errors[field] !== undefined);
}
