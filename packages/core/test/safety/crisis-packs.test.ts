import { expect } from '@open-wc/testing';
import { CRISIS_KINDS } from '../../src/safety/crisis-kinds.js';
import {
  type CrisisPack,
  DEFAULT_CRISIS_PACKS,
  MAX_RESOURCES,
  emergencyResource,
  getCrisisPack,
  resolveCrisisPack,
  resourcesFor,
  validateCrisisPack,
} from '../../src/safety/crisis-packs.js';

const US = DEFAULT_CRISIS_PACKS.US;
const ids = (pack: CrisisPack, ...args: Parameters<typeof resourcesFor> extends [CrisisPack, ...infer R] ? R : never): string[] =>
  resourcesFor(pack, ...args).map((r) => r.id);
const hrefs = (pack: CrisisPack): string[] => pack.resources.flatMap((r) => r.actions.map((a) => a.href));

/** A deep, mutable copy of a pack for building invalid ones. */
function copy(pack: CrisisPack): Record<string, unknown> & { resources: Record<string, unknown>[] } {
  return JSON.parse(JSON.stringify(pack)) as Record<string, unknown> & { resources: Record<string, unknown>[] };
}

describe('default crisis packs', () => {
  it('every default pack is valid and verified in 2026-11', () => {
    for (const pack of Object.values(DEFAULT_CRISIS_PACKS)) {
      const result = validateCrisisPack(pack);
      expect(result.ok, result.ok ? pack.country : result.errors.join('; ')).to.equal(true);
      expect(pack.lastVerified).to.equal('2026-11');
    }
  });

  it('has the verified US numbers', () => {
    const all = hrefs(US);
    for (const href of ['tel:911', 'tel:988', 'sms:988', 'https://988lifeline.org/chat', 'sms:741741?body=HOME', 'tel:18002221222', 'tel:18007997233', 'sms:88788?body=START', 'sms:838255', 'tel:18006624357']) {
      expect(all, href).to.include(href);
    }
    expect(US.emergencyNumber).to.equal('911');
  });

  it('has the verified UK, Canada and Australia numbers', () => {
    expect(DEFAULT_CRISIS_PACKS.UK.emergencyNumber).to.equal('999');
    expect(hrefs(DEFAULT_CRISIS_PACKS.UK)).to.include.members(['tel:999', 'tel:116123', 'sms:85258?body=SHOUT', 'tel:111']);
    expect(DEFAULT_CRISIS_PACKS.CA.emergencyNumber).to.equal('911');
    expect(hrefs(DEFAULT_CRISIS_PACKS.CA)).to.include.members(['tel:911', 'tel:988', 'sms:988']);
    expect(DEFAULT_CRISIS_PACKS.AU.emergencyNumber).to.equal('000');
    expect(hrefs(DEFAULT_CRISIS_PACKS.AU)).to.include.members(['tel:000', 'tel:131114']);
  });

  it('never offers the discontinued 988 "press 3"', () => {
    for (const pack of Object.values(DEFAULT_CRISIS_PACKS)) {
      expect(JSON.stringify(pack)).not.to.match(/press\s*3/i);
    }
  });

  it('uses only tel:, sms: and https: links', () => {
    for (const pack of Object.values(DEFAULT_CRISIS_PACKS)) {
      for (const href of hrefs(pack)) expect(href).to.match(/^(tel:|sms:|https:\/\/)/);
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(US)).to.equal(true);
    expect(Object.isFrozen(US.resources[0]?.actions)).to.equal(true);
  });
});

describe('getCrisisPack', () => {
  it('finds a pack by country code in any case, and GB means the UK', () => {
    expect(getCrisisPack('uk').country).to.equal('UK');
    expect(getCrisisPack('GB').country).to.equal('UK');
    expect(getCrisisPack(' au ').country).to.equal('AU');
  });

  it('falls back to the US pack', () => {
    expect(getCrisisPack()).to.equal(US);
    expect(getCrisisPack('FR')).to.equal(US);
    expect(getCrisisPack('constructor')).to.equal(US);
  });
});

describe('resourcesFor', () => {
  it('puts 911 first for medical emergencies', () => {
    expect(ids(US, 'medical-emergency')[0]).to.equal('emergency');
  });

  it('puts 988 first for suicide, and 911 first when it is immediate or someone else', () => {
    expect(ids(US, 'suicide-self-harm')[0]).to.equal('988-lifeline');
    expect(ids(US, 'suicide-self-harm', { immediate: true })[0]).to.equal('emergency');
    expect(ids(US, 'suicide-self-harm', { someoneElse: true })[0]).to.equal('emergency');
  });

  it('puts the domestic violence hotline first for abuse, 911 first when in danger now', () => {
    expect(ids(US, 'violence-abuse')[0]).to.equal('dv-hotline');
    expect(ids(US, 'violence-abuse', { immediate: true })).to.deep.equal(['emergency', 'dv-hotline', '988-lifeline']);
  });

  it('offers Poison Help for an overdose, after 911 when it is immediate', () => {
    expect(ids(US, 'overdose-poisoning')).to.deep.equal(['poison-help', 'emergency', '988-lifeline']);
    expect(ids(US, 'overdose-poisoning', { immediate: true })).to.deep.equal(['emergency', 'poison-help', '988-lifeline']);
    expect(ids(US, 'overdose-poisoning', { someoneElse: true })[0]).to.equal('emergency');
  });

  it('returns at most three, always including the emergency number', () => {
    for (const pack of Object.values(DEFAULT_CRISIS_PACKS)) {
      for (const kind of CRISIS_KINDS) {
        for (const opts of [{}, { immediate: true }, { someoneElse: true }]) {
          const list = resourcesFor(pack, kind, opts);
          expect(list.length).to.be.within(1, MAX_RESOURCES);
          expect(list, `${pack.country} ${kind}`).to.include(emergencyResource(pack));
          expect(new Set(list).size).to.equal(list.length);
        }
      }
    }
  });

  it('uses the country pack', () => {
    expect(resourcesFor(DEFAULT_CRISIS_PACKS.UK, 'suicide-self-harm')[0]?.name).to.equal('Samaritans');
    expect(resourcesFor(DEFAULT_CRISIS_PACKS.AU, 'medical-emergency')[0]?.actions[0]?.href).to.equal('tel:000');
  });
});

describe('validateCrisisPack', () => {
  const errorsOf = (input: unknown): string[] => {
    const result = validateCrisisPack(input);
    return result.ok ? [] : result.errors;
  };

  it('rejects anything that is not a pack', () => {
    for (const input of [null, undefined, 'US', 42, []]) expect(errorsOf(input)).to.deep.equal(['pack: must be an object']);
  });

  it('names the bad top-level fields', () => {
    const errors = errorsOf({ country: 'usa', emergencyNumber: 'nine', lastVerified: 'Nov 2026', resources: [], primaryByKind: null });
    expect(errors.some((e) => e.startsWith('country:'))).to.equal(true);
    expect(errors.some((e) => e.startsWith('emergencyNumber:'))).to.equal(true);
    expect(errors.some((e) => e.startsWith('lastVerified:'))).to.equal(true);
    expect(errors.some((e) => e.startsWith('resources:'))).to.equal(true);
    expect(errors.some((e) => e.startsWith('primaryByKind:'))).to.equal(true);
  });

  it('names the bad action and its field', () => {
    const pack = copy(US);
    const actions = pack.resources[1]?.actions as Record<string, unknown>[];
    actions[0] = { type: 'call', label: 'Call 988', href: 'javascript:alert(1)' };
    actions[1] = { type: 'fax', label: 'Fax', href: 'tel:1' };
    const errors = errorsOf(pack);
    expect(errors).to.include('resources[1].actions[0].href: a call action needs tel: followed by digits, e.g. tel:988');
    expect(errors).to.include('resources[1].actions[1].type: must be "call", "text" or "chat"');
  });

  it('rejects the discontinued 988 "press 3"', () => {
    const pack = copy(US);
    pack.resources[1] = { ...pack.resources[1], description: 'Press 3 for LGBTQ+ young people.' };
    expect(errorsOf(pack)).to.include('resources[1]: must not offer the discontinued 988 "press 3" option');
  });

  it('requires a resource that calls the emergency number', () => {
    const pack = copy(US);
    pack.resources = pack.resources.filter((r) => r.id !== 'emergency');
    pack.primaryByKind = Object.fromEntries(CRISIS_KINDS.map((k) => [k, ['988-lifeline']]));
    expect(errorsOf(pack)).to.include('resources: one resource must call the emergency number (tel:911)');
  });

  it('requires every kind to list one to three known resources', () => {
    const pack = copy(US);
    pack.primaryByKind = {
      ...(pack.primaryByKind as object),
      'violence-abuse': ['dv-hotline', 'nope'],
      'harm-to-others': [],
      'medical-emergency': ['emergency', '988-lifeline', 'poison-help', 'dv-hotline'],
      panic: ['emergency'],
    };
    const errors = errorsOf(pack);
    expect(errors).to.include('primaryByKind.violence-abuse[1]: unknown resource id "nope"');
    expect(errors).to.include('primaryByKind.harm-to-others: must list 1 to 3 resource ids');
    expect(errors).to.include('primaryByKind.medical-emergency: must list 1 to 3 resource ids');
    expect(errors).to.include('primaryByKind.panic: unknown crisis kind');
  });

  it('rejects duplicate resource ids and unknown kinds in "for"', () => {
    const duplicate = copy(US);
    duplicate.resources[2] = { ...duplicate.resources[2], id: 'poison-help' };
    expect(errorsOf(duplicate)).to.include('resources[3].id: duplicate id "poison-help"');
    const unknownKind = copy(US);
    unknownKind.resources[2] = { ...unknownKind.resources[2], for: ['panic'] };
    expect(errorsOf(unknownKind)).to.include('resources[2].for[0]: unknown crisis kind "panic"');
  });

  it('returns a frozen copy of a valid custom pack', () => {
    const input = copy(DEFAULT_CRISIS_PACKS.AU);
    const result = validateCrisisPack(input);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.pack).to.deep.equal(DEFAULT_CRISIS_PACKS.AU);
    expect(result.pack).not.to.equal(input);
    expect(Object.isFrozen(result.pack.resources)).to.equal(true);
  });
});

describe('resolveCrisisPack', () => {
  it('uses a valid custom pack', () => {
    const custom = copy(DEFAULT_CRISIS_PACKS.CA);
    expect(resolveCrisisPack(custom).pack).to.deep.equal(DEFAULT_CRISIS_PACKS.CA);
    expect(resolveCrisisPack(custom).errors).to.deep.equal([]);
  });

  it('never lets a broken pack configure crisis resources away', () => {
    const broken = { ...copy(DEFAULT_CRISIS_PACKS.UK), resources: [] };
    const resolved = resolveCrisisPack(broken);
    expect(resolved.pack).to.equal(DEFAULT_CRISIS_PACKS.UK);
    expect(resolved.errors).to.include('resources: must be a non-empty array');
    expect(resolveCrisisPack({ country: 'ZZ' }).pack).to.equal(US);
    expect(resolveCrisisPack('nonsense').pack).to.equal(US);
    expect(resolveCrisisPack(undefined)).to.deep.equal({ pack: US, errors: [] });
  });
});
