import { expect } from '@open-wc/testing';
import { knowledge as compiled } from '@iop-chat/knowledge';
import { loadKnowledge } from '../../src/knowledge/knowledge-base.js';
import type { KnowledgeEntry } from '../../src/knowledge/types.js';

describe('knowledge text is cleaned where it is loaded', () => {
  it('removes bidi overrides and invisible characters from titles and answers, from any source', () => {
    const base = compiled.entries.find((e) => e.id === 'contact') as KnowledgeEntry;
    const hostile: KnowledgeEntry = {
      ...base,
      title: 'Call\u202e us\u200b',
      answer: [
        { t: 'p', c: [{ t: 'text', v: 'Call \u202e0010-555 (212)\u202c now' }, { t: 'strong', c: [{ t: 'text', v: 'to\u2066day\u2069' }] }] },
        { t: 'ul', items: [[{ t: 'text', v: 'one\ufeff' }]] },
      ],
    };
    const kb = loadKnowledge(compiled, [hostile]);
    const entry = kb.entries.get('contact');
    expect(entry?.title).to.equal('Call us');
    expect(JSON.stringify(entry?.answer)).not.to.match(/[\u202a-\u202e\u2066-\u2069\u200b\ufeff]/);
    expect(JSON.stringify(entry?.answer)).to.contain('Call 0010-555 (212) now');
    expect(JSON.stringify(entry?.answer)).to.contain('today');
  });

  it('removes them from knowledge given whole too (a compiled file, or the knowledge property)', () => {
    const hostile: KnowledgeEntry = {
      ...(compiled.entries.find((e) => e.id === 'cost') as KnowledgeEntry),
      title: 'What it\u202e costs\ufeff',
      answer: [{ t: 'p', c: [{ t: 'text', v: 'About \u2067$100\u2069 a\u200b week' }] }],
    };
    const kb = loadKnowledge({ ...compiled, entries: compiled.entries.map((e) => (e.id === 'cost' ? hostile : e)) });
    const entry = kb.entries.get('cost');
    expect(entry?.title).to.equal('What it costs');
    expect(JSON.stringify(entry?.answer)).not.to.match(/[\u202a-\u202e\u2066-\u2069\u200b\ufeff]/);
    expect(JSON.stringify(entry?.answer)).to.contain('About $100 a week');
  });

  it('leaves a malformed answer for rendering to contain, without throwing', () => {
    const base = compiled.entries.find((e) => e.id === 'cost') as KnowledgeEntry;
    const malformed = { ...base, answer: [{ t: 'p', c: 42 }, null, 'x'] } as unknown as KnowledgeEntry;
    expect(() => loadKnowledge(compiled, [malformed])).not.to.throw();
  });
});
