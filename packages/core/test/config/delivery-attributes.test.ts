/**
 * The script tag's outbox drain reads only the delivery attributes, without all of configuration
 * (delivery-attributes.ts). Whatever a center writes, it must read them as the chat does:
 * configFromAttributes + resolveConfig, which name bad values.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { configFromAttributes, resolveConfig } from '../../src/config/config-validation.js';
import { deliverySettingsFromAttributes } from '../../src/config/delivery-attributes.js';

type Attributes = Record<string, string>;

function asTheChatReadsThem(attributes: Attributes): unknown {
  const { config } = resolveConfig(configFromAttributes(attributes).input);
  return {
    leadEndpoint: config.leadEndpoint,
    leadTimeoutMs: config.leadTimeoutMs,
    persistence: config.persistence,
    retentionHours: config.retentionHours,
  };
}

const ENDPOINTS = [
  '/api/leads', ' /api/leads ', 'https://crm.example/leads?src=chat', 'http://localhost:8000/leads', 'http://crm.example/leads',
  'javascript:alert(1)', '//evil.example/leads', 'api/leads', '', '   ', '/api/\u202eleads', `/${'a'.repeat(2100)}`, 'HTTPS://CRM.EXAMPLE/x',
];
const NUMBERS = ['', ' ', '0', '1', '24', '48', '168', '169', '-5', '1_000', '15000', '999999999999', '1e3', '2.5', 'soon', ' 72 '];
const MODES = ['', 'none', 'session', 'local', ' LOCAL ', 'Local', 'sesion', 'forever', 'loc\u200bal'];

describe('deliverySettingsFromAttributes', () => {
  it('reads the documented attributes', () => {
    expect(
      deliverySettingsFromAttributes({
        'data-lead-endpoint': '/api/leads',
        'data-lead-timeout': '15000',
        'data-persistence': 'local',
        'data-retention-hours': '48',
      }),
    ).to.deep.equal({ leadEndpoint: '/api/leads', leadTimeoutMs: 15_000, persistence: 'local', retentionHours: 48 });
    expect(deliverySettingsFromAttributes({})).to.deep.equal({ leadEndpoint: undefined, leadTimeoutMs: 10_000, persistence: 'session', retentionHours: 24 });
  });

  it('reads every value exactly as configFromAttributes + resolveConfig do', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            'data-lead-endpoint': fc.oneof(fc.constantFrom(...ENDPOINTS), fc.string()),
            'data-lead-timeout': fc.oneof(fc.constantFrom(...NUMBERS), fc.string()),
            'data-persistence': fc.oneof(fc.constantFrom(...MODES), fc.string()),
            'data-retention-hours': fc.oneof(fc.constantFrom(...NUMBERS), fc.integer().map(String), fc.string()),
          },
          { requiredKeys: [] },
        ),
        (attributes: Attributes) => {
          expect(deliverySettingsFromAttributes(attributes), JSON.stringify(attributes)).to.deep.equal(asTheChatReadsThem(attributes));
        },
      ),
      { numRuns: 2000, seed: 20_261_207 },
    );
  });
});
