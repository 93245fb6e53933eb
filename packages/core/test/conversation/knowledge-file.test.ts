import { expect } from '@open-wc/testing';
import { knowledge } from '@iop-chat/knowledge';
import { createConversation } from '../../src/conversation/create-conversation.js';
import { readKnowledgeFile } from '../../src/conversation/knowledge-file.js';
import type { KnowledgeEntry } from '../../src/knowledge/types.js';

/** What `iop-kb build` wrote for the default knowledge: the JSON a center's file is a copy of, plus their entries. */
async function compiledFile(): Promise<{ text: string; data: { format: number; entries: KnowledgeEntry[] } & Record<string, unknown> }> {
  const response = await fetch('/packages/knowledge/dist/knowledge.json');
  const text = await response.text();
  return { text, data: JSON.parse(text) as { format: number; entries: KnowledgeEntry[] } & Record<string, unknown> };
}

const PARKING = {
  id: 'parking-garage',
  title: 'Where to park',
  questions: ['do you validate parking in the garage', 'where do I park my car'],
  keywords: ['parking', 'garage', 'validate'],
  answer: 'Use the Fifth Street garage; we validate your ticket at the front desk.',
};

const refused = (text: string): string => {
  const result = readKnowledgeFile(text);
  if (result.ok) throw new Error('the file was accepted');
  return result.reason;
};

describe('readKnowledgeFile: a center knowledge file, read as untrusted', () => {
  it('accepts what iop-kb build writes, every entry', async () => {
    const { text, data } = await compiledFile();
    const result = readKnowledgeFile(text);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.entries.map((e) => e.id)).to.deep.equal(data.entries.map((e) => e.id));
    expect(result.entries.find((e) => e.id === 'cost')?.answer).to.deep.equal(data.entries.find((e) => e.id === 'cost')?.answer);
  });

  it('accepts a plain {"entries": [...]} with text answers, checked as extraKnowledge is', () => {
    const result = readKnowledgeFile(JSON.stringify({ entries: [PARKING] }));
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.entries[0]?.answer).to.deep.equal([{ t: 'p', c: [{ t: 'text', v: PARKING.answer }] }]);
  });

  it('adds and overrides entries in a conversation exactly as extraKnowledge does', async () => {
    const { data } = await compiledFile();
    const cost = data.entries.find((e) => e.id === 'cost')!;
    const file = { ...data, entries: [...data.entries, { ...cost, answer: [{ t: 'p', c: [{ t: 'text', v: 'Our sliding scale starts at $20 a session.' }] }] }, PARKING] };
    const result = readKnowledgeFile(JSON.stringify(file));
    if (!result.ok) throw new Error(result.reason);
    const answers = (extraKnowledge: readonly KnowledgeEntry[] | undefined): string[] => {
      const chat = createConversation({ knowledge, config: extraKnowledge ? { extraKnowledge } : {}, onIssue: () => undefined, restore: false });
      chat.actor.send({ type: 'visitor.message', text: 'do you validate parking in the garage?' });
      chat.actor.send({ type: 'visitor.message', text: 'how much does it cost?' });
      const ids = chat.actor.getSnapshot().context.transcript.flatMap((item) => (item.type === 'answer' ? [item.entryId] : []));
      const cost = JSON.stringify(chat.knowledge.entries.get('cost')?.answer);
      chat.dispose();
      return [...ids, cost];
    };
    const fromFile = answers(result.entries);
    expect(fromFile.slice(0, 2)).to.deep.equal(['parking-garage', 'cost']);
    expect(fromFile[2]).to.contain('$20 a session');
    // The same entries given in code, as a developer would.
    expect(fromFile).to.deep.equal(answers(file.entries as KnowledgeEntry[]));
    expect(answers(undefined)[0]).not.to.equal('parking-garage');
  });

  it('refuses what is not a knowledge file, with the reason', () => {
    expect(refused('<!doctype html><title>Not found</title>')).to.equal('it is not JSON');
    expect(refused('')).to.equal('it is not JSON');
    expect(refused('{"entries": [')).to.equal('it is not JSON');
    for (const text of ['[]', '"entries"', 'null', '{"entries": "all"}', '{"knowledge": []}']) expect(refused(text), text).to.match(/^it is not an iop-chat knowledge file/);
    expect(refused('{"entries": []}')).to.equal('it has no entries');
    expect(refused(JSON.stringify({ format: 2, entries: [PARKING] }))).to.equal('its format 2 is not 1');
    expect(refused(JSON.stringify({ format: { v: 1 }, entries: [PARKING] }))).to.equal('its format "{\\"v\\":1}" is not 1');
    const many = Array.from({ length: 201 }, (_, i) => ({ ...PARKING, id: `entry-${i}` }));
    expect(refused(JSON.stringify({ entries: many }))).to.equal('it has 201 entries, more than 200');
  });

  it('refuses the whole file when one entry fails the extraKnowledge check, naming it', () => {
    const reason = refused(JSON.stringify({ entries: [PARKING, { ...PARKING, id: 'no-questions', questions: [] }, { id: 'Bad Id' }, 7] }));
    expect(reason).to.equal('entries[1] ("no-questions"): questions must list at least one example phrasing, and 2 more entries');
  });

  const link = (href: string): unknown => [{ t: 'p', c: [{ t: 'link', href, c: [{ t: 'text', v: 'our intake form' }] }] }];
  const HOSTILE: ReadonlyArray<[string, unknown, RegExp]> = [
    ['a script in an answer', { entries: [{ ...PARKING, answer: 'Park here <script>window.__pwned=1</script>' }] }, /^it has markup \("<script>window\.__pwned=1<\/scri…"\)$/],
    ['an image with onerror in a question', { entries: [{ ...PARKING, questions: ['<img src=x onerror=alert(1)>'] }] }, /^it has markup/],
    ['a comment in a title', { entries: [{ ...PARKING, title: 'Parking <!-- x -->' }] }, /^it has markup/],
    ['a bidi override in a title', { entries: [{ ...PARKING, title: 'Call \u202e0010-555 (212)' }] }, /^it has bidi or invisible control characters$/],
    ['a zero-width space in an answer', { entries: [{ ...PARKING, answer: 'Park\u200bing is free' }] }, /^it has bidi or invisible control characters$/],
    ['a control character in a keyword', { entries: [{ ...PARKING, keywords: ['park\u0007'] }] }, /^it has bidi or invisible control characters$/],
    ['a javascript: link', { entries: [{ ...PARKING, answer: link('javascript:alert(1)') }] }, /^entries\[0\] \("parking-garage"\): answer must be text or compiled answer blocks$/],
    ['a data: link', { entries: [{ ...PARKING, answer: link('data:text/html,x') }] }, /^entries\[0\].*answer must be/],
    ['an unknown node type', { entries: [{ ...PARKING, answer: [{ t: 'html', v: 'x' }] }] }, /^entries\[0\].*answer must be/],
  ];
  for (const [name, file, reason] of HOSTILE) {
    it(`refuses a file with ${name}`, () => {
      expect(refused(JSON.stringify(file))).to.match(reason);
    });
  }

  it('refuses keys that reach a prototype, and pollutes nothing', () => {
    const entry = JSON.stringify(PARKING);
    for (const [text, key] of [
      [`{"entries": [${entry}], "__proto__": {"polluted": true}}`, '__proto__'],
      [`{"entries": [{"__proto__": {"polluted": true}, ${entry.slice(1)}]}`, '__proto__'],
      [`{"entries": [${entry}], "constructor": {"prototype": {"polluted": true}}}`, 'prototype'],
      [`{"entries": [${entry.slice(0, -1)}, "constructor": 1}]}`, 'constructor'],
    ] as const) {
      expect(refused(text), text).to.equal(`it has the key "${key}"`);
    }
    expect(({} as { polluted?: unknown }).polluted).to.equal(undefined);
    expect((Object.prototype as { polluted?: unknown }).polluted).to.equal(undefined);
  });

  it('keeps the tab and line breaks a plain-text answer may have', () => {
    const result = readKnowledgeFile(JSON.stringify({ entries: [{ ...PARKING, answer: 'First paragraph.\r\n\r\n\tSecond paragraph.' }] }));
    expect(result.ok).to.equal(true);
  });
});
