// @iop-chat/core public API. Only re-exports: each concept lives in its own module.
export * from './text/normalize.js';
export * from './text/stop-words.js';
export * from './text/edit-distance.js';
export * from './knowledge/types.js';
export * from './knowledge/search-keys.js';
export * from './knowledge/knowledge-base.js';
export * from './knowledge/exact-token-search.js';
export * from './knowledge/center-fields.js';
export * from './classify/classifier.js';
export * from './classify/query-terms.js';
export * from './safety/index.js';
export * from './screening/index.js';
export * from './leads/index.js';
export * from './config/index.js';
export * from './storage/index.js';
export * from './events/index.js';
export * from './conversation/index.js';
