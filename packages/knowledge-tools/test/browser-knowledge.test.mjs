// The knowledge module iop-kb build writes for browsers (packages/knowledge/dist/knowledge.js)
// against the full knowledge.json beside it: it must hold exactly what the chat reads of it, and
// every example question of every entry must be classified the same way by both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { classify, loadKnowledge, packKnowledge, packAnswer, runtimeKnowledge, unpackAnswer, unpackKnowledge } from '@iop-chat/core';
import { knowledge as shipped } from '@iop-chat/knowledge';

const require = createRequire(import.meta.url);
const modulePath = require.resolve('@iop-chat/knowledge');
const full = JSON.parse(readFileSync(require.resolve('@iop-chat/knowledge/knowledge.json'), 'utf8'));
const plain = (value) => JSON.parse(JSON.stringify(value));

test('the browser module holds the runtime knowledge: entries, answers and the search index', () => {
  assert.deepEqual(plain(shipped), plain(runtimeKnowledge(full)));
  assert.deepEqual(plain(shipped.index), full.index);
  assert.equal(shipped.entries.length, 36);
});

test('packing the full knowledge and unpacking it gives the runtime knowledge', () => {
  assert.deepEqual(plain(unpackKnowledge(plain(packKnowledge(full)))), plain(runtimeKnowledge(full)));
  for (const entry of full.entries) assert.deepEqual(unpackAnswer(plain(packAnswer(entry.answer))), entry.answer, entry.id);
});

test('every example question is classified the same with the browser module as with knowledge.json', () => {
  const fromJson = loadKnowledge(full);
  const fromModule = loadKnowledge(shipped);
  const questions = full.entries.flatMap((e) => [...e.questions, ...e.keywords, e.title]);
  assert.ok(questions.length > 500, `${questions.length} questions`);
  for (const q of questions) {
    const a = classify(fromJson, q);
    const b = classify(fromModule, q);
    assert.deepEqual([b.reason, b.topics], [a.reason, a.topics], q);
  }
});

test('the module is the compact form, not the node tree or a serialised index', () => {
  const text = readFileSync(modulePath, 'utf8');
  assert.doesNotMatch(text, /"t":"text"/);
  assert.doesNotMatch(text, /"records"/);
  assert.doesNotMatch(text, /_program_/);
});
