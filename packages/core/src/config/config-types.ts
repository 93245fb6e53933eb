/**
 * The one configuration type: `IopChatConfig` is what an integrator writes (every field optional,
 * from data attributes or code) and `ResolvedConfig` is what the rest of iop-chat reads (checked,
 * cleaned, every default filled in). `resolveConfig` in config-validation.ts turns one into the
 * other and names every value it had to refuse.
 *
 * There is deliberately no option to hide crisis resources: they are always available.
 */
import type { ChatEvent } from '../events/chat-events.js';
import type { KnowledgeEntry } from '../knowledge/types.js';
import type { AbortSignalLike } from '../leads/lead-platform.js';
import type { PersistenceMode } from '../storage/safe-storage.js';
import type { WeeklyHours } from './business-hours.js';
import type { PhoneNumber } from './phone.js';
import type { Strings } from './strings.js';

export type { PersistenceMode } from '../storage/safe-storage.js';

/**
 * The AbortSignal a `leadSender` receives: the platform's own `AbortSignal` type when the program
 * has DOM or Node types (so it can be passed straight to `fetch`), else the minimal shape core
 * compiles against.
 */
export type PlatformAbortSignal = typeof globalThis extends { AbortSignal: { prototype: infer S } }
  ? S
  : AbortSignalLike;

/** Countries with a crisis-resource pack. */
export const CRISIS_COUNTRIES = ['US', 'UK', 'CA', 'AU'] as const;
export type CrisisCountry = (typeof CRISIS_COUNTRIES)[number];

export type LauncherPosition = 'right' | 'left';
/** 'launcher': a floating button opens the panel. 'inline': the chat renders in place. */
export type WidgetMode = 'launcher' | 'inline';

/** A problem found in the configuration. iop-chat still runs; the value named was not used as given. */
export interface ConfigIssue {
  /** Where: 'center.phone', 'ui.zIndex', 'strings.launcher.label', or 'data-phnoe' for attributes. */
  readonly field: string;
  /** A sentence for the integrator, starting with the field. */
  readonly message: string;
  /** 'error': the value was refused. 'warning': it was adjusted (trimmed, clamped) or ignored. */
  readonly severity: 'warning' | 'error';
}

/** Facts about the center that answers refer to. Anything left out gets reviewed fallback wording. */
export interface CenterConfig {
  /** The center's name as visitors know it, e.g. "Riverside Recovery". */
  name?: string;
  /** Main phone number, e.g. "(512) 555-0100" or "+1 512 555 0100". Shown with a tap-to-call link. */
  phone?: string;
  /** A number that accepts text messages, if the center has one. */
  sms?: string;
  /** Contact email address. */
  email?: string;
  /** Street address, one line. */
  address?: string;
  /** The center's website or contact page: an https URL or a same-origin path like "/contact". */
  website?: string;
  /**
   * Opening hours, as text ("Mon-Fri 8am-8pm; Sat 9am-1pm", "24/7") or as parsed `WeeklyHours`.
   * Set `timeZone` too, so "we're open now" is right for visitors in other zones.
   */
  hours?: string | WeeklyHours;
  /** IANA time zone the hours are in, e.g. "America/Chicago". */
  timeZone?: string;
  /** Accepted insurance plans, e.g. ["Aetna", "Blue Cross Blue Shield"] (or comma-separated text). */
  insurance?: readonly string[] | string;
  /** A short sentence about medication support (e.g. MAT) at the center. */
  medication?: string;
  /** A short sentence about telehealth / virtual IOP. */
  telehealth?: string;
  /** A short sentence about cost, self-pay or sliding scale. */
  cost?: string;
  /** A short sentence about parking or getting there. */
  parking?: string;
}

export interface QuickExitConfig {
  /** Show the quick-exit button (default true). */
  enabled?: boolean;
  /** Where quick exit goes: a neutral page (default a weather search). Must be an absolute https URL (plain http only on localhost). */
  url?: string;
  /** Also exit when Shift is pressed three times quickly (default true). */
  shiftTriple?: boolean;
}

export interface UiConfig {
  /** Which corner the launcher sits in (default 'right'). */
  position?: LauncherPosition;
  /** Stacking order of the launcher and panel (default 2147483000). */
  zIndex?: number;
  /** 'launcher' (default) or 'inline'. */
  mode?: WidgetMode;
  /** Brand colour for the launcher and header: hex, rgb(), hsl() or a named colour. */
  primaryColor?: string;
  /** Secondary colour for chips and links. */
  accentColor?: string;
  /** Panel title (default from strings: "Questions about our program"). */
  title?: string;
  /** Launcher button text (default from strings: "Chat with us"). */
  launcherLabel?: string;
}

export interface AnalyticsConfig {
  /**
   * Reserved (default false): a future opt-in for events that include the visitor's words, which
   * would also need the visitor's own consent. Today no event carries text, whatever this says.
   */
  includeText?: boolean;
}

/** Configuration as an integrator writes it. Everything is optional. */
export interface IopChatConfig {
  /** Facts about the center. */
  center?: CenterConfig;
  /** Where contact requests are POSTed: an https URL or a same-origin path such as "/api/leads". */
  leadEndpoint?: string;
  /** How long to wait for the lead endpoint, in milliseconds (default 10000, 1000-120000). */
  leadTimeoutMs?: number;
  /** UI language (default 'en'). */
  locale?: string;
  /** Which country's crisis lines to show (default 'US'). Crisis resources cannot be turned off. */
  crisisCountry?: CrisisCountry;
  /**
   * Where the conversation is kept between page loads (default 'session': this tab only).
   * Nothing is stored until the visitor interacts; ending the chat clears it.
   */
  persistence?: PersistenceMode;
  /**
   * How long, in hours, what the chat stores is kept (default 24, 1-168): a saved conversation
   * after the last page that showed it, and a contact request not yet delivered after it was sent.
   */
  retentionHours?: number;
  /** The quick-exit button; `false` turns it off. */
  quickExit?: QuickExitConfig | boolean;
  /** Look and placement. */
  ui?: UiConfig;
  /** Replacements for UI strings, by key (see `DEFAULT_STRINGS`). */
  strings?: Partial<Record<string, string>>;
  /** Analytics options. */
  analytics?: AnalyticsConfig;
  /**
   * A knowledge file built by `iop-kb build --extra DIR --out FILE` (an https URL or a same-origin
   * path): its entries are added to the default knowledge, or replace the entries with the same
   * id, as `extraKnowledge` would. Fetched by the script tag (`data-knowledge`) beside the chat;
   * `<iop-chat>` itself does not fetch it (give its entries as `extraKnowledge`).
   */
  knowledgeUrl?: string;

  // Code-only options (not available as data attributes).

  /** Extra knowledge entries, e.g. center-specific topics. */
  extraKnowledge?: readonly KnowledgeEntry[];
  /** A replacement self-check questionnaire (validated by the screening module). */
  questionnaire?: unknown;
  /** Delivers a contact request yourself instead of `leadEndpoint`; honour the abort signal. */
  leadSender?: (lead: unknown, signal: PlatformAbortSignal) => Promise<unknown>;
  /** Receives analytics events (ids and outcomes only). Errors it throws are ignored. */
  onEvent?: (event: ChatEvent) => void;
}

export interface ResolvedCenter {
  readonly name: string | undefined;
  readonly phone: PhoneNumber | undefined;
  readonly sms: PhoneNumber | undefined;
  readonly email: string | undefined;
  readonly address: string | undefined;
  readonly website: string | undefined;
  readonly hours: WeeklyHours | undefined;
  /** Undefined when not set or not a known zone; then "open now" is not claimed. */
  readonly timeZone: string | undefined;
  /** Empty when not configured. */
  readonly insurance: readonly string[];
  readonly medication: string | undefined;
  readonly telehealth: string | undefined;
  readonly cost: string | undefined;
  readonly parking: string | undefined;
}

export interface ResolvedQuickExit {
  readonly enabled: boolean;
  readonly url: string;
  readonly shiftTriple: boolean;
}

export interface ResolvedUi {
  readonly position: LauncherPosition;
  readonly zIndex: number;
  readonly mode: WidgetMode;
  readonly primaryColor: string | undefined;
  readonly accentColor: string | undefined;
  readonly title: string | undefined;
  readonly launcherLabel: string | undefined;
}

/** Configuration after checking: safe to use as is. Frozen. */
export interface ResolvedConfig {
  readonly center: ResolvedCenter;
  readonly leadEndpoint: string | undefined;
  readonly leadTimeoutMs: number;
  readonly locale: string;
  readonly crisisCountry: CrisisCountry;
  readonly persistence: PersistenceMode;
  /** Hours a saved conversation and a pending contact request are kept (see IopChatConfig). */
  readonly retentionHours: number;
  readonly quickExit: ResolvedQuickExit;
  readonly ui: ResolvedUi;
  /** Every UI string: defaults with valid overrides applied. */
  readonly strings: Strings;
  readonly analytics: { readonly includeText: boolean };
  readonly extraKnowledge: readonly KnowledgeEntry[];
  /** `knowledgeUrl` when it is an https URL or a same-origin path (see IopChatConfig). */
  readonly knowledgeUrl: string | undefined;
  readonly questionnaire: unknown;
  readonly leadSender: ((lead: unknown, signal: PlatformAbortSignal) => Promise<unknown>) | undefined;
  readonly onEvent: ((event: ChatEvent) => void) | undefined;
}
