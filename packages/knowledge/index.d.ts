// Types for the generated module dist/knowledge.js (written by `iop-kb build`).
import type { CompiledKnowledge, KnowledgePack } from '@iop-chat/core';
/** The compiled default knowledge, unpacked from `packed` when the module loads. */
export declare const knowledge: CompiledKnowledge;
/** The browser form it travels in (see core's knowledge-pack.ts); knowledge.json has everything. */
export declare const packed: KnowledgePack;
export default knowledge;
