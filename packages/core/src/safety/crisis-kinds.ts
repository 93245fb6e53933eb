/**
 * The kinds of crisis the safety module recognises, and how urgent each one is.
 *
 * A kind decides which scripted reply and which resources a visitor sees. The order of
 * `CRISIS_KINDS` is also the tie-break order when several kinds fire in one message: the
 * physical emergencies that need the emergency number first come before the rest.
 */

export const CRISIS_KINDS = [
  'suicide-self-harm',
  'overdose-poisoning',
  'medical-emergency',
  'violence-abuse',
  'harm-to-others',
] as const;

export type CrisisKind = (typeof CRISIS_KINDS)[number];

/** Most urgent first: overdose and medical emergencies, then harm to others, abuse, suicide. */
export const KIND_URGENCY: readonly CrisisKind[] = [
  'overdose-poisoning',
  'medical-emergency',
  'harm-to-others',
  'violence-abuse',
  'suicide-self-harm',
];

/** True when `value` names a crisis kind. */
export function isCrisisKind(value: unknown): value is CrisisKind {
  return typeof value === 'string' && (CRISIS_KINDS as readonly string[]).includes(value);
}
