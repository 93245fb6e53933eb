/**
 * `iop-chat-event`: an analytics event from the conversation, re-dispatched as a DOM event.
 * `detail` is a core `ChatEvent` (ids and outcomes only, never what the visitor wrote), exactly
 * as `conversation.events` emitted it. Bubbles and is composed so analytics bridges can listen on
 * `document`.
 */
import type { ChatEvent } from '@iop-chat/core';

export class IopChatEventEvent extends CustomEvent<ChatEvent> {
  static readonly eventName = 'iop-chat-event';

  constructor(detail: ChatEvent) {
    super(IopChatEventEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'iop-chat-event': IopChatEventEvent;
  }
}
