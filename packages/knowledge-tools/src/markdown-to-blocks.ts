/**
 * Compiles an answer's Markdown to the safe block tree core and the widget understand.
 *
 * Only a small subset is allowed (paragraphs, lists, bold, italic, links, center fields and
 * `[if field]` conditions); anything else (headings, HTML, images, code, tables) is an error, so
 * no markup can reach a visitor's browser by accident. Link targets are limited to http(s), tel,
 * sms, mailto, `topic:<id>` and `action:<id>`.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import { CENTER_FIELDS, type Block, type CenterField, type Condition, type Inline } from '@iop-chat/core';

export interface CompileAnswerResult {
  readonly blocks: Block[];
  readonly errors: string[];
  /** Entry ids referenced by `topic:` / `action:` links, checked by the caller. */
  readonly links: string[];
  readonly fields: CenterField[];
}

const CONDITION = /^\[if\s+(!?)([a-z]+)\]\s*/;
const FIELD = /\{\{\s*([a-zA-Z]+)\s*\}\}/g;
const SAFE_HREF = /^(https?:\/\/[^\s<>"']+|tel:\+?[0-9-]{3,20}|sms:\+?[0-9-]{3,20}(\?body=[\w%+.-]*)?|mailto:[^\s<>"':]+@[^\s<>"':]+)$/i;
const INTERNAL_HREF = /^(topic|action):([a-z0-9-]+)$/;

function isCenterField(name: string): name is CenterField {
  return (CENTER_FIELDS as readonly string[]).includes(name);
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

class AnswerCompiler {
  readonly errors: string[] = [];
  readonly links: string[] = [];
  readonly fields = new Set<CenterField>();

  text(raw: string): Inline[] {
    const out: Inline[] = [];
    let last = 0;
    const value = decodeEntities(raw);
    for (const match of value.matchAll(FIELD)) {
      const name = match[1] ?? '';
      if (match.index > last) out.push({ t: 'text', v: value.slice(last, match.index) });
      if (isCenterField(name)) {
        this.fields.add(name);
        out.push({ t: 'field', key: name });
      } else {
        this.errors.push(`unknown center field {{${name}}} (known: ${CENTER_FIELDS.join(', ')})`);
      }
      last = match.index + match[0].length;
    }
    if (last < value.length) out.push({ t: 'text', v: value.slice(last) });
    if (/[<>]/.test(value)) this.errors.push(`HTML is not allowed in answers: "${value.trim().slice(0, 40)}"`);
    return out;
  }

  inline(tokens: readonly Token[] | undefined): Inline[] {
    const out: Inline[] = [];
    for (const token of tokens ?? []) {
      switch (token.type) {
        case 'text':
        case 'escape': {
          const t = token as Tokens.Text;
          out.push(...(t.tokens && t.tokens.length > 0 ? this.inline(t.tokens) : this.text(t.text)));
          break;
        }
        case 'strong':
          out.push({ t: 'strong', c: this.inline((token as Tokens.Strong).tokens) });
          break;
        case 'em':
          out.push({ t: 'em', c: this.inline((token as Tokens.Em).tokens) });
          break;
        case 'br':
          out.push({ t: 'text', v: ' ' });
          break;
        case 'link': {
          const link = token as Tokens.Link;
          const children = this.inline(link.tokens);
          const internal = INTERNAL_HREF.exec(link.href);
          if (internal?.[2]) {
            this.links.push(internal[2]);
            out.push({ t: 'topic', id: internal[2], c: children });
          } else if (SAFE_HREF.test(link.href)) {
            out.push({ t: 'link', href: link.href, c: children });
          } else {
            this.errors.push(`link target "${link.href}" is not allowed (use https:, tel:, sms:, mailto:, topic:<id> or action:<id>)`);
          }
          break;
        }
        default:
          this.errors.push(`${token.type} is not allowed in answers: "${token.raw.trim().slice(0, 40)}"`);
      }
    }
    return out;
  }

  /** Removes a leading `[if field]` from a paragraph's first text and returns the condition. */
  condition(paragraph: Tokens.Paragraph): { when?: Condition; rest: Token[] } {
    const [first, ...others] = paragraph.tokens;
    if (first?.type !== 'text') return { rest: paragraph.tokens };
    const match = CONDITION.exec((first as Tokens.Text).text);
    if (!match) return { rest: paragraph.tokens };
    const field = match[2] ?? '';
    if (!isCenterField(field)) {
      this.errors.push(`[if ${field}] names an unknown center field (known: ${CENTER_FIELDS.join(', ')})`);
      return { rest: paragraph.tokens };
    }
    this.fields.add(field);
    const remaining = (first as Tokens.Text).text.slice(match[0].length);
    const rest: Token[] = remaining.length > 0 ? [{ ...(first as Tokens.Text), text: remaining, tokens: undefined }, ...others] : others;
    return { when: { field, present: match[1] !== '!' }, rest };
  }

  blocks(tokens: readonly Token[]): Block[] {
    const out: Block[] = [];
    let pending: Condition | undefined;
    for (const token of tokens) {
      if (token.type === 'space') continue;
      if (token.type === 'paragraph') {
        const { when, rest } = this.condition(token as Tokens.Paragraph);
        const content = this.inline(rest);
        if (content.length === 0 || content.every((c) => c.t === 'text' && c.v.trim() === '')) {
          pending = when; // a condition on a line of its own applies to the next block
          continue;
        }
        const cond = when ?? pending;
        out.push(cond ? { t: 'p', c: content, when: cond } : { t: 'p', c: content });
        pending = undefined;
      } else if (token.type === 'list') {
        const list = token as Tokens.List;
        const items = list.items.map((item) =>
          item.tokens.flatMap((child) =>
            child.type === 'text' || child.type === 'paragraph'
              ? this.inline((child as Tokens.Text).tokens ?? [{ ...child }])
              : (this.errors.push(`${child.type} is not allowed inside a list item`), []),
          ),
        );
        const t = list.ordered ? 'ol' : 'ul';
        out.push(pending ? { t, items, when: pending } : { t, items });
        pending = undefined;
      } else {
        this.errors.push(`${token.type} is not allowed in answers: "${token.raw.trim().slice(0, 40)}"`);
      }
    }
    if (pending) this.errors.push('an [if ...] condition is not followed by a paragraph or list');
    return out;
  }
}

export function compileAnswer(markdown: string): CompileAnswerResult {
  const compiler = new AnswerCompiler();
  const blocks = compiler.blocks(new Lexer({ gfm: true }).lex(markdown));
  return { blocks, errors: compiler.errors, links: compiler.links, fields: [...compiler.fields] };
}

/** The visible words of an answer (for length limits and tests). */
export function answerText(blocks: readonly Block[]): string {
  const inline = (nodes: readonly Inline[]): string =>
    nodes.map((n) => (n.t === 'text' ? n.v : n.t === 'field' ? n.key : inline(n.c))).join('');
  return blocks.map((b) => (b.t === 'p' ? inline(b.c) : b.items.map(inline).join(' '))).join(' ');
}
