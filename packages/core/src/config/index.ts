// Configuration: the config types, validation with named-field issues, data attributes, business
// hours, UI strings and phone links. The value checks behind them (clean-text, css-color, safe-url,
// suggest) stay internal.
export * from './config-types.js';
export * from './config-validation.js';
export * from './business-hours.js';
export * from './strings.js';
export * from './phone.js';
