/**
 * Center values inside answers (`{{phone}}`, `{{insurance}}`): filled from the resolved
 * configuration at render time, or the reviewed fallback wording when the center did not set
 * them. Phone numbers become tap-to-call / tap-to-text links, email a mailto link.
 */
import { formatHours, smsHref, telHref, type CenterField, type ResolvedCenter } from '@iop-chat/core';
import { html, type TemplateResult } from 'lit';
import type { Translate } from '../strings/widget-strings.js';

/** Whether the center configured a field (for `[if field]` / `[if !field]` blocks). */
export function hasField(center: ResolvedCenter, field: CenterField): boolean {
  const value = center[field];
  if (Array.isArray(value)) return value.length > 0;
  return value !== undefined && value !== '';
}

/** "Aetna, Cigna and Medicaid" in the visitor's language (plain commas where Intl lacks it). */
export function joinList(items: readonly string[], locale: string): string {
  try {
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/** The center's email as a mailto href, only for a plain address (config already checked it). */
function mailHref(email: string): string | undefined {
  return /^[^\s@<>"'`\\]+@[^\s@<>"'`\\]+$/.test(email) ? `mailto:${email}` : undefined;
}

/** Renders one center field: a link for phone/sms/email, text for the rest, fallback wording when unset. */
export function renderField(field: CenterField, center: ResolvedCenter, t: Translate, locale: string): TemplateResult | string {
  const fallback = (): string => t(`fieldFallback.${field}`);
  switch (field) {
    case 'phone':
      return center.phone ? html`<a class="tel" href=${telHref(center.phone)}>${center.phone.display}</a>` : fallback();
    case 'sms':
      return center.sms ? html`<a class="tel" href=${smsHref(center.sms)}>${center.sms.display}</a>` : fallback();
    case 'email': {
      const href = center.email ? mailHref(center.email) : undefined;
      return center.email && href ? html`<a href=${href}>${center.email}</a>` : fallback();
    }
    case 'insurance':
      return center.insurance.length > 0 ? joinList(center.insurance, locale) : fallback();
    case 'hours':
      return center.hours ? formatHours(center.hours, locale) : fallback();
    default:
      return center[field] ?? fallback();
  }
}
