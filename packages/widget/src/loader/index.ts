/**
 * The script-tag entry (bundled to `iop-chat.js`, a classic script): finds its own `<script>`,
 * draws the lightweight launcher and lazy-loads the full chat from `iop-chat-app.js` beside it.
 * Plain DOM only (no Lit, no core) so the host page pays almost nothing until the visitor reaches
 * for the chat. Whatever happens, nothing is thrown into the host page.
 */
import { findOwnScript } from './find-script.js';
import { startLoader } from './loader.js';
import { mark } from './marks.js';

mark('script-start');
try {
  startLoader(findOwnScript() ?? document.createElement('script'));
} catch (error) {
  console.warn('iop-chat: the chat could not start.', error);
}
