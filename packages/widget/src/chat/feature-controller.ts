/**
 * Loads the features (see features.ts) the conversation needs as the element renders it, and
 * knows which are loading and which failed. While one loads the chat shows its "typing" dots;
 * when one fails the element offers the center's phone and a retry. Nothing else waits: the
 * crisis card, answers and the composer never depend on a feature. A feature's styles join the
 * element's own once its cards are in, before they are first drawn.
 */
import type { Conversation } from '@iop-chat/core';
import { adoptStyles, supportsAdoptingStyleSheets, type CSSResult, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { SelfCheckView } from '../parts/chat-view.js';
import { contactParts, hasFeature, loadFeature, selfCheckParts, type ContactParts, type FeatureName, type FeatureNeeds } from './features.js';

export class FeatureController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly loading = new Set<FeatureName>();
  private readonly failed = new Set<FeatureName>();
  private readonly styled = new Set<CSSResult>();
  /** What the step the visitor is on needed at the last render. */
  private current: ReadonlySet<FeatureName> = new Set();
  private connected = false;

  constructor(host: ReactiveControllerHost) {
    (this.host = host).addController(this);
  }

  /** True while a feature the visitor's step needs is loading (one they have left, for a crisis say, is not waited for). */
  get waiting(): boolean {
    return [...this.loading].some((feature) => this.current.has(feature));
  }

  /** Features the visitor's step needs that could not be loaded (until `retry`). */
  get failures(): readonly FeatureName[] {
    return [...this.failed].filter((feature) => this.current.has(feature));
  }

  /** The self-check's cards and service, once both are in. */
  selfCheck(conversation: Conversation): SelfCheckView | undefined {
    const parts = selfCheckParts.current;
    const service = conversation.services.screening.current;
    return parts && service ? { parts, service } : undefined;
  }

  /** The contact parts, once they (and core's contact code, where requests are sent) are in. */
  contact(conversation: Conversation): ContactParts | undefined {
    return hasFeature('contact', conversation) ? contactParts.current : undefined;
  }

  /**
   * Starts loading what `needs.all` names and is neither in nor loading nor failed. A step that
   * comes to need a feature that failed before (the visitor asks for the self-check again) tries
   * it again once; after that only "Try again" does. Called before each render; it never requests
   * an update itself (the load does, when it settles).
   */
  need(needs: FeatureNeeds, conversation: Conversation): void {
    for (const feature of this.failed) if (needs.now.has(feature) && !this.current.has(feature)) this.failed.delete(feature);
    this.current = needs.now;
    for (const feature of needs.all) {
      if (this.loading.has(feature) || this.failed.has(feature) || hasFeature(feature, conversation)) continue;
      this.loading.add(feature);
      loadFeature(feature, conversation).then(
        () => {
          this.settle(feature);
        },
        (error: unknown) => {
          console.warn(`iop-chat: the ${feature} part of the chat could not load`, error);
          this.failed.add(feature);
          this.settle(feature);
        },
      );
    }
  }

  /**
   * Starts loading `feature` ahead of need (the visitor points at or focuses its chip), so that
   * choosing it is instant. Quiet: no dots, and a failure here is not remembered (the real need
   * tries again).
   */
  prefetch(feature: FeatureName, conversation: Conversation): void {
    if (this.loading.has(feature) || hasFeature(feature, conversation)) return;
    loadFeature(feature, conversation).catch(() => undefined);
  }

  /** Adds the styles of the features loaded so far to `root` (each once). Called before each render. */
  style(root: ShadowRoot): void {
    for (const parts of [selfCheckParts.current, contactParts.current]) {
      if (!parts || this.styled.has(parts.styles)) continue;
      this.styled.add(parts.styles);
      // Lit's own adoptStyles: with constructable style sheets it sets the root's whole list (so
      // the element's own sheets are passed along, first); without, it appends a <style> for each
      // one given, with the page's CSP nonce if any.
      adoptStyles(root, supportsAdoptingStyleSheets ? [...root.adoptedStyleSheets, parts.styles] : [parts.styles]);
    }
  }

  /** Forgets the failures, so that the next `need` loads again. */
  retry(): void {
    this.failed.clear();
    this.host.requestUpdate();
  }

  private settle(feature: FeatureName): void {
    this.loading.delete(feature);
    if (this.connected) this.host.requestUpdate();
  }

  hostConnected(): void {
    this.connected = true;
  }

  hostDisconnected(): void {
    this.connected = false;
  }
}
