// The events <iop-chat> dispatches, one class each.
export { IopChatOpenEvent } from './open-event.js';
export { IopChatCloseEvent } from './close-event.js';
export { IopChatEndEvent } from './end-event.js';
export { IopChatEventEvent } from './chat-event.js';
