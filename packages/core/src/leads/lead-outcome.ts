/**
 * The vocabulary of one delivery attempt: a sender answers delivered, retry (with why and,
 * optionally, how long the receiver asked us to wait) or rejected (the receiver refused this lead
 * and sending it again will not help).
 */
import { capText, cleanLine } from './lead-text.js';

export type DeliveryErrorKind = 'network' | 'timeout' | 'server' | 'rate-limited' | 'rejected';

export interface DeliveryError {
  kind: DeliveryErrorKind;
  /** HTTP status, when there was one. */
  status?: number;
  /** Short plain text (at most 200 characters). Display it as text, never as HTML. */
  message?: string;
}

export type SendOutcome =
  | { kind: 'delivered'; duplicate?: boolean }
  | { kind: 'retry'; error: DeliveryError; retryAfterMs?: number }
  | { kind: 'rejected'; error: DeliveryError };

/** The longest server message we keep. */
export const MESSAGE_MAX = 200;

const ERROR_KINDS: readonly DeliveryErrorKind[] = ['network', 'timeout', 'server', 'rate-limited', 'rejected'];

export function retryOutcome(kind: DeliveryErrorKind, status?: number, retryAfterMs?: number): SendOutcome {
  const error: DeliveryError = { kind };
  if (status !== undefined) error.status = status;
  return retryAfterMs === undefined ? { kind: 'retry', error } : { kind: 'retry', error, retryAfterMs };
}

export function rejectedOutcome(status?: number, message?: string): SendOutcome {
  const error: DeliveryError = { kind: 'rejected' };
  if (status !== undefined) error.status = status;
  if (message) error.message = message;
  return { kind: 'rejected', error };
}

/** A stored or reported error, re-checked; undefined when it is not one. */
export function toDeliveryError(value: unknown): DeliveryError | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { kind, status, message } = value as Partial<Record<keyof DeliveryError, unknown>>;
  const known = ERROR_KINDS.find((k) => k === kind);
  if (!known) return undefined;
  const error: DeliveryError = { kind: known };
  if (typeof status === 'number' && Number.isInteger(status) && status >= 100 && status <= 599) error.status = status;
  const clean = typeof message === 'string' ? capText(cleanLine(message), MESSAGE_MAX) : '';
  if (clean) error.message = clean;
  return error;
}
