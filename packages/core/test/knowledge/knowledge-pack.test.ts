/**
 * The browser form of compiled knowledge: answers in their compact form and the search index
 * rebuilt from search words. Packing then unpacking must give back exactly the same tree and
 * index, for the real knowledge and for every node a tree can hold; anything malformed is refused
 * with an error that says where.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { knowledge as compiled } from '@iop-chat/knowledge';
import { packAnswer, unpackAnswer } from '../../src/knowledge/compact-answer.js';
import { packKnowledge, unpackKnowledge, type KnowledgePack } from '../../src/knowledge/knowledge-pack.js';
import { buildSearchIndex, loadKnowledge, runtimeKnowledge } from '../../src/knowledge/knowledge-base.js';
import { classify } from '../../src/classify/classifier.js';
import { CENTER_FIELDS, type Block, type CenterField, type Inline, type KnowledgeEntry } from '../../src/knowledge/types.js';

const SEED = 20_261_122;

/** Every kind of node, and the awkward spots: empty and adjacent texts, empty lists and items. */
const EVERY_NODE: Block[] = [
  { t: 'p', c: [{ t: 'text', v: 'Plain, with "quotes", [brackets], {braces}, | pipes, \\ and a\nnewline.' }] },
  {
    t: 'p',
    c: [
      { t: 'text', v: '' },
      { t: 'text', v: 'two' },
      { t: 'text', v: ' texts' },
      { t: 'strong', c: [{ t: 'em', c: [{ t: 'link', href: 'https://example.org/a?b=[1]', c: [{ t: 'text', v: 'deep' }] }] }] },
      { t: 'field', key: 'phone' },
      { t: 'topic', id: 'contact', c: [] },
    ],
    when: { field: 'insurance', present: true },
  },
  { t: 'p', c: [], when: { field: 'hours', present: false } },
  { t: 'p', c: [] },
  { t: 'ul', items: [] },
  { t: 'ol', items: [[], [{ t: 'text', v: 'f' }, { t: 'field', key: 'name' }], [{ t: 'topic', id: 'cost', c: [{ t: 'text', v: 'Cost' }] }]] },
  { t: 'ul', items: [[{ t: 'text', v: 'x' }]], when: { field: 'cost', present: true } },
];

/** Random answer trees of every shape (fast-check). */
const fieldArb = fc.constantFrom(...CENTER_FIELDS);
const textArb = fc.string({ maxLength: 12, unit: 'grapheme' });
const { inline } = fc.letrec<{ inline: Inline }>((tie) => ({
  inline: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textArb.map((v): Inline => ({ t: 'text', v })),
    fieldArb.map((key): Inline => ({ t: 'field', key })),
    fc.array(tie('inline'), { maxLength: 3 }).map((c): Inline => ({ t: 'strong', c })),
    fc.array(tie('inline'), { maxLength: 3 }).map((c): Inline => ({ t: 'em', c })),
    fc.tuple(textArb, fc.array(tie('inline'), { maxLength: 3 })).map(([id, c]): Inline => ({ t: 'topic', id, c })),
    fc.tuple(textArb, fc.array(tie('inline'), { maxLength: 3 })).map(([href, c]): Inline => ({ t: 'link', href, c })),
  ),
}));
const whenArb = fc.option(fc.record({ field: fieldArb, present: fc.boolean() }), { nil: undefined });
const withWhen = <T extends Block>(block: T, when: Block['when']): T => (when ? { ...block, when } : block);
const blockArb: fc.Arbitrary<Block> = fc.oneof(
  fc.tuple(fc.array(inline, { maxLength: 4 }), whenArb).map(([c, when]) => withWhen({ t: 'p', c }, when)),
  fc
    .tuple(fc.constantFrom('ul' as const, 'ol' as const), fc.array(fc.array(inline, { maxLength: 3 }), { maxLength: 3 }), whenArb)
    .map(([t, items, when]) => withWhen({ t, items }, when)),
);

/** Deep equality that also sees a missing `when` versus `when: undefined` and key order. */
const same = (a: unknown, b: unknown) => expect(JSON.stringify(a)).to.equal(JSON.stringify(b));

describe('compact answers', () => {
  it('give back every answer of the real knowledge exactly', () => {
    for (const entry of compiled.entries) {
      expect(unpackAnswer(packAnswer(entry.answer)), entry.id).to.deep.equal(entry.answer);
      same(unpackAnswer(packAnswer(entry.answer)), entry.answer);
    }
  });

  it('give back every kind of node, empty and adjacent texts included', () => {
    expect(unpackAnswer(packAnswer(EVERY_NODE))).to.deep.equal(EVERY_NODE);
    same(unpackAnswer(packAnswer(EVERY_NODE)), EVERY_NODE);
    // What travels is plain arrays and strings, not node objects.
    expect(JSON.stringify(packAnswer(EVERY_NODE))).not.to.match(/"t":/);
  });

  it('give back any answer tree (property)', () => {
    fc.assert(
      fc.property(fc.array(blockArb, { maxLength: 5 }), (blocks) => {
        same(unpackAnswer(JSON.parse(JSON.stringify(packAnswer(blocks)))), blocks);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('are smaller than the node objects', () => {
    const answers = compiled.entries.map((e) => e.answer);
    expect(JSON.stringify(answers.map(packAnswer)).length).to.be.below(JSON.stringify(answers).length * 0.75);
  });

  const BAD: [string, unknown][] = [
    ['not a list', 'p text'],
    ['a block that is not a list', ['p']],
    ['an unknown block', [['h1', 'Title']]],
    ['a block without a tag', [[]]],
    ['a condition on an unknown field', [['p?phoneNumber', 'x']]],
    ['a condition with no field', [['p?', 'x']]],
    ['an object node', [['p', { t: 'text', v: 'x' }]]],
    ['a number node', [['p', 42]]],
    ['an unknown inline tag', [['p', ['<', 'script']]]],
    ['an unknown field', [['p', ['f', 'phoneNumber']]]],
    ['a field with more after it', [['p', ['f', 'phone', 'x']]]],
    ['a topic without an id', [['p', ['>']]]],
    ['a link with a number for its target', [['p', ['^', 5, 'x']]]],
    ['a list item that is not a list', [['ul', 'item']]],
    ['nesting deeper than any answer', [['p', JSON.parse(`${'["*",'.repeat(20)}"x"${']'.repeat(20)}`)]]],
  ];
  for (const [what, value] of BAD) {
    it(`refuse ${what}`, () => {
      expect(() => unpackAnswer(value)).to.throw(/^unpackAnswer: /);
    });
  }
});

describe('packed knowledge', () => {
  // The real knowledge.json (with example questions and keywords) is packed and compared in
  // packages/knowledge-tools/test/browser-knowledge.test.mjs; here, entries made for the test.
  const entry = (id: string, answer: readonly Block[] = EVERY_NODE): KnowledgeEntry => ({
    id,
    title: `Where to park near the clinic (${id})`,
    kind: 'answer',
    questions: ['Where do I park?', 'Is there parking near the clinic?', 'Can I park in the garage?'],
    keywords: ['parking', 'garage', 'car park'],
    related: ['location-hours', 'contact'],
    sources: ['a-source'],
    center: ['parking', 'address'],
    answer,
  });
  const entries = [entry('parking-garage'), { ...entry('start', compiled.entries[0]?.answer), kind: 'action' as const, related: [], center: [] }];
  const full = { format: 1 as const, locale: 'en', entries, index: buildSearchIndex(entries), sources: { 'a-source': 'A source' } };
  const pack = packKnowledge(full);

  it('unpacks to the runtime knowledge, with the index iop-kb build makes from the full entries', () => {
    const unpacked = unpackKnowledge(JSON.parse(JSON.stringify(pack)) as KnowledgePack);
    same(unpacked, runtimeKnowledge(full));
    same(unpacked.index, full.index);
    expect(unpacked.entries[0]?.sources, 'sources stay in knowledge.json').to.deep.equal([]);
    expect(unpacked.entries[0]?.questions).to.deep.equal([]);
  });

  it('classifies as the knowledge it came from', () => {
    const a = loadKnowledge(full);
    const b = loadKnowledge(unpackKnowledge(pack));
    for (const q of ['where do i park', 'car park near the clinic', 'garage', 'zxqv']) {
      same(classify(b, q).topics, classify(a, q).topics);
    }
  });

  const row = pack.entries[0] ?? [];
  const BAD: [string, unknown, RegExp][] = [
    ['nothing', null, /not packed/],
    ['another version', { ...pack, pack: 2 }, /not packed/],
    ['no entries', { pack: 1, locale: 'en' }, /not packed/],
    ['a short row', { ...pack, entries: [row.slice(0, 7)] }, /entries\[0\]: expected 8 fields/],
    ['a number for a title', { ...pack, entries: [Object.assign([...row], { 1: 7 })] }, /entries\[0\]: expected 8 fields/],
    ['an unknown kind', { ...pack, entries: [Object.assign([...row], { 2: 'faq' })] }, /entries\[0\]: kind "faq"/],
    ['an unknown center field', { ...pack, entries: [pack.entries[1], Object.assign([...row], { 4: 'phone fax' })] }, /entries\[1\]: "fax" is not a center field/],
    ['a broken answer', { ...pack, entries: [Object.assign([...row], { 5: [['h1', 'x']] })] }, /entries\[0\]: unpackAnswer: not a block/],
  ];
  for (const [what, value, error] of BAD) {
    it(`refuses ${what}`, () => {
      expect(() => unpackKnowledge(value as KnowledgePack)).to.throw(error);
    });
  }

  it('refuses to pack a list item it could not give back', () => {
    const spaced = { ...entry('a'), related: ['two words'] };
    expect(() => packKnowledge({ ...full, entries: [spaced] })).to.throw(/related id "two words"/);
    const empty = { ...entry('b'), center: [''] as unknown as CenterField[] };
    expect(() => packKnowledge({ ...full, entries: [empty] })).to.throw(/center field ""/);
  });
});
