import { expect } from '@open-wc/testing';
import { CONFIG_DEFAULTS, resolveConfig } from '../../src/config/config-validation.js';
import type { ConfigIssue } from '../../src/config/config-types.js';
import { DEFAULT_STRINGS } from '../../src/config/strings.js';
import { smsHref, telHref } from '../../src/config/phone.js';

function issueFor(issues: readonly ConfigIssue[], field: string): ConfigIssue {
  const issue = issues.find((i) => i.field === field);
  if (!issue) throw new Error(`no issue for ${field}; got ${JSON.stringify(issues.map((i) => i.field))}`);
  return issue;
}

describe('resolveConfig defaults', () => {
  it('fills every default for an empty or missing config, with no issues', () => {
    for (const input of [undefined, null, {}]) {
      const { config, issues } = resolveConfig(input);
      expect(issues).to.deep.equal([]);
      expect(config.center.name).to.equal(undefined);
      expect(config.center.phone).to.equal(undefined);
      expect(config.center.insurance).to.deep.equal([]);
      expect(config.leadEndpoint).to.equal(undefined);
      expect(config.leadTimeoutMs).to.equal(10_000);
      expect(config.locale).to.equal('en');
      expect(config.crisisCountry).to.equal('US');
      expect(config.persistence).to.equal('session');
      expect(config.retentionHours).to.equal(24);
      expect(config.quickExit).to.deep.equal({ enabled: true, url: CONFIG_DEFAULTS.quickExitUrl, shiftTriple: true });
      expect(config.quickExit.url).to.match(/^https:\/\//);
      expect(config.ui).to.deep.equal({
        position: 'right',
        zIndex: 2_147_483_000,
        mode: 'launcher',
        primaryColor: undefined,
        accentColor: undefined,
        title: undefined,
        launcherLabel: undefined,
      });
      expect(config.analytics.includeText).to.equal(false);
      expect(config.strings).to.deep.equal(DEFAULT_STRINGS);
      expect(config.extraKnowledge).to.deep.equal([]);
    }
  });

  it('returns a frozen config so nothing can change it later', () => {
    const { config } = resolveConfig({ center: { insurance: ['Aetna'] } });
    expect(Object.isFrozen(config)).to.equal(true);
    expect(Object.isFrozen(config.center)).to.equal(true);
    expect(Object.isFrozen(config.center.insurance)).to.equal(true);
    expect(Object.isFrozen(config.ui)).to.equal(true);
  });

  it('has no option that turns crisis resources off', () => {
    const { config, issues } = resolveConfig({ crisis: false, crisisResources: false, disableCrisis: true });
    expect(issues.map((i) => i.severity)).to.deep.equal(['warning', 'warning', 'warning']);
    expect(JSON.stringify(config)).not.to.match(/crisis(Resources|Enabled)|disableCrisis/);
    expect(config.crisisCountry).to.equal('US');
  });
});

describe('resolveConfig accepts good values', () => {
  it('cleans and keeps center details', () => {
    const onEvent = (): void => undefined;
    const { config, issues } = resolveConfig({
      center: {
        name: '  Riverside\u0000 Recovery \u202e ',
        phone: '(512) 555-0100',
        sms: '+1 512 555 0101',
        email: 'intake@riverside.example',
        address: '100 Main St,\nAustin, TX',
        website: 'https://riverside.example/contact',
        hours: 'Mon-Fri 8am-8pm',
        timeZone: 'America/Chicago',
        insurance: ['Aetna', ' Cigna ', 'aetna', ''],
        medication: 'We offer MAT.',
        telehealth: 'Virtual IOP available.',
        cost: 'Sliding scale.',
        parking: 'Free lot.',
      },
      leadEndpoint: '/api/leads',
      leadTimeoutMs: 5000,
      locale: 'en-us',
      crisisCountry: 'uk',
      persistence: 'local',
      quickExit: { enabled: false, url: 'https://weather.example/', shiftTriple: false },
      ui: { position: 'left', zIndex: 10, mode: 'inline', primaryColor: '#1a5f7a', accentColor: 'rgb(10 20 30 / 50%)', title: 'Ask us', launcherLabel: 'Questions?' },
      strings: { 'launcher.label': 'Talk to us' },
      analytics: { includeText: true },
      knowledgeUrl: 'https://cdn.riverside.example/center.json',
      onEvent,
    });
    expect(issues).to.deep.equal([]);
    expect(config.knowledgeUrl).to.equal('https://cdn.riverside.example/center.json');
    expect(config.center.name).to.equal('Riverside Recovery');
    expect(config.center.phone).to.deep.equal({ display: '(512) 555-0100', dial: '5125550100' });
    expect(config.center.sms).to.deep.equal({ display: '+1 512 555 0101', dial: '+15125550101' });
    expect(config.center.email).to.equal('intake@riverside.example');
    expect(config.center.address).to.equal('100 Main St, Austin, TX');
    expect(config.center.website).to.equal('https://riverside.example/contact');
    expect(config.center.hours?.periods).to.have.length(5);
    expect(config.center.timeZone).to.equal('America/Chicago');
    expect(config.center.insurance).to.deep.equal(['Aetna', 'Cigna']);
    expect([config.center.medication, config.center.telehealth, config.center.cost, config.center.parking]).to.deep.equal([
      'We offer MAT.',
      'Virtual IOP available.',
      'Sliding scale.',
      'Free lot.',
    ]);
    expect(config.leadEndpoint).to.equal('/api/leads');
    expect(config.leadTimeoutMs).to.equal(5000);
    expect(config.locale).to.equal('en-US');
    expect(config.crisisCountry).to.equal('UK');
    expect(config.persistence).to.equal('local');
    expect(config.quickExit).to.deep.equal({ enabled: false, url: 'https://weather.example/', shiftTriple: false });
    expect(config.ui).to.deep.equal({
      position: 'left',
      zIndex: 10,
      mode: 'inline',
      primaryColor: '#1a5f7a',
      accentColor: 'rgb(10 20 30 / 50%)',
      title: 'Ask us',
      launcherLabel: 'Questions?',
    });
    expect(config.strings['launcher.label']).to.equal('Talk to us');
    expect(config.analytics.includeText).to.equal(true);
    expect(config.onEvent).to.equal(onEvent);
  });

  it('makes tel: and sms: links from configured numbers', () => {
    const { config } = resolveConfig({ center: { phone: '(512) 555-0100', sms: '+44 20 7946 0958' } });
    expect(telHref(config.center.phone!)).to.equal('tel:5125550100');
    expect(smsHref(config.center.sms!)).to.equal('sms:+442079460958');
  });

  it('accepts shorthand: quickExit false, insurance as text, GB for the UK, www. websites', () => {
    const { config, issues } = resolveConfig({
      quickExit: false,
      crisisCountry: 'GB',
      center: { insurance: 'Aetna, Cigna; Medicaid', website: 'www.riverside.example' },
    });
    expect(config.quickExit.enabled).to.equal(false);
    expect(config.crisisCountry).to.equal('UK');
    expect(config.center.insurance).to.deep.equal(['Aetna', 'Cigna', 'Medicaid']);
    expect(config.center.website).to.equal('https://www.riverside.example');
    expect(issueFor(issues, 'center.website').severity).to.equal('warning');
  });

  it('accepts hours given in code as WeeklyHours', () => {
    const { config, issues } = resolveConfig({
      center: { hours: { periods: [{ day: 1, open: 540, close: 1020 }] }, timeZone: 'UTC' },
    });
    expect(issues).to.deep.equal([]);
    expect(config.center.hours).to.deep.equal({ periods: [{ day: 1, open: 540, close: 1020 }] });
  });
});

describe('resolveConfig falls back on bad values and names the field', () => {
  const cases: ReadonlyArray<{ field: string; input: Record<string, unknown>; check: (c: ReturnType<typeof resolveConfig>['config']) => unknown; expected: unknown; message?: RegExp }> = [
    { field: 'center.name', input: { center: { name: 42 } }, check: (c) => c.center.name, expected: undefined },
    { field: 'center.phone', input: { center: { phone: 'abc' } }, check: (c) => c.center.phone, expected: undefined, message: /center\.phone: "abc" is not a phone number.*will not be shown\./ },
    { field: 'center.phone', input: { center: { phone: '12345' } }, check: (c) => c.center.phone, expected: undefined },
    { field: 'center.phone', input: { center: { phone: '1-800-GET-HELP' } }, check: (c) => c.center.phone, expected: undefined },
    { field: 'center.sms', input: { center: { sms: '1234567890123456' } }, check: (c) => c.center.sms, expected: undefined },
    { field: 'center.email', input: { center: { email: 'not-an-email' } }, check: (c) => c.center.email, expected: undefined },
    { field: 'center.email', input: { center: { email: 'a@b.c<script>' } }, check: (c) => c.center.email, expected: undefined },
    { field: 'center.address', input: { center: { address: ['x'] } }, check: (c) => c.center.address, expected: undefined },
    { field: 'center.website', input: { center: { website: 'ftp://files.example' } }, check: (c) => c.center.website, expected: undefined },
    { field: 'center.hours', input: { center: { hours: 'Mon-Fri 9-5' } }, check: (c) => c.center.hours, expected: undefined, message: /unclear/ },
    { field: 'center.hours', input: { center: { hours: 17 } }, check: (c) => c.center.hours, expected: undefined },
    { field: 'center.timeZone', input: { center: { timeZone: 'Central Time' } }, check: (c) => c.center.timeZone, expected: undefined, message: /IANA/ },
    { field: 'center.insurance', input: { center: { insurance: 5 } }, check: (c) => c.center.insurance, expected: [] },
    { field: 'center.insurance[1]', input: { center: { insurance: ['Aetna', 7] } }, check: (c) => c.center.insurance, expected: ['Aetna'] },
    { field: 'center.medication', input: { center: { medication: {} } }, check: (c) => c.center.medication, expected: undefined },
    { field: 'center.telehealth', input: { center: { telehealth: true } }, check: (c) => c.center.telehealth, expected: undefined },
    { field: 'center.cost', input: { center: { cost: 100 } }, check: (c) => c.center.cost, expected: undefined },
    { field: 'center.parking', input: { center: { parking: 7 } }, check: (c) => c.center.parking, expected: undefined },
    { field: 'center', input: { center: 'Riverside' }, check: (c) => c.center.name, expected: undefined },
    { field: 'leadEndpoint', input: { leadEndpoint: 'http://crm.example/leads' }, check: (c) => c.leadEndpoint, expected: undefined, message: /not encrypted/ },
    { field: 'leadEndpoint', input: { leadEndpoint: 'api/leads' }, check: (c) => c.leadEndpoint, expected: undefined },
    { field: 'center.website', input: { center: { website: 'http://example.org/contact' } }, check: (c) => c.center.website, expected: undefined, message: /not encrypted/ },
    { field: 'quickExit.url', input: { quickExit: { url: 'http://example.org/weather' } }, check: (c) => c.quickExit.url, expected: 'https://www.google.com/search?q=weather', message: /not encrypted/ },
    { field: 'leadTimeoutMs', input: { leadTimeoutMs: 'soon' }, check: (c) => c.leadTimeoutMs, expected: 10_000 },
    { field: 'leadTimeoutMs', input: { leadTimeoutMs: 5 }, check: (c) => c.leadTimeoutMs, expected: 1000 },
    { field: 'leadTimeoutMs', input: { leadTimeoutMs: 10_000_000 }, check: (c) => c.leadTimeoutMs, expected: 120_000 },
    { field: 'leadTimeoutMs', input: { leadTimeoutMs: Number.NaN }, check: (c) => c.leadTimeoutMs, expected: 10_000 },
    { field: 'retentionHours', input: { retentionHours: 'a day' }, check: (c) => c.retentionHours, expected: 24, message: /expected a number but got "a day"; 24 is used/ },
    { field: 'retentionHours', input: { retentionHours: 0 }, check: (c) => c.retentionHours, expected: 1, message: /retentionHours: 0 is outside 1-168; 1 is used/ },
    { field: 'retentionHours', input: { retentionHours: 24 * 365 }, check: (c) => c.retentionHours, expected: 168, message: /8760 is outside 1-168; 168 is used/ },
    { field: 'locale', input: { locale: 'english please' }, check: (c) => c.locale, expected: 'en' },
    { field: 'crisisCountry', input: { crisisCountry: 'IE' }, check: (c) => c.crisisCountry, expected: 'US', message: /US, UK, CA, AU/ },
    { field: 'persistence', input: { persistence: 'forever' }, check: (c) => c.persistence, expected: 'session' },
    { field: 'persistence', input: { persistence: 'sesion' }, check: (c) => c.persistence, expected: 'session', message: /did you mean "session"/ },
    { field: 'quickExit', input: { quickExit: 'yes' }, check: (c) => c.quickExit.enabled, expected: true },
    { field: 'quickExit.enabled', input: { quickExit: { enabled: 'no' } }, check: (c) => c.quickExit.enabled, expected: true },
    { field: 'quickExit.url', input: { quickExit: { url: '/home' } }, check: (c) => c.quickExit.url, expected: CONFIG_DEFAULTS.quickExitUrl },
    { field: 'quickExit.shiftTriple', input: { quickExit: { shiftTriple: 1 } }, check: (c) => c.quickExit.shiftTriple, expected: true },
    { field: 'ui.position', input: { ui: { position: 'top' } }, check: (c) => c.ui.position, expected: 'right' },
    { field: 'ui.zIndex', input: { ui: { zIndex: 'high' } }, check: (c) => c.ui.zIndex, expected: 2_147_483_000 },
    { field: 'ui.zIndex', input: { ui: { zIndex: -5 } }, check: (c) => c.ui.zIndex, expected: 2_147_483_000 },
    { field: 'ui.zIndex', input: { ui: { zIndex: 1e12 } }, check: (c) => c.ui.zIndex, expected: 2_147_483_000 },
    { field: 'ui.mode', input: { ui: { mode: 'popup' } }, check: (c) => c.ui.mode, expected: 'launcher' },
    { field: 'ui.primaryColor', input: { ui: { primaryColor: 'not-a-colour' } }, check: (c) => c.ui.primaryColor, expected: undefined },
    { field: 'ui.accentColor', input: { ui: { accentColor: 12 } }, check: (c) => c.ui.accentColor, expected: undefined },
    { field: 'ui.title', input: { ui: { title: ['x'] } }, check: (c) => c.ui.title, expected: undefined },
    { field: 'ui.launcherLabel', input: { ui: { launcherLabel: false } }, check: (c) => c.ui.launcherLabel, expected: undefined },
    { field: 'ui', input: { ui: [] }, check: (c) => c.ui.position, expected: 'right' },
    { field: 'analytics.includeText', input: { analytics: { includeText: 'true' } }, check: (c) => c.analytics.includeText, expected: false },
    { field: 'strings', input: { strings: 'hello' }, check: (c) => c.strings['launcher.label'], expected: 'Chat with us' },
    { field: 'extraKnowledge', input: { extraKnowledge: 'entries' }, check: (c) => c.extraKnowledge, expected: [] },
    { field: 'extraKnowledge[0]', input: { extraKnowledge: [{ id: 'x' }] }, check: (c) => c.extraKnowledge, expected: [] },
    { field: 'knowledgeUrl', input: { knowledgeUrl: 'http://cdn.example/center.json' }, check: (c) => c.knowledgeUrl, expected: undefined, message: /knowledgeUrl: .* is not encrypted .*; the default knowledge is used\./ },
    { field: 'knowledgeUrl', input: { knowledgeUrl: 'center.json' }, check: (c) => c.knowledgeUrl, expected: undefined },
    { field: 'knowledgeUrl', input: { knowledgeUrl: ['/center.json'] }, check: (c) => c.knowledgeUrl, expected: undefined },
    { field: 'leadSender', input: { leadSender: 'https://crm.example' }, check: (c) => c.leadSender, expected: undefined },
    { field: 'onEvent', input: { onEvent: {} }, check: (c) => c.onEvent, expected: undefined },
  ];

  for (const { field, input, check, expected, message } of cases) {
    it(`${field}: ${JSON.stringify(input)}`, () => {
      const { config, issues } = resolveConfig(input);
      const issue = issueFor(issues, field);
      expect(issue.message.startsWith(field)).to.equal(true);
      expect(check(config)).to.deep.equal(expected);
      if (message) expect(issues.map((i) => i.message).join('\n')).to.match(message);
    });
  }

  it('marks refused values as errors and adjusted ones as warnings', () => {
    const { issues } = resolveConfig({ center: { phone: 'abc', name: 'x'.repeat(500) }, leadTimeoutMs: 5 });
    expect(issueFor(issues, 'center.phone').severity).to.equal('error');
    expect(issueFor(issues, 'center.name').severity).to.equal('warning');
    expect(issueFor(issues, 'leadTimeoutMs').severity).to.equal('warning');
  });

  it('warns when hours have no time zone, since "open now" cannot be known', () => {
    const { config, issues } = resolveConfig({ center: { hours: 'Mon-Fri 9am-5pm' } });
    expect(config.center.hours).not.to.equal(undefined);
    expect(issueFor(issues, 'center.timeZone').severity).to.equal('warning');
  });

  it('reports unknown options with a suggestion, including nested ones', () => {
    const { issues } = resolveConfig({ phnoe: '1', centre: {}, center: { phnoe: '5' }, ui: { zindex: 3 } });
    expect(issueFor(issues, 'phnoe').message).to.contain('did you mean center.phone?');
    expect(issueFor(issues, 'centre').message).to.contain('did you mean center?');
    expect(issueFor(issues, 'center.phnoe').message).to.contain('did you mean center.phone?');
    expect(issueFor(issues, 'ui.zindex').message).to.contain('did you mean ui.zIndex?');
  });
});

describe('resolveConfig refuses hostile values without throwing', () => {
  it('refuses javascript:, data: and protocol-relative URLs everywhere', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' java\tscript:alert(1)', 'data:text/html,<b>x</b>', '//evil.example/x', 'vbscript:x', 'https://evil.example/a b']) {
      const { config, issues } = resolveConfig({ leadEndpoint: url, center: { website: url }, quickExit: { url }, knowledgeUrl: url });
      expect(config.leadEndpoint, url).to.equal(undefined);
      expect(config.center.website, url).to.equal(undefined);
      expect(config.quickExit.url, url).to.equal(CONFIG_DEFAULTS.quickExitUrl);
      expect(config.knowledgeUrl, url).to.equal(undefined);
      for (const field of ['leadEndpoint', 'center.website', 'quickExit.url', 'knowledgeUrl']) expect(issueFor(issues, field).severity).to.equal('error');
    }
  });

  it('accepts plain http only on localhost, for the website, the quick-exit page, the lead endpoint and the knowledge file alike', () => {
    const urls = (url: string) => {
      const { config } = resolveConfig({ leadEndpoint: url, center: { website: url }, quickExit: { url }, knowledgeUrl: url });
      return [config.leadEndpoint, config.center.website, config.quickExit.url, config.knowledgeUrl];
    };
    for (const local of ['http://localhost:8080/leads', 'http://127.0.0.1/x', 'http://[::1]:3000/']) expect(urls(local), local).to.deep.equal([local, local, local, local]);
    for (const remote of ['http://example.org/x', 'http://192.168.1.5/x', 'http://localhost.evil.example/x']) {
      expect(urls(remote), remote).to.deep.equal([undefined, undefined, CONFIG_DEFAULTS.quickExitUrl, undefined]);
    }
    // Same-origin paths serve the website link, the endpoint and the file; the quick-exit page leaves the site.
    expect(urls('/contact')).to.deep.equal(['/contact', '/contact', CONFIG_DEFAULTS.quickExitUrl, '/contact']);
  });

  it('refuses CSS injection in colours', () => {
    for (const colour of ['red; background: url(https://evil.example/x)', 'red}body{display:none', 'url(x)', 'var(--x)', 'rgb(1,2,3) </style>', 'expression(alert(1))', 'rgb(calc(1),2,3)', '"red"']) {
      const { config, issues } = resolveConfig({ ui: { primaryColor: colour, accentColor: colour } });
      expect(config.ui.primaryColor, colour).to.equal(undefined);
      expect(config.ui.accentColor, colour).to.equal(undefined);
      expect(issueFor(issues, 'ui.primaryColor').severity).to.equal('error');
    }
  });

  it('never copies __proto__ or constructor keys and does not pollute prototypes', () => {
    const input: unknown = JSON.parse(
      '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "center": {"__proto__": {"name": "Evil"}}, "strings": {"__proto__": {"disclosure": "x"}}}',
    );
    const { config, issues } = resolveConfig(input);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.getPrototypeOf(config)).to.equal(Object.prototype);
    expect(config.center.name).to.equal(undefined);
    expect(config.strings.disclosure).to.equal(DEFAULT_STRINGS.disclosure);
    expect(issues.map((i) => i.field)).to.include.members(['__proto__', 'constructor', 'center.__proto__', 'strings.__proto__']);
  });

  it('caps 1 MB strings and stays quick', () => {
    const huge = 'a'.repeat(1024 * 1024);
    const started = performance.now();
    const { config, issues } = resolveConfig({
      center: { name: huge, address: huge, phone: huge, hours: huge, insurance: huge, timeZone: huge, website: `https://x.example/${huge}` },
      ui: { title: huge, primaryColor: huge },
      strings: { disclosure: huge },
      leadEndpoint: huge,
      locale: huge,
    });
    expect(performance.now() - started).to.be.below(1000);
    expect(config.center.name!.length).to.be.at.most(120);
    expect(config.center.address!.length).to.be.at.most(300);
    expect(config.center.phone).to.equal(undefined);
    expect(config.center.hours).to.equal(undefined);
    expect(config.center.website).to.equal(undefined);
    expect(config.ui.title!.length).to.be.at.most(80);
    expect(config.ui.primaryColor).to.equal(undefined);
    expect(config.strings.disclosure).to.equal(DEFAULT_STRINGS.disclosure);
    expect(config.locale).to.equal('en');
    expect(issues.every((i) => i.message.length < 400)).to.equal(true);
  });

  it('treats non-objects as "no config" and says so', () => {
    for (const input of ['{"center":{}}', 42, true, ['center'], () => ({}), Symbol('x'), 10n]) {
      const { config, issues } = resolveConfig(input);
      expect(config.persistence).to.equal('session');
      expect(issueFor(issues, 'config').severity).to.equal('error');
    }
  });

  it('survives getters that throw and revoked proxies', () => {
    const trap = Object.defineProperty({}, 'center', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(() => resolveConfig(trap)).not.to.throw();
    expect(resolveConfig(trap).config.center.name).to.equal(undefined);

    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const result = resolveConfig({ center: proxy, ui: proxy });
    expect(result.config.ui.zIndex).to.equal(2_147_483_000);
    expect(result.issues.length).to.be.greaterThan(0);
  });

  it('strips control and bidi characters from text', () => {
    const { config } = resolveConfig({ center: { name: 'Safe\u202eemaN\u0007 Center\u200b', address: 'Line 1\r\nLine 2\u0000' } });
    expect(config.center.name).to.equal('SafeemaN Center');
    expect(config.center.address).to.equal('Line 1 Line 2');
  });
});
