/**
 * What each data attribute is for, with an example value: documentation for the README's table
 * (packages/core/test/docs/readme.test.mjs checks every row against this) and for tools. Nothing a
 * visitor's browser loads imports it, so the words are not shipped; configuration warnings name the
 * attribute itself (config-attributes.ts). One entry per attribute of KNOWN_ATTRIBUTES.
 */
export interface AttributeDoc {
  readonly description: string;
  readonly example: string;
}

export const ATTRIBUTE_DOCS: Readonly<Record<`data-${string}`, AttributeDoc>> = {
  'data-center-name': { description: "The center's name as visitors know it.", example: 'Riverside Recovery' },
  'data-phone': { description: 'Main phone number, shown with a tap-to-call link.', example: '(512) 555-0100' },
  'data-sms': { description: 'A number that accepts text messages.', example: '+1 512 555 0101' },
  'data-email': { description: 'Contact email address.', example: 'intake@example.org' },
  'data-address': { description: 'Street address, one line.', example: '100 Main St, Austin, TX 78701' },
  'data-website': { description: 'Website or contact page (https URL or a path such as /contact).', example: 'https://example.org/contact' },
  'data-hours': { description: 'Opening hours: days then times, clauses separated by ";" ("24/7", "closed Sun" also work).', example: 'Mon-Fri 8am-8pm; Sat 9am-1pm' },
  'data-time-zone': { description: 'IANA time zone of the opening hours.', example: 'America/Chicago' },
  'data-insurance': { description: 'Accepted insurance plans, comma-separated.', example: 'Aetna, Cigna, Medicaid' },
  'data-medication': { description: 'One or two sentences about medication support.', example: 'We offer medication for opioid and alcohol use disorder.' },
  'data-telehealth': { description: 'One or two sentences about telehealth.', example: 'Virtual IOP is available across Texas.' },
  'data-cost': { description: 'One or two sentences about cost and payment.', example: 'Sliding-scale fees are available.' },
  'data-parking': { description: 'One or two sentences about parking or getting there.', example: 'Free parking behind the building.' },
  'data-lead-endpoint': { description: 'Where contact requests are POSTed (https URL or same-origin path).', example: '/api/leads' },
  'data-lead-timeout': { description: 'Milliseconds to wait for the lead endpoint (1000-120000, default 10000).', example: '10000' },
  'data-locale': { description: 'UI language and date/time format (default en).', example: 'en' },
  'data-crisis-country': { description: 'Crisis lines to show: US (default), UK, CA or AU. They cannot be turned off.', example: 'US' },
  'data-persistence': { description: 'Keep the conversation across page loads: none, session (default, this tab) or local; for at most `data-retention-hours` after the last page that showed it.', example: 'session' },
  'data-retention-hours': { description: 'Hours a saved conversation is kept after the last page that showed it, and a contact request not yet delivered after it was sent (1-168, default 24).', example: '24' },
  'data-knowledge': { description: 'Your own knowledge entries: a file built by `iop-kb build --extra` (https URL or same-origin path). Its entries are added, or replace the default entry with the same id.', example: '/iop-chat/center.json' },
  'data-quick-exit': { description: 'Quick-exit button: on (default) or off.', example: 'off' },
  'data-quick-exit-url': { description: 'Neutral page quick exit goes to (absolute https URL).', example: 'https://www.google.com/search?q=weather' },
  'data-position': { description: 'Launcher corner: right (default) or left.', example: 'right' },
  'data-z-index': { description: 'Stacking order of the launcher and panel.', example: '2147483000' },
  'data-mode': { description: 'launcher (default: floating button) or inline (renders in place).', example: 'launcher' },
  'data-primary-color': { description: 'Brand colour: hex, rgb(), hsl() or a colour name.', example: '#1a5f7a' },
  'data-accent-color': { description: 'Accent colour for chips and links.', example: '#f2a541' },
  'data-title': { description: 'Panel title.', example: 'Questions about IOP' },
  'data-launcher-label': { description: 'Launcher button text.', example: 'Chat with us' },
};
