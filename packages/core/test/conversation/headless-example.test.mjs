// examples/headless/conversation.mjs drives a whole conversation from Node (question, self-check,
// contact to a local lead receiver, crisis). Run it as a newcomer would and check what it shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../../../../examples/headless/conversation.mjs', import.meta.url));

test('the headless example completes a full conversation', () => {
  const r = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 30_000 });
  assert.equal(r.status, 0, r.stderr);
  const out = r.stdout;
  assert.match(out, /automated assistant for Cedar Grove Recovery, not a clinician/);
  assert.match(out, /\(program-length\)/);
  assert.match(out, /works with: Aetna, Blue Cross Blue Shield, Medicaid/);
  assert.match(out, /may be a good fit/);
  assert.match(out, /contact request: sent/);
  assert.match(out, /\[CRISIS: suicide-self-harm\]/);
  assert.match(out, /Call 988 <tel:988>/);
  assert.match(out, /leads received by the local endpoint: 1/);
  assert.doesNotMatch(out.slice(out.indexOf('analytics events')), /J\. R\.|555-010-0142|saving up/);
});
