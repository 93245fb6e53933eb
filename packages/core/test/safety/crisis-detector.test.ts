import { expect } from '@open-wc/testing';
import { detectCrisis, detectCrisisByRules } from '../../src/safety/crisis-detector.js';
import { CRISIS_KINDS } from '../../src/safety/crisis-kinds.js';
import { crisisReply } from '../../src/safety/crisis-replies.js';
import { CALM, CRISES, type CalmCase, type CrisisCase } from './crisis-cases.js';
import { FRESH_CALM, FRESH_CRISES } from './crisis-cases-fresh.js';
import { BLIND_CALM, BLIND_CRISES, BLIND_UNFIXED } from './crisis-cases-blind.js';

/** A crisis of a batch: takes over, with the right kind and, where given, the right person. */
function expectCrisis(c: CrisisCase): void {
  const r = detectCrisis(c.m);
  expect(r.crisis, `signals: ${r.signals.join(', ')}`).to.equal(true);
  expect(r.kind).to.equal(c.kind);
  expect(r.gentleCheck).to.equal(false);
  if (c.someoneElse !== undefined) expect(r.someoneElse, 'someoneElse').to.equal(c.someoneElse);
}

/**
 * A calm message of a batch: the rules neither take over nor name a kind. The trained model beside
 * them may still take over on a few such near-misses; how many is bounded below for the detector
 * as a whole ("keeps the false alarms...").
 */
function expectCalm(c: CalmCase): void {
  const r = detectCrisisByRules(c.m);
  expect(r.crisis, `signals: ${r.signals.join(', ')}`).to.equal(false);
  expect(r.kinds).to.deep.equal([]);
}

describe('detectCrisis: crises take over', () => {
  it('has at least 80 crisis messages covering every kind', () => {
    expect(CRISES.length).to.be.at.least(80);
    for (const kind of CRISIS_KINDS) expect(CRISES.some((c) => c.kind === kind), kind).to.equal(true);
  });

  for (const c of CRISES) {
    it(`${c.kind}: ${c.m}`, () => {
      const r = detectCrisis(c.m);
      expect(r.crisis, `signals: ${r.signals.join(', ')}`).to.equal(true);
      expect(r.kind).to.equal(c.kind);
      expect(r.kinds[0]).to.equal(c.kind);
      expect(r.gentleCheck).to.equal(false);
      if (c.immediate !== undefined) expect(r.immediate, 'immediate').to.equal(c.immediate);
      if (c.someoneElse !== undefined) expect(r.someoneElse, 'someoneElse').to.equal(c.someoneElse);
    });
  }
});

describe('detectCrisis: ordinary messages do not take over', () => {
  it('has at least 80 calm messages', () => {
    expect(CALM.length).to.be.at.least(80);
  });

  for (const c of CALM) {
    it(c.m, () => {
      const r = detectCrisis(c.m);
      expect(r.crisis, `signals: ${r.signals.join(', ')}`).to.equal(false);
      expect(r.kind).to.equal(undefined);
      expect(r.kinds).to.deep.equal([]);
      expect(r.immediate).to.equal(false);
      if (c.gentle !== undefined) expect(r.gentleCheck, 'gentleCheck').to.equal(c.gentle);
    });
  }
});

describe('detectCrisis: fresh batches (farewells, means at hand, not being around, plain overdoses)', () => {
  it('has at least 120 fresh crisis and 120 fresh calm messages', () => {
    expect(FRESH_CRISES.length).to.be.at.least(120);
    expect(FRESH_CALM.length).to.be.at.least(120);
  });

  for (const c of FRESH_CRISES) it(`${c.kind}: ${c.m}`, () => { expectCrisis(c); });
  for (const c of FRESH_CALM) it(`calm: ${c.m}`, () => { expectCalm(c); });

  it('keeps the false alarms on ordinary near-misses at or under 1%', () => {
    const alarms = [...CALM, ...FRESH_CALM].filter((c) => detectCrisis(c.m).crisis);
    expect(alarms.length / (CALM.length + FRESH_CALM.length)).to.be.at.most(0.01);
  });
});

describe('detectCrisis: blind batch (written before reading the rules)', () => {
  it('has at least 120 blind crisis and 120 blind calm messages covering every kind', () => {
    expect(BLIND_CRISES.length + BLIND_UNFIXED.length).to.be.at.least(120);
    expect(BLIND_CALM.length).to.be.at.least(120);
    for (const kind of CRISIS_KINDS) expect(BLIND_CRISES.some((c) => c.kind === kind), kind).to.equal(true);
  });

  for (const c of BLIND_CRISES) it(`${c.kind}: ${c.m}`, () => { expectCrisis(c); });
  for (const c of BLIND_CALM) it(`calm: ${c.m}`, () => { expectCalm(c); });

  it('still answers the known misses (reported, not required)', () => {
    for (const c of BLIND_UNFIXED) {
      const r = detectCrisis(c.m);
      expect(r.kinds, c.why).to.be.an('array');
    }
  });
});

describe('detectCrisis: lethality questions', () => {
  const questions = [
    'how many tylenol would it take to not wake up',
    'whats a lethal dose of xanax',
    'how much insulin would be fatal',
    'what amount of oxy is deadly',
    'would 40 of my seroquel kill me',
    'how many of my sleeping pills would it take to stop my heart',
  ];

  it('are a crisis, and the reply never gives an amount', () => {
    for (const q of questions) {
      const r = detectCrisis(q);
      expect(r.crisis, q).to.equal(true);
      expect(r.kind, q).to.equal('suicide-self-harm');
      const reply = crisisReply(r.kind ?? 'suicide-self-harm', { immediate: r.immediate, someoneElse: r.someoneElse });
      const text = [reply.heading, ...reply.body].join(' ');
      expect(text, q).not.to.match(/\b(mg|milligrams?|dose|lethal|fatal|tablets?|pills?)\b/i);
    }
  });

  it('while questions about treatment doses are not', () => {
    for (const q of ['how many pills is the medication they give for detox', 'How much Suboxone is a normal starting dose?']) {
      expect(detectCrisis(q).crisis, q).to.equal(false);
    }
  });
});

describe('detectCrisis: context', () => {
  it('a negation cancels only the phrase it negates', () => {
    expect(detectCrisis("I'm not suicidal").crisis).to.equal(false);
    expect(detectCrisis("I'm not sure I want to live").crisis).to.equal(true);
    expect(detectCrisis("I'm not suicidal, but I'm not sure I want to live").crisis).to.equal(true);
    expect(detectCrisis("i'm not okay, i want to die").crisis).to.equal(true);
    expect(detectCrisis("I can't stop thinking about killing myself").crisis).to.equal(true);
    expect(detectCrisis("I'm trying not to cut myself").crisis).to.equal(true);
  });

  it('reports the negated rule as a signal, never the words', () => {
    const r = detectCrisis('I would never hurt myself');
    expect(r.crisis).to.equal(false);
    expect(r.signals).to.include('selfharm.self:negated');
  });

  it('a past attempt told as history is a gentle check, the same attempt recently is a crisis', () => {
    const past = detectCrisis('I attempted suicide in 2019');
    expect(past.crisis).to.equal(false);
    expect(past.gentleCheck).to.equal(true);
    expect(past.signals).to.include('suicide.attempt:history');
    expect(detectCrisis('I attempted suicide last night').crisis).to.equal(true);
    expect(detectCrisis('I attempted suicide in 2019 and I am thinking about it again').crisis).to.equal(true);
  });

  it('a past medical event is not a crisis, the same event now is', () => {
    expect(detectCrisis('I had a seizure years ago when I quit').crisis).to.equal(false);
    expect(detectCrisis('my brother died of an overdose last year').crisis).to.equal(false);
    const now = detectCrisis('I just had a seizure');
    expect(now.crisis).to.equal(true);
    expect(now.kind).to.equal('medical-emergency');
  });

  it('a question about a topic is a gentle check, the same words about a person now are a crisis', () => {
    const topic = detectCrisis('do you treat people who have had suicidal thoughts?');
    expect(topic.crisis).to.equal(false);
    expect(topic.gentleCheck).to.equal(true);
    const asked = detectCrisis('what happens if someone overdoses on your program');
    expect(asked.crisis).to.equal(false);
    expect(asked.gentleCheck).to.equal(true);
    expect(detectCrisis('someone at this party overdosed').crisis).to.equal(true);
    expect(detectCrisis('i have suicidal thoughts').crisis).to.equal(true);
  });

  it('finds a crisis hidden after an ordinary question, with or without punctuation', () => {
    for (const m of [
      'How much is it? also Ive been thinking about ending it',
      'how much is it also ive been thinking about ending it',
      'Do you take Cigna. I have a gun at home and I want to die',
    ]) {
      expect(detectCrisis(m).crisis, m).to.equal(true);
    }
  });

  it('a weapon with intent is immediate; intent alone is not', () => {
    const withGun = detectCrisis('I have a gun in my car and I want to end my life');
    expect(withGun.crisis).to.equal(true);
    expect(withGun.immediate).to.equal(true);
    expect(withGun.signals).to.include('combo.weapon-suicide');
    expect(detectCrisis('I want to end my life').immediate).to.equal(false);
  });

  it('withdrawal makes shaking a medical emergency; shaking alone is not', () => {
    expect(detectCrisis('my hands are shaking').crisis).to.equal(false);
    const w = detectCrisis('I stopped drinking three days ago and I am shaking really badly');
    expect(w.crisis).to.equal(true);
    expect(w.kind).to.equal('medical-emergency');
  });

  it('puts the emergency-number kinds first when several fire', () => {
    const r = detectCrisis('I want to die and my friend is not breathing');
    expect(r.kinds).to.include('suicide-self-harm');
    expect(r.kind).to.equal('medical-emergency');
    expect(r.someoneElse).to.equal(true);
    expect(r.immediate).to.equal(true);
  });

  it('ranks harm to others above abuse above suicide', () => {
    const r = detectCrisis('he hits me and i want to die and i am going to kill him');
    expect(r.kinds).to.deep.equal(['harm-to-others', 'violence-abuse', 'suicide-self-harm']);
  });

  it('reads chat shorthand and dropped letters', () => {
    for (const m of ['thinkin bout sucide', 'i wanna sleep n never wake up', 'imma kms tonite', 'i dont wanna wake up tmrw']) {
      expect(detectCrisis(m).crisis, m).to.equal(true);
    }
  });

  it('needs farewell words to come with finality before a goodbye takes over', () => {
    expect(detectCrisis('goodbye for now, I will call tomorrow').crisis).to.equal(false);
    expect(detectCrisis('ok bye, thanks for everything!').crisis).to.equal(false);
    expect(detectCrisis("thanks for everything. it's over. goodbye").crisis).to.equal(true);
    expect(detectCrisis("I love you all. I'm sorry for everything.").crisis).to.equal(true);
  });

  it('repairs misspellings of key words one edit away', () => {
    for (const m of ['im suicdal', 'i think i overdoes', 'he is unresponsve', 'i cant breath', 'my sister is having a siezure']) {
      expect(detectCrisis(m).crisis, m).to.equal(true);
    }
  });

  it('ignores markup and emoji around the words', () => {
    expect(detectCrisis('<p>i <b>want</b> to <i>die</i></p> 😢😢').crisis).to.equal(true);
    expect(detectCrisis('<script>alert(1)</script> how long is the program? 🙂').crisis).to.equal(false);
  });
});

describe('detectCrisis: any input', () => {
  it('returns a complete answer for empty and non-text input', () => {
    for (const input of ['', '   ', '!!!???', '🙂🙂🙂', '\u0000\u0001\u0002'] as const) {
      const r = detectCrisis(input);
      expect(r.crisis).to.equal(false);
      expect(r.kinds).to.deep.equal([]);
      expect(r.signals).to.deep.equal([]);
    }
    const notText: unknown[] = [undefined, null, 42, {}, [], Symbol('x')];
    for (const input of notText) {
      expect(() => detectCrisis(input as string)).not.to.throw();
      expect(detectCrisis(input as string).crisis).to.equal(false);
    }
  });

  it('never throws on binary junk, lone surrogates, other scripts or huge input', () => {
    const junk = Array.from({ length: 100_000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    const inputs = [
      junk,
      '\uD800\uDC00\uD800 lone surrogates \uDFFF',
      'Я хочу умереть. 我想死。 أريد أن أموت',
      '<<<>>> &amp; &#x27; <img src=x onerror=alert(1)>',
      '|'.repeat(5000),
      'a '.repeat(60_000),
      'kill '.repeat(20_000),
    ];
    for (const input of inputs) {
      expect(() => detectCrisis(input)).not.to.throw();
    }
  });

  it('reads a crisis at the end of a very long message', () => {
    const long = `${'How long is the program and do you take insurance? '.repeat(2200)}I want to kill myself`;
    expect(long.length).to.be.greaterThan(100_000);
    expect(detectCrisis(long).crisis).to.equal(true);
  });

  it('is deterministic', () => {
    for (const c of [...CRISES.slice(0, 20), ...CALM.slice(0, 20)]) {
      expect(detectCrisis(c.m)).to.deep.equal(detectCrisis(c.m));
    }
  });

  it('never puts message text in signals', () => {
    for (const c of CRISES) {
      for (const signal of detectCrisis(c.m).signals) {
        expect(signal).to.match(/^[a-z]+\.[a-z0-9-]+(:[a-z]+)?$/);
      }
    }
  });

  it('takes well under a millisecond for a typical message', () => {
    const messages = [...CRISES, ...CALM].map((c) => c.m);
    for (const m of messages) detectCrisis(m); // warm up
    const rounds = 5;
    const start = performance.now();
    for (let i = 0; i < rounds; i++) for (const m of messages) detectCrisis(m);
    const perMessage = (performance.now() - start) / (rounds * messages.length);
    expect(perMessage).to.be.lessThan(0.25);
  });
});
