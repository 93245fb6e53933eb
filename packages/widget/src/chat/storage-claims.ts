/**
 * Which chat on the page saves under which storage key. Two chats saving under one key would
 * overwrite each other's conversation on every message (and each would restore the other's after a
 * reload), so the second chat to claim a key that a connected chat still holds is told no: it then
 * runs without saving, and the page's developer gets a warning that names the fix.
 */
const holders = new Map<string, WeakRef<Element>>();

/** True when `element` may save under `key`: nobody holds it, or its holder has left the page. */
export function claimStorageKey(key: string, element: Element): boolean {
  const holder = holders.get(key)?.deref();
  if (holder && holder !== element && holder.isConnected) return false;
  holders.set(key, new WeakRef(element));
  return true;
}
