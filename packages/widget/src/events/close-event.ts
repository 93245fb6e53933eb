/**
 * `iop-chat-close`: the chat panel closed (minimise, Escape, quick exit or `close()`).
 * Bubbles and is composed so a host page can listen on `document`.
 */
export class IopChatCloseEvent extends Event {
  static readonly eventName = 'iop-chat-close';

  constructor() {
    super(IopChatCloseEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'iop-chat-close': IopChatCloseEvent;
  }
}
