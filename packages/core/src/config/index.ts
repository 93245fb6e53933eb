// Configuration: the config types, validation with named-field issues, data attributes (and their
// documentation, which nothing shipped to browsers imports), business
// hours, UI strings and phone links, and the text cleaner renderers share for their own strings.
// The other value checks behind them (css-color, safe-url, suggest) stay internal.
export * from './config-types.js';
export * from './config-validation.js';
export * from './attribute-docs.js';
export * from './delivery-attributes.js';
export * from './business-hours.js';
export * from './strings.js';
export * from './phone.js';
export { cleanText, hasInvisible, type CleanedText } from './clean-text.js';
