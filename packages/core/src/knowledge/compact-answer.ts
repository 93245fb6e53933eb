/**
 * A compact form of an answer's block tree, for shipping compiled knowledge to browsers. The tree
 * spells every node as an object (`{"t":"text","v":"..."}`), which costs more than the words; this
 * form keeps the same tree as plain arrays and strings, and `unpackAnswer` gives back an equal
 * tree when the knowledge loads, so rendering never sees it. It is data, never markup.
 *
 *   block   [tag, ...]: tag "p", "ul" or "ol", with a condition "p?insurance" / "p!insurance"
 *           ("[if insurance]" / "[if !insurance]"); a paragraph's inline nodes follow its tag, a
 *           list's items (each an array of inline nodes) follow its tag
 *   inline  a string is a text node; ["f", field] a center field; ["*", ...] strong; ["_", ...] em;
 *           [">", id, ...] a topic link; ["^", href, ...] a link
 */
import { CENTER_FIELDS, type Block, type CenterField, type Inline } from './types.js';

export type PackedInline =
  | string
  | readonly ['f', CenterField]
  | readonly ['*' | '_', ...PackedInline[]]
  | readonly ['>' | '^', string, ...PackedInline[]];

export type PackedBlock = readonly [string, ...(PackedInline | readonly PackedInline[])[]];

function packInline(node: Inline): PackedInline {
  switch (node.t) {
    case 'text':
      return node.v;
    case 'field':
      return ['f', node.key];
    case 'strong':
      return ['*', ...node.c.map(packInline)];
    case 'em':
      return ['_', ...node.c.map(packInline)];
    case 'topic':
      return ['>', node.id, ...node.c.map(packInline)];
    case 'link':
      return ['^', node.href, ...node.c.map(packInline)];
    default:
      throw new Error(`packAnswer: unknown inline node ${JSON.stringify((node as { t?: unknown }).t)}`);
  }
}

/** The compact form of an answer; `unpackAnswer` gives back an equal tree. */
export function packAnswer(blocks: readonly Block[]): PackedBlock[] {
  return blocks.map((block): PackedBlock => {
    const tag = block.t + (block.when ? `${block.when.present ? '?' : '!'}${block.when.field}` : '');
    switch (block.t) {
      case 'p':
        return [tag, ...block.c.map(packInline)];
      case 'ul':
      case 'ol':
        return [tag, ...block.items.map((item) => item.map(packInline))];
      default:
        throw new Error(`packAnswer: unknown block ${JSON.stringify((block as { t?: unknown }).t)}`);
    }
  });
}

const TAG = /^(p|ul|ol)(?:([?!])([a-z]+))?$/;
/** Deeper nesting than any answer needs is refused rather than followed. */
const MAX_DEPTH = 8;

function isCenterField(value: unknown): value is CenterField {
  return (CENTER_FIELDS as readonly unknown[]).includes(value);
}

function bad(what: string, value: unknown): never {
  throw new Error(`unpackAnswer: ${what}: ${(JSON.stringify(value) as string | undefined ?? typeof value).slice(0, 60)}`);
}

function unpackInlines(nodes: unknown, depth: number): Inline[] {
  if (!Array.isArray(nodes) || depth > MAX_DEPTH) bad('not a list of inline nodes', nodes);
  return nodes.map((node: unknown): Inline => {
    if (typeof node === 'string') return { t: 'text', v: node };
    if (!Array.isArray(node)) bad('not an inline node', node);
    const [tag, first, ...rest] = node as unknown[];
    if (tag === 'f' && isCenterField(first) && rest.length === 0) return { t: 'field', key: first };
    if (tag === '*') return { t: 'strong', c: unpackInlines(node.slice(1), depth + 1) };
    if (tag === '_') return { t: 'em', c: unpackInlines(node.slice(1), depth + 1) };
    if (tag === '>' && typeof first === 'string') return { t: 'topic', id: first, c: unpackInlines(rest, depth + 1) };
    if (tag === '^' && typeof first === 'string') return { t: 'link', href: first, c: unpackInlines(rest, depth + 1) };
    return bad('not an inline node', node);
  });
}

/** The answer tree from its compact form (see `packAnswer`). Throws on anything else. */
export function unpackAnswer(packed: unknown): Block[] {
  if (!Array.isArray(packed)) bad('not a list of blocks', packed);
  return packed.map((block: unknown): Block => {
    const match = Array.isArray(block) && typeof block[0] === 'string' ? TAG.exec(block[0]) : null;
    if (!match || !Array.isArray(block)) return bad('not a block', block);
    const [, t, sign, field] = match;
    if (sign !== undefined && !isCenterField(field)) bad('not a center field', field);
    const when = sign !== undefined ? { when: { field: field as CenterField, present: sign === '?' } } : {};
    const body = block.slice(1);
    if (t === 'p') return { t, c: unpackInlines(body, 0), ...when };
    return { t: t as 'ul' | 'ol', items: body.map((item) => unpackInlines(item, 0)), ...when };
  });
}
