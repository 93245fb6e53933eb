// Generates custom-elements.json (attributes, properties, events, CSS properties, parts, slots)
// from the JSDoc in src/, for editors, docs and design tools.
export default {
  globs: ['src/chat/chat.component.ts', 'src/define/iop-chat.ts', 'src/events/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
};
