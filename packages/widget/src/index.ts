// @iop-chat/widget public API: the element class, its events and the types integrators need.
// No side effects: import '@iop-chat/widget/iop-chat.js' to register <iop-chat>.
export { IopChat } from './chat/chat.component.js';
export { IopChatOpenEvent, IopChatCloseEvent, IopChatEndEvent, IopChatEventEvent } from './events/index.js';
export { WIDGET_STRINGS, type WidgetStringKey } from './strings/widget-strings.js';
export type { ChatEvent, IopChatConfig, CompiledKnowledge, Conversation } from '@iop-chat/core';
