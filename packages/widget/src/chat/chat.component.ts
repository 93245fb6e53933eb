/**
 * <iop-chat>: the visitor-facing chat. It renders a core conversation (created once per element,
 * see ConversationController) and owns no conversation logic: every visitor action becomes a
 * conversation event, every snapshot a render.
 */
import {
  CONFIG_DEFAULTS,
  createLazyConversation,
  type Choice,
  type CompiledKnowledge,
  type Conversation,
  type ConversationEvent,
  type CreateConversationOptions,
  type IopChatConfig,
  type TranscriptItem,
} from '@iop-chat/core';
import { knowledge as defaultKnowledge } from '@iop-chat/knowledge';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { IopChatCloseEvent } from '../events/close-event.js';
import { IopChatEndEvent } from '../events/end-event.js';
import { IopChatOpenEvent } from '../events/open-event.js';
import { cardStyles } from '../parts/cards.styles.js';
import type { ChatView } from '../parts/chat-view.js';
import { renderChips, visibleChoices } from '../parts/chips.js';
import { chipsStyles } from '../parts/chips.styles.js';
import { draftToInput, EMPTY_DRAFT, firstInvalid, type ContactDraft } from '../parts/contact-draft.js';
import { messageTooLong, renderComposer } from '../parts/composer.js';
import { composerStyles } from '../parts/composer.styles.js';
import { crisisAnnouncement } from '../parts/crisis-card.js';
import { crisisStyles } from '../parts/crisis-card.styles.js';
import { renderHeader } from '../parts/header.js';
import { headerStyles } from '../parts/header.styles.js';
import { renderLauncher } from '../parts/launcher.js';
import { renderTranscript } from '../parts/transcript.js';
import { transcriptStyles } from '../parts/transcript.styles.js';
import { translator, WIDGET_STRINGS, type Translate, type WidgetStrings } from '../strings/widget-strings.js';
import { chatStyles } from './chat.styles.js';
import { renderUnavailable } from '../parts/unavailable.js';
import { ConversationController } from './conversation-controller.js';
import { conversationSetup } from './conversation-setup.js';
import { CONFIG_ATTRIBUTES } from './element-config.js';
import { ACTION_LABELS, STARTER_LABELS } from './choice-labels.js';
import { FeatureController } from './feature-controller.js';
import { featureOfChoice, featuresFor } from './features.js';
import { cycleTab, moveFocus, scrollToLatest, type FocusTarget } from './focus-management.js';
import { FULL_SCREEN_MEDIA } from './layout.js';
import { MediaQueryController } from './media-query-controller.js';
import { PacingController } from './pacing-controller.js';
import { sharedStyles } from './shared.styles.js';
import { applyTheme, pickOnPrimary } from './theme.js';
import { ViewportController } from './viewport-controller.js';
import { WindowEventsController } from './window-events-controller.js';

/**
 * @summary A chat assistant for treatment-center websites: answers common questions about the
 * program, runs a short self-check, takes callback requests, and puts crisis lines one tap away.
 *
 * @attr center-name - The center's name as visitors know it.
 * @attr phone - Main phone number (tap-to-call).
 * @attr sms - A number that accepts text messages.
 * @attr email - Contact email address.
 * @attr address - Street address, one line.
 * @attr website - Website or contact page (https URL or a path such as /contact).
 * @attr hours - Opening hours, e.g. "Mon-Fri 8am-8pm; Sat 9am-1pm".
 * @attr time-zone - IANA time zone of the opening hours, e.g. "America/Chicago".
 * @attr insurance - Accepted insurance plans, comma-separated.
 * @attr medication - A sentence about medication support.
 * @attr telehealth - A sentence about telehealth.
 * @attr cost - A sentence about cost and payment.
 * @attr parking - A sentence about parking or getting there.
 * @attr lead-endpoint - Where contact requests are POSTed (https URL or same-origin path).
 * @attr lead-timeout - Milliseconds to wait for the lead endpoint (1000-120000).
 * @attr locale - UI language (default en).
 * @attr crisis-country - Crisis lines to show: US (default), UK, CA or AU. They cannot be turned off.
 * @attr persistence - none, session (default) or local.
 * @attr retention-hours - Hours a saved conversation and a contact request not yet delivered are kept (1-168, default 24).
 * @attr knowledge - Not read here: a knowledge file is fetched by the script tag (data-knowledge); give its entries as config.extraKnowledge.
 * @attr quick-exit - on (default) or off.
 * @attr quick-exit-url - The neutral page quick exit goes to (absolute https URL).
 * @attr position - Launcher corner: right (default) or left.
 * @attr z-index - Stacking order of the launcher and panel.
 * @attr mode - launcher (default: floating button and panel) or inline (the panel in place, always open).
 * @attr primary-color - Brand colour (launcher, header, buttons).
 * @attr accent-color - Accent colour (chip borders, link underlines).
 * @attr title - Panel title (default: the center's name).
 * @attr launcher-label - Launcher button text.
 * @attr storage-key - Where this chat is saved; give each chat on a page its own.
 * @attr open - Whether the panel is open (launcher mode); reflects the `opened` property.
 *
 * @fires {IopChatOpenEvent} iop-chat-open - The panel opened.
 * @fires {IopChatCloseEvent} iop-chat-close - The panel closed.
 * @fires {IopChatEndEvent} iop-chat-end - The visitor ended the chat; it was cleared from this browser.
 * @fires {IopChatEventEvent} iop-chat-event - An analytics event; `detail` is a core `ChatEvent` (ids and outcomes only).
 *
 * @csspart launcher - The floating button that opens the chat.
 * @csspart panel - The chat panel (a dialog in launcher mode, a region inline).
 * @csspart header - The panel header with the title and controls.
 * @csspart transcript - The scrolling conversation log.
 * @csspart message - Every message; also `visitor-message` or `bot-message`.
 * @csspart visitor-message - A message the visitor sent.
 * @csspart bot-message - A message from the assistant.
 * @csspart chips - The row of quick replies.
 * @csspart chip - One quick reply.
 * @csspart composer - The message box and send button.
 * @csspart crisis-card - The crisis resources card.
 * @csspart self-check - The self-check question and result cards.
 * @csspart contact-form - The callback form.
 *
 * @cssproperty --iop-chat-primary - Brand colour: launcher, header, buttons, the visitor's messages. Default #1d5c7a.
 * @cssproperty --iop-chat-on-primary - Text on the brand colour. Default: white or near-black, whichever contrasts more.
 * @cssproperty --iop-chat-accent - Chip borders and link underlines. Default: the primary colour.
 * @cssproperty --iop-chat-surface - Panel background. Default #ffffff.
 * @cssproperty --iop-chat-text - Body text. Default #1f2328.
 * @cssproperty --iop-chat-muted - Secondary text and field borders (keep 4.5:1 on the surface). Default #57606a.
 * @cssproperty --iop-chat-crisis - Crisis card and error colour (keep 4.5:1 on the surface). Default #a4161a.
 * @cssproperty --iop-chat-font - Font family. Default: the system UI font.
 * @cssproperty --iop-chat-font-size - Base font size. Default: the visitor's browser setting (medium).
 * @cssproperty --iop-chat-radius - Corner radius of the panel and messages. Default 0.75em.
 * @cssproperty --iop-chat-spacing - Distance of the launcher and panel from the viewport edges. Default 1em.
 * @cssproperty --iop-chat-z-index - Stacking order of the launcher and panel. Default 2147483000.
 */
export class IopChat extends LitElement {
  static override styles = [
    sharedStyles,
    chatStyles,
    headerStyles,
    transcriptStyles,
    cardStyles,
    crisisStyles,
    chipsStyles,
    composerStyles,
  ];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...CONFIG_ATTRIBUTES];
  }

  /** Settings for developers, laid over the attributes field by field (knowledge, questionnaire, leadSender, onEvent, strings...). */
  @property({ attribute: false }) config: IopChatConfig | undefined;

  /** The compiled knowledge base. Default: the one built from iop-chat's curated entries. */
  @property({ attribute: false }) knowledge: CompiledKnowledge = defaultKnowledge;

  /** Whether the panel is open (launcher mode; an inline chat is always open). */
  @property({ type: Boolean, reflect: true, attribute: 'open' }) opened = false;

  /** Where this chat is saved (prefixed with `iop-chat:`); give each chat on a page its own. */
  @property({ attribute: 'storage-key' }) storageKey: string | undefined;

  /**
   * Lead delivery starts only once this settles (set before the element connects): the script
   * tag's outbox drain hands the waiting contact requests over through it, so that one delivery
   * sends them at a time.
   */
  @property({ attribute: false }) leadsAfter: PromiseLike<unknown> | undefined;

  @state() private draft: ContactDraft = EMPTY_DRAFT;
  @state() private message = '';
  /** The last send was refused for having no words in it; cleared as soon as the visitor edits. */
  @state() private noWords = false;
  @state() private confirmingEnd = false;
  @state() private selectedOptions: readonly string[] = [];
  /** Read out at once (crisis, quick exit). */
  @state() private alertText = '';
  /** Read out politely (chat ended). */
  @state() private statusText = '';
  @state() private leaving = false;

  private widgetStrings: WidgetStrings = WIDGET_STRINGS;
  private pendingFocus: FocusTarget | null = null;
  private lastSeenId = 0;
  private shownCount = 0;
  private warnedLateChange = false;
  /** The config and knowledge the conversation was created with (later changes apply on reload). */
  private used: { config: unknown; knowledge: unknown } | undefined;

  private readonly chat = new ConversationController(this, () => this.startConversation());
  private readonly pacer = new PacingController(this);
  private readonly features = new FeatureController(this);
  private readonly reducedMotion = new MediaQueryController(this, '(prefers-reduced-motion: reduce)');
  private readonly narrow = new MediaQueryController(this, FULL_SCREEN_MEDIA);
  private readonly touch = new MediaQueryController(this, '(pointer: coarse)');
  /** The last interaction was a tap or click (not a key): see FocusOptions.avoidKeyboard. */
  private pointerInput = false;

  constructor() {
    super();
    new ViewportController(this);
    new WindowEventsController(this, {
      onOnline: () => {
        this.chat.send({ type: 'network.online' });
      },
      onVisible: () => {
        this.chat.send({ type: 'page.visible' });
      },
      onShiftTriple: () => {
        const quickExit = this.chat.value?.config.quickExit;
        if (quickExit?.enabled && quickExit.shiftTriple) this.quickExit();
      },
    });
  }

  /** The conversation this element renders (created when it first connects). */
  get conversation(): Conversation | undefined {
    return this.chat.value;
  }

  // ---------------------------------------------------------------------------------------------
  // Public methods

  /** Opens the panel and moves focus to the message box (launcher mode). */
  open(): void {
    if (this.isInline()) {
      this.focusSoon('panel');
      return;
    }
    this.leaving = false;
    this.opened = true;
    this.focusSoon('panel');
  }

  /** Closes the panel; focus returns to the launcher if it was inside the chat. */
  close(): void {
    if (this.isInline() || !this.opened) return;
    const hadFocus = this.matches(':focus-within');
    this.opened = false;
    this.confirmingEnd = false;
    if (hadFocus) this.focusSoon('launcher');
  }

  /** Focuses the chat: the message box when the panel is open (or inline), else the launcher. */
  override focus(options?: FocusOptions): void {
    const target = this.isInline() || this.opened ? '#composer-input' : '.launcher';
    const element = this.renderRoot.querySelector<HTMLElement>(target);
    if (element) element.focus(options);
    else super.focus(options);
  }

  toggle(): void {
    if (this.opened) this.close();
    else this.open();
  }

  /** Ends the chat at once (no confirmation): clears it and everything stored, back to the greeting. */
  endChat(): void {
    const conversation = this.chat.value;
    if (!conversation) return;
    conversation.end();
    this.confirmingEnd = false;
    this.draft = EMPTY_DRAFT;
    this.message = '';
    this.selectedOptions = [];
    this.statusText = this.text()('endChat.done');
    this.dispatchEvent(new IopChatEndEvent());
    this.focusSoon('composer');
  }

  /**
   * Leaves at once for the neutral quick-exit page: clears the chat and everything stored, hides
   * the panel, then replaces this page in history (the back button does not return here).
   */
  quickExit(): void {
    const conversation = this.chat.value;
    this.alertText = this.text()('panel.leaving');
    this.leaving = true;
    this.opened = false;
    this.draft = EMPTY_DRAFT;
    this.message = '';
    if (conversation) {
      conversation.events.emit({ type: 'quick-exit' });
      conversation.end();
    }
    this.navigate(conversation?.config.quickExit.url ?? CONFIG_DEFAULTS.quickExitUrl);
  }

  // ---------------------------------------------------------------------------------------------
  // Seams for subclasses and tests

  /** Goes to `url` without leaving this page in the history. Tests override it. */
  protected navigate(url: string): void {
    window.location.replace(url);
  }

  /** The clock for opening hours ("we're open now"). Tests override it. */
  protected now(): Date {
    return new Date();
  }

  /**
   * Creates the conversation: the self-check and contact code load when first needed. Subclasses
   * may adjust options (tests pass faster retry timings).
   */
  protected createConversation(options: CreateConversationOptions): Conversation {
    return createLazyConversation(options);
  }

  // ---------------------------------------------------------------------------------------------
  // Lifecycle

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (old !== value && CONFIG_ATTRIBUTES.includes(name)) this.warnLateChange(`the "${name}" attribute`);
  }

  protected override willUpdate(): void {
    if (this.used && (this.used.config !== this.config || this.used.knowledge !== this.knowledge)) {
      this.warnLateChange('the config or knowledge property');
    }
    const conversation = this.chat.ensure();
    if (!conversation) return;
    const context = conversation.actor.getSnapshot().context;
    this.features.need(featuresFor(conversation.state(), context), conversation);
    this.features.style(this.renderRoot as ShadowRoot);
    this.pacer.sync(context.transcript, !this.reducedMotion.matches);
    this.announceNewCrisis(context.transcript);
    if (this.draft !== EMPTY_DRAFT) this.forgetSentDraft();
  }

  protected override firstUpdated(): void {
    pickOnPrimary(this, this.renderRoot.querySelector('.header'));
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A change of `opened`, or a first render that starts open (the loader opens the chat it
    // creates in one render instead of two).
    if (changed.has('opened') && (changed.get('opened') !== undefined || this.opened)) {
      const conversation = this.chat.value;
      conversation?.events.emit({ type: this.opened ? 'chat.opened' : 'chat.closed' });
      this.dispatchEvent(this.opened ? new IopChatOpenEvent() : new IopChatCloseEvent());
    }
    if (this.pacer.visible !== this.shownCount) {
      const grew = this.pacer.visible > this.shownCount;
      this.shownCount = this.pacer.visible;
      if (grew) scrollToLatest(this.renderRoot.querySelector('.transcript'));
    }
    if (this.pendingFocus && !this.waiting()) {
      const target = this.pendingFocus;
      this.pendingFocus = null;
      const typing = (this.renderRoot as ShadowRoot).activeElement?.id === 'composer-input';
      moveFocus(this.renderRoot, target, { avoidKeyboard: this.touch.matches && this.pointerInput && !typing });
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  protected override render(): TemplateResult | typeof nothing {
    const conversation = this.chat.value;
    if (!conversation) return nothing;
    const view = this.view(conversation);
    const { ui } = conversation.config;
    const inline = ui.mode === 'inline';
    const open = inline || this.opened;
    const modal = !inline && open && this.narrow.matches;
    const typing = this.waiting();
    const items = view.context.transcript.slice(0, this.pacer.visible);
    const classes = ['root', inline ? 'inline' : 'floating', `position-${ui.position}`, open ? 'open' : ''].join(' ');
    return html`<div
      class=${classes}
      lang=${conversation.config.locale}
      title=""
      @pointerdown=${() => {
        this.pointerInput = true;
      }}
      @keydown=${() => {
        this.pointerInput = false;
      }}
    >
      ${inline
        ? nothing
        : renderLauncher({
            label: ui.launcherLabel ?? view.t('launcher.label'),
            ariaLabel: view.t('launcher.ariaLabel'),
            expanded: open,
            onToggle: () => {
              this.toggle();
            },
          })}
      <section
        id="panel"
        class="panel"
        part="panel"
        role=${inline ? 'region' : 'dialog'}
        aria-labelledby="panel-title"
        aria-modal=${modal ? 'true' : nothing}
        ?hidden=${!open || this.leaving}
        @keydown=${(e: KeyboardEvent) => { this.onPanelKeydown(e, modal); }}
      >
        ${renderHeader({
          t: view.t,
          title: ui.title ?? view.center.name ?? view.t('panel.title'),
          showHelpNow: view.context.crisis.happened,
          showQuickExit: conversation.config.quickExit.enabled,
          showMinimize: !inline,
          confirmingEnd: this.confirmingEnd,
          onHelpNow: () => {
            this.send({ type: 'crisis.show' });
            this.pendingFocus = 'latest-card';
          },
          onQuickExit: () => {
            this.quickExit();
          },
          onEndChat: () => {
            this.confirmingEnd = !this.confirmingEnd;
            if (this.confirmingEnd) this.pendingFocus = 'end-confirm';
          },
          onMinimize: () => {
            this.close();
          },
          onConfirmEnd: () => {
            this.endChat();
          },
          onCancelEnd: () => {
            this.confirmingEnd = false;
            this.focusSoon('composer');
          },
        })}
        ${renderTranscript(view, {
          items,
          typing,
          notice: renderUnavailable(view, this.features.failures, () => {
            this.features.retry();
            this.pendingFocus = 'latest-card';
          }),
          screeningCard: {
            selected: this.selectedOptions,
            toggle: (id) => {
              this.selectedOptions = this.selectedOptions.includes(id)
                ? this.selectedOptions.filter((o) => o !== id)
                : [...this.selectedOptions, id];
            },
          },
        })}
        ${typing ? nothing : renderChips(view, visibleChoices(view))}
        ${renderComposer({
          value: this.message,
          t: view.t,
          noWords: this.noWords,
          onInput: (value) => {
            this.message = value;
            this.noWords = false;
          },
          onSend: () => {
            this.sendMessage();
          },
        })}
      </section>
      <div class="status-regions">
        <div class="visually-hidden alert-region" aria-live="assertive" aria-atomic="true">${this.alertText}</div>
        <div class="visually-hidden status-region" role="status" aria-live="polite" aria-atomic="true">${this.statusText}</div>
      </div>
    </div>`;
  }

  /** Everything the part templates need, for this render. */
  private view(conversation: Conversation): ChatView {
    const context = conversation.actor.getSnapshot().context;
    const t = this.text();
    const center = conversation.config.center;
    return {
      conversation,
      context,
      state: conversation.state(),
      center,
      locale: conversation.config.locale,
      selfCheck: this.features.selfCheck(conversation),
      contact: this.features.contact(conversation),
      now: () => this.now(),
      t,
      placeholders: {
        centerName: center.name ?? t('fieldFallback.name'),
        phone: center.phone?.display ?? t('fieldFallback.phone'),
      },
      send: (event) => {
        this.send(event);
      },
      choose: (choice) => {
        this.choose(choice);
      },
      prepare: (choice) => {
        const feature = featureOfChoice(choice);
        if (feature) this.features.prefetch(feature, conversation);
      },
      topicLabel: (id) => {
        const starter = STARTER_LABELS[id];
        return starter ? t(starter) : (conversation.knowledge.entries.get(id)?.title ?? id);
      },
      actionLabel: (id) => t(ACTION_LABELS[id]),
      draft: this.draft,
      updateDraft: (patch) => {
        this.draft = { ...this.draft, ...patch };
      },
      submitContact: () => {
        this.submitContact(context.screeningBand !== null);
      },
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Visitor actions

  private send(event: ConversationEvent): void {
    this.chat.send(event);
    if (event.type === 'screening.answer' || event.type === 'screening.back') {
      this.selectedOptions = [];
      this.pendingFocus = 'latest-card';
    } else if (event.type === 'screening.stop' || event.type === 'contact.cancel') {
      this.pendingFocus = 'composer';
    }
  }

  private choose(choice: Choice): void {
    this.chat.send({ type: 'visitor.choose', choice });
    this.selectedOptions = [];
    this.pendingFocus = 'latest-card';
  }

  private sendMessage(): void {
    const text = this.message;
    if (text.trim() === '' || messageTooLong(text)) return;
    const before = this.chat.context?.transcript.length;
    this.chat.send({ type: 'visitor.message', text });
    // Core ignores a message with no words in it (only markup or symbols): keep it to edit, and
    // say why nothing happened.
    const sent = this.chat.context?.transcript.length !== before;
    if (sent) this.message = '';
    this.noWords = !sent;
    this.pendingFocus = 'composer';
  }

  private submitContact(screeningAvailable: boolean): void {
    const input = draftToInput(this.draft, screeningAvailable);
    this.chat.send({ type: 'contact.submit', input });
    // A form the conversation refused stays open with its field messages.
    const field = this.chat.state === 'contact' ? firstInvalid(this.chat.context?.contactErrors ?? {}) : undefined;
    this.pendingFocus = field ? { field } : 'composer';
    this.requestUpdate();
  }

  private onPanelKeydown(event: KeyboardEvent, modal: boolean): void {
    if (event.key === 'Escape') {
      if (this.confirmingEnd) {
        this.confirmingEnd = false;
        this.focusSoon('composer');
      } else if (!this.isInline()) {
        this.close();
      } else {
        return;
      }
      event.stopPropagation();
      return;
    }
    const panel = this.renderRoot.querySelector<HTMLElement>('#panel');
    if (event.key === 'Tab' && modal && panel) cycleTab(panel, event, (this.renderRoot as ShadowRoot).activeElement);
  }

  // ---------------------------------------------------------------------------------------------
  // Internals

  /** A reply is pending (typing pacing) or a part of the chat it needs is loading. */
  private waiting(): boolean {
    return this.pacer.typing || this.features.waiting;
  }

  private isInline(): boolean {
    return this.chat.value?.config.ui.mode === 'inline';
  }

  private text(): Translate {
    const conversation = this.chat.value;
    return conversation
      ? translator(conversation.config.strings, this.widgetStrings)
      : (key) => (key in WIDGET_STRINGS ? WIDGET_STRINGS[key as keyof WidgetStrings] : key);
  }

  private startConversation(): Conversation {
    this.used = { config: this.config, knowledge: this.knowledge };
    const { options, widgetStrings } = conversationSetup(this, {
      config: this.config,
      knowledge: this.knowledge,
      storageKey: this.storageKey,
      now: () => this.now(),
      ...(this.leadsAfter ? { leadsAfter: this.leadsAfter } : {}),
    });
    this.widgetStrings = widgetStrings;
    let conversation: Conversation;
    try {
      conversation = this.createConversation(options);
    } catch (error) {
      // Never throw into the host page: fall back to the default knowledge base.
      console.warn('iop-chat: the knowledge base could not be loaded; the default one is used.', error);
      conversation = this.createConversation({ ...options, knowledge: defaultKnowledge });
    }
    applyTheme(this, conversation.config);
    return conversation;
  }

  private warnLateChange(what: string): void {
    if (!this.chat.value || this.warnedLateChange) return;
    this.warnedLateChange = true;
    console.warn(`iop-chat: ${what} changed after the chat started; the change applies on the next page load.`);
  }

  /** A crisis card that just arrived is read out at once (never one restored from storage). */
  private announceNewCrisis(items: readonly TranscriptItem[]): void {
    const maxId = items.reduce((max, item) => Math.max(max, item.id), 0);
    const conversation = this.chat.value;
    if (this.lastSeenId === 0 || maxId < this.lastSeenId || !conversation) {
      this.lastSeenId = maxId;
      return;
    }
    const crisis = items.filter((item) => item.id > this.lastSeenId && item.type === 'crisis').pop();
    this.lastSeenId = maxId;
    if (crisis?.type !== 'crisis') return;
    const text = crisisAnnouncement(crisis, conversation, this.text());
    // The same words twice in a row would not be read again: vary them invisibly.
    this.alertText = text === this.alertText.trim() ? `${text}\u00a0` : text;
  }

  /** Once every request the visitor sent has arrived, the form starts empty again. */
  private forgetSentDraft(): void {
    const context = this.chat.context;
    const state = this.chat.state;
    if (!context || state === 'contact') return;
    const leads = Object.values(context.leads);
    if (leads.length > 0 && leads.every((lead) => lead.status === 'sent')) this.draft = EMPTY_DRAFT;
  }

  private focusSoon(target: FocusTarget): void {
    this.pendingFocus = target;
    this.requestUpdate();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iop-chat': IopChat;
  }
}
