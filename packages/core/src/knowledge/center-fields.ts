/**
 * Center values inside answers, resolved at render time from configuration: the text to show,
 * the link it becomes (tap-to-call, tap-to-text, email) and whether it was configured at all.
 * One compiled knowledge base serves every center this way; the widget and plain-text renderers
 * both use this, so a value is never formatted two ways.
 */
import type { ResolvedCenter } from '../config/config-types.js';
import { formatHours } from '../config/business-hours.js';
import { smsHref, telHref } from '../config/phone.js';
import { fieldFallbackKey, type Strings } from '../config/strings.js';
import type { Block, CenterField, Condition, Inline } from './types.js';

export interface FieldValue {
  readonly text: string;
  /** tel:, sms: or mailto: link for contact fields. */
  readonly href?: string;
  /** False when the center did not configure it and `text` is the reviewed fallback wording. */
  readonly configured: boolean;
}

/** How a renderer words what is not configured and joins lists (defaults: core's strings, commas). */
export interface FieldOptions {
  readonly locale?: string;
  /** Joins the accepted insurance plans ("Aetna, Cigna" by default; a widget may say "Aetna and Cigna"). */
  readonly join?: (items: readonly string[]) => string;
}

/** Reviewed fallback wording: core's strings table, or a renderer's own lookup (with its overrides). */
export type FieldFallback = Strings | ((field: CenterField) => string);

/** A plain email address (config already checks it; this keeps a mailto link honest anyway). */
const PLAIN_EMAIL = /^[^\s@<>"'`\\]+@[^\s@<>"'`\\]+$/;

function configuredText(center: ResolvedCenter, field: CenterField, options: FieldOptions): { text: string; href?: string } | undefined {
  const locale = options.locale ?? 'en';
  switch (field) {
    case 'name':
      return center.name ? { text: center.name } : undefined;
    case 'phone':
      return center.phone ? { text: center.phone.display, href: telHref(center.phone) } : undefined;
    case 'sms':
      return center.sms ? { text: center.sms.display, href: smsHref(center.sms) } : undefined;
    case 'email':
      return center.email && PLAIN_EMAIL.test(center.email) ? { text: center.email, href: `mailto:${center.email}` } : undefined;
    case 'hours':
      return center.hours ? { text: formatHours(center.hours, locale) } : undefined;
    case 'insurance':
      return center.insurance.length > 0 ? { text: options.join ? options.join(center.insurance) : center.insurance.join(', ') } : undefined;
    case 'address':
    case 'medication':
    case 'telehealth':
    case 'cost':
    case 'parking': {
      const value = center[field];
      return value ? { text: value } : undefined;
    }
  }
}

export function fieldValue(center: ResolvedCenter, fallback: FieldFallback, field: CenterField, options: FieldOptions = {}): FieldValue {
  const value = configuredText(center, field, options);
  if (value) return { ...value, configured: true };
  return { text: typeof fallback === 'function' ? fallback(field) : fallback[fieldFallbackKey(field)], configured: false };
}

/** Whether the center configured a field (what `[if field]` / `[if !field]` blocks test). */
export function isConfigured(center: ResolvedCenter, field: CenterField): boolean {
  return configuredText(center, field, {}) !== undefined;
}

/** Whether a block's `[if field]` condition holds for this center. */
export function conditionHolds(center: ResolvedCenter, when: Condition | undefined): boolean {
  return when === undefined || isConfigured(center, when.field) === when.present;
}

function inlineText(nodes: readonly Inline[], center: ResolvedCenter, strings: Strings): string {
  return nodes
    .map((n) => {
      switch (n.t) {
        case 'text':
          return n.v;
        case 'field':
          return fieldValue(center, strings, n.key).text;
        default:
          return inlineText(n.c, center, strings);
      }
    })
    .join('');
}

/** An answer as plain text (headless drivers, logs of what a visitor saw, tests). */
export function answerToText(blocks: readonly Block[], center: ResolvedCenter, strings: Strings): string {
  return blocks
    .filter((b) => conditionHolds(center, b.when))
    .map((b) =>
      b.t === 'p'
        ? inlineText(b.c, center, strings)
        : b.items.map((item, i) => `${b.t === 'ol' ? `${i + 1}.` : '-'} ${inlineText(item, center, strings)}`).join('\n'),
    )
    .join('\n\n');
}

/**
 * The center's own words that a visitor may ask about, by the entry that answers them: the
 * insurance plans it accepts (insurance), its street address and city (location-hours).
 */
export function centerSearchWords(center: ResolvedCenter): ReadonlyMap<string, readonly string[]> {
  const words = new Map<string, readonly string[]>();
  if (center.insurance.length > 0) words.set('insurance', center.insurance);
  if (center.address) words.set('location-hours', [center.address]);
  return words;
}
