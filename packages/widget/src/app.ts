/**
 * The lazy chunk's entry (bundled to `iop-chat-app.js`): registers `<iop-chat>` and mounts it for
 * the script-tag loader. The loader hands over the script tag's data attributes; this creates
 * `<iop-chat>` with the same attributes (without `data-`), appends it, and opens it when the
 * visitor asked for the chat. The element reads, checks and reports its own attributes; here only
 * the script-tag names it never sees (typos such as `data-phnoe`) are reported. The knowledge file
 * (`data-knowledge`) is read here, before the chat is created, and given to it as `extraKnowledge`.
 */
import './define/iop-chat.js';
import { attributeForField, configFromAttributes, KNOWN_ATTRIBUTES } from '@iop-chat/core';
import type { KnowledgeEntry } from '@iop-chat/core';
import type { MountedChat, MountOptions } from './loader/mount-options.js';

export type { ChatChunk, MountedChat, MountOptions } from './loader/mount-options.js';

/** Attributes the loader reads for itself, never configuration. */
const LOADER_ATTRIBUTES = ['data-target'];

/**
 * The entries of the `data-knowledge` file, or undefined. Its code is a chunk of its own, fetched
 * only by a page whose script tag names a file (the loader's request for the file is already on
 * its way); if that code cannot be loaded, the chat opens with its default knowledge.
 */
async function knowledgeFile(value: string | undefined, options: MountOptions): Promise<readonly KnowledgeEntry[] | undefined> {
  if (!value?.trim()) {
    // An empty data-knowledge names nothing (what the loader asked for, if anything, is not used).
    options.knowledge?.stop.abort();
    return undefined;
  }
  try {
    const { knowledgeFromScriptTag } = await import('./loader/knowledge-file.js');
    return await knowledgeFromScriptTag(value, options.knowledge);
  } catch (error) {
    options.knowledge?.stop.abort();
    console.warn(`iop-chat: data-knowledge is not used: its code could not be loaded (${String(error)}). The chat answers from its default knowledge.`);
    return undefined;
  }
}

/** Creates, appends and (when asked) opens `<iop-chat>` for the script-tag loader. */
export async function mountFromLoader(options: MountOptions): Promise<MountedChat> {
  const { attributes, reported } = options;
  const { issues } = configFromAttributes(attributes, { ignore: LOADER_ATTRIBUTES });
  for (const issue of issues) {
    if (attributeForField(issue.field) === undefined) console.warn(`iop-chat: ${issue.message}`);
  }

  // Waits at most KNOWLEDGE_TIMEOUT_MS once the code is in; the loader's launcher stays meanwhile.
  const extraKnowledge = await knowledgeFile(attributes['data-knowledge'], options);

  const element = document.createElement('iop-chat');
  if (extraKnowledge) element.config = { extraKnowledge };
  for (const spec of KNOWN_ATTRIBUTES) {
    // Read above; <iop-chat> fetches no file itself.
    if (spec.attribute === 'data-knowledge') continue;
    for (const name of [spec.attribute, ...(spec.aliases ?? [])]) {
      const value = attributes[name];
      // The loader already named a value it refused; the default applies to both.
      if (value !== undefined && !reported.includes(name)) element.setAttribute(name.slice('data-'.length), value);
    }
  }
  element.setAttribute('mode', options.mode);
  // The chat's own delivery takes the waiting contact requests over once the drain has let go.
  if (options.drain) element.leadsAfter = options.drain.then((drain) => drain?.handOver());
  // Opening before the first render creates and opens the chat in one render, not two.
  if (options.open) element.open();
  try {
    (options.target ?? document.body).append(element);
    await element.updateComplete;
    if (!options.open && options.focus) element.focus();
  } catch (error) {
    element.remove();
    throw error;
  }
  return { element };
}
