/**
 * Everything `createConversation` needs from the element: its configuration (attributes with the
 * `config` property over them), the knowledge base, its storage key and clock, and a reporter that
 * names the attribute behind each configuration problem. The widget's own string overrides are
 * taken out here, so core does not report them as unknown.
 */
import type { CompiledKnowledge, CreateConversationOptions, IopChatConfig } from '@iop-chat/core';
import { splitStringOverrides, type WidgetStrings } from '../strings/widget-strings.js';
import { elementConfig, issueMessage } from './element-config.js';

export interface SetupInput {
  readonly config: unknown;
  readonly knowledge: CompiledKnowledge;
  readonly storageKey: string | undefined;
  readonly now: () => Date;
  /** Where problems are reported (default console.warn). */
  readonly warn?: (message: string) => void;
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
  const { input: config, issues, fromAttributes } = elementConfig(element, input.config);
  const strings = splitStringOverrides(config.strings);
  for (const issue of issues) warn(issueMessage(issue, fromAttributes));
  for (const message of strings.issues) warn(`iop-chat: ${message}`);
  return {
    widgetStrings: strings.widget,
    options: {
      config: { ...config, strings: strings.core as IopChatConfig['strings'] },
      knowledge: input.knowledge,
      now: input.now,
      onIssue: (issue) => {
        warn(issueMessage(issue, fromAttributes));
      },
      ...(input.storageKey ? { storageKey: input.storageKey } : {}),
    },
  };
}
