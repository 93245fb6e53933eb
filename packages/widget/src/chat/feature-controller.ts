/**
 * Loads the features (see features.ts) the conversation needs as the element renders it, and
 * knows which are loading and which failed. While one loads the chat shows its "typing" dots;
 * when one fails the element offers the center's phone and a retry. Nothing else waits: the
 * crisis card, answers and the composer never depend on a feature.
 */
import type { Conversation } from '@iop-chat/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SelfCheckView } from '../parts/chat-view.js';
import { contactParts, hasFeature, loadFeature, selfCheckParts, type ContactParts, type FeatureName } from './features.js';

export class FeatureController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly loading = new Set<FeatureName>();
  private readonly failed = new Set<FeatureName>();
  private connected = false;

  constructor(host: ReactiveControllerHost) {
    (this.host = host).addController(this);
  }

  /** True while a feature the conversation needs is loading. */
  get waiting(): boolean {
    return this.loading.size > 0;
  }

  /** Features that could not be loaded (until `retry`). */
  get failures(): readonly FeatureName[] {
    return [...this.failed];
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
   * Starts loading what `needed` names and is neither in nor loading nor failed. Called before each
   * render; it never requests an update itself (the load does, when it settles).
   */
  need(needed: Iterable<FeatureName>, conversation: Conversation): void {
    for (const feature of needed) {
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
