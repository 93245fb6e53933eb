// Core compiles without DOM or Node types so it cannot reach for `window` by accident. These are
// the only host globals it uses, present in every browser and in Node.
declare const console: {
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
};
/** Decodes base64 to a binary string (the safety model's weights). */
declare function atob(data: string): string;
/** Decodes a body read as bytes (platform/capped-body.ts). */
declare class TextDecoder {
  decode(input?: Uint8Array): string;
}
