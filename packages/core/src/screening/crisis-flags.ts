/**
 * Answer flags that hand the conversation to the crisis flow: `crisis:<kind>`, one per crisis kind
 * the safety module knows (e.g. `crisis:suicide-self-harm`, `crisis:medical-emergency`).
 */
import { CRISIS_KINDS, type CrisisKind } from '../safety/crisis-kinds.js';

export const CRISIS_FLAG_PREFIX = 'crisis:';

/** The crisis kind a flag names, or undefined if it is not a (known) crisis flag. */
export function crisisKindOf(flag: string): CrisisKind | undefined {
  if (!flag.startsWith(CRISIS_FLAG_PREFIX)) return undefined;
  const kind = flag.slice(CRISIS_FLAG_PREFIX.length);
  return CRISIS_KINDS.find((k) => k === kind);
}
