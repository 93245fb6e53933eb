// Importing the widget in Node (server-side rendering, build tools) must not touch window,
// document or customElements: every module loads, and the define module does nothing there.
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

function modules(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'loader' ? [] : modules(path);
    return name.endsWith('.js') ? [path] : [];
  });
}

test('every widget module imports in Node without a DOM', async () => {
  assert.equal(typeof globalThis.window, 'undefined');
  assert.equal(typeof globalThis.customElements, 'undefined');
  // Rollup's bundles are not package modules: the app chunk defines <iop-chat>, and the chunks it
  // imports on first use (iop-chat-<name>-<hash>.js) import it.
  const files = modules(dist).filter((f) => !f.endsWith('app.js') && !/[\\/]iop-chat-[^\\/]+-[\w-]{8}\.js$/.test(f));
  assert.ok(files.length > 20);
  for (const file of files) await import(file);
  const widget = await import(join(dist, 'index.js'));
  assert.equal(typeof widget.IopChat, 'function');
  assert.equal(typeof widget.IopChatEventEvent, 'function');
  assert.equal(typeof globalThis.window, 'undefined');
});
