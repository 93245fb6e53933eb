/**
 * Phone numbers from configuration: a display form (as the center wrote it, cleaned) and a dial
 * form for `tel:` and `sms:` links. 7 to 15 digits (the E.164 maximum), an optional leading `+`,
 * and the usual separators (spaces, dots, dashes, slashes, parentheses); letters are refused.
 */

export interface PhoneNumber {
  /** For people: "(555) 010-0199". */
  readonly display: string;
  /** For links: "+15550100199" or "5550100199" (a leading + only when the center wrote one). */
  readonly dial: string;
}

const SHAPE = /^\+?[0-9\s().\-/]+$/;

/** Parses a cleaned phone string; null when it is not a phone number. */
export function parsePhone(value: string): PhoneNumber | null {
  const display = value.trim().replace(/\s+/g, ' ');
  if (display.length === 0 || display.length > 40 || !SHAPE.test(display)) return null;
  const digits = display.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return null;
  return { display, dial: (display.startsWith('+') ? '+' : '') + digits };
}

/** `tel:` link for a parsed number. */
export function telHref(phone: PhoneNumber): string {
  return `tel:${phone.dial}`;
}

/** `sms:` link for a parsed number. */
export function smsHref(phone: PhoneNumber): string {
  return `sms:${phone.dial}`;
}
