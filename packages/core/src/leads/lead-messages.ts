/**
 * Visitor-facing words for the contact form and delivery status, kept as data so they can be
 * reviewed (and later translated) in one place. Plain text only: the widget renders them as text.
 */
export const LEAD_MESSAGES = {
  nameRequired: 'Please enter your name or initials.',
  nameTooLong: 'Please keep your name to 80 characters or fewer.',
  contactRequired: 'Please enter a phone number or an email so we can reach you.',
  phoneInvalid: 'Please enter the phone number using digits only.',
  phoneTooShort: 'That phone number looks too short.',
  phoneTooLong: 'That phone number looks too long.',
  phoneNeededToCall: 'Please enter a phone number so we can call you.',
  phoneNeededToText: 'Please enter a phone number so we can text you.',
  emailInvalid: 'That email address does not look quite right. Please check it.',
  emailNeeded: 'Please enter an email address so we can email you.',
  methodRequired: 'Please choose how you would like us to contact you.',
  bestTimeInvalid: 'Please choose a time from the list.',
  noteTooLong: 'Please keep your note to 1000 characters or fewer.',
  consentContactRequired: 'Please confirm that we may contact you.',
  consentSmsRequired: 'Please agree to receive text messages, or choose another way to reach you.',
  unreadable: 'Something went wrong reading the form. Please try again.',
  deliveryFailed: 'We could not send your details just now.',
  deliveryFailedHint: 'Please try again, or call us. We are glad to help.',
  deliveryRejected: 'We could not accept these details. Please check them, or call us.',
} as const;
