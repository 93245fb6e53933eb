/**
 * iop-kb: the knowledge command line. build / check / classify / dump / eval.
 * classify and eval load the same compiled knowledge and call the same core `classify` as the
 * widget, so what this prints is what a visitor gets.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { SAFETY_MODEL_DATA, classify, loadKnowledge, packKnowledge, type CompiledKnowledge } from '@iop-chat/core';
import { compileKnowledge } from './compile-knowledge.js';
import { evaluate, formatReport, type EvalLine } from './evaluate.js';
import { evaluateSafety, formatSafetyReport } from './safety-eval.js';
import { safetyReport } from './safety-report.js';
import { DEFAULT_TOPIC_OPTIONS, noiseExamples, readTopicCorpus, topicModelModule, topicQuestionAsSafety, trainTopicModel } from './train-topics.js';
import { DEFAULT_TRAIN_OPTIONS, isHeldOut, parseExample, type SafetyExample, modelModule, readCorpus, trainSafetyModel } from './train-safety.js';

const HERE = dirname(fileURLToPath(import.meta.url));
/** The repository's knowledge folder when running from a checkout. */
const REPO_KNOWLEDGE = resolve(HERE, '../../../knowledge');
/** Where `iop-kb build` writes the default knowledge that core, widget and the CLI load. */
const DEFAULT_OUT = resolve(HERE, '../../knowledge/dist/knowledge.json');
/** The safety corpus the model is trained from, and where the trained model is written. */
const REPO_CORPUS = resolve(HERE, '../../../corpus/safety/train');
/** The visitor-question corpus the topic model is trained from (its questions also teach the safety model what is ordinary). */
const REPO_TOPICS = resolve(HERE, '../../../corpus/topics/train');
export const TOPIC_MODEL_MODULE = resolve(HERE, '../../core/src/classify/topic-model-data.ts');
export const SAFETY_MODEL_MODULE = resolve(HERE, '../../core/src/safety/model/safety-model-data.ts');

/** The ids the product must cover (../shared/topics.md). */
export const REQUIRED_IDS = [
  'what-is-iop', 'what-to-expect', 'schedule', 'program-length', 'iop-vs-inpatient', 'iop-vs-outpatient',
  'iop-vs-php', 'eligibility', 'detox', 'therapies', 'group-therapy', 'individual-therapy',
  'family-involvement', 'relapse-prevention', 'safety-plan', 'cost', 'insurance', 'work-school',
  'living-at-home', 'mental-health', 'aftercare', 'twelve-step', 'support-services', 'effectiveness',
  'getting-started', 'helping-loved-one', 'confidentiality', 'medication', 'telehealth', 'location-hours',
  'adolescents', 'first-day', 'drug-testing', 'staff', 'start-screening', 'contact',
] as const;

const USAGE = `iop-kb: build and test iop-chat knowledge

  iop-kb build [--knowledge DIR] [--extra PATH]... [--out FILE]
      validate and compile knowledge (default: ${REPO_KNOWLEDGE}/en) to JSON
      (default: the @iop-chat/knowledge package). --extra adds or overrides entries from
      a folder of .md files or a .json file ({"entries": [...]}).
  iop-kb check [--knowledge DIR] [--extra PATH]...      validate only
  iop-kb classify [--kb FILE.json]    JSON lines {"q": "..."} on stdin -> one JSON line each
  iop-kb dump [--kb FILE.json]        print the compiled knowledge as JSON
  iop-kb train [--corpus DIR] [--topics DIR] [--out FILE] [--topic-out FILE] [--check]
      train the safety model from the safety corpus (default: ${REPO_CORPUS}) and the
      ordinary questions of the topic corpus (default: ${REPO_TOPICS}), and the topic model
      from the topic corpus and the entries' own questions; write both (default:
      ${SAFETY_MODEL_MODULE} and ${TOPIC_MODEL_MODULE}); --check only says whether they are up to date
  iop-kb safety-eval FILE.jsonl... [--rules-only] [--misses] [--json]
      takeover recall, check, false takeovers by language, kind and style on labelled safety
      sets; misses are printed only with --misses (never for a sealed blind set)
  iop-kb safety-report [--corpus DIR] [--blind DIR]... [--out FILE.md]
      a report for clinicians: per kind, each rule with corpus messages it catches and leaves
      alone, the model's strongest words, corpus counts, held-out misses, and the numbers on the
      blind sets named (only sets already measured: naming a set measures it)
  iop-kb eval FILE.jsonl [--kb FILE.json] [--json] [--no-misses]
      top-1, top-3, crisis recall and false positives, out-of-scope rejection, per style
      when lines have a "style", misses (not with --no-misses: a sealed set is measured unread)

Exit codes: 0 ok, 1 invalid knowledge or failed input, 2 usage error.`;

interface Args {
  readonly command: string;
  readonly positional: string[];
  readonly flags: Map<string, string[]>;
}

function parseArgs(argv: readonly string[]): Args {
  const [command = 'help', ...rest] = argv;
  const positional: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (arg.startsWith('--')) {
      const [name = '', inline] = arg.slice(2).split('=', 2);
      const value = inline ?? (rest[i + 1] !== undefined && !rest[i + 1]?.startsWith('--') ? rest[++i] : 'true');
      flags.set(name, [...(flags.get(name) ?? []), value ?? 'true']);
    } else positional.push(arg);
  }
  return { command, positional, flags };
}

class UsageError extends Error {}

function flag(args: Args, name: string): string | undefined {
  return args.flags.get(name)?.at(-1);
}

function compile(args: Args) {
  const knowledgeDir = resolve(flag(args, 'knowledge') ?? join(REPO_KNOWLEDGE, 'en'));
  const sourcesFile = resolve(flag(args, 'sources') ?? join(dirname(knowledgeDir), 'sources.yml'));
  const extra = (args.flags.get('extra') ?? []).map((p) => resolve(p));
  const defaultKb = !args.flags.has('knowledge');
  return compileKnowledge({
    inputs: [knowledgeDir, ...extra],
    sourcesFile,
    requiredIds: defaultKb ? REQUIRED_IDS : [],
  });
}

function loadCompiled(args: Args): CompiledKnowledge {
  const path = resolve(flag(args, 'kb') ?? DEFAULT_OUT);
  if (!existsSync(path)) throw new UsageError(`${path} does not exist: run "iop-kb build" first`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new UsageError(`${path} is not valid JSON`);
  }
  const shape = data as Partial<CompiledKnowledge> | null;
  if (shape?.format !== 1 || !Array.isArray(shape.entries)) throw new UsageError(`${path} is not compiled iop-chat knowledge`);
  return shape as CompiledKnowledge;
}

function writeOutputs(knowledge: CompiledKnowledge, out: string): void {
  mkdirSync(dirname(out), { recursive: true });
  const json = JSON.stringify(knowledge);
  writeFileSync(out, json);
  if (out === DEFAULT_OUT) {
    // An ES module for bundlers and browsers: the compact browser form (knowledge-pack.ts in
    // core), unpacked into compiled knowledge with its search index when the module loads.
    const module = [
      '// Generated by "iop-kb build" from knowledge/. Do not edit.',
      "import { unpackKnowledge } from '@iop-chat/core';",
      `export const packed = ${JSON.stringify(packKnowledge(knowledge))};`,
      'export const knowledge = unpackKnowledge(packed);',
      'export default knowledge;',
      '',
    ].join('\n');
    writeFileSync(out.replace(/\.json$/, '.js'), module);
  }
}

async function readLines(): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) lines.push(line);
  return lines;
}

export async function main(argv: readonly string[], out = process.stdout, err = process.stderr): Promise<number> {
  const args = parseArgs(argv);
  const say = (text: string) => out.write(`${text}\n`);
  const complain = (text: string) => err.write(`${text}\n`);
  try {
    switch (args.command) {
      case 'build':
      case 'check': {
        const result = compile(args);
        if (result.errors.length > 0 || !result.knowledge) {
          complain(`iop-kb ${args.command}: ${result.errors.length} problem(s) in knowledge:`);
          for (const e of result.errors) complain(`  ${e}`);
          return 1;
        }
        if (args.command === 'build') {
          const target = resolve(flag(args, 'out') ?? DEFAULT_OUT);
          writeOutputs(result.knowledge, target);
          say(`iop-kb build: ${result.knowledge.entries.length} entries from ${result.files} file(s) -> ${target}`);
        } else {
          say(`iop-kb check: ${result.knowledge.entries.length} entries from ${result.files} file(s), all valid`);
        }
        return 0;
      }
      case 'classify': {
        const kb = loadKnowledge(loadCompiled(args));
        const lines = await readLines();
        lines.forEach((line, i) => {
          if (line.trim() === '') return;
          let q: unknown;
          try {
            q = (JSON.parse(line) as { q?: unknown } | null)?.q;
          } catch {
            q = undefined;
          }
          if (typeof q !== 'string') {
            say(JSON.stringify({ q: null, error: `line ${i + 1}: expected {"q": "text"}`, crisis: false, safety: 'none', crisisKind: null, topics: [], fallback: true }));
            return;
          }
          const r = classify(kb, q);
          say(JSON.stringify({ q, crisis: r.crisis, safety: r.detection.safety, crisisKind: r.crisisKind ?? null, topics: r.topics.slice(0, 5).map((t) => t.id), fallback: r.fallback }));
        });
        return 0;
      }
      case 'train': {
        const corpus = resolve(flag(args, 'corpus') ?? REPO_CORPUS);
        const topicsDir = resolve(flag(args, 'topics') ?? REPO_TOPICS);
        const target = resolve(flag(args, 'out') ?? SAFETY_MODEL_MODULE);
        const topicTarget = resolve(flag(args, 'topic-out') ?? TOPIC_MODEL_MODULE);
        const { examples, errors } = readCorpus(corpus);
        const knowledge = compile({ ...args, flags: new Map() });
        if (!knowledge.knowledge) throw new Error(`knowledge does not compile: ${knowledge.errors.slice(0, 3).join('; ')}`);
        const entries = knowledge.knowledge.entries;
        const classes = [...entries.map((e) => e.id), 'none'];
        const topics = existsSync(topicsDir) ? readTopicCorpus(topicsDir, new Set(classes)) : { examples: [], errors: [] };
        const bad = [...errors.map((e) => `${corpus}: ${e}`), ...topics.errors.map((e) => `${topicsDir}: ${e}`)];
        if (bad.length > 0) {
          complain(`iop-kb train: ${bad.length} bad line(s):`);
          for (const e of bad.slice(0, 50)) complain(`  ${e}`);
          return 1;
        }
        const ordinary = topics.examples.map(topicQuestionAsSafety);
        const result = trainSafetyModel([...examples, ...ordinary], DEFAULT_TRAIN_OPTIONS);
        const own = entries.flatMap((e) => e.questions.map((q) => ({ q, expect: [e.id], style: 'entry' })));
        const topicModel = trainTopicModel([...topics.examples, ...own, ...noiseExamples(200)], classes, DEFAULT_TOPIC_OPTIONS);
        const outputs = [
          { file: target, text: modelModule(result.model) },
          { file: topicTarget, text: topicModelModule(topicModel) },
        ];
        const stale = outputs.filter((o) => (existsSync(o.file) ? readFileSync(o.file, 'utf8') : '') !== o.text);
        if (args.flags.has('check')) {
          if (stale.length === 0) {
            say(`iop-kb train --check: both models are up to date with ${examples.length + ordinary.length} safety and ${topics.examples.length + own.length} topic lines`);
            return 0;
          }
          complain(`iop-kb train --check: ${stale.map((o) => o.file).join(', ')} stale: run "iop-kb train"`);
          return 1;
        }
        const h = result.heldOut;
        const pct = (a: number, b: number) => `${a}/${b} (${b === 0 ? 0 : ((100 * a) / b).toFixed(1)}%)`;
        say(`iop-kb train: safety: ${examples.length} lines (${Object.entries(result.counts).map(([k, v]) => `${k} ${v}`).join(', ')}), of them ${ordinary.length} ordinary questions from the topic corpus`);
        say(`  thresholds: takeover ${result.model.thresholds.takeover}, check ${result.model.thresholds.check}`);
        say(`  held-out fifth, rules and model: takeover caught ${pct(h.caught, h.takeovers)}, takeover or check ${pct(h.alerted, h.alerts)}, false takeover ${pct(h.falseTakeovers, h.nones)}, check on none ${pct(h.falseChecks, h.nones)}`);
        say(`iop-kb train: topics: ${topics.examples.length} corpus questions and ${own.length} from the entries, ${classes.length} classes`);
        for (const o of outputs) {
          if (stale.includes(o)) writeFileSync(o.file, o.text);
          say(`  ${stale.includes(o) ? 'written' : 'unchanged'}: ${o.file} (${o.text.length} bytes)`);
        }
        return 0;
      }
      case 'safety-eval': {
        if (args.positional.length === 0) throw new UsageError('safety-eval needs FILE.jsonl');
        const examples: SafetyExample[] = [];
        for (const file of args.positional) {
          if (!existsSync(file)) throw new UsageError(`${file}: no such file`);
          readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
            if (line.trim() === '') return;
            const parsed = parseExample(line);
            if (typeof parsed === 'string') complain(`${file}:${i + 1}: skipped, ${parsed}`);
            else examples.push(parsed);
          });
        }
        const report = evaluateSafety(examples, args.flags.has('rules-only'));
        say(args.flags.has('json') ? JSON.stringify(report.groups, null, 2) : formatSafetyReport(report, args.flags.has('misses')));
        return 0;
      }
      case 'safety-report': {
        const corpus = readCorpus(resolve(flag(args, 'corpus') ?? REPO_CORPUS));
        if (corpus.errors.length > 0) throw new Error(`bad corpus lines: ${corpus.errors.slice(0, 5).join('; ')}`);
        const blind = new Map<string, SafetyExample[]>();
        for (const dir of args.flags.get('blind') ?? []) {
          const set = readCorpus(resolve(dir));
          if (set.errors.length > 0) throw new Error(`bad lines in ${dir}: ${set.errors.slice(0, 5).join('; ')}`);
          blind.set(dir, set.examples);
        }
        const text = safetyReport({ corpus: corpus.examples, model: SAFETY_MODEL_DATA, blind, heldOut: isHeldOut });
        const target = flag(args, 'out');
        if (target === undefined) say(text);
        else {
          writeFileSync(resolve(target), `${text}\n`);
          say(`iop-kb safety-report: written to ${resolve(target)}`);
        }
        return 0;
      }
      case 'dump': {
        say(JSON.stringify({ ...loadCompiled(args), index: undefined }, null, 2));
        return 0;
      }
      case 'eval': {
        const file = args.positional[0];
        if (!file) throw new UsageError('eval needs a FILE.jsonl');
        if (!existsSync(file)) throw new UsageError(`${file}: no such file`);
        const lines: EvalLine[] = [];
        readFileSync(file, 'utf8').split('\n').forEach((raw, i) => {
          if (!raw.trim()) return;
          try {
            const item = JSON.parse(raw) as Partial<EvalLine>;
            if (typeof item.q !== 'string' || !Array.isArray(item.expect)) throw new Error('shape');
            lines.push({ q: item.q, expect: item.expect.map(String), ...(typeof item.style === 'string' ? { style: item.style } : {}) });
          } catch {
            complain(`${file}:${i + 1}: skipped, expected {"q": "...", "expect": [...]}`);
          }
        });
        const report = evaluate(loadKnowledge(loadCompiled(args)), lines);
        say(args.flags.has('json') ? JSON.stringify(report, null, 2) : formatReport(report, !args.flags.has('no-misses')));
        return 0;
      }
      case 'help':
      case '--help':
      case '-h':
        say(USAGE);
        return 0;
      default:
        throw new UsageError(`unknown command "${args.command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      complain(`iop-kb: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    complain(`iop-kb: ${(error as Error).message}`);
    return 1;
  }
}
