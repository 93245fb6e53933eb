/**
 * Validation for crisis resource packs supplied in configuration. Every error names the field
 * ("resources[2].actions[0].href: ..."), so an integrator can fix it; a pack with any error is
 * never used (the default pack is used instead, see `resolveCrisisPack`).
 */
import { CRISIS_KINDS, isCrisisKind } from './crisis-kinds.js';
import type { CrisisAction, CrisisPack, CrisisResource } from './crisis-packs.js';
import { deepFreeze } from './deep-freeze.js';

export type CrisisPackValidation = { ok: true; pack: CrisisPack } | { ok: false; errors: string[] };

const MAX_PRIMARY = 3;
const HREF_RULES: Readonly<Record<CrisisAction['type'], { pattern: RegExp; hint: string }>> = {
  call: { pattern: /^tel:\+?[0-9]{2,15}$/, hint: 'tel: followed by digits, e.g. tel:988' },
  text: { pattern: /^sms:\+?[0-9]{2,15}(\?body=[A-Za-z0-9]{1,20})?$/, hint: 'sms: followed by digits, e.g. sms:741741?body=HOME' },
  chat: { pattern: /^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/[^\s<>"']*)?$/i, hint: 'an https:// address' },
};
/** The 988 "press 3" option was discontinued in July 2025 and must not be offered. */
const PRESS_3 = /press\s*3|tel:988\s*[,;pw]\s*3/i;

type Obj = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim().length > 0 ? value.trim() : undefined;
}

function validateAction(value: unknown, at: string, errors: string[]): CrisisAction | undefined {
  if (!isObject(value)) {
    errors.push(`${at}: must be an object with type, label and href`);
    return undefined;
  }
  const type = value.type;
  if (type !== 'call' && type !== 'text' && type !== 'chat') {
    errors.push(`${at}.type: must be "call", "text" or "chat"`);
    return undefined;
  }
  const label = text(value.label);
  if (label === undefined) errors.push(`${at}.label: must be a non-empty string`);
  const href = typeof value.href === 'string' ? value.href.trim() : '';
  const rule = HREF_RULES[type];
  if (!rule.pattern.test(href)) errors.push(`${at}.href: a ${type} action needs ${rule.hint}`);
  return label === undefined ? undefined : { type, label, href };
}

function validateResource(value: unknown, at: string, errors: string[]): CrisisResource | undefined {
  if (!isObject(value)) {
    errors.push(`${at}: must be an object`);
    return undefined;
  }
  const before = errors.length;
  const id = text(value.id);
  if (id === undefined || !/^[a-z0-9][a-z0-9-]*$/.test(id)) {
    errors.push(`${at}.id: must be a lower-case id like "988-lifeline"`);
  }
  const name = text(value.name);
  if (name === undefined) errors.push(`${at}.name: must be a non-empty string`);
  const description = text(value.description);
  if (description === undefined) errors.push(`${at}.description: must be a non-empty string`);
  else if (description.length > 240) errors.push(`${at}.description: must be short (240 characters at most)`);
  const actions: CrisisAction[] = [];
  if (!Array.isArray(value.actions) || value.actions.length === 0) {
    errors.push(`${at}.actions: must be a non-empty array`);
  } else {
    value.actions.forEach((action: unknown, i) => {
      const valid = validateAction(action, `${at}.actions[${i}]`, errors);
      if (valid !== undefined) actions.push(valid);
    });
  }
  let kinds: CrisisResource['for'] = 'all';
  if (value.for !== 'all') {
    if (!Array.isArray(value.for)) errors.push(`${at}.for: must be "all" or a list of crisis kinds`);
    else {
      value.for.forEach((kind: unknown, i) => {
        if (!isCrisisKind(kind)) errors.push(`${at}.for[${i}]: unknown crisis kind ${JSON.stringify(kind)}`);
      });
      kinds = value.for.filter(isCrisisKind);
    }
  }
  const dials988 = actions.some((a) => a.href.startsWith('tel:988'));
  const words = [name, description, ...actions.flatMap((a) => [a.label, a.href])].join(' ');
  if (dials988 && PRESS_3.test(words)) {
    errors.push(`${at}: must not offer the discontinued 988 "press 3" option`);
  }
  if (errors.length > before || id === undefined || name === undefined || description === undefined) return undefined;
  return { id, name, description, actions, for: kinds };
}

/**
 * Checks a crisis pack from configuration. Returns a clean copy of the pack when every field is
 * valid, or the list of errors, each naming its field.
 */
export function validateCrisisPack(input: unknown): CrisisPackValidation {
  const errors: string[] = [];
  if (!isObject(input)) return { ok: false, errors: ['pack: must be an object'] };

  const country = typeof input.country === 'string' ? input.country.trim().toUpperCase() : '';
  if (!/^[A-Z]{2}$/.test(country)) errors.push('country: must be a two-letter country code like "US"');
  const emergencyNumber = typeof input.emergencyNumber === 'string' ? input.emergencyNumber.trim() : '';
  if (!/^[0-9]{2,4}$/.test(emergencyNumber)) errors.push('emergencyNumber: must be the digits of the emergency number, e.g. "911"');
  const lastVerified = typeof input.lastVerified === 'string' ? input.lastVerified.trim() : '';
  if (!/^20[0-9]{2}-(0[1-9]|1[0-2])$/.test(lastVerified)) errors.push('lastVerified: must be the month the numbers were checked, "YYYY-MM"');

  const resources: CrisisResource[] = [];
  if (!Array.isArray(input.resources) || input.resources.length === 0) {
    errors.push('resources: must be a non-empty array');
  } else {
    const seen = new Set<string>();
    input.resources.forEach((value: unknown, i) => {
      const resource = validateResource(value, `resources[${i}]`, errors);
      if (resource === undefined) return;
      if (seen.has(resource.id)) errors.push(`resources[${i}].id: duplicate id "${resource.id}"`);
      seen.add(resource.id);
      resources.push(resource);
    });
    const emergencyHref = `tel:${emergencyNumber}`;
    if (emergencyNumber !== '' && !resources.some((r) => r.actions.some((a) => a.type === 'call' && a.href === emergencyHref))) {
      errors.push(`resources: one resource must call the emergency number (${emergencyHref})`);
    }
  }

  const ids = new Set(resources.map((r) => r.id));
  const primary: Partial<Record<(typeof CRISIS_KINDS)[number], string[]>> = {};
  if (!isObject(input.primaryByKind)) {
    errors.push('primaryByKind: must map every crisis kind to a list of resource ids');
  } else {
    const table = input.primaryByKind;
    for (const key of Object.keys(table)) {
      if (!isCrisisKind(key)) errors.push(`primaryByKind.${key}: unknown crisis kind`);
    }
    for (const kind of CRISIS_KINDS) {
      const list = table[kind];
      if (!Array.isArray(list) || list.length === 0 || list.length > MAX_PRIMARY) {
        errors.push(`primaryByKind.${kind}: must list 1 to ${MAX_PRIMARY} resource ids`);
        continue;
      }
      list.forEach((id: unknown, i) => {
        if (typeof id !== 'string' || !ids.has(id)) {
          errors.push(`primaryByKind.${kind}[${i}]: unknown resource id ${JSON.stringify(id)}`);
        }
      });
      primary[kind] = list.filter((id): id is string => typeof id === 'string');
    }
  }

  if (errors.length > 0) return { ok: false, errors };
  const primaryByKind = Object.fromEntries(CRISIS_KINDS.map((kind) => [kind, primary[kind] ?? []])) as Record<
    (typeof CRISIS_KINDS)[number],
    string[]
  >;
  return { ok: true, pack: deepFreeze({ country, emergencyNumber, lastVerified, resources, primaryByKind }) };
}
