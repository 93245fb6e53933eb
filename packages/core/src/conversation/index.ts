// The conversation: machine, events, transcript items, chips, persistence and the one-call setup.
export * from './transcript.js';
export * from './conversation-events.js';
export * from './conversation-context.js';
export * from './conversation-machine.js';
export * from './choices.js';
export * from './persistence.js';
export * from './extra-knowledge.js';
export * from './knowledge-file.js';
export * from './lazy-service.js';
export type { ServiceReadyEvent } from './service-loader.js';
export * from './create-conversation.js';
export * from './create-lazy-conversation.js';
