/**
 * `iop-chat-open`: the chat panel opened (the launcher was used, or `open()` was called).
 * Bubbles and is composed so a host page can listen on `document`.
 */
export class IopChatOpenEvent extends Event {
  static readonly eventName = 'iop-chat-open';

  constructor() {
    super(IopChatOpenEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'iop-chat-open': IopChatOpenEvent;
  }
}
