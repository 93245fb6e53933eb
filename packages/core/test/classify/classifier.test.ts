import { expect } from '@open-wc/testing';
import { knowledge as compiled } from '@iop-chat/knowledge';
import { classify } from '../../src/classify/classifier.js';
import { loadKnowledge } from '../../src/knowledge/knowledge-base.js';
import { SEARCH_OPTIONS, stem } from '../../src/knowledge/search-keys.js';
import { queryTerms } from '../../src/classify/query-terms.js';
import Fuse from 'fuse.js';
import BasicFuse from 'fuse.js/basic';
import { countTokens, ExactTokenSearch } from '../../src/knowledge/exact-token-search.js';
import type { KnowledgeEntry } from '../../src/knowledge/types.js';
import { vocabularyForm } from '../../src/classify/query-terms.js';
import { withinOneEdit } from '../../src/text/edit-distance.js';
import { CRISIS_QUESTIONS, FIGURATIVE_TOPIC_QUESTIONS, OUT_OF_SCOPE_QUESTIONS, TOPIC_QUESTIONS } from './regression-questions.js';

const kb = loadKnowledge(compiled);

/** Share of lines for which `hit` holds, with the misses listed for a readable failure. */
function measure<T>(lines: readonly T[], hit: (line: T) => boolean, show: (line: T) => string) {
  const misses = lines.filter((l) => !hit(l)).map(show);
  return { rate: (lines.length - misses.length) / lines.length, misses };
}

describe('classify: our own regression questions (written independently of the knowledge)', () => {
  it('puts the right entry first for at least 85% and in the top 3 for 95%', () => {
    const top1 = measure(
      TOPIC_QUESTIONS,
      ({ q, expect: ids }) => {
        const r = classify(kb, q);
        return !r.fallback && ids.includes(r.topics[0]?.id ?? '');
      },
      ({ q, expect: ids }) => `${q} -> ${classify(kb, q).topics.slice(0, 3).map((t) => t.id).join(',')} (want ${ids.join('|')})`,
    );
    const top3 = measure(
      TOPIC_QUESTIONS,
      ({ q, expect: ids }) => {
        const r = classify(kb, q);
        return (r.reason === 'confident' || r.reason === 'ambiguous') && r.topics.slice(0, 3).some((t) => ids.includes(t.id));
      },
      ({ q }) => q,
    );
    expect(top1.rate, `top-1 ${top1.rate.toFixed(3)}; misses:\n${top1.misses.join('\n')}`).to.be.at.least(0.85);
    expect(top3.rate, `top-3 ${top3.rate.toFixed(3)}; misses:\n${top3.misses.join('\n')}`).to.be.at.least(0.95);
  });

  it('flags every crisis message, whatever the topic ranking says', () => {
    const missed = CRISIS_QUESTIONS.filter((q) => !classify(kb, q).crisis);
    expect(missed, missed.join('\n')).to.deep.equal([]);
  });

  it('answers figurative and past-tense messages without a crisis takeover', () => {
    const r = measure(
      FIGURATIVE_TOPIC_QUESTIONS,
      ({ q }) => !classify(kb, q).crisis,
      ({ q }) => q,
    );
    expect(r.misses, r.misses.join('\n')).to.deep.equal([]);
  });

  it('offers the privacy answer to relatives who ask to be kept informed, without grabbing unrelated progress questions', () => {
    const relatives = [
      'can I find out how my son is doing in treatment',
      'my wife is in your program, will you keep me informed',
      'can the counselors tell me if my son is attending',
      'will they call me if he stops showing up',
    ];
    // Answered, or offered among the "did you mean" choices.
    const missed = relatives.filter((q) => {
      const r = classify(kb, q);
      return (r.fallback && !r.ambiguous) || !r.topics.slice(0, 3).some((t) => t.id === 'confidentiality');
    });
    expect(missed, missed.join('\n')).to.deep.equal([]);
    expect(classify(kb, 'how is progress measured in the program').topics[0]?.id).to.not.equal('confidentiality');
  });

  it('falls back on at least 90% of out-of-scope messages instead of guessing', () => {
    const r = measure(
      OUT_OF_SCOPE_QUESTIONS,
      (q) => {
        const c = classify(kb, q);
        return c.fallback && c.reason !== 'ambiguous' && !c.crisis;
      },
      (q) => `${q} -> ${classify(kb, q).reason} ${classify(kb, q).topics[0]?.id ?? ''}`,
    );
    expect(r.rate, r.misses.join('\n')).to.be.at.least(0.9);
  });
});

describe('classify: ranking and the confidence gate', () => {
  const top = (q: string) => classify(kb, q).topics[0]?.id;

  it('ranks the obvious entry first', () => {
    expect(top('does my insurance cover it')).to.equal('insurance');
    expect(top('how many weeks is the program')).to.equal('program-length');
    expect(top('can I keep my job')).to.equal('work-school');
    expect(top('do you offer detox')).to.equal('detox');
  });

  it('corrects typos and inflections onto the knowledge vocabulary', () => {
    expect(top('do you take insurence')).to.equal('insurance');
    expect(withinOneEdit('councelling', 'counselling')).to.equal(true);
    expect(withinOneEdit('cost', 'coast')).to.equal(true);
    expect(withinOneEdit('cost', 'toast')).to.equal(false);
    const vocabulary = new Map([['cost', 1], ['meeting', 1], ['insurance', 2], ['plan', 1], ['therapy', 1]]);
    expect(vocabularyForm(vocabulary, stem('costs'))).to.equal('cost');
    expect(vocabularyForm(vocabulary, stem('meetings'))).to.equal('meeting');
    expect(vocabularyForm(vocabulary, stem('therapies'))).to.equal('therapy');
    expect(vocabularyForm(vocabulary, 'insurence')).to.equal('insurance');
    expect(vocabularyForm(vocabulary, stem('plays')), 'a real short word is not "corrected"').to.equal(undefined);
    expect(vocabularyForm(vocabulary, 'weather')).to.equal(undefined);
  });

  it('matches whole words only: "son" is not found inside "person"', () => {
    const entry = (id: string, keywords: string[]): KnowledgeEntry => ({
      id, title: id, kind: 'answer', questions: [`about ${id}`], keywords, related: [], sources: [], center: [],
      answer: [{ t: 'p', c: [{ t: 'text', v: id }] }],
    });
    const tiny = loadKnowledge({ format: 1, locale: 'en', entries: [entry('people', ['person', 'reason']), entry('family', ['son', 'daughter'])] });
    const r = classify(tiny, 'my son');
    expect(r.topics.map((t) => t.id)).to.deep.equal(['family']);
  });

  it("ranks exactly as fuse's own token search would, only faster", () => {
    // The same index searched by fuse's built-in token search (bitap, threshold 0).
    const builtIn = new Fuse(
      [...kb.entries.keys()].map((id) => ({ id, title: '', questions: '', keywords: '' })),
      { ...SEARCH_OPTIONS, useTokenSearch: true, tokenize: (t: string) => (t ? t.split(' ') : []) },
      Fuse.parseIndex(compiled.index as Parameters<typeof Fuse.parseIndex>[0]),
    );
    const differ = TOPIC_QUESTIONS.filter(({ q }) => {
      const { terms } = queryTerms(kb.vocabulary, q);
      if (terms.length === 0) return false;
      const ours = kb.fuse.search(terms.join(' '), { limit: 3 }).map((r) => r.item.id);
      const theirs = builtIn.search(terms.join(' '), { limit: 3 }).map((r) => r.item.id);
      return JSON.stringify(ours) !== JSON.stringify(theirs);
    }).map(({ q }) => q);
    expect(differ, differ.join('\n')).to.deep.equal([]);
  });

  it("searches with fuse's basic build, and ranks and scores exactly as with its full build", () => {
    expect(kb.fuse, 'core uses the basic build (no extended search, no logical queries)').to.be.instanceOf(BasicFuse);
    expect(BasicFuse).not.to.equal(Fuse);
    // The full build with the same searcher plugged in (its own registry: this touches no other test).
    Fuse.use(ExactTokenSearch);
    const full = new Fuse(
      [...kb.entries.keys()].map((id) => ({ id, title: '', questions: '', keywords: '' })),
      { ...SEARCH_OPTIONS, exactTokens: countTokens(kb.fuse.getIndex().records) } as typeof SEARCH_OPTIONS,
      Fuse.parseIndex(compiled.index as Parameters<typeof Fuse.parseIndex>[0]),
    );
    const messages = [...TOPIC_QUESTIONS.map(({ q }) => q), ...OUT_OF_SCOPE_QUESTIONS, ...FIGURATIVE_TOPIC_QUESTIONS.map(({ q }) => q)];
    let compared = 0;
    for (const q of messages) {
      const { terms } = queryTerms(kb.vocabulary, q);
      if (terms.length === 0) continue;
      compared++;
      const ours = kb.fuse.search(terms.join(' '), { limit: 5 }).map((r) => [r.item.id, r.score]);
      const theirs = full.search(terms.join(' '), { limit: 5 }).map((r) => [r.item.id, r.score]);
      expect(ours, q).to.deep.equal(theirs);
    }
    expect(compared).to.be.greaterThan(100);
  });

  it('returns at most `limit` ranked ids with scores between 0 and 1', () => {
    const r = classify(kb, 'group therapy sessions and family therapy', { limit: 3 });
    expect(r.topics.length).to.be.at.most(3);
    for (const t of r.topics) expect(t.score).to.be.within(0, 1);
  });

  it('says why it falls back', () => {
    expect(classify(kb, 'hello there').reason).to.equal('small-talk');
    expect(classify(kb, 'how do i reverse a linked list in python').reason).to.equal('off-topic');
    expect(classify(kb, 'BUY cheap followers now visit www.spam.biz').reason).to.equal('off-topic');
    expect(classify(kb, '').reason).to.equal('empty');
    expect(classify(kb, 'zxqv plorth wibble').reason).to.equal('not-confident');
  });

  it("a center's own entry is answered: the model, which never learnt it, does not call it out of scope", () => {
    const answer = [{ t: 'p', c: [{ t: 'text', v: 'Park by the hangar.' }] }];
    const entry = { id: 'spaceship-parking', title: 'Parking a spaceship', questions: ['where do I park my spaceship'], keywords: ['spaceship'], answer } as unknown as KnowledgeEntry;
    const withEntry = loadKnowledge(compiled, [entry]);
    const r = classify(withEntry, 'where can I park my spaceship?');
    expect(r.reason).to.equal('confident');
    expect(r.topics[0]?.id).to.equal('spaceship-parking');
    // Without the entry the same question is still out of scope.
    expect(classify(kb, 'where can I park my spaceship?').fallback).to.equal(true);
  });

  it('treatment words outweigh an off-topic word', () => {
    const r = classify(kb, 'my son plays football but his drinking is out of control, how do I get him into treatment');
    expect(r.fallback).to.equal(false);
    expect(r.topics[0]?.id).to.equal('helping-loved-one');
  });

  it('the crisis check wins over a confident topic', () => {
    const r = classify(kb, 'do you take aetna? i swallowed all my pills an hour ago');
    expect(r.crisis).to.equal(true);
    expect(r.crisisKind).to.equal('overdose-poisoning');
  });
});

describe('classify: bad input never throws', () => {
  const inputs: unknown[] = [
    '',
    '   \n\t ',
    'a'.repeat(100_000),
    'how long is it '.repeat(7000),
    '\u0000\u0001\u0002\u0003\uFFFD\uD800',
    String.fromCharCode(...Array.from({ length: 500 }, (_, i) => (i * 7919) % 65535)),
    '😀😀😀 🙏🏽 💊',
    'كم مدة البرنامج',
    '这个项目多长时间',
    'Сколько стоит программа?',
    '<img src=x onerror=alert(1)><script>alert(1)</script> how much does it cost',
    undefined,
    null,
    42,
    { q: 'object' },
  ];
  for (const input of inputs) {
    const label = (JSON.stringify(input) as string | undefined) ?? String(input);
    it(`handles ${label.slice(0, 40)}`, () => {
      const r = classify(kb, input);
      expect(r.topics).to.be.an('array');
      expect(r.fallback).to.be.a('boolean');
    });
  }

  it('classifies HTML by its words, not its markup', () => {
    expect(classify(kb, '<b>how much does it cost</b>').topics[0]?.id).to.equal('cost');
  });

  it('answers other scripts honestly (fallback), and repeated text sensibly', () => {
    expect(classify(kb, '这个项目多长时间').fallback).to.equal(true);
    expect(classify(kb, 'how long is the program '.repeat(5000)).topics[0]?.id).to.equal('program-length');
  });
});
