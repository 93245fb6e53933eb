// SECURITY.md lists what each shipped bundle contains, from the build's source maps (run after
// `npm run build`): this fails when a dependency, its version or its licence changes without the
// list being regenerated (`node packages/widget/scripts/bundle-inventory.mjs --write`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { inventory, inventoryMarkdown, roleOf, withInventory } from '../scripts/bundle-inventory.mjs';

const SECURITY = new URL('../../../SECURITY.md', import.meta.url);

test('SECURITY.md lists the packages in every shipped bundle, as the build made them', () => {
  const text = readFileSync(SECURITY, 'utf8');
  const table = inventoryMarkdown();
  assert.equal(withInventory(text, table), text, 'run "node packages/widget/scripts/bundle-inventory.mjs --write"');
});

test('the inventory names the loader, the app chunk and its lazy chunks, with third-party licences', () => {
  const rows = inventory();
  const bundles = rows.map((r) => r.bundle);
  assert.ok(bundles.includes('iop-chat.js'));
  assert.ok(bundles.includes('iop-chat-app.js'));
  const app = rows.find((r) => r.bundle === 'iop-chat-app.js');
  const names = app.packages.map((p) => p.name);
  for (const name of ['lit-html', 'xstate', 'fuse.js', '@iop-chat/core']) assert.ok(names.includes(name), name);
  for (const p of app.packages) {
    assert.match(p.version, /^\d+\.\d+\.\d+/, p.name);
    assert.notEqual(p.license, '', p.name);
    assert.notEqual(p.name, '(unknown)');
  }
  // The loader is our code alone: nothing third-party runs before the visitor opens the chat.
  assert.deepEqual(rows.find((r) => r.bundle === 'iop-chat.js').packages.map((p) => p.name), ['@iop-chat/widget']);
});

test('chunks are named by their role, not their content hash', () => {
  assert.equal(roleOf('iop-chat-contact-parts-sdvvIXf0.js'), 'iop-chat-contact-parts.js');
  assert.equal(roleOf('iop-chat-app.js'), 'iop-chat-app.js');
  assert.equal(roleOf('iop-chat.js'), 'iop-chat.js');
  assert.throws(() => withInventory('no markers here', ''), /markers/);
});
