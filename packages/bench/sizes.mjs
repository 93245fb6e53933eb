// (c) Transfer sizes: the loader, and everything the first open of the chat loads, compressed as
// a server would send it (gzip level 9 and brotli quality 11, Node's zlib). Also an estimate of
// what the lazy chunk is made of, to show where the bytes go.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { minify } from 'terser';

export const WIDGET_DIST = fileURLToPath(new URL('../widget/dist/', import.meta.url));
const REPO = fileURLToPath(new URL('../../', import.meta.url));

export function compressedSizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Sizes of served widget files, by URL path below /widget/. */
export async function fileSizes(names) {
  const files = [];
  for (const name of names) files.push({ name, ...compressedSizes(await readFile(`${WIDGET_DIST}${name}`)) });
  const total = files.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip, brotli: sum.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { files, total };
}

/** Which package or folder a bundled module belongs to. */
function groupOf(id) {
  const path = id.replaceAll('\\', '/');
  const nm = path.lastIndexOf('/node_modules/');
  if (nm !== -1) {
    const parts = path.slice(nm + '/node_modules/'.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? path);
  }
  const rel = path.startsWith(REPO) ? path.slice(REPO.length) : path;
  const match = /^packages\/([^/]+)\/dist\/([^/]+)/.exec(rel);
  if (!match) return rel;
  return match[1] === 'knowledge' ? 'knowledge (compact entries + search words)' : `${match[1]}/${match[2].replace(/\.js$/, '')}`;
}

/**
 * Estimates each package's / folder's share of what the first open loads of the lazy chunk: each module is minified on its own
 * (whitespace and local names), gzipped per group, and the shares are scaled to the real chunk's
 * gzip size. An estimate, good for seeing what is big, not for exact bytes.
 */
export async function chunkComposition(actualGzip) {
  const bundle = await rollup({
    input: `${WIDGET_DIST}app.js`,
    plugins: [nodeResolve({ browser: true, exportConditions: ['production', 'browser', 'default'] })],
    onwarn: () => undefined,
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  // Only what the first open loads: the entry chunk and the chunks it imports statically. The
  // self-check's and contact form's chunks (dynamic imports) load on first use and are left out.
  const byName = new Map(output.filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
  const firstOpen = new Set();
  const visit = (chunk) => {
    if (!chunk || firstOpen.has(chunk)) return;
    firstOpen.add(chunk);
    for (const name of chunk.imports) visit(byName.get(name));
  };
  for (const chunk of byName.values()) if (chunk.isEntry) visit(chunk);
  const groups = new Map();
  for (const chunk of firstOpen) {
    for (const [id, module] of Object.entries(chunk.modules)) {
      if (!module.code) continue;
      const { code } = await minify(module.code, { module: false, compress: { unused: false, toplevel: false }, mangle: { toplevel: false } });
      const group = groupOf(id);
      groups.set(group, (groups.get(group) ?? '') + (code ?? ''));
    }
  }
  const rows = [...groups].map(([group, code]) => ({ group, gzip: gzipSync(code, { level: 9 }).length }));
  const sum = rows.reduce((s, r) => s + r.gzip, 0);
  return rows
    .map((r) => ({ group: r.group, share: r.gzip / sum, estimate: Math.round((r.gzip / sum) * actualGzip) }))
    .sort((a, b) => b.estimate - a.estimate);
}
