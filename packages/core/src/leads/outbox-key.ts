/** Where the outbox is kept unless told otherwise (the `iop-chat:` prefix lets "end chat" find it). */
export const OUTBOX_KEY = 'iop-chat:leads';
