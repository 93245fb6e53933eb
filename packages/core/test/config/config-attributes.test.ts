import { expect } from '@open-wc/testing';
import {
  attributeForField,
  configFromAttributes,
  KNOWN_ATTRIBUTES,
  resolveConfig,
} from '../../src/config/config-validation.js';
import type { ResolvedConfig } from '../../src/config/config-types.js';
import { ATTRIBUTE_DOCS } from '../../src/config/attribute-docs.js';

/** Attribute -> value -> what the resolved config must then say. */
const MAPPINGS: ReadonlyArray<{ attr: string; value: string; read: (c: ResolvedConfig) => unknown; expected: unknown }> = [
  { attr: 'center-name', value: 'Riverside Recovery', read: (c) => c.center.name, expected: 'Riverside Recovery' },
  { attr: 'phone', value: '(512) 555-0100', read: (c) => c.center.phone?.dial, expected: '5125550100' },
  { attr: 'sms', value: '+1 512 555 0101', read: (c) => c.center.sms?.dial, expected: '+15125550101' },
  { attr: 'email', value: 'intake@riverside.example', read: (c) => c.center.email, expected: 'intake@riverside.example' },
  { attr: 'address', value: '100 Main St, Austin, TX', read: (c) => c.center.address, expected: '100 Main St, Austin, TX' },
  { attr: 'website', value: 'https://riverside.example', read: (c) => c.center.website, expected: 'https://riverside.example' },
  { attr: 'hours', value: 'Sat 09:00-13:00', read: (c) => c.center.hours, expected: { periods: [{ day: 6, open: 540, close: 780 }] } },
  { attr: 'time-zone', value: 'America/Chicago', read: (c) => c.center.timeZone, expected: 'America/Chicago' },
  { attr: 'timezone', value: 'Europe/London', read: (c) => c.center.timeZone, expected: 'Europe/London' },
  { attr: 'insurance', value: 'Aetna, Cigna ,Medicaid', read: (c) => c.center.insurance, expected: ['Aetna', 'Cigna', 'Medicaid'] },
  { attr: 'medication', value: 'We offer MAT.', read: (c) => c.center.medication, expected: 'We offer MAT.' },
  { attr: 'telehealth', value: 'Virtual IOP.', read: (c) => c.center.telehealth, expected: 'Virtual IOP.' },
  { attr: 'cost', value: 'Sliding scale.', read: (c) => c.center.cost, expected: 'Sliding scale.' },
  { attr: 'parking', value: 'Free lot.', read: (c) => c.center.parking, expected: 'Free lot.' },
  { attr: 'lead-endpoint', value: '/api/leads', read: (c) => c.leadEndpoint, expected: '/api/leads' },
  { attr: 'lead-timeout', value: '15000', read: (c) => c.leadTimeoutMs, expected: 15_000 },
  { attr: 'locale', value: 'en-GB', read: (c) => c.locale, expected: 'en-GB' },
  { attr: 'crisis-country', value: 'CA', read: (c) => c.crisisCountry, expected: 'CA' },
  { attr: 'crisis-pack', value: 'au', read: (c) => c.crisisCountry, expected: 'AU' },
  { attr: 'persistence', value: 'none', read: (c) => c.persistence, expected: 'none' },
  { attr: 'retention-hours', value: '48', read: (c) => c.retentionHours, expected: 48 },
  { attr: 'knowledge', value: '/iop-chat/center.json', read: (c) => c.knowledgeUrl, expected: '/iop-chat/center.json' },
  { attr: 'quick-exit', value: 'off', read: (c) => c.quickExit.enabled, expected: false },
  { attr: 'quick-exit-url', value: 'https://weather.example/', read: (c) => c.quickExit.url, expected: 'https://weather.example/' },
  { attr: 'position', value: 'left', read: (c) => c.ui.position, expected: 'left' },
  { attr: 'z-index', value: '999', read: (c) => c.ui.zIndex, expected: 999 },
  { attr: 'mode', value: 'inline', read: (c) => c.ui.mode, expected: 'inline' },
  { attr: 'primary-color', value: '#1a5f7a', read: (c) => c.ui.primaryColor, expected: '#1a5f7a' },
  { attr: 'accent-color', value: 'hsl(40 90% 60%)', read: (c) => c.ui.accentColor, expected: 'hsl(40 90% 60%)' },
  { attr: 'title', value: 'Ask us anything', read: (c) => c.ui.title, expected: 'Ask us anything' },
  { attr: 'launcher-label', value: 'Questions?', read: (c) => c.ui.launcherLabel, expected: 'Questions?' },
];

const camel = (name: string): string => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

function resolvedFrom(attrs: Record<string, string | undefined>): ResolvedConfig {
  const { input, issues } = configFromAttributes(attrs);
  expect(issues, JSON.stringify(issues)).to.deep.equal([]);
  const resolved = resolveConfig(input);
  expect(resolved.issues.filter((i) => i.field !== 'center.timeZone'), JSON.stringify(resolved.issues)).to.deep.equal([]);
  return resolved.config;
}

describe('configFromAttributes', () => {
  for (const { attr, value, read, expected } of MAPPINGS) {
    it(`maps data-${attr} in all three spellings`, () => {
      for (const key of [`data-${attr}`, attr, camel(attr)]) {
        expect(read(resolvedFrom({ [key]: value })), key).to.deep.equal(expected);
      }
    });
  }

  it('lists every attribute it maps in KNOWN_ATTRIBUTES, each documented with a description and example', () => {
    const documented = KNOWN_ATTRIBUTES.flatMap((a) => [a.attribute, ...(a.aliases ?? [])]).sort();
    expect(documented).to.deep.equal(MAPPINGS.map((m) => `data-${m.attr}`).sort());
    expect(Object.keys(ATTRIBUTE_DOCS).sort()).to.deep.equal(KNOWN_ATTRIBUTES.map((a) => a.attribute).sort());
    for (const a of KNOWN_ATTRIBUTES) {
      expect(ATTRIBUTE_DOCS[a.attribute]?.description.length, a.attribute).to.be.greaterThan(10);
      expect(ATTRIBUTE_DOCS[a.attribute]?.example.length, a.attribute).to.be.greaterThan(0);
    }
  });

  it('accepts the example value it documents for every attribute', () => {
    for (const a of KNOWN_ATTRIBUTES) {
      const { input, issues } = configFromAttributes({ [a.attribute]: ATTRIBUTE_DOCS[a.attribute]?.example ?? '' });
      const resolved = resolveConfig(input);
      const about = [...issues, ...resolved.issues].filter((i) => i.field === a.option);
      expect(about, a.attribute).to.deep.equal([]);
    }
  });

  it('reads a whole dataset at once', () => {
    const config = resolvedFrom({
      centerName: 'Riverside',
      phone: '512-555-0100',
      hours: 'Mon-Fri 8am-8pm; Sat 9am-1pm',
      timeZone: 'America/Chicago',
      quickExit: 'on',
      zIndex: '50',
    });
    expect(config.center.name).to.equal('Riverside');
    expect(config.center.hours?.periods).to.have.length(6);
    expect(config.quickExit.enabled).to.equal(true);
    expect(config.ui.zIndex).to.equal(50);
  });

  it('treats a bare data-quick-exit as on and off/false/no/0 as off', () => {
    expect(resolvedFrom({ 'data-quick-exit': '' }).quickExit.enabled).to.equal(true);
    for (const off of ['off', 'false', 'FALSE', 'no', '0']) {
      expect(resolvedFrom({ 'data-quick-exit': off }).quickExit.enabled, off).to.equal(false);
    }
  });

  it('names unknown attributes and suggests the closest one', () => {
    const { input, issues } = configFromAttributes({ 'data-phnoe': '555-0100', centreName: 'X', 'data-colour': 'red' });
    expect(input).to.deep.equal({});
    expect(issues.map((i) => i.message)).to.deep.equal([
      'data-phnoe is not a known option (did you mean data-phone?); it is ignored.',
      'data-centre-name is not a known option (did you mean data-center-name?); it is ignored.',
      'data-colour is not a known option; it is ignored.',
    ]);
    expect(issues.map((i) => i.field)).to.deep.equal(['data-phnoe', 'data-centre-name', 'data-colour']);
    expect(issues.every((i) => i.severity === 'warning')).to.equal(true);
  });

  it('ignores standard script attributes and ones the caller asks it to ignore', () => {
    const { issues } = configFromAttributes({ src: '/iop-chat.js', async: '', defer: '', nonce: 'abc', 'data-iop-chat': '', iopChat: '' }, { ignore: ['data-iop-chat'] });
    expect(issues).to.deep.equal([]);
    // A data- attribute that happens to share a script attribute's name is still unknown.
    expect(configFromAttributes({ 'data-src': 'x' }).issues.map((i) => i.field)).to.deep.equal(['data-src']);
  });

  it('reports numbers and switches it cannot read, under the config field', () => {
    const { input, issues } = configFromAttributes({ 'data-z-index': 'top', 'data-lead-timeout': '10s', 'data-quick-exit': 'maybe' });
    expect(input).to.deep.equal({});
    expect(issues.map((i) => i.field)).to.deep.equal(['ui.zIndex', 'leadTimeoutMs', 'quickExit.enabled']);
    expect(issues[0]!.message).to.match(/^data-z-index: "top" is not a whole number/);
    expect(issues.every((i) => i.severity === 'error')).to.equal(true);
  });

  it('skips empty and undefined values, and warns when one option is given twice differently', () => {
    expect(configFromAttributes({ 'data-phone': '', 'data-email': undefined }).input).to.deep.equal({});
    const { input, issues } = configFromAttributes({ phone: '555-0100-1', 'data-phone': '555-0199-2' });
    expect(input).to.deep.equal({ center: { phone: '555-0100-1' } });
    expect(issues.map((i) => i.field)).to.deep.equal(['center.phone']);
    expect(configFromAttributes({ phone: '5550100', 'data-phone': '5550100' }).issues).to.deep.equal([]);
  });

  it('passes hostile values on to resolveConfig, which refuses them', () => {
    const { input } = configFromAttributes({
      'data-website': 'javascript:alert(1)',
      'data-primary-color': 'red;}*{display:none',
      'data-lead-endpoint': 'data:text/html,x',
      'data-center-name': 'x'.repeat(1024 * 1024),
    });
    const { config, issues } = resolveConfig(input);
    expect(config.center.website).to.equal(undefined);
    expect(config.ui.primaryColor).to.equal(undefined);
    expect(config.leadEndpoint).to.equal(undefined);
    expect(config.center.name!.length).to.be.at.most(120);
    expect(issues.map((i) => i.field)).to.include.members(['center.website', 'ui.primaryColor', 'leadEndpoint', 'center.name']);
  });

  it('never throws and never pollutes prototypes', () => {
    const attrs: unknown = JSON.parse('{"__proto__": "x", "data-__proto__": "y", "constructor": "z"}');
    expect(() => configFromAttributes(attrs as Record<string, string>)).not.to.throw();
    const { input, issues } = configFromAttributes(attrs as Record<string, string>);
    expect(Object.keys(input)).to.deep.equal([]);
    expect(Object.getPrototypeOf(input)).to.equal(Object.prototype);
    expect(issues.map((i) => i.field)).to.deep.equal(['data-__proto__', 'data-__proto__', 'data-constructor']);
    for (const bad of [null, undefined, 'data-phone', 42]) {
      expect(configFromAttributes(bad as unknown as Record<string, string>)).to.deep.equal({ input: {}, issues: [] });
    }
  });

  it('maps config fields back to their attribute for messages', () => {
    expect(attributeForField('center.phone')).to.equal('data-phone');
    expect(attributeForField('ui.zIndex')).to.equal('data-z-index');
    expect(attributeForField('onEvent')).to.equal(undefined);
  });
});
