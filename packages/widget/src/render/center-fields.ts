/**
 * Center values inside answers (`{{phone}}`, `{{insurance}}`): filled from the resolved
 * configuration at render time, or the reviewed fallback wording when the center did not set
 * them. Phone numbers become tap-to-call / tap-to-text links, email a mailto link.
 */
import { fieldValue, type CenterField, type ResolvedCenter } from '@iop-chat/core';
import { html, type TemplateResult } from 'lit';
import type { Translate } from '../strings/widget-strings.js';

/** "Aetna, Cigna and Medicaid" in the visitor's language (plain commas where Intl lacks it). */
export function joinList(items: readonly string[], locale: string): string {
  try {
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/**
 * Renders one center field. Whether it is configured, its link and its fallback wording are core's
 * `fieldValue`; this only chooses the markup: a link for phone/sms/email, text for the rest.
 */
export function renderField(field: CenterField, center: ResolvedCenter, t: Translate, locale: string): TemplateResult | string {
  const value = fieldValue(center, (f) => t(`fieldFallback.${f}`), field, { locale, join: (items) => joinList(items, locale) });
  if (!value.href) return value.text;
  return field === 'email' ? html`<a href=${value.href}>${value.text}</a>` : html`<a class="tel" href=${value.href}>${value.text}</a>`;
}
