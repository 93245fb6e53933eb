/**
 * "Talk to someone" (the contact card and its callback form) and the status of requests sent,
 * loaded the first time the conversation shows one (see chat/features.ts), together with core's
 * contact service when the center takes requests.
 */
export { renderContactCard } from './contact-card.js';
export { renderLeadStatus } from './lead-status.js';
export { contactStyles as styles } from './contact.styles.js';
