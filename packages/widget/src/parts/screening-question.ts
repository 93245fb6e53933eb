/**
 * One self-check question. The current one is a card of large answer buttons (each at least 44px
 * tall) with progress ("Question 3 of about 9" and a bar), Back and Stop; questions already
 * answered stay in the transcript as plain text.
 */
import type { Question, ScreeningService, TranscriptItem } from '@iop-chat/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { ChatView } from './chat-view.js';
import { instrumentNames } from './screening-intro.js';

type QuestionItem = Extract<TranscriptItem, { type: 'screening-question' }>;

/** The question this item asks, if it is the one waiting for an answer now. */
export function activeQuestion(item: QuestionItem, view: ChatView, service: ScreeningService): Question | undefined {
  if (view.state !== 'screening' || !view.context.screening) return undefined;
  const question = service.currentQuestion(view.context.screening);
  if (question?.id !== item.questionId) return undefined;
  const last = [...view.context.transcript].reverse().find((i) => i.type === 'screening-question');
  return last?.id === item.id ? question : undefined;
}

export interface ScreeningCardState {
  /** Options ticked so far on a multiple-choice question. */
  readonly selected: readonly string[];
  toggle(optionId: string): void;
}

function questionText(question: Question): TemplateResult {
  return html`${question.stem ? html`<span class="stem">${question.stem}</span> ` : nothing}${question.text}`;
}

export function renderScreeningQuestion(item: QuestionItem, view: ChatView, card: ScreeningCardState, service: ScreeningService): TemplateResult {
  const { questionnaire } = service;
  const question = activeQuestion(item, view, service);
  if (!question || !view.context.screening) {
    const asked = questionnaire.questions.find((q) => q.id === item.questionId);
    return html`<p class="asked">${asked ? questionText(asked) : nothing}</p>`;
  }
  const { answered, total } = service.progress(view.context.screening);
  const n = Math.min(answered + 1, Math.max(total, 1));
  const progressText = view.t('screening.progress', { n, total: Math.max(total, n) });
  const canGoBack = view.context.screening.answers.length > 0;
  const instrument = question.instrument ? instrumentNames(questionnaire, [question.instrument])[0] : undefined;
  const answer = (optionId: string): void => {
    view.send({ type: 'screening.answer', questionId: question.id, choice: optionId });
  };
  return html`
    <div
      class="card self-check"
      part="self-check"
      role="group"
      aria-labelledby="sc-question"
      aria-describedby=${question.help ? 'sc-progress sc-help' : 'sc-progress'}
      data-question=${question.id}
    >
      <p class="progress-text" id="sc-progress">${progressText}</p>
      <progress
        class="progress"
        aria-label=${view.t('screening.progressLabel')}
        aria-valuetext=${progressText}
        max=${Math.max(total, n)}
        .value=${answered}
      ></progress>
      <p class="question" id="sc-question">${questionText(question)}</p>
      ${question.help ? html`<p class="help" id="sc-help">${question.help}</p>` : nothing}
      ${question.multiple ? html`<p class="help">${view.t('screening.chooseAll')}</p>` : nothing}
      <div class="options">
        ${question.options.map((option) =>
          question.multiple
            ? html`<button
                type="button"
                class="option"
                aria-pressed=${card.selected.includes(option.id) ? 'true' : 'false'}
                @click=${() => { card.toggle(option.id); }}
              >
                ${option.label}
              </button>`
            : html`<button type="button" class="option" @click=${() => { answer(option.id); }}>${option.label}</button>`,
        )}
      </div>
      ${question.multiple
        ? html`<button
            type="button"
            class="primary"
            ?disabled=${card.selected.length === 0}
            @click=${() => { view.send({ type: 'screening.answer', questionId: question.id, choice: [...card.selected] }); }}
          >
            ${view.t('screening.continue')}
          </button>`
        : nothing}
      <div class="card-actions">
        ${canGoBack
          ? html`<button type="button" class="secondary" @click=${() => { view.send({ type: 'screening.back' }); }}>${view.t('screening.back')}</button>`
          : nothing}
        <button type="button" class="secondary" @click=${() => { view.send({ type: 'screening.stop' }); }}>${view.t('screening.stop')}</button>
      </div>
      ${instrument ? html`<p class="small-print">${view.t('screening.instruments', { names: instrument })}</p>` : nothing}
    </div>
  `;
}
