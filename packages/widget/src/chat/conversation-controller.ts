/**
 * Binds a core conversation to the element: subscribes to the actor's snapshots (asking Lit to
 * render each one) and re-dispatches the conversation's analytics events as `iop-chat-event`.
 *
 * The conversation is created once, just before the element's first render after it connects:
 * by then its attributes and the `config` and `knowledge` properties set in the same task are in
 * place (a page that imports the define module and then sets `config` is in time). It is kept for
 * the element's life: a moved element (disconnected and connected again) keeps its conversation;
 * only the subscriptions follow the connection.
 */
import type { Conversation, ConversationContext, ConversationEvent, ConversationStateValue } from '@iop-chat/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { IopChatEventEvent } from '../events/chat-event.js';

export class ConversationController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly create: () => Conversation;
  private conversation: Conversation | undefined;
  private unsubscribe: (() => void)[] = [];

  constructor(host: ReactiveControllerHost & HTMLElement, create: () => Conversation) {
    (this.host = host).addController(this);
    this.create = create;
  }

  /** The conversation, once the element has connected. */
  get value(): Conversation | undefined {
    return this.conversation;
  }

  get context(): ConversationContext | undefined {
    return this.conversation?.actor.getSnapshot().context;
  }

  get state(): ConversationStateValue | undefined {
    return this.conversation?.state();
  }

  send(event: ConversationEvent): void {
    this.conversation?.actor.send(event);
  }

  /**
   * The conversation, created now if the element is connected and has none yet. The host calls
   * this at the start of each update (from `willUpdate`), so the first render already has it.
   */
  ensure(): Conversation | undefined {
    if (!this.conversation && this.host.isConnected) {
      this.conversation = this.create();
      this.subscribe(this.conversation);
    }
    return this.conversation;
  }

  hostConnected(): void {
    if (!this.conversation) return;
    this.subscribe(this.conversation);
    // Anything that happened while disconnected (a lead delivered) shows now.
    this.host.requestUpdate();
  }

  private subscribe({ actor, events }: Conversation): void {
    this.stop();
    const subscription = actor.subscribe(() => {
      this.host.requestUpdate();
    });
    const stopEvents = events.subscribe((event) => {
      this.host.dispatchEvent(new IopChatEventEvent(event));
    });
    this.unsubscribe = [() => { subscription.unsubscribe(); }, stopEvents];
  }

  private stop(): void {
    for (const stop of this.unsubscribe) stop();
    this.unsubscribe = [];
  }

  hostDisconnected(): void {
    this.stop();
  }
}
