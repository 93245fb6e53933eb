// Runs in Chromium: the same classify() loop as the Node benchmark, on the same corpus, with core
// and the default knowledge bundled as the widget bundles them. The page is cross-origin isolated,
// so performance.now() is precise to a few microseconds.
import { classify, loadKnowledge, unpackKnowledge } from '@iop-chat/core';
import { knowledge, packed } from '@iop-chat/knowledge';
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
  const unpackLoadTimes = [];
  for (let i = 0; i < loads; i++) {
    let start = performance.now();
    loadKnowledge(knowledge);
    loadTimes.push(performance.now() - start);
    // What the page pays in all: the module unpacks its compact form (index included) on load.
    start = performance.now();
    loadKnowledge(unpackKnowledge(packed));
    unpackLoadTimes.push(performance.now() - start);
  }
  return { samples, loadTimes, unpackLoadTimes, isolated: globalThis.crossOriginIsolated === true };
}

window.__classifyBench = { run };
