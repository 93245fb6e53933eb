/**
 * Which quick-reply chips to offer now, worked out from the conversation (not stored): the
 * greeting's starters, an answer's follow-ups, "did you mean" candidates, the way back from a
 * crisis. The widget renders these; the logic stays here.
 */
import type { ConversationContext } from './conversation-context.js';
import type { ConversationStateValue } from './conversation-machine.js';
import type { Choice } from './transcript.js';

export const STARTER_CHOICES: readonly Choice[] = [
  { kind: 'topic', id: 'what-is-iop' },
  { kind: 'topic', id: 'eligibility' },
  { kind: 'action', id: 'start-screening' },
  { kind: 'action', id: 'contact' },
];

export function currentChoices(state: ConversationStateValue, context: ConversationContext): Choice[] {
  if (state === 'screening') return [{ kind: 'action', id: 'stop-screening' }];
  if (state === 'contact') return [];
  const last = [...context.transcript].reverse().find((item) => item.type !== 'visitor-text' && item.type !== 'visitor-choice');
  const topics = (ids: readonly string[]): Choice[] => ids.map((id) => ({ kind: 'topic', id }));
  switch (last?.type) {
    case 'greeting':
      return [...STARTER_CHOICES];
    case 'answer':
      return [...topics(last.followUps), ...last.offers.map((id): Choice => ({ kind: 'action', id }))];
    case 'clarify':
      return [...topics(last.candidates), { kind: 'action', id: 'contact' }];
    case 'fallback':
      return last.repeated
        ? [{ kind: 'action', id: 'contact' }, ...topics(last.suggestions.slice(0, 3))]
        : [...topics(last.suggestions.slice(0, 4)), { kind: 'action', id: 'contact' }];
    case 'crisis':
    case 'crisis-ack':
      return [{ kind: 'action', id: 'contact' }];
    case 'screening-result':
      return [{ kind: 'action', id: 'contact' }, { kind: 'topic', id: 'what-is-iop' }, { kind: 'topic', id: 'insurance' }];
    case 'screening-stopped':
    case 'lead-status':
    case 'contact':
    case 'gentle-check':
      return [{ kind: 'action', id: 'topics' }, { kind: 'action', id: 'start-screening' }];
    default:
      return [...STARTER_CHOICES];
  }
}
