// Lead delivery: the contact form's schema and validation, the outbox, senders and delivery.
export * from './lead-types.js';
export * from './lead-messages.js';
export * from './lead-validation.js';
export * from './lead-outcome.js';
export * from './lead-senders.js';
export * from './lead-outbox.js';
export * from './lead-delivery.js';
export * from './lead-delivery-actor.js';
export type { AbortSignalLike, FetchLike, FetchInitLike, FetchResponseLike } from './lead-platform.js';
export * from './lead-delivery-actor-for.js';
export * from './contact-service.js';
