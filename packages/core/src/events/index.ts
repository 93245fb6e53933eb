// Events: the analytics event union, its sanitiser and a never-throwing emitter.
export * from './chat-events.js';
