/**
 * Everything `createConversation` needs from the element: its configuration (attributes with the
 * `config` property over them), the knowledge base, its storage key and clock, and a reporter that
 * names the attribute behind each configuration problem. The widget's own string overrides are
 * taken out here, so core does not report them as unknown.
 */
import { conversationStorageKey, type CompiledKnowledge, type CreateConversationOptions, type IopChatConfig } from '@iop-chat/core';
import { splitStringOverrides, type WidgetStrings } from '../strings/widget-strings.js';
import { elementConfig, issueMessage } from './element-config.js';
import { claimStorageKey } from './storage-claims.js';

export interface SetupInput {
  readonly config: unknown;
  readonly knowledge: CompiledKnowledge;
  readonly storageKey: string | undefined;
  readonly now: () => Date;
  /** Where problems are reported (default console.warn). */
  readonly warn?: (message: string) => void;
  /** Lead delivery waits for this (the loader's outbox drain handing over). */
  readonly leadsAfter?: PromiseLike<unknown>;
}

export interface ConversationSetup {
  readonly options: CreateConversationOptions;
  readonly widgetStrings: WidgetStrings;
}

export function conversationSetup(element: Element, input: SetupInput): ConversationSetup {
  const warn =
    input.warn ??
    ((message: string): void => {
      console.warn(message);
    });
  const { input: read, issues, fromAttributes } = elementConfig(element, input.config);
  // A knowledge file is fetched by the script tag (app.ts), which gives its entries as
  // extraKnowledge; the element fetches none, and says so rather than ignoring it. (Anything but
  // an object goes to core as it is, which names the problem.)
  let config = read;
  let knowledgeUrl: unknown;
  if (typeof read === 'object' && !Array.isArray(read) && Object.hasOwn(read, 'knowledgeUrl')) ({ knowledgeUrl, ...config } = read);
  const strings = splitStringOverrides(config.strings);
  for (const issue of issues) warn(issueMessage(issue, fromAttributes));
  for (const message of strings.issues) warn(`iop-chat: ${message}`);
  if (knowledgeUrl !== undefined) {
    const where = fromAttributes.has('knowledgeUrl') ? 'the "knowledge" attribute' : 'config.knowledgeUrl';
    warn(`iop-chat: ${where} is read by the script tag only (data-knowledge): <iop-chat> fetches no knowledge file. Give the file's entries as config.extraKnowledge.`);
  }
  const key = conversationStorageKey(input.storageKey);
  const saves = config.persistence === 'none' || claimStorageKey(key, element);
  if (!saves) {
    warn(
      `iop-chat: another chat on this page already saves its conversation under "${key}", so this one will not be saved. ` +
        'Give each chat its own storage-key attribute.',
    );
  }
  return {
    widgetStrings: strings.widget,
    options: {
      config: { ...config, strings: strings.core as IopChatConfig['strings'], ...(saves ? {} : { persistence: 'none' as const }) },
      knowledge: input.knowledge,
      now: input.now,
      onIssue: (issue) => {
        warn(issueMessage(issue, fromAttributes));
      },
      ...(input.storageKey ? { storageKey: input.storageKey } : {}),
      ...(input.leadsAfter ? { leadsAfter: input.leadsAfter } : {}),
    },
  };
}
