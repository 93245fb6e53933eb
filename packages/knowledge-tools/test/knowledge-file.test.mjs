// The contract between `iop-kb build --extra` and the script tag's `data-knowledge`: what the real
// command writes for a center (README's command, with the example center's entries) is a file the
// chat accepts whole, its entries added or replacing defaults; and the chat refuses that same file
// once it is changed in a way the build would have refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readKnowledgeFile } from '@iop-chat/core';
import { knowledge } from '@iop-chat/knowledge';

const here = dirname(fileURLToPath(import.meta.url));
const bin = join(here, '../bin/iop-kb.js');
const repo = join(here, '../../..');

function buildCenterFile() {
  const out = join(mkdtempSync(join(tmpdir(), 'iop-kb-center-')), 'center.json');
  const result = spawnSync(process.execPath, [bin, 'build', '--extra', 'examples/center-knowledge', '--out', out], { encoding: 'utf8', cwd: repo });
  assert.equal(result.status, 0, result.stderr);
  return readFileSync(out, 'utf8');
}

test('iop-kb build --extra writes a file data-knowledge accepts: every default entry, the new one, the replaced one', () => {
  const text = buildCenterFile();
  const result = readKnowledgeFile(text);
  assert.equal(result.ok, true, result.reason);
  const ids = result.entries.map((e) => e.id);
  for (const { id } of knowledge.entries) assert.ok(ids.includes(id), id);
  assert.ok(ids.includes('parking-garage'));
  const cost = JSON.stringify(result.entries.find((e) => e.id === 'cost').answer);
  assert.match(cost, /sliding scale starts at \$20 a session/);
  assert.ok(Buffer.byteLength(text) < 512 * 1024, 'well under the 512 KB the chat reads');
});

test('the same file, changed after the build, is refused whole', () => {
  const file = JSON.parse(buildCenterFile());
  const parking = file.entries.find((e) => e.id === 'parking-garage');
  parking.answer[0].c.push({ t: 'link', href: 'javascript:alert(1)', c: [{ t: 'text', v: 'here' }] });
  const result = readKnowledgeFile(JSON.stringify(file));
  assert.equal(result.ok, false);
  assert.match(result.reason, /^entries\[\d+\] \("parking-garage"\): answer must be text or compiled answer blocks$/);
});
