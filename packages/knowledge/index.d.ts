// Types for the generated module dist/knowledge.js (written by `iop-kb build`).
import type { CompiledKnowledge } from '@iop-chat/core';
export declare const knowledge: CompiledKnowledge;
export default knowledge;
