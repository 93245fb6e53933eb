// @iop-chat/knowledge-tools: the compiler behind `iop-kb`, for build scripts that prefer an API.
export { compileKnowledge, type CompileOptions, type CompileResult } from './compile-knowledge.js';
export { compileAnswer, answerText } from './markdown-to-blocks.js';
export { parseEntryFile, validateEntry, LIMITS } from './entry-file.js';
export { evaluate, formatReport, type EvalLine, type EvalReport } from './evaluate.js';
export { main, REQUIRED_IDS } from './cli.js';
