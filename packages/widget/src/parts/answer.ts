/**
 * A knowledge answer: the entry's compiled blocks with the center's values filled in. Topic and
 * action links inside the answer send the same choice a chip would.
 */
import type { ChatAction, Choice, TranscriptItem } from '@iop-chat/core';
import { html, type TemplateResult } from 'lit';
import { renderBlocks } from '../render/answer-blocks.js';
import type { ChatView } from './chat-view.js';

type AnswerItem = Extract<TranscriptItem, { type: 'answer' }>;

const LINK_ACTIONS: Readonly<Record<string, ChatAction>> = {
  'start-screening': 'start-screening',
  contact: 'contact',
};

/** `action:contact` / `topic:insurance` (or the bare id the build leaves) as a choice. */
export function linkChoice(id: string): Choice {
  const bare = id.replace(/^(topic|action):/, '');
  const action = LINK_ACTIONS[bare];
  return action ? { kind: 'action', id: action } : { kind: 'topic', id: bare };
}

export function renderAnswer(item: AnswerItem, view: ChatView): TemplateResult {
  const entry = view.conversation.knowledge.entries.get(item.entryId);
  if (!entry) return html`<p>${view.t('fallback.notSure')}</p>`;
  return html`${renderBlocks(entry.answer, {
    center: view.center,
    t: view.t,
    locale: view.locale,
    onTopic: (id) => {
      view.choose(linkChoice(id));
    },
  })}`;
}
