// Registers <iop-chat>. The one module with a side effect (listed in package.json `sideEffects`):
// it defines the element only where custom elements exist and only if nothing defined it yet.
import { IopChat } from '../chat/chat.component.js';

export { IopChat };

if (typeof customElements !== 'undefined' && !customElements.get('iop-chat')) {
  customElements.define('iop-chat', IopChat);
}
