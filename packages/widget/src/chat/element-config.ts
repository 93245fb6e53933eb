/**
 * The element's configuration: its attributes (the same names as the script tag's data attributes,
 * without `data-`) read through core's `configFromAttributes`, with the `config` property laid over
 * them (a developer's code wins over markup, field by field). Everything is checked later by core's
 * `resolveConfig`; here nothing is validated and nothing throws.
 */
import { attributeForField, configFromAttributes, KNOWN_ATTRIBUTES, type ConfigIssue, type IopChatConfig } from '@iop-chat/core';

/** Every configuration attribute the element observes ('center-name', 'phone', ... and aliases). */
export const CONFIG_ATTRIBUTES: readonly string[] = KNOWN_ATTRIBUTES.flatMap((spec) => [spec.attribute, ...(spec.aliases ?? [])]).map((name) =>
  name.slice('data-'.length),
);

const SECTIONS = ['center', 'ui', 'analytics'] as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The configuration attributes present on `element`, by name. */
export function readConfigAttributes(element: Element): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of CONFIG_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value !== null) out[name] = value;
  }
  return out;
}

/** Lays `property` over `attributes`: sections (center, ui, analytics, quickExit) merge key by key. */
export function mergeConfig(attributes: IopChatConfig, property: unknown): IopChatConfig {
  if (property === undefined || property === null) return attributes;
  if (!isObject(property)) return property; // core reports what is wrong with it
  const merged: Record<string, unknown> = { ...attributes, ...property };
  for (const section of SECTIONS) {
    const a: unknown = attributes[section];
    const p: unknown = property[section];
    if (isObject(a) && isObject(p)) merged[section] = { ...a, ...p };
  }
  const qa: unknown = attributes.quickExit;
  const qp: unknown = property['quickExit'];
  if (isObject(qa) && isObject(qp)) merged['quickExit'] = { ...qa, ...qp };
  return merged;
}

export interface ElementConfig {
  readonly input: IopChatConfig;
  /** Problems found while reading attributes (core reports the rest when it resolves the config). */
  readonly issues: readonly ConfigIssue[];
  /** Config fields that came from an attribute ('center.phone'), to name the attribute in warnings. */
  readonly fromAttributes: ReadonlySet<string>;
}

/** Reads attributes and merges the `config` property over them. */
export function elementConfig(element: Element, property: unknown): ElementConfig {
  const attributes = readConfigAttributes(element);
  const { input, issues } = configFromAttributes(attributes);
  const fromAttributes = new Set<string>();
  for (const spec of KNOWN_ATTRIBUTES) {
    const names = [spec.attribute, ...(spec.aliases ?? [])].map((n) => n.slice('data-'.length));
    if (names.some((n) => n in attributes)) fromAttributes.add(spec.option);
  }
  // Attribute messages say `data-x` (the script tag's spelling); on the element it is `x`.
  const named = issues.map((issue) => ({ ...issue, message: issue.message.replace(/\bdata-([a-z][a-z-]*)/g, '$1') }));
  return { input: mergeConfig(input, property), issues: named, fromAttributes };
}

/** The warning printed for a configuration issue, naming the attribute that set the field. */
export function issueMessage(issue: ConfigIssue, fromAttributes: ReadonlySet<string>): string {
  const attribute = fromAttributes.has(issue.field) ? attributeForField(issue.field) : undefined;
  const where = attribute ? ` (from the "${attribute.slice('data-'.length)}" attribute)` : '';
  return `iop-chat: ${issue.message}${where}`;
}
