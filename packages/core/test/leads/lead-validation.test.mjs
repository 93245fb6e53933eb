// The contact form's rules, as a visitor meets them: clear messages, cleaned values, no crashes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateLead, buildLead, restoreLead, LEAD_MESSAGES as M } from '../../dist/leads/index.js';
import { form } from './lead-test-kit.mjs';

test('a complete form is accepted, trimmed and normalised', () => {
  const result = validateLead({
    ...form(1),
    name: '  Jo  \u202eS.\u0000 ',
    phone: ' +1 (555) 010-0199 ',
    email: '  jo@example.org ',
    note: '  Line one\r\nline\u0007 two\n\n\n\nend  ',
    extra: 'not forwarded',
  });
  assert.equal(result.ok, true);
  assert.deepEqual(result.lead, {
    name: 'Jo S.',
    phone: '+15550100199',
    email: 'jo@example.org',
    preferredMethod: 'call',
    bestTime: 'evening',
    voicemailOk: false,
    centerNameOk: false,
    consentContact: true,
    consentSms: false,
    includeScreening: false,
    note: 'Line one\nline two\n\nend',
  });
});

test('phone numbers in US and international formats become digits with an optional +', () => {
  const phone = (value) => {
    const r = validateLead(form(1, { phone: value }));
    return r.ok ? r.lead.phone : r.errors.phone;
  };
  assert.equal(phone('(555) 010-0199'), '5550100199');
  assert.equal(phone('555.010.0199'), '5550100199');
  assert.equal(phone('+44 20 7946 0958'), '+442079460958');
  assert.equal(phone('+33 1 23 45 67 89'), '+33123456789');
  assert.equal(phone('555-01'), M.phoneTooShort);
  assert.equal(phone('That phone number'), M.phoneInvalid);
  assert.equal(phone('555 0100 x12'), M.phoneInvalid);
  assert.equal(phone('1234567890123456'), M.phoneTooLong);
  assert.equal(phone('5+55 0100199'), M.phoneInvalid);
});

test('email: a pragmatic check', () => {
  const email = (value) => {
    const r = validateLead(form(1, { phone: undefined, preferredMethod: 'email', email: value }));
    return r.ok ? r.lead.email : r.errors.email;
  };
  assert.equal(email('jo@example.org'), 'jo@example.org');
  assert.equal(email('jo.s+iop@mail.example.co.uk'), 'jo.s+iop@mail.example.co.uk');
  assert.equal(email('jo@exa mple.org'), M.emailInvalid);
  assert.equal(email('jo@example'), M.emailInvalid);
  assert.equal(email('jo..s@example.org'), M.emailInvalid);
  assert.equal(email('jo@example..org'), M.emailInvalid);
  assert.equal(email('<jo@example.org>'), M.emailInvalid);
  assert.equal(email(`${'a'.repeat(250)}@example.org`), M.emailInvalid);
});

test('a way to reach the visitor is required, consistent with the chosen method', () => {
  const errors = (overrides) => {
    const r = validateLead(form(1, overrides));
    return r.ok ? {} : r.errors;
  };
  assert.deepEqual(errors({ phone: undefined }), { phone: M.contactRequired });
  assert.deepEqual(errors({ phone: '  ', email: '' }), { phone: M.contactRequired });
  assert.deepEqual(errors({ phone: undefined, email: 'jo@example.org' }), { phone: M.phoneNeededToCall });
  assert.deepEqual(errors({ phone: undefined, email: 'jo@example.org', preferredMethod: 'text', consentSms: true }), {
    phone: M.phoneNeededToText,
  });
  assert.deepEqual(errors({ preferredMethod: 'email' }), { email: M.emailNeeded });
  assert.deepEqual(errors({ preferredMethod: 'text' }), { consentSms: M.consentSmsRequired });
  assert.deepEqual(errors({ preferredMethod: 'text', consentSms: true }), {});
  assert.deepEqual(errors({ preferredMethod: 'fax' }), { preferredMethod: M.methodRequired });
  assert.deepEqual(errors({ consentContact: 'yes' }), { consentContact: M.consentContactRequired });
});

test('names, notes and choices are checked with visitor-facing messages', () => {
  const errors = (overrides) => {
    const r = validateLead(form(1, overrides));
    return r.ok ? {} : r.errors;
  };
  assert.deepEqual(errors({ name: ' \u200b ' }), { name: M.nameRequired });
  assert.deepEqual(errors({ name: 'J' }), {});
  assert.deepEqual(errors({ name: 'x'.repeat(81) }), { name: M.nameTooLong });
  assert.deepEqual(errors({ note: 'x'.repeat(1001) }), { note: M.noteTooLong });
  assert.deepEqual(errors({ note: 'x'.repeat(1000) }), {});
  assert.deepEqual(errors({ bestTime: 'midnight' }), { bestTime: M.bestTimeInvalid });
  assert.deepEqual(errors({ bestTime: '' }), {});
  assert.equal(M.contactRequired, 'Please enter a phone number or an email so we can reach you.');
  assert.equal(M.phoneTooShort, 'That phone number looks too short.');
});

test('permissions are only ever granted by a real true', () => {
  const r = validateLead(form(1, { voicemailOk: 'true', centerNameOk: 1, includeScreening: {} }));
  assert.equal(r.ok, true);
  assert.equal(r.lead.voicemailOk, false);
  assert.equal(r.lead.centerNameOk, false);
  assert.equal(r.lead.includeScreening, false);
});

test('never throws, whatever it is given', () => {
  const hostile = new Proxy(
    {},
    {
      get() {
        throw new Error('boom');
      },
    },
  );
  const inputs = [
    null,
    undefined,
    0,
    42,
    NaN,
    'a string',
    'x'.repeat(1_000_000),
    [],
    [form(1)],
    Symbol('s'),
    10n,
    () => form(1),
    hostile,
    { name: { toString: () => 'x' } },
    { ...form(1), name: 'y'.repeat(1_000_000), note: '\u0000'.repeat(1_000_000), phone: '9'.repeat(1_000_000) },
    Object.create(null),
  ];
  for (const input of inputs) {
    const r = validateLead(input);
    assert.equal(r.ok, false);
    assert.ok(Object.keys(r.errors).length > 0);
  }
  assert.deepEqual(validateLead(null).errors, {
    name: M.nameRequired,
    phone: M.contactRequired,
    preferredMethod: M.methodRequired,
    consentContact: M.consentContactRequired,
  });
});

test('buildLead keeps screening only when shared, and strips page query strings', () => {
  const input = validateLead(form(1, { includeScreening: true })).lead;
  const lead = buildLead(input, {
    id: '0b6f3a52-33a4-4d55-9a53-2d3a1b8c9e10',
    createdAt: '2025-01-06T09:00:00.000Z',
    screening: { bandId: 'moderate', answers: [3, 3] },
    source: { centerName: 'Harbor IOP', page: '/programs/iop?utm_source=x&email=jo@example.org#form', extra: 1 },
  });
  assert.deepEqual(lead.screening, { bandId: 'moderate' });
  assert.deepEqual(lead.source, { centerName: 'Harbor IOP', page: '/programs/iop' });
  assert.equal(lead.schema, 1);
  const notShared = buildLead(validateLead(form(1)).lead, {
    id: '0b6f3a52-33a4-4d55-9a53-2d3a1b8c9e11',
    createdAt: '2025-01-06T09:00:00.000Z',
    screening: { bandId: 'moderate' },
  });
  assert.equal('screening' in notShared, false);
  assert.deepEqual(notShared.source, {});
  assert.deepEqual(restoreLead(JSON.parse(JSON.stringify(lead))), lead);
  assert.equal(restoreLead({ ...lead, schema: 2 }), undefined);
  assert.equal(restoreLead({ ...lead, id: 'bad id' }), undefined);
  assert.equal(restoreLead({ ...lead, consentContact: false }), undefined);
});
