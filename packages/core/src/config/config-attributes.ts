/**
 * The script-tag configuration: data attributes (as written in HTML, as `element.dataset` keys, or
 * without the `data-` prefix) mapped to an `IopChatConfig`. The table below is the single list of
 * attributes (their descriptions for the README are in attribute-docs.ts). Values are passed on as
 * written (only numbers, switches and lists are converted here); `resolveConfig` checks them.
 */
import type { IopChatConfig, ConfigIssue } from './config-types.js';
import { cleanText } from './clean-text.js';
import { suggest } from './suggest.js';

type AttributeKind = 'text' | 'list' | 'number' | 'switch';

export interface KnownAttribute {
  /** The attribute as written in HTML. */
  readonly attribute: `data-${string}`;
  /** Where it goes in `IopChatConfig`, e.g. 'center.phone'. */
  readonly option: string;
  /** Other accepted names. */
  readonly aliases?: readonly `data-${string}`[];
  readonly kind: AttributeKind;
}

/**
 * Every data attribute iop-chat reads. What each is for, with an example, is documentation only
 * (attribute-docs.ts, which the README table is checked against): nothing here ships it, and
 * every warning names the attribute itself.
 */
export const KNOWN_ATTRIBUTES: readonly KnownAttribute[] = [
  { attribute: 'data-center-name', option: 'center.name', kind: 'text' },
  { attribute: 'data-phone', option: 'center.phone', kind: 'text' },
  { attribute: 'data-sms', option: 'center.sms', kind: 'text' },
  { attribute: 'data-email', option: 'center.email', kind: 'text' },
  { attribute: 'data-address', option: 'center.address', kind: 'text' },
  { attribute: 'data-website', option: 'center.website', kind: 'text' },
  { attribute: 'data-hours', option: 'center.hours', kind: 'text' },
  { attribute: 'data-time-zone', option: 'center.timeZone', kind: 'text', aliases: ['data-timezone'] },
  { attribute: 'data-insurance', option: 'center.insurance', kind: 'list' },
  { attribute: 'data-medication', option: 'center.medication', kind: 'text' },
  { attribute: 'data-telehealth', option: 'center.telehealth', kind: 'text' },
  { attribute: 'data-cost', option: 'center.cost', kind: 'text' },
  { attribute: 'data-parking', option: 'center.parking', kind: 'text' },
  { attribute: 'data-lead-endpoint', option: 'leadEndpoint', kind: 'text' },
  { attribute: 'data-lead-timeout', option: 'leadTimeoutMs', kind: 'number' },
  { attribute: 'data-locale', option: 'locale', kind: 'text' },
  { attribute: 'data-crisis-country', option: 'crisisCountry', kind: 'text', aliases: ['data-crisis-pack'] },
  { attribute: 'data-persistence', option: 'persistence', kind: 'text' },
  { attribute: 'data-retention-hours', option: 'retentionHours', kind: 'number' },
  { attribute: 'data-knowledge', option: 'knowledgeUrl', kind: 'text' },
  { attribute: 'data-quick-exit', option: 'quickExit.enabled', kind: 'switch' },
  { attribute: 'data-quick-exit-url', option: 'quickExit.url', kind: 'text' },
  { attribute: 'data-position', option: 'ui.position', kind: 'text' },
  { attribute: 'data-z-index', option: 'ui.zIndex', kind: 'number' },
  { attribute: 'data-mode', option: 'ui.mode', kind: 'text' },
  { attribute: 'data-primary-color', option: 'ui.primaryColor', kind: 'text' },
  { attribute: 'data-accent-color', option: 'ui.accentColor', kind: 'text' },
  { attribute: 'data-title', option: 'ui.title', kind: 'text' },
  { attribute: 'data-launcher-label', option: 'ui.launcherLabel', kind: 'text' },
];

/** Standard `<script>` attributes: not options, never reported. */
const SCRIPT_ATTRIBUTES = new Set([
  'src', 'type', 'async', 'defer', 'crossorigin', 'integrity', 'nonce', 'referrerpolicy', 'id', 'class',
  'nomodule', 'fetchpriority', 'blocking', 'charset', 'language', 'style',
]);

const BY_NAME = new Map<string, KnownAttribute>();
for (const spec of KNOWN_ATTRIBUTES) {
  for (const name of [spec.attribute, ...(spec.aliases ?? [])]) BY_NAME.set(name.slice('data-'.length), spec);
}
const ATTRIBUTE_NAMES = KNOWN_ATTRIBUTES.map((a) => a.attribute.slice('data-'.length));

/** 'centerName', 'center-name' and 'data-center-name' all become 'center-name'. */
function attributeName(key: string): string {
  let name = key.trim();
  if (!name.includes('-') && /[a-z]/.test(name) && /[A-Z]/.test(name)) {
    name = name.replace(/[A-Z]/g, (c) => `-${c}`);
  }
  name = name.toLowerCase();
  return name.startsWith('data-') ? name.slice('data-'.length) : name;
}

/** The data attribute that sets a config field ('center.phone' -> 'data-phone'), if any. */
export function attributeForField(field: string): string | undefined {
  return KNOWN_ATTRIBUTES.find((a) => a.option === field)?.attribute;
}

const OFF = new Set(['off', 'false', 'no', '0', 'disabled']);
const ON = new Set(['', 'on', 'true', 'yes', '1', 'enabled']);

function convert(
  spec: KnownAttribute,
  value: string,
  issues: ConfigIssue[],
): { ok: true; value: unknown } | { ok: false } {
  const shown = JSON.stringify(cleanText(value, 40).text);
  if (spec.kind === 'switch') {
    const word = value.trim().toLowerCase();
    if (OFF.has(word)) return { ok: true, value: false };
    if (ON.has(word)) return { ok: true, value: true };
    issues.push({ field: spec.option, message: `${spec.attribute}: ${shown} should be "on" or "off"; it is left on.`, severity: 'error' });
    return { ok: false };
  }
  if (value.trim() === '') return { ok: false };
  if (spec.kind === 'number') {
    const text = value.trim().replace(/_/g, '');
    if (/^-?\d{1,12}$/.test(text)) return { ok: true, value: Number(text) };
    issues.push({ field: spec.option, message: `${spec.attribute}: ${shown} is not a whole number; the default is used.`, severity: 'error' });
    return { ok: false };
  }
  if (spec.kind === 'list') return { ok: true, value: value.split(/[,;]/).map((item) => item.trim()).filter(Boolean) };
  return { ok: true, value };
}

function setOption(input: Record<string, unknown>, option: string, value: unknown): void {
  const [section, key] = option.split('.') as [string, string | undefined];
  if (key === undefined) {
    input[section] = value;
    return;
  }
  const existing = input[section];
  const target: Record<string, unknown> =
    typeof existing === 'object' && existing !== null ? (existing as Record<string, unknown>) : {};
  target[key] = value;
  input[section] = target;
}

/**
 * Reads data attributes into an `IopChatConfig`. Accepts `element.dataset` (camelCase keys), or
 * attribute names with or without `data-`. Unknown attributes are reported with a suggestion
 * ("data-phnoe is not a known option (did you mean data-phone?)"); `ignore` lists attribute names
 * the caller uses for itself. Values are passed on for `resolveConfig` to check. Never throws.
 */
export function configFromAttributes(
  attrs: Readonly<Record<string, string | undefined>>,
  options: { readonly ignore?: readonly string[] } = {},
): { input: IopChatConfig; issues: ConfigIssue[] } {
  const input: IopChatConfig & Record<string, unknown> = {};
  const issues: ConfigIssue[] = [];
  const seen = new Map<KnownAttribute, string>();
  const ignored = new Set((options.ignore ?? []).map(attributeName));
  let keys: string[] = [];
  try {
    keys = typeof attrs === 'object' ? Object.keys(attrs) : [];
  } catch {
    keys = [];
  }
  for (const key of keys.slice(0, 200)) {
    let raw: unknown;
    try {
      raw = attrs[key];
    } catch {
      raw = undefined;
    }
    if (typeof raw === 'number' || typeof raw === 'boolean') raw = String(raw);
    if (typeof raw !== 'string') continue;
    const value = raw;
    const isData = key.trim().toLowerCase().startsWith('data-');
    const name = attributeName(key);
    if (ignored.has(name)) continue;
    const spec = BY_NAME.get(name);
    if (!spec) {
      if (!isData && SCRIPT_ATTRIBUTES.has(name)) continue;
      const shownName = `data-${cleanText(name, 60).text}`;
      const guess = suggest(name, ATTRIBUTE_NAMES);
      const hint = guess ? ` (did you mean data-${guess}?)` : '';
      issues.push({ field: shownName, message: `${shownName} is not a known option${hint}; it is ignored.`, severity: 'warning' });
      continue;
    }
    const previous = seen.get(spec);
    if (previous !== undefined) {
      if (previous !== value) {
        issues.push({
          field: spec.option,
          message: `${spec.attribute} is set more than once with different values; the first is used.`,
          severity: 'warning',
        });
      }
      continue;
    }
    seen.set(spec, value);
    const converted = convert(spec, value, issues);
    if (converted.ok) setOption(input, spec.option, converted.value);
  }
  // Built from checked names only; values are as written and are checked by resolveConfig.
  return { input, issues };
}
