// The iop-kb command-line contract: build/check exit codes and messages, the classify JSON-lines
// shape, dump and eval output. Runs the real bin against the real compiled knowledge.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const bin = join(here, '../bin/iop-kb.js');
const repo = join(here, '../../..');
const run = (args, input) => spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', cwd: repo });

const SOURCES = 'seeking-help: "A document"\n';
function entry(id, { body, ...overrides } = {}) {
  const meta = {
    id,
    title: `About ${id}`,
    questions: ['one question here', 'second question', 'third way to ask', 'fourth', 'fifth phrasing', 'sixth phrasing'],
    keywords: ['alpha', 'beta', 'gamma'],
    related: [],
    sources: ['seeking-help'],
    center: [],
    ...overrides,
  };
  const yaml = Object.entries(meta)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join('\n');
  return `---\n${yaml}\n---\n${body ?? 'A short answer with **enough** words to pass the length check, ending with [a link](topic:' + id + ').'}\n`;
}
function knowledgeDir(files) {
  const dir = mkdtempSync(join(tmpdir(), 'iop-kb-'));
  mkdirSync(join(dir, 'en'));
  writeFileSync(join(dir, 'sources.yml'), SOURCES);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'en', name), text);
  return join(dir, 'en');
}

test('check passes on the repository knowledge', () => {
  const r = run(['check']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /36 entries/);
});

test('check names the file and the field of every problem, and exits 1', () => {
  const dir = knowledgeDir({
    'a.md': entry('a', { questions: ['only one'] }),
    'b.md': entry('b', { related: ['nope'], sources: ['made-up'] }),
    'c.md': entry('wrong-id'),
    'd.md': entry('d', { body: '<script>alert(1)</script>\n\n# Heading' }),
    'e.md': entry('e', { body: 'Bad [link](javascript:alert(1)) here with enough words in it to pass.' }),
    'f.md': 'no front matter at all',
    'g.md': entry('g', { body: 'Uses {{phoneNumber}} which does not exist, with enough words to pass.' }),
  });
  const r = run(['check', '--knowledge', dir]);
  assert.equal(r.status, 1);
  const err = r.stderr;
  assert.match(err, /a\.md: questions: needs at least 6/);
  assert.match(err, /b\.md: sources: "made-up" is not a known source/);
  assert.match(err, /b\.md: related: "nope" is not an entry id/);
  assert.match(err, /c\.md: id: "wrong-id" does not match the file name "c\.md"/);
  assert.match(err, /d\.md: answer: (html|heading) is not allowed/);
  assert.match(err, /e\.md: answer: link target "javascript:alert\(1\)" is not allowed/);
  assert.match(err, /f\.md: missing front matter/);
  assert.match(err, /g\.md: answer: unknown center field \{\{phoneNumber\}\}/);
});

test('check rejects binary and huge answers without crashing', () => {
  const dir = knowledgeDir({
    'bin.md': '\u0000\u0001\u0002binary',
    'long.md': entry('long', { body: 'word '.repeat(400) }),
  });
  const r = run(['check', '--knowledge', dir]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /bin\.md: looks like a binary file/);
  assert.match(r.stderr, /long\.md: answer: 400 words, at most 120/);
});

test('build with --extra adds and overrides entries, writing a loadable file', () => {
  const extra = knowledgeDir({ 'cost.md': entry('cost', { title: 'Our prices', body: 'We charge a flat fee per week, and most plans cover it. [Ask us](action:contact).' }) });
  const out = join(mkdtempSync(join(tmpdir(), 'iop-kb-out-')), 'center.json');
  const r = run(['build', '--extra', extra, '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  const kb = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(kb.entries.length, 36);
  assert.equal(kb.entries.find((e) => e.id === 'cost').title, 'Our prices');
  assert.ok(kb.index.records.length === 36);
  const c = run(['classify', '--kb', out], JSON.stringify({ q: 'what are your prices' }) + '\n');
  assert.equal(JSON.parse(c.stdout.trim()).topics[0], 'cost');
});

test('classify writes one JSON line per input line, in the documented shape', () => {
  const input = [
    { q: 'how long is the program' },
    { q: 'I want to kill myself' },
    { q: 'whats the weather tomorrow' },
  ]
    .map((l) => JSON.stringify(l))
    .concat(['not json', JSON.stringify({ q: '' })])
    .join('\n');
  const r = run(['classify'], input + '\n');
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 5);
  for (const l of lines) assert.deepEqual(Object.keys(l).filter((k) => k !== 'error').sort(), ['crisis', 'crisisKind', 'fallback', 'q', 'safety', 'topics']);
  assert.equal(lines[0].topics[0], 'program-length');
  assert.equal(lines[0].fallback, false);
  assert.equal(lines[0].crisis, false);
  assert.ok(lines[0].topics.length <= 5);
  assert.equal(lines[1].crisis, true);
  assert.equal(lines[1].crisisKind, 'suicide-self-harm');
  assert.equal(lines[2].fallback, true);
  assert.match(lines[3].error, /line 4/);
  assert.equal(lines[4].fallback, true);
});

test('dump prints the compiled entries as JSON', () => {
  const r = run(['dump']);
  assert.equal(r.status, 0);
  const d = JSON.parse(r.stdout);
  assert.equal(d.entries.length, 36);
  for (const key of ['id', 'title', 'questions', 'keywords', 'answer']) assert.ok(key in d.entries[0]);
});

test('eval prints the metrics and the misses', () => {
  const dir = mkdtempSync(join(tmpdir(), 'iop-kb-eval-'));
  const file = join(dir, 'set.jsonl');
  writeFileSync(
    file,
    [
      { q: 'does insurance cover this', expect: ['insurance'] },
      { q: 'I took a whole bottle of pills and feel sleepy', expect: ['crisis'] },
      { q: 'who won the game', expect: ['none'] },
      { q: 'what is iop', expect: ['cost'] },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n') + '\nbroken line\n',
  );
  const r = run(['eval', file]);
  assert.equal(r.status, 0, r.stderr);
  for (const label of ['top-1:', 'top-3:', 'crisis recall: 100.0%', 'crisis false positives: 0.0%', 'out-of-scope rejected: 100.0%', 'misses:']) assert.ok(r.stdout.includes(label), label);
  assert.match(r.stdout, /top-1: 50\.0% \(1\/2\)/);
  assert.match(r.stdout, /"what is iop" expected cost/);
  assert.match(r.stderr, /skipped/);
});

test('usage errors exit 2 with help', () => {
  const r = run(['frobnicate']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown command/);
  assert.equal(run(['eval']).status, 2);
  assert.equal(run(['eval', '/no/such/file.jsonl']).status, 2);
  assert.ok(existsSync(bin));
});
