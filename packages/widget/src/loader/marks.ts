/**
 * Performance marks the loader leaves for benchmarks and for integrators' own monitoring:
 * `iop-chat:script-start`, `iop-chat:launcher-drawn`, `iop-chat:intent` (the visitor asked for the
 * chat) and `iop-chat:ready` (it is open and can be typed in). A browser without the User Timing API simply gets none.
 */
export type MarkName = 'script-start' | 'launcher-drawn' | 'intent' | 'ready';

export function mark(name: MarkName): void {
  try {
    performance.mark(`iop-chat:${name}`);
  } catch {
    // No User Timing: nothing to record.
  }
}
