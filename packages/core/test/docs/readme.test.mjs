// The README is where centers and developers learn the options: keep it true. Every data
// attribute the loader accepts and every analytics event type must be documented there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ATTRIBUTE_DOCS, CHAT_EVENT_TYPES, KNOWN_ATTRIBUTES, resolveCrisisPack, createConversationMachine, createLazyConversation, lazyServices, loadedServices } from '../../dist/index.js';

const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');

test('every data attribute is documented in the README table, as ATTRIBUTE_DOCS words it', () => {
  const rows = KNOWN_ATTRIBUTES.map((a) => {
    const doc = ATTRIBUTE_DOCS[a.attribute];
    return `| \`${a.attribute}\` | ${doc?.description} | \`${doc?.example}\` |`;
  });
  // A row that differs is printed as it should read, ready to paste.
  assert.deepEqual(rows.filter((row) => !readme.includes(`${row}\n`)), []);
});

test('every analytics event type is documented', () => {
  const missing = CHAT_EVENT_TYPES.filter((t) => !readme.includes(`\`${t}`));
  assert.deepEqual(missing, []);
});

test('APIs the README names exist', () => {
  assert.equal(typeof resolveCrisisPack, 'function');
  assert.equal(typeof createConversationMachine, 'function');
  for (const api of [createLazyConversation, lazyServices, loadedServices]) assert.equal(typeof api, 'function');
  for (const command of ['iop-kb check', 'iop-kb build', 'iop-kb classify', 'iop-kb dump', 'iop-kb eval']) assert.ok(readme.includes(command), command);
});
