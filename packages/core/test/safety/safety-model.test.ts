import { expect } from '@open-wc/testing';
import { combineWithModel, detectCrisis, detectCrisisByRules, type CrisisDetection } from '../../src/safety/crisis-detector.js';
import { createSafetyModel, decodeWeights, encodeWeights, headTables, SAFETY_HEADS, weightCount, type SafetyScore } from '../../src/safety/model/safety-model.js';
import { SAFETY_MODEL_DATA } from '../../src/safety/model/safety-model-data.js';
import { safetyFeatures, safetyWindows } from '../../src/safety/model/safety-features.js';

const NONE: CrisisDetection = { crisis: false, safety: 'none', kinds: [], immediate: false, someoneElse: false, gentleCheck: false, signals: [] };
const score = (s: Partial<SafetyScore>): SafetyScore => ({ alert: 0, takeover: 0, kind: 'suicide-self-harm', kindProbability: 1, other: 0, ...s });
const thresholds = { check: 0.6, takeover: 0.9 };

describe('safety model: features', () => {
  it('folds case, accents and repeated letters, so spellings meet', () => {
    expect([...safetyFeatures('Quiero MORÍR', 12)]).to.deep.equal([...safetyFeatures('quiero morir', 12)]);
    expect([...safetyFeatures('noooo', 12)]).to.deep.equal([...safetyFeatures('noo', 12)]);
  });

  it('shares character n-grams between a typo and its word', () => {
    const a = new Set(safetyFeatures('overdose', 16));
    const b = [...safetyFeatures('overdsoe', 16)];
    expect(b.filter((f) => a.has(f)).length).to.be.at.least(3);
  });

  it('reads every sentence of a message however long, in runs when there are very many', () => {
    const tail = 'the pills are lined up on the table';
    const long = `${'how much does the program cost and do you take my insurance plan. '.repeat(70)}${tail}`;
    expect(long.length).to.be.above(4000);
    expect(safetyWindows(long).map((w) => w.join(' '))).to.include(tail);
    const oneSentence = `${'blah '.repeat(1000)}${tail}`;
    expect(safetyWindows(oneSentence).some((w) => w.join(' ').endsWith('lined up on the table'))).to.equal(true);
    const flood = `${'ok. '.repeat(30000)}${tail}`;
    const windows = safetyWindows(flood);
    expect(windows.length).to.be.below(5000);
    expect(windows.some((w) => w.join(' ').includes('pills are lined up'))).to.equal(true);
  });

  it('reads a long message also a sentence at a time', () => {
    expect(safetyWindows('one short line')).to.deep.equal([]);
    const windows = safetyWindows('how much is it? also i took all my pills');
    expect(windows.map((w) => w.join(' '))).to.include('also i took all my pills');
  });
});

describe('safety model: rules and model together', () => {
  it('keeps what the rules take over, with their kind', () => {
    const rules = detectCrisisByRules('i am going to kill myself tonight');
    expect(rules.crisis).to.equal(true);
    expect(combineWithModel(rules, score({ takeover: 0, kind: 'harm-to-others' }), thresholds)).to.equal(rules);
  });

  it('takes over at the model threshold, with the model kind and person', () => {
    const d = combineWithModel(NONE, score({ takeover: 0.95, kind: 'medical-emergency', other: 0.8 }), thresholds);
    expect(d).to.include({ crisis: true, safety: 'crisis', kind: 'medical-emergency', immediate: true, someoneElse: true, gentleCheck: false });
    expect(d.signals).to.deep.equal(['model.takeover:0.95']);
  });

  it('asks a check with a kind between the thresholds, and nothing below', () => {
    const d = combineWithModel(NONE, score({ takeover: 0.5, alert: 0.7, kind: 'violence-abuse' }), thresholds);
    expect(d).to.include({ crisis: false, safety: 'check', gentleCheck: true, checkKind: 'violence-abuse' });
    expect(combineWithModel(NONE, score({ takeover: 0.5, alert: 0.5 }), thresholds)).to.equal(NONE);
  });

  it('reads Spanish with no language pack', () => {
    for (const m of ['quiero morir', 'mi esposo no respira', 'me tomé todas las pastillas']) {
      const d = detectCrisis(m);
      expect(d.crisis, `${m}: ${d.signals.join(', ')}`).to.equal(true);
    }
    expect(detectCrisis('mi esposo no respira').kind).to.be.oneOf(['medical-emergency', 'overdose-poisoning']);
    expect(detectCrisis('¿cuánto cuesta el programa?').crisis).to.equal(false);
  });

  it('never throws and reads every kind of bad input whole', () => {
    const inputs = ['', ' ', 'x'.repeat(100_000), '\u0000\u0001\uffff', '😀🔥💊', 'ich will nicht mehr 我不想活了 i want to die', '\u202Equiero morir'];
    for (const input of inputs) {
      const d = detectCrisis(input);
      expect(d.safety).to.be.oneOf(['crisis', 'check', 'none']);
    }
    expect(detectCrisis('i want to die 我不想活了').crisis).to.equal(true);
    expect(detectCrisis(undefined as unknown as string).crisis).to.equal(false);
  });
});

describe('safety model: data', () => {
  it('writes weights one character each and reads them back, refusing what is out of range', () => {
    const weights = [-7, -1, 0, 1, 7, 3];
    const text = encodeWeights(weights, 7);
    expect(text).to.have.length(6);
    expect([...decodeWeights(text, 7)]).to.deep.equal(weights);
    expect(() => encodeWeights([8], 7)).to.throw(RangeError);
    expect(() => decodeWeights('~', 7)).to.throw(RangeError);
    expect(() => decodeWeights(encodeWeights([7], 7), 6)).to.throw(RangeError);
  });

  it('gives the alert and takeover heads the large tables, one after another', () => {
    const tables = headTables({ bits: 10, kindBits: 8 });
    expect(tables.map((t) => t.mask + 1)).to.deep.equal([1024, 1024, 256, 256, 256, 256, 256, 256]);
    expect(tables[2]?.offset).to.equal(2048);
    expect(weightCount({ bits: 10, kindBits: 8 })).to.equal(2048 + 6 * 256);
  });

  it('a broken model answers nothing, and the rules still run', () => {
    const broken = createSafetyModel({ ...SAFETY_MODEL_DATA, weights: 'not a weight at all!' });
    expect(broken('i want to die')).to.equal(undefined);
    const short = createSafetyModel({ ...SAFETY_MODEL_DATA, weights: 'AAAA' });
    expect(short('i want to die')).to.equal(undefined);
  });

  it('the shipped model has every head and thresholds in order', () => {
    expect(SAFETY_MODEL_DATA.bias.length).to.equal(SAFETY_HEADS.length);
    expect(SAFETY_MODEL_DATA.thresholds.check).to.be.below(SAFETY_MODEL_DATA.thresholds.takeover);
    const model = createSafetyModel(SAFETY_MODEL_DATA);
    const s = model('what are your hours on saturday');
    expect(s?.takeover).to.be.below(SAFETY_MODEL_DATA.thresholds.takeover);
  });
});
