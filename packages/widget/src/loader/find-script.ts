/**
 * Finds the `<script>` element that loaded iop-chat, whose data attributes are the configuration
 * and whose URL locates the lazy chunk. `document.currentScript` is that element while a classic
 * script runs; when it is not available (the script ran from a shadow tree, or a tag manager
 * re-ran it), the last `script[src*="iop-chat"]` not handled yet is used. Handled scripts are
 * marked on the element itself, so a second copy of the loader on the page sees the mark too.
 */
type MarkedScript = HTMLScriptElement & { iopChatLoader?: boolean };

/** Marks `script` as handled; false when it already was. */
export function claimScript(script: HTMLScriptElement): boolean {
  const marked = script as MarkedScript;
  return !marked.iopChatLoader && (marked.iopChatLoader = true);
}

export function findOwnScript(doc: Document = document): HTMLScriptElement | undefined {
  const current = doc.currentScript as MarkedScript | null;
  if (current?.src && !current.iopChatLoader) return current;
  return Array.from(doc.querySelectorAll<MarkedScript>('script[src*="iop-chat"]'))
    .reverse()
    .find((s) => !s.iopChatLoader && !s.src.includes('iop-chat-app'));
}

/** True when the page already has a floating chat (another copy of the script, or `<iop-chat>`). */
export const hasLauncher = (): boolean => !!document.querySelector('body>iop-chat-loader,iop-chat:not([mode=inline])');
