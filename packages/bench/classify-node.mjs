// (a) classify() and loadKnowledge() timed in Node, on the built core and the compiled knowledge.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { classify, loadKnowledge, unpackKnowledge } from '@iop-chat/core';
import { packed } from '@iop-chat/knowledge';
import { MESSAGES } from './messages.mjs';
import { median, p95 } from './stats.mjs';

const require = createRequire(import.meta.url);

/**
 * Classifies every message `rounds` times (after a warm-up round) and times each call; loads the
 * knowledge base `loads` times. Returns per-message latencies and load times in ms.
 */
export function benchClassifyNode({ rounds = 20, loads = 50 } = {}) {
  const jsonText = readFileSync(require.resolve('@iop-chat/knowledge/knowledge.json'), 'utf8');
  const compiled = JSON.parse(jsonText);
  const kb = loadKnowledge(compiled);
  for (const message of MESSAGES) classify(kb, message);

  const samples = [];
  const perMessage = MESSAGES.map(() => []);
  for (let round = 0; round < rounds; round++) {
    MESSAGES.forEach((message, i) => {
      const start = performance.now();
      classify(kb, message);
      const took = performance.now() - start;
      samples.push(took);
      perMessage[i].push(took);
    });
  }
  const slowest = MESSAGES.map((message, i) => ({ message, median: median(perMessage[i]) }))
    .sort((a, b) => b.median - a.median)
    .slice(0, 3);

  const loadTimes = [];
  const parseAndLoadTimes = [];
  const unpackLoadTimes = [];
  for (let i = 0; i < loads; i++) {
    let start = performance.now();
    loadKnowledge(compiled);
    loadTimes.push(performance.now() - start);
    start = performance.now();
    loadKnowledge(JSON.parse(jsonText));
    parseAndLoadTimes.push(performance.now() - start);
    // The browser module's way: unpack the compact form (building the index), then load.
    start = performance.now();
    loadKnowledge(unpackKnowledge(packed));
    unpackLoadTimes.push(performance.now() - start);
  }

  return {
    messages: MESSAGES.length,
    samples: samples.length,
    median: median(samples),
    p95: p95(samples),
    max: Math.max(...samples),
    slowest,
    loadMedian: median(loadTimes),
    parseAndLoadMedian: median(parseAndLoadTimes),
    unpackLoadMedian: median(unpackLoadTimes),
    knowledgeBytes: Buffer.byteLength(jsonText),
  };
}
