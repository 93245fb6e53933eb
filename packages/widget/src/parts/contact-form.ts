/**
 * The callback form: labelled fields, field messages from core's `validateLead` next to each field
 * (aria-describedby + aria-invalid; the element focuses the first invalid one), separate consent
 * for text messages, discreet-contact and voicemail choices, and the self-check result only when
 * the visitor ticks it. Values live in the element's draft, so nothing typed is lost.
 */
import { BEST_TIMES, CONTACT_METHODS, type LeadField } from '@iop-chat/core';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { ChatView } from './chat-view.js';
import type { ContactDraft } from './contact-draft.js';

const METHOD_LABEL = { call: 'contact.method.call', text: 'contact.method.text', email: 'contact.method.email' } as const;
const TIME_LABEL = {
  any: 'contact.bestTime.any',
  morning: 'contact.bestTime.morning',
  afternoon: 'contact.bestTime.afternoon',
  evening: 'contact.bestTime.evening',
} as const;

function errorOf(view: ChatView, field: LeadField): string | undefined {
  return view.context.contactErrors[field];
}

function errorText(view: ChatView, field: LeadField): TemplateResult | typeof nothing {
  const message = errorOf(view, field);
  return message ? html`<p class="field-error" id=${`cf-${field}-error`}>${message}</p>` : nothing;
}

function describedBy(view: ChatView, field: LeadField, ...more: string[]): string | typeof nothing {
  const ids = [...(errorOf(view, field) ? [`cf-${field}-error`] : []), ...more];
  return ids.length > 0 ? ids.join(' ') : nothing;
}

function invalid(view: ChatView, field: LeadField): 'true' | typeof nothing {
  return errorOf(view, field) ? 'true' : nothing;
}

const value = (event: Event): string => (event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;
const checked = (event: Event): boolean => (event.target as HTMLInputElement).checked;

function checkbox(
  view: ChatView,
  field: keyof ContactDraft & LeadField,
  label: string,
  options: { required?: boolean; hint?: string } = {},
): TemplateResult {
  const id = `cf-${field}`;
  const hintId = options.hint ? `${id}-hint` : undefined;
  return html`<div class="field checkbox">
    <input
      id=${id}
      name=${field}
      type="checkbox"
      .checked=${live(view.draft[field] === true)}
      aria-required=${options.required ? 'true' : nothing}
      aria-invalid=${invalid(view, field)}
      aria-describedby=${describedBy(view, field, ...(hintId ? [hintId] : []))}
      @change=${(e: Event) => { view.updateDraft({ [field]: checked(e) }); }}
    />
    <label for=${id}>${label}${options.required ? html` <span class="required">${view.t('contact.required')}</span>` : nothing}</label>
    ${options.hint ? html`<p class="hint" id=${hintId}>${options.hint}</p>` : nothing}
    ${errorText(view, field)}
  </div>`;
}

/** One labelled text input of the form, with its error message wired to it. */
function textField(
  view: ChatView,
  field: 'name' | 'phone' | 'email',
  options: { type?: 'tel' | 'email'; inputmode?: 'tel'; autocomplete: string; hint?: string },
): TemplateResult {
  const id = `cf-${field}`;
  const more = options.hint ? [options.hint] : [];
  return html`<div class="field">
    <label for=${id}>${view.t(`contact.${field}`)}</label>
    <input
      id=${id}
      name=${field}
      type=${ifDefined(options.type)}
      inputmode=${ifDefined(options.inputmode)}
      autocomplete=${options.autocomplete}
      .value=${live(view.draft[field])}
      aria-invalid=${invalid(view, field)}
      aria-describedby=${describedBy(view, field, ...more)}
      @input=${(e: Event) => { view.updateDraft({ [field]: value(e) }); }}
    />
    ${errorText(view, field)}
  </div>`;
}

export function renderContactForm(view: ChatView): TemplateResult {
  const { draft, t } = view;
  const hasErrors = Object.keys(view.context.contactErrors).length > 0;
  const band = view.context.screeningBand
    ? view.conversation.questionnaire?.bands.find((b) => b.id === view.context.screeningBand)?.title
    : undefined;
  const submit = (event: Event): void => {
    event.preventDefault();
    view.submitContact();
  };
  return html`
    <form class="contact-form" part="contact-form" novalidate @submit=${submit}>
      <p>${t('contact.intro', view.placeholders)}</p>
      ${hasErrors ? html`<p class="form-errors">${t('contact.errors')}</p>` : nothing}
      ${textField(view, 'name', { autocomplete: 'name' })}
      <p class="hint" id="cf-contact-hint">${t('contact.contactHint')}</p>
      ${textField(view, 'phone', { type: 'tel', inputmode: 'tel', autocomplete: 'tel', hint: 'cf-contact-hint' })}
      ${textField(view, 'email', { type: 'email', autocomplete: 'email', hint: 'cf-contact-hint' })}
      <fieldset class="field" aria-describedby=${describedBy(view, 'preferredMethod')}>
        <legend>${t('contact.method')}</legend>
        ${CONTACT_METHODS.map(
          (method, i) => html`<div class="radio">
            <input
              id=${i === 0 ? 'cf-preferredMethod' : `cf-method-${method}`}
              type="radio"
              name="preferredMethod"
              value=${method}
              .checked=${live(draft.preferredMethod === method)}
              @change=${() => { view.updateDraft({ preferredMethod: method }); }}
            />
            <label for=${i === 0 ? 'cf-preferredMethod' : `cf-method-${method}`}>${t(METHOD_LABEL[method])}</label>
          </div>`,
        )}
        ${errorText(view, 'preferredMethod')}
      </fieldset>
      ${draft.preferredMethod === 'text'
        ? checkbox(view, 'consentSms', t('contact.smsConsent', view.placeholders), { required: true })
        : nothing}
      <div class="field">
        <label for="cf-bestTime">${t('contact.bestTime')}</label>
        <select
          id="cf-bestTime"
          name="bestTime"
          aria-invalid=${invalid(view, 'bestTime')}
          aria-describedby=${describedBy(view, 'bestTime')}
          @change=${(e: Event) => { view.updateDraft({ bestTime: value(e) as ContactDraft['bestTime'] }); }}
        >
          ${BEST_TIMES.map((time) => html`<option value=${time} ?selected=${draft.bestTime === time}>${t(TIME_LABEL[time])}</option>`)}
        </select>
        ${errorText(view, 'bestTime')}
      </div>
      ${checkbox(view, 'voicemailOk', t('contact.voicemailOk'))}
      ${checkbox(view, 'centerNameOk', t('contact.centerNameOk', view.placeholders), { hint: t('contact.centerNameOkHint') })}
      <div class="field">
        <label for="cf-note">${t('contact.note')}</label>
        <textarea
          id="cf-note"
          name="note"
          rows="3"
          .value=${live(draft.note)}
          aria-invalid=${invalid(view, 'note')}
          aria-describedby=${describedBy(view, 'note')}
          @input=${(e: Event) => { view.updateDraft({ note: value(e) }); }}
        ></textarea>
        ${errorText(view, 'note')}
      </div>
      ${band ? checkbox(view, 'includeScreening', t('contact.includeScreening', { band })) : nothing}
      ${checkbox(view, 'consentContact', t('contact.consent', view.placeholders), { required: true })}
      <div class="card-actions">
        <button type="submit" class="primary">${t('contact.submit')}</button>
        <button type="button" class="secondary" @click=${() => { view.send({ type: 'contact.cancel' }); }}>${t('contact.cancel')}</button>
      </div>
    </form>
  `;
}
