// Runs in Chromium: the same classify() loop as the Node benchmark, on the same corpus, with core
// and the default knowledge bundled as the widget bundles them. The page is cross-origin isolated,
// so performance.now() is precise to a few microseconds.
import { classify, loadKnowledge } from '@iop-chat/core';
import { knowledge } from '@iop-chat/knowledge';
import { MESSAGES } from '../messages.mjs';

function run(rounds, loads) {
  const kb = loadKnowledge(knowledge);
  for (const message of MESSAGES) classify(kb, message);
  const samples = [];
  for (let round = 0; round < rounds; round++) {
    for (const message of MESSAGES) {
      const start = performance.now();
      classify(kb, message);
      samples.push(performance.now() - start);
    }
  }
  const loadTimes = [];
  for (let i = 0; i < loads; i++) {
    const start = performance.now();
    loadKnowledge(knowledge);
    loadTimes.push(performance.now() - start);
  }
  return { samples, loadTimes, isolated: globalThis.crossOriginIsolated === true };
}

window.__classifyBench = { run };
