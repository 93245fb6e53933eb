/**
 * Deep freezing for safety data: crisis packs and scripted replies must not be changed by
 * accident after they are read, so everything handed out is frozen all the way down.
 */

/** Freezes `value` and everything it holds; returns it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as object)) deepFreeze(child);
  }
  return value;
}
