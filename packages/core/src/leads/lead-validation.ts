/**
 * What counts as a valid lead. `validateLead` checks and cleans what the form collected and answers
 * with visitor-facing messages per field; it never throws, whatever it is given. `buildLead` adds
 * the id, time and context; `restoreLead` re-validates a lead read back from storage.
 */
import { capText, cleanLine, cleanMultiline } from './lead-text.js';
import { LEAD_MESSAGES as M } from './lead-messages.js';
import {
  BEST_TIMES,
  CONTACT_METHODS,
  LEAD_LIMITS,
  LEAD_SCHEMA,
  type BestTime,
  type ContactMethod,
  type Lead,
  type LeadErrors,
  type LeadInput,
  type LeadScreening,
  type LeadSource,
} from './lead-types.js';

export type LeadValidation = { ok: true; lead: LeadInput } | { ok: false; errors: LeadErrors };

/** Reads a property without letting a throwing getter or proxy escape. */
function read(source: unknown, key: string): unknown {
  if (typeof source !== 'object' || source === null) return undefined;
  try {
    return (source as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

function text(value: unknown): string {
  return typeof value === 'string' ? cleanLine(value) : '';
}

type Checked<T> = { value?: T; error?: string };

function checkPhone(value: unknown): Checked<string> {
  const raw = typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? String(value) : text(value);
  if (raw === '') return {};
  if (!/^\+?[\d\s().\-/]+$/.test(raw)) return { error: M.phoneInvalid };
  const digits = raw.replace(/\D/g, '');
  if (digits.length < LEAD_LIMITS.phoneMinDigits) return { error: M.phoneTooShort };
  if (digits.length > LEAD_LIMITS.phoneMaxDigits) return { error: M.phoneTooLong };
  return { value: (raw.startsWith('+') ? '+' : '') + digits };
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:".]+(?:\.[^\s@<>()[\]\\,;:".]+)+$/;

function checkEmail(value: unknown): Checked<string> {
  const raw = text(value);
  if (raw === '') return {};
  const at = raw.lastIndexOf('@');
  const local = raw.slice(0, at);
  const tld = raw.slice(raw.lastIndexOf('.') + 1);
  const ok =
    raw.length <= LEAD_LIMITS.emailMax &&
    EMAIL.test(raw) &&
    !local.startsWith('.') &&
    !local.endsWith('.') &&
    !local.includes('..') &&
    tld.length >= 2;
  return ok ? { value: raw } : { error: M.emailInvalid };
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

function validate(input: unknown): LeadValidation {
  const errors: LeadErrors = {};

  const name = text(read(input, 'name'));
  if (name === '') errors.name = M.nameRequired;
  else if (name.length > LEAD_LIMITS.nameMax) errors.name = M.nameTooLong;

  const phone = checkPhone(read(input, 'phone'));
  const email = checkEmail(read(input, 'email'));
  if (phone.error) errors.phone = phone.error;
  if (email.error) errors.email = email.error;
  if (!phone.value && !email.value && !phone.error && !email.error) errors.phone = M.contactRequired;

  const method: ContactMethod | undefined = oneOf(read(input, 'preferredMethod'), CONTACT_METHODS);
  if (!method) errors.preferredMethod = M.methodRequired;
  else if (method !== 'email' && !phone.value && !errors.phone) {
    errors.phone = method === 'call' ? M.phoneNeededToCall : M.phoneNeededToText;
  } else if (method === 'email' && !email.value && !errors.email) {
    errors.email = M.emailNeeded;
  }

  const rawBestTime = read(input, 'bestTime');
  const bestTime: BestTime | undefined = oneOf(rawBestTime, BEST_TIMES);
  if (!bestTime && rawBestTime !== undefined && rawBestTime !== null && rawBestTime !== '') {
    errors.bestTime = M.bestTimeInvalid;
  }

  const rawNote = read(input, 'note');
  const note = typeof rawNote === 'string' ? cleanMultiline(rawNote) : '';
  if (note.length > LEAD_LIMITS.noteMax) errors.note = M.noteTooLong;

  // Only a real `true` counts: consent and permissions are never inferred.
  const consentContact = read(input, 'consentContact') === true;
  const consentSms = read(input, 'consentSms') === true;
  if (!consentContact) errors.consentContact = M.consentContactRequired;
  if (method === 'text' && !consentSms) errors.consentSms = M.consentSmsRequired;

  if (!method || Object.keys(errors).length > 0) return { ok: false, errors };

  const lead: LeadInput = {
    name,
    preferredMethod: method,
    voicemailOk: read(input, 'voicemailOk') === true,
    centerNameOk: read(input, 'centerNameOk') === true,
    consentContact,
    consentSms,
    includeScreening: read(input, 'includeScreening') === true,
  };
  if (phone.value) lead.phone = phone.value;
  if (email.value) lead.email = email.value;
  if (bestTime) lead.bestTime = bestTime;
  if (note) lead.note = note;
  return { ok: true, lead };
}

/**
 * Checks and cleans a contact form. On success `lead` holds only the known fields, trimmed and
 * normalised (phone as digits with an optional leading `+`). Never throws.
 */
export function validateLead(input: unknown): LeadValidation {
  try {
    return validate(input);
  } catch {
    return { ok: false, errors: { name: M.unreadable } };
  }
}

/** Idempotency keys: uuid-like, safe to put in an HTTP header. */
export function isLeadId(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{8,128}$/.test(value);
}

function cleanScreening(value: unknown): LeadScreening | undefined {
  const bandId = read(value, 'bandId');
  if (typeof bandId !== 'string') return undefined;
  const clean = cleanLine(bandId);
  return clean && clean.length <= LEAD_LIMITS.bandIdMax && /^[\w.-]+$/.test(clean) ? { bandId: clean } : undefined;
}

function cleanSource(value: unknown): LeadSource {
  const source: LeadSource = {};
  const centerName = text(read(value, 'centerName'));
  // The page is kept without query string or fragment: those often carry tracking or personal data.
  const page = text(read(value, 'page')).split(/[?#]/, 1)[0] ?? '';
  if (centerName) source.centerName = capText(centerName, LEAD_LIMITS.centerNameMax);
  if (page) source.page = capText(page, LEAD_LIMITS.pageMax);
  return source;
}

/** Context added to a validated input to make a lead. */
export interface LeadMeta {
  id: string;
  createdAt: string;
  screening?: unknown;
  source?: unknown;
}

/** Makes a lead from validated input; screening is kept only when the visitor chose to share it. */
export function buildLead(input: LeadInput, meta: LeadMeta): Lead {
  const lead: Lead = { ...input, id: meta.id, createdAt: meta.createdAt, source: cleanSource(meta.source), schema: LEAD_SCHEMA };
  const screening = input.includeScreening ? cleanScreening(meta.screening) : undefined;
  if (screening) lead.screening = screening;
  return lead;
}

/** A lead read back from storage, re-validated; undefined when it is not a current-format lead. */
export function restoreLead(value: unknown): Lead | undefined {
  try {
    const id = read(value, 'id');
    const createdAt = read(value, 'createdAt');
    if (read(value, 'schema') !== LEAD_SCHEMA || !isLeadId(id)) return undefined;
    if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt))) return undefined;
    const checked = validate(value);
    if (!checked.ok) return undefined;
    return buildLead(checked.lead, { id, createdAt, screening: read(value, 'screening'), source: read(value, 'source') });
  } catch {
    return undefined;
  }
}
