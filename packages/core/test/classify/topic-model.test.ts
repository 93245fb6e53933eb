import { expect } from '@open-wc/testing';
import { knowledge as compiled } from '@iop-chat/knowledge';
import { classify, questionClause } from '../../src/classify/classifier.js';
import { createTopicModel } from '../../src/classify/topic-model.js';
import { TOPIC_MODEL_DATA } from '../../src/classify/topic-model-data.js';
import { loadKnowledge } from '../../src/knowledge/knowledge-base.js';
import { centerSearchWords } from '../../src/knowledge/center-fields.js';
import { resolveConfig } from '../../src/config/config-validation.js';

const kb = loadKnowledge(compiled);
const EMPTY = createTopicModel({ format: 1, bits: 8, dim: 1, classes: [], vectors: '', scale: 1, classVectors: [], classBias: [] });

describe('topic model', () => {
  it('ranks every entry of the default knowledge and "none", most likely first', () => {
    const model = createTopicModel(TOPIC_MODEL_DATA);
    const ranked = model('how much does the program cost');
    expect(ranked.map((r) => r.id).sort()).to.deep.equal([...[...kb.entries.keys()], 'none'].sort());
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.probability).to.be.at.least(ranked[i]!.probability);
    expect(ranked.reduce((sum, r) => sum + r.probability, 0)).to.be.closeTo(1, 1e-6);
  });

  it('answers nothing from broken data, and never throws', () => {
    expect(createTopicModel({ ...TOPIC_MODEL_DATA, vectors: '!!!' })('cost')).to.deep.equal([]);
    expect(createTopicModel({ ...TOPIC_MODEL_DATA, classBias: [] })('cost')).to.deep.equal([]);
    expect(EMPTY('cost')).to.deep.equal([]);
    expect(createTopicModel(TOPIC_MODEL_DATA)('')).to.deep.equal([]);
  });

  it('finds the question clause of a long message', () => {
    expect(questionClause('how much is it?')).to.equal(undefined);
    expect(questionClause('My son has been drinking for months. He lost his job. Do you take Medicaid? Thanks.')).to.equal('Do you take Medicaid?');
    expect(questionClause('We tried everything for years. Nothing worked. I need to know what the cost is')).to.equal('I need to know what the cost is');
  });

  it('the search alone still answers when the model gives nothing (a replaced knowledge base, a broken model)', () => {
    const alone = classify(kb, 'does insurance cover the program', { topicModel: EMPTY });
    expect(alone.topics[0]?.id).to.equal('insurance');
    expect(alone.fallback).to.equal(false);
  });

  it('with the model, typos and a story before the question still reach the entry', () => {
    expect(classify(kb, 'wat insurence do u guys acept').topics[0]?.id).to.equal('insurance');
    const story =
      'My husband has been drinking every night for about two years. It started after he lost his brother and it got worse over the winter. ' +
      'He finally said he would go somewhere if he can keep his job. How many weeks does the program usually last?';
    expect(classify(kb, story).topics[0]?.id).to.equal('program-length');
  });
});

describe("the center's own words", () => {
  it('routes a configured insurance plan and address to their entries, and still declines the weather there', () => {
    const words = centerSearchWords(resolveConfig({ center: { insurance: 'Aetna, HealthPartners, Molina', address: '100 Main St, Maple Falls, MN' } }).config.center);
    expect([...words.keys()]).to.deep.equal(['insurance', 'location-hours']);
    const centerKb = loadKnowledge(compiled, [], words);
    expect(classify(centerKb, 'do you take HealthPartners').topics[0]?.id).to.equal('insurance');
    expect(classify(centerKb, 'is molina ok').topics[0]?.id).to.equal('insurance');
    expect(classify(centerKb, 'are you in maple falls').topics[0]?.id).to.equal('location-hours');
    expect(classify(centerKb, 'what is the weather in maple falls').fallback).to.equal(true);
    // Words of an entry the knowledge does not have are ignored.
    expect(() => loadKnowledge(compiled, [], new Map([['no-such-entry', ['x']]]))).not.to.throw();
  });

  it('a center with nothing configured adds nothing', () => {
    expect(centerSearchWords(resolveConfig({}).config.center).size).to.equal(0);
  });
});
