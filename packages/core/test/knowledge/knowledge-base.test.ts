import { expect } from '@open-wc/testing';
import { knowledge as compiled } from '@iop-chat/knowledge';
import { classify } from '../../src/classify/classifier.js';
import { loadKnowledge } from '../../src/knowledge/knowledge-base.js';
import type { KnowledgeEntry } from '../../src/knowledge/types.js';

const QUESTIONS = ['where do i park', 'how much does it cost', 'how long is the program', 'do you take my insurance', 'can i keep my job'];

function parking(id: string): KnowledgeEntry {
  return {
    id,
    title: 'Where to park',
    kind: 'answer',
    questions: ['where do I park', 'is there a garage'],
    keywords: ['parking', 'garage'],
    related: [],
    sources: [],
    center: [],
    answer: [{ t: 'p', c: [{ t: 'text', v: 'Use the garage on 5th Street.' }] }],
  };
}

/** Ranked ids and scores for the sample questions. */
function rankings(kb: ReturnType<typeof loadKnowledge>): string[] {
  return QUESTIONS.map((q) => classify(kb, q).topics.map((t) => `${t.id}:${t.score.toFixed(6)}`).join(' '));
}

describe('loadKnowledge', () => {
  for (const id of ['parking-garage', 'cost']) {
    it(`loads the same compiled knowledge again with an extra entry (${id}) and ranks the same`, () => {
      const index = JSON.stringify(compiled.index);
      const first = loadKnowledge(compiled, [parking(id)]);
      const expected = rankings(first);
      const second = loadKnowledge(compiled, [parking(id)]);
      expect(JSON.stringify(compiled.index) === index, 'the compiled index is left as it was').to.equal(true);
      expect(rankings(second)).to.deep.equal(expected);
      expect(rankings(first), 'an earlier load is not changed by a later one').to.deep.equal(expected);
      expect(rankings(loadKnowledge(compiled))).to.deep.equal(rankings(loadKnowledge(compiled)));
      const found = classify(second, 'where do i park').topics.map((t) => t.id);
      expect(found.filter((t) => t === id), found.join(' ')).to.have.length(1);
    });
  }

  it('an override replaces the entry it names, in the entries and in the search', () => {
    const kb = loadKnowledge(compiled, [parking('cost')]);
    expect(kb.entries.get('cost')?.title).to.equal('Where to park');
    expect(classify(kb, 'how long is the program').topics[0]?.id).to.equal('program-length');
    expect(kb.fuse.getIndex().records.length).to.equal(compiled.entries.length);
  });
});
