// Bundles the embed from the widget's tsc output (packages/widget/dist, written by `tsc -b`):
//
//   iop-chat.js      the loader, a classic script (IIFE, ES2020). A classic script because
//                    `<script src=... async>` is what integrators paste, and because
//                    `document.currentScript` (how the loader finds its data attributes) is null
//                    in module scripts. It reaches the chat with dynamic import(), which classic
//                    scripts have too. No dependencies: it must stay tiny.
//   iop-chat-app.js  the lazy chunk (ES module): <iop-chat>, Lit, core and the default knowledge,
//                    plus the chunks beside it that the chat imports when first needed: the
//                    self-check's and the contact form's cards (widget) and services (core).
//   iop-chat-outbox.js  the outbox drain (ES module, standalone): lead delivery alone, which the
//                    loader imports only when a contact request is waiting in storage. It shares
//                    no chunk with the chat, so the chat's first open is unchanged by it.
//
// and the npm example (examples/npm/main.js -> examples/npm/dist/main.js), the way an integrator's
// bundler would. Lit is resolved with the 'production' condition, so its dev mode is left out.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const WIDGET_DIST = 'packages/widget/dist';

/** Unresolved imports would silently become externals (and fail in browsers): stop the build. */
function onwarn(warning, warn) {
  if (warning.code === 'UNRESOLVED_IMPORT' || warning.code === 'MISSING_EXPORT') {
    throw new Error(`rollup: ${warning.message}`);
  }
  warn(warning);
}

const resolve = () =>
  nodeResolve({ browser: true, exportConditions: ['production', 'browser', 'default'], preferBuiltins: false });

/**
 * Removes the chunks an earlier build left in the output folder (their names end in a content
 * hash, so each build may write new ones), so that it holds exactly what is served.
 */
const removeStaleChunks = () => ({
  name: 'remove-stale-chunks',
  writeBundle({ dir }, bundle) {
    for (const name of readdirSync(dir)) {
      if (/-[\w-]{8}\.js(\.map)?$/.test(name) && !(name in bundle)) rmSync(join(dir, name));
    }
  },
});

const minify = (module) =>
  terser({ ecma: 2020, module, compress: { passes: 3 }, format: { comments: false } });

export default [
  {
    input: `${WIDGET_DIST}/loader/index.js`,
    // 'hidden': the map is written but not referenced, so the loader does not carry the comment.
    output: { file: `${WIDGET_DIST}/iop-chat.js`, format: 'iife', sourcemap: 'hidden', plugins: [minify(false)] },
    onwarn,
  },
  {
    input: { 'iop-chat-app': `${WIDGET_DIST}/app.js` },
    output: {
      dir: WIDGET_DIST,
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'iop-chat-[name]-[hash].js',
      // A chunk of a few constants that a feature's cards and its service share (lead-types) would
      // cost a request of its own after both arrive: chunks under 1 KB are merged where they load.
      experimentalMinChunkSize: 1024,
      sourcemap: true,
      plugins: [minify(true)],
    },
    // Chunks the chat imports later take what they share with it from iop-chat-app.js itself (as
    // extra exports), rather than from a facade entry that would cost a second request at first open.
    preserveEntrySignatures: 'allow-extension',
    plugins: [resolve(), removeStaleChunks()],
    onwarn,
  },
  {
    input: `${WIDGET_DIST}/loader/outbox-drain.js`,
    output: { file: `${WIDGET_DIST}/iop-chat-outbox.js`, format: 'es', sourcemap: true, plugins: [minify(true)] },
    plugins: [resolve()],
    onwarn,
  },
  {
    input: 'examples/npm/main.js',
    output: { dir: 'examples/npm/dist', format: 'es', entryFileNames: 'main.js', sourcemap: true, plugins: [minify(true)] },
    plugins: [resolve(), removeStaleChunks()],
    onwarn,
  },
];
