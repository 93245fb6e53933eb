// @iop-chat/core public API.
export * from './text/normalize.js';
