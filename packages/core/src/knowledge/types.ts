/**
 * The compiled knowledge contract: what `iop-kb build` writes and what core and the widget load.
 *
 * Answers are a small, safe tree compiled from Markdown at build time. Nothing at run time turns a
 * string into HTML: the widget renders these nodes with templates, and center-specific values are
 * filled in at render time from configuration.
 */

/** Center values an answer may refer to. Each has reviewed fallback wording when not configured. */
export const CENTER_FIELDS = [
  'name',
  'phone',
  'sms',
  'email',
  'address',
  'hours',
  'insurance',
  'medication',
  'telehealth',
  'cost',
  'parking',
] as const;
export type CenterField = (typeof CENTER_FIELDS)[number];

export type Inline =
  | { readonly t: 'text'; readonly v: string }
  | { readonly t: 'strong'; readonly c: readonly Inline[] }
  | { readonly t: 'em'; readonly c: readonly Inline[] }
  /** External or tap-to-call link: href is always http(s), tel, sms or mailto (checked at build). */
  | { readonly t: 'link'; readonly href: string; readonly c: readonly Inline[] }
  /** A link to another entry (`topic:<id>`) or an action (`action:start-screening`). */
  | { readonly t: 'topic'; readonly id: string; readonly c: readonly Inline[] }
  /** A center value filled in at render time (`{{phone}}`). */
  | { readonly t: 'field'; readonly key: CenterField };

/** Shown only when a center field is (or is not) configured: `[if insurance]` / `[if !insurance]`. */
export interface Condition {
  readonly field: CenterField;
  readonly present: boolean;
}

export type Block =
  | { readonly t: 'p'; readonly c: readonly Inline[]; readonly when?: Condition }
  | { readonly t: 'ul' | 'ol'; readonly items: readonly (readonly Inline[])[]; readonly when?: Condition };

export type EntryKind = 'answer' | 'action';

export interface KnowledgeEntry {
  readonly id: string;
  readonly title: string;
  readonly kind: EntryKind;
  /** Example visitor phrasings (6 or more). */
  readonly questions: readonly string[];
  /** Words and synonyms visitors use for this topic. */
  readonly keywords: readonly string[];
  /** Related entry ids, offered as follow-ups. */
  readonly related: readonly string[];
  /** Short names of the source documents (see the sources table). */
  readonly sources: readonly string[];
  /** Center fields this answer uses (empty for general entries). */
  readonly center: readonly CenterField[];
  readonly answer: readonly Block[];
}

/** A serialised fuse.js index (`Fuse.createIndex(...).toJSON()`), built with SEARCH_KEYS. */
export interface SerializedIndex {
  readonly keys: readonly unknown[];
  readonly records: readonly unknown[];
}

export interface CompiledKnowledge {
  readonly format: 1;
  readonly locale: string;
  readonly entries: readonly KnowledgeEntry[];
  /** Prebuilt search index over `searchDocuments(entries)`; optional for entries passed in code. */
  readonly index?: SerializedIndex;
  /** Source short name -> title, for citations. */
  readonly sources?: Readonly<Record<string, string>>;
}
