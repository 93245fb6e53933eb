/**
 * What a script tag's data attributes say about sending and keeping contact requests, read exactly
 * as `configFromAttributes` and `resolveConfig` read them (delivery-attributes.test.ts holds the
 * two to that), but without the rest of configuration: the script tag's outbox drain sends
 * waiting requests on pages where the visitor has not opened the chat, and must stay small.
 * Nothing is reported here; the chat names bad values when it loads.
 */
import type { PersistenceMode } from '../storage/safe-storage.js';
import { PERSISTENCE_MODES } from '../storage/safe-storage.js';
import { cleanText } from './clean-text.js';
import { CONFIG_DEFAULTS, LEAD_ENDPOINT_RULES, LEAD_TIMEOUT_RANGE, RETENTION_HOURS_RANGE } from './config-validation.js';
import { checkUrl } from './safe-url.js';

export interface DeliverySettings {
  /** `data-lead-endpoint`, when it is an endpoint the chat would send to. */
  readonly leadEndpoint: string | undefined;
  /** `data-lead-timeout`, in range. */
  readonly leadTimeoutMs: number;
  /** `data-persistence`: where the outbox is kept. */
  readonly persistence: PersistenceMode;
  /** `data-retention-hours`, in range. */
  readonly retentionHours: number;
}

/** A whole-number attribute, clamped to `range`; `fallback` when missing or not a whole number. */
function wholeNumber(value: string | undefined, range: { min: number; max: number }, fallback: number): number {
  const text = value?.trim().replace(/_/g, '') ?? '';
  if (!/^-?\d{1,12}$/.test(text)) return fallback;
  return Math.min(range.max, Math.max(range.min, Number(text)));
}

/** Reads the delivery settings from a script tag's attributes (`{ 'data-lead-endpoint': '/api/leads' }`). */
export function deliverySettingsFromAttributes(attributes: Readonly<Record<string, string>>): DeliverySettings {
  const endpoint = cleanText(attributes['data-lead-endpoint'] ?? '', 2048);
  const checked = endpoint.truncated ? undefined : checkUrl(endpoint.text, LEAD_ENDPOINT_RULES);
  const mode = cleanText(attributes['data-persistence'] ?? '', 40).text.toLowerCase();
  return {
    leadEndpoint: checked?.ok ? checked.url : undefined,
    leadTimeoutMs: wholeNumber(attributes['data-lead-timeout'], LEAD_TIMEOUT_RANGE, CONFIG_DEFAULTS.leadTimeoutMs),
    persistence: PERSISTENCE_MODES.find((m) => m === mode) ?? CONFIG_DEFAULTS.persistence,
    retentionHours: wholeNumber(attributes['data-retention-hours'], RETENTION_HOURS_RANGE, CONFIG_DEFAULTS.retentionHours),
  };
}
