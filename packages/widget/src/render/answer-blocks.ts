/**
 * Renders a compiled answer (`Block[]`, built from Markdown by `iop-kb build`) with Lit templates:
 * paragraphs, lists, strong/em, links, topic buttons and center fields. No string ever becomes
 * HTML here: text nodes are bound as text, hrefs are re-checked, unknown nodes render nothing.
 */
import { isConfigured, type Block, type Inline, type ResolvedCenter } from '@iop-chat/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from '../strings/widget-strings.js';
import { renderField } from './center-fields.js';
import { isWebLink, safeHref } from './safe-href.js';

export interface BlockContext {
  readonly center: ResolvedCenter;
  readonly t: Translate;
  readonly locale: string;
  /** A `topic:` / `action:` link was pressed; `id` is the entry id. */
  readonly onTopic: (id: string) => void;
}

type Rendered = TemplateResult | string | typeof nothing;

function inline(nodes: readonly Inline[], ctx: BlockContext): Rendered[] {
  return nodes.map((node) => inlineNode(node, ctx));
}

function inlineNode(node: Inline, ctx: BlockContext): Rendered {
  switch (node.t) {
    case 'text':
      return node.v;
    case 'strong':
      return html`<strong>${inline(node.c, ctx)}</strong>`;
    case 'em':
      return html`<em>${inline(node.c, ctx)}</em>`;
    case 'link': {
      const href = safeHref(node.href);
      if (!href) return html`${inline(node.c, ctx)}`;
      return isWebLink(href)
        ? html`<a href=${href} target="_blank" rel="noopener noreferrer"
            >${inline(node.c, ctx)}<span class="visually-hidden"> ${ctx.t('link.newTab')}</span></a
          >`
        : html`<a href=${href}>${inline(node.c, ctx)}</a>`;
    }
    case 'topic':
      return html`<button type="button" class="inline-topic" @click=${() => { ctx.onTopic(node.id); }}>${inline(node.c, ctx)}</button>`;
    case 'field':
      return renderField(node.key, ctx.center, ctx.t, ctx.locale);
    default:
      return nothing;
  }
}

function shown(block: Block, center: ResolvedCenter): boolean {
  return !block.when || isConfigured(center, block.when.field) === block.when.present;
}

/** The blocks of an answer that apply to this center, as templates. */
export function renderBlocks(blocks: readonly Block[], ctx: BlockContext): TemplateResult[] {
  return blocks
    .filter((block) => shown(block, ctx.center))
    .map((block) => {
      switch (block.t) {
        case 'p':
          return html`<p>${inline(block.c, ctx)}</p>`;
        case 'ul':
          return html`<ul>${block.items.map((item) => html`<li>${inline(item, ctx)}</li>`)}</ul>`;
        case 'ol':
          return html`<ol>${block.items.map((item) => html`<li>${inline(item, ctx)}</li>`)}</ol>`;
        default:
          return html``;
      }
    });
}
