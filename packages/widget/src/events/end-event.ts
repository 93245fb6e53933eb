/**
 * `iop-chat-end`: the visitor ended the chat (or `endChat()` was called); the conversation and
 * everything iop-chat stored in this browser were cleared. Bubbles and is composed.
 */
export class IopChatEndEvent extends Event {
  static readonly eventName = 'iop-chat-end';

  constructor() {
    super(IopChatEndEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'iop-chat-end': IopChatEndEvent;
  }
}
