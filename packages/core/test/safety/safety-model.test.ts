import { expect } from '@open-wc/testing';
import { combineWithModel, detectCrisis, detectCrisisByRules, type CrisisDetection } from '../../src/safety/crisis-detector.js';
import { createSafetyModel, SAFETY_HEADS, type SafetyScore } from '../../src/safety/model/safety-model.js';
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
  it('a broken model answers nothing, and the rules still run', () => {
    const broken = createSafetyModel({ ...SAFETY_MODEL_DATA, weights: 'not base64 at all!' });
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
