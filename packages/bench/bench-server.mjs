// The benchmark's own server: the demo server (examples, /widget/, /api/leads) plus /bench/,
// where the classify page is served cross-origin isolated (COOP + COEP) for precise timers.
// Listens on a free port on 127.0.0.1 only.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDemoHandler, startDemoServer } from '../../examples/serve.mjs';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

const CLASSIFY_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>classify bench</title>
<script type="module" src="/bench/classify-page.js"></script></head><body>classify benchmark</body></html>`;

/** Starts the server; `outDir` holds the bundled bench page script. Resolves with { url, stop }. */
export function startBenchServer(outDir) {
  const demo = createDemoHandler();
  const isolated = {
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
    'Cache-Control': 'no-store',
  };
  return startDemoServer({
    handler: (req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      if (path === '/bench/classify.html') {
        res.writeHead(200, { ...isolated, 'Content-Type': 'text/html; charset=utf-8' }).end(CLASSIFY_PAGE);
      } else if (path === '/bench/no-loader/') {
        // The script-tag example without its script tag: the baseline for long tasks.
        readFile(join(EXAMPLES, 'script-tag/index.html'), 'utf8').then(
          (html) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(html.replace(/<script\b[\s\S]*?<\/script>/g, '')),
          () => res.writeHead(404).end(),
        );
      } else if (path === '/bench/classify-page.js') {
        readFile(join(outDir, 'classify-page.js')).then(
          (body) => res.writeHead(200, { ...isolated, 'Content-Type': 'text/javascript; charset=utf-8' }).end(body),
          () => res.writeHead(404).end(),
        );
      } else {
        demo(req, res);
      }
    },
  });
}
