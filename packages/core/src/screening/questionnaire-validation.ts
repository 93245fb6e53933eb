/**
 * Checks a questionnaire definition (typically a center's JSON) before anything runs it.
 *
 * Two passes: the shape (every field has the right type), then the meaning (ids are unique, every
 * reference points at something real, every question can be reached, routes never loop, a result
 * always exists). Each error names the path of the offending field, e.g.
 * `questions[3].options[1].next: "q9" is not a question id`, so whoever edits the file can find it.
 */
import { CRISIS_KINDS } from '../safety/crisis-kinds.js';
import { CRISIS_FLAG_PREFIX, crisisKindOf } from './crisis-flags.js';
import { isRecord } from './is-record.js';
import { indexOf } from './questionnaire-index.js';
import { defaultNext } from './questionnaire-routing.js';
import { SCREENING_END, type Questionnaire, type ScreeningCondition } from './questionnaire-types.js';
import { placeholders } from './why-template.js';

export type QuestionnaireValidationResult =
  | { readonly ok: true; readonly questionnaire: Questionnaire }
  | { readonly ok: false; readonly errors: readonly string[] };

export function validateQuestionnaire(def: unknown): QuestionnaireValidationResult {
  const errors: string[] = [];
  if (!hasShape(def, errors)) return { ok: false, errors };
  checkMeaning(def, errors);
  return errors.length === 0 ? { ok: true, questionnaire: def } : { ok: false, errors };
}

// ---------------------------------------------------------------------------------------------
// Shape

type Json = Record<string, unknown>;
interface ListOptions {
  readonly optional?: boolean;
  readonly nonEmpty?: boolean;
}

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

const at = (path: string, key: string): string => (path ? `${path}.${key}` : key);

function hasShape(def: unknown, errors: string[]): def is Questionnaire {
  const before = errors.length;
  const fail = (path: string, message: string): void => {
    errors.push(`${path}: ${message}`);
  };

  const text = (obj: Json, key: string, path: string, optional = false): void => {
    const value = obj[key];
    if (value === undefined && optional) return;
    if (typeof value !== 'string' || value.trim() === '') {
      fail(at(path, key), `must be a non-empty string, got ${shown(value)}`);
    }
  };
  const numeric = (obj: Json, key: string, path: string): void => {
    const value = obj[key];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      fail(at(path, key), `must be a number, got ${shown(value)}`);
    }
  };
  const list = (obj: Json, key: string, path: string, opts: ListOptions = {}): unknown[] => {
    const value = obj[key];
    if (value === undefined && opts.optional) return [];
    if (!Array.isArray(value)) {
      fail(at(path, key), `must be a list, got ${shown(value)}`);
      return [];
    }
    if (opts.nonEmpty && value.length === 0) fail(at(path, key), 'must not be empty');
    return value as unknown[];
  };
  const strings = (obj: Json, key: string, path: string, opts: ListOptions = {}): void => {
    list(obj, key, path, opts).forEach((item, i) => {
      if (typeof item !== 'string' || item === '') {
        fail(`${at(path, key)}[${i}]`, `must be a non-empty string, got ${shown(item)}`);
      }
    });
  };
  const records = (
    obj: Json,
    key: string,
    path: string,
    each: (item: Json, path: string) => void,
    opts: ListOptions = {},
  ): void => {
    list(obj, key, path, opts).forEach((item, i) => {
      const itemPath = `${at(path, key)}[${i}]`;
      if (isRecord(item)) each(item, itemPath);
      else fail(itemPath, `must be an object, got ${shown(item)}`);
    });
  };
  const condition = (value: unknown, path: string): void => {
    if (!isRecord(value)) {
      fail(path, `must be a condition object, got ${shown(value)}`);
    } else if ('answer' in value) {
      text(value, 'answer', path);
      strings(value, 'in', path, { nonEmpty: true });
    } else if ('positive' in value) {
      text(value, 'positive', path);
    } else if ('score' in value) {
      text(value, 'score', path);
      numeric(value, 'atLeast', path);
    } else if ('flag' in value) {
      text(value, 'flag', path);
    } else if ('all' in value || 'any' in value) {
      const key = 'all' in value ? 'all' : 'any';
      list(value, key, path, { nonEmpty: true }).forEach((c, i) => {
        condition(c, `${at(path, key)}[${i}]`);
      });
    } else if ('not' in value) {
      condition(value.not, at(path, 'not'));
    } else {
      fail(path, 'is not a condition (use one of: answer + in, positive, score + atLeast, flag, all, any, not)');
    }
  };
  /** A misspelt field would be silently ignored (a `shwoIf` would show a question meant to be hidden). */
  const only = (obj: Json, path: string, keys: readonly string[]): void => {
    for (const key of Object.keys(obj)) {
      if (!keys.includes(key)) fail(at(path, key), `unknown field (expected ${keys.join(', ')})`);
    }
  };
  const optionalCondition = (obj: Json, key: string, path: string): void => {
    if (obj[key] !== undefined) condition(obj[key], at(path, key));
  };

  if (!isRecord(def)) {
    fail('questionnaire', `must be an object, got ${shown(def)}`);
    return false;
  }
  only(def, '', ['id', 'version', 'title', 'intro', 'instruments', 'questions', 'scales', 'bands', 'start']);
  for (const key of ['id', 'version', 'title', 'intro', 'start']) text(def, key, '');
  records(def, 'instruments', '', (item, path) => {
    only(item, path, ['id', 'name', 'source', 'license', 'url']);
    for (const key of ['id', 'name', 'source', 'license']) text(item, key, path);
    text(item, 'url', path);
    if (typeof item.url === 'string' && !/^https?:\/\//.test(item.url)) {
      fail(at(path, 'url'), 'must start with https:// or http://');
    }
  });
  records(
    def,
    'questions',
    '',
    (item, path) => {
      only(item, path, ['id', 'stem', 'text', 'help', 'instrument', 'options', 'next', 'showIf', 'multiple']);
      text(item, 'id', path);
      text(item, 'text', path);
      for (const key of ['stem', 'help', 'instrument', 'next']) text(item, key, path, true);
      optionalCondition(item, 'showIf', path);
      if (item.multiple !== undefined && typeof item.multiple !== 'boolean') {
        fail(at(path, 'multiple'), `must be true or false, got ${shown(item.multiple)}`);
      }
      records(
        item,
        'options',
        path,
        (option, optionPath) => {
          only(option, optionPath, ['id', 'label', 'score', 'next', 'flags']);
          text(option, 'id', optionPath);
          text(option, 'label', optionPath);
          numeric(option, 'score', optionPath);
          text(option, 'next', optionPath, true);
          strings(option, 'flags', optionPath, { optional: true });
        },
        { nonEmpty: true },
      );
    },
    { nonEmpty: true },
  );
  records(def, 'scales', '', (item, path) => {
    only(item, path, ['id', 'name', 'instrument', 'questions', 'cutoffs']);
    for (const key of ['id', 'name']) text(item, key, path);
    text(item, 'instrument', path, true);
    strings(item, 'questions', path, { nonEmpty: true });
    records(
      item,
      'cutoffs',
      path,
      (cutoff, cutoffPath) => {
        only(cutoff, cutoffPath, ['when', 'atLeast']);
        numeric(cutoff, 'atLeast', cutoffPath);
        optionalCondition(cutoff, 'when', cutoffPath);
      },
      { nonEmpty: true },
    );
  });
  records(
    def,
    'bands',
    '',
    (item, path) => {
      only(item, path, ['id', 'title', 'summary', 'when', 'why', 'nextStep', 'topics']);
      for (const key of ['id', 'title', 'summary']) text(item, key, path);
      optionalCondition(item, 'when', path);
      records(item, 'why', path, (rule, rulePath) => {
        only(rule, rulePath, ['when', 'text']);
        text(rule, 'text', rulePath);
        optionalCondition(rule, 'when', rulePath);
      });
      if (item.nextStep !== 'contact') fail(at(path, 'nextStep'), `must be "contact", got ${shown(item.nextStep)}`);
      strings(item, 'topics', path, { optional: true });
    },
    { nonEmpty: true },
  );
  return errors.length === before;
}

// ---------------------------------------------------------------------------------------------
// Meaning

function checkMeaning(q: Questionnaire, errors: string[]): void {
  const fail = (path: string, message: string): void => {
    errors.push(`${path}: ${message}`);
  };
  const index = indexOf(q);
  const instrumentIds = new Set(q.instruments.map((i) => i.id));
  const flagsSet = new Set(q.questions.flatMap((question) => question.options.flatMap((o) => o.flags ?? [])));

  const unique = (ids: readonly string[], path: (i: number) => string): void => {
    const first = new Map<string, number>();
    ids.forEach((id, i) => {
      const earlier = first.get(id);
      if (earlier === undefined) first.set(id, i);
      else fail(`${path(i)}.id`, `duplicate id "${id}" (also ${path(earlier)})`);
    });
  };
  unique(q.instruments.map((i) => i.id), (i) => `instruments[${i}]`);
  unique(q.questions.map((x) => x.id), (i) => `questions[${i}]`);
  unique(q.scales.map((s) => s.id), (i) => `scales[${i}]`);
  unique(q.bands.map((b) => b.id), (i) => `bands[${i}]`);

  const target = (value: string | undefined, path: string): void => {
    if (value !== undefined && value !== SCREENING_END && !index.question.has(value)) {
      fail(path, `"${value}" is not a question id`);
    }
  };
  const instrument = (value: string | undefined, path: string): void => {
    if (value !== undefined && !instrumentIds.has(value)) fail(path, `"${value}" is not an instrument id`);
  };

  // The route graph: questions[i] -> every question it can lead to, with the field that says so.
  const edges = new Map<string, { to: string; path: string }[]>();
  q.questions.forEach((question, i) => {
    const path = `questions[${i}]`;
    if (question.id === SCREENING_END) fail(`${path}.id`, `"${SCREENING_END}" is reserved for finishing the questionnaire`);
    unique(question.options.map((o) => o.id), (j) => `${path}.options[${j}]`);
    instrument(question.instrument, `${path}.instrument`);
    target(question.next, `${path}.next`);
    const out = edges.get(question.id) ?? [];
    edges.set(question.id, out);
    // The default route is taken when the question is hidden, or by an option without its own next.
    if (question.showIf || question.multiple || question.options.some((o) => o.next === undefined)) {
      const route = question.next === undefined ? `${path} (by default the following question)` : `${path}.next`;
      out.push({ to: defaultNext(q, index, question), path: route });
    }
    question.options.forEach((option, j) => {
      const optionPath = `${path}.options[${j}]`;
      if (option.next !== undefined) {
        if (question.multiple) {
          fail(`${optionPath}.next`, "options of a multiple-choice question cannot route; set the question's next instead");
        }
        target(option.next, `${optionPath}.next`);
        out.push({ to: option.next, path: `${optionPath}.next` });
      }
      (option.flags ?? []).forEach((flag, k) => {
        if (flag.startsWith(CRISIS_FLAG_PREFIX) && !crisisKindOf(flag)) {
          const known = CRISIS_KINDS.map((kind) => CRISIS_FLAG_PREFIX + kind).join(', ');
          fail(`${optionPath}.flags[${k}]`, `"${flag}" is not a crisis kind (${known})`);
        }
      });
    });
  });
  target(q.start, 'start');

  const cycles = findCycles(q, edges);
  for (const cycle of cycles) fail(cycle.path, `"${cycle.to}" makes a cycle (${cycle.loop.join(' -> ')})`);
  if (index.question.has(q.start)) {
    const reached = reachable(q.start, edges);
    q.questions.forEach((question, i) => {
      if (!reached.has(question.id)) fail(`questions[${i}]`, `"${question.id}" is unreachable from start "${q.start}"`);
    });
  }
  // Which questions can come before which, for "showIf refers to a later question" (needs no cycles).
  const asksBefore = (earlier: string, later: string): boolean =>
    cycles.length > 0 || (earlier !== later && reachable(earlier, edges).has(later));

  const condition = (
    c: ScreeningCondition,
    path: string,
    context: { readonly allowScales: boolean; readonly askedAt?: string },
  ): void => {
    if ('answer' in c) {
      const question = index.question.get(c.answer);
      if (!question) {
        fail(`${path}.answer`, `"${c.answer}" is not a question id`);
        return;
      }
      if (context.askedAt !== undefined && !asksBefore(c.answer, context.askedAt)) {
        fail(`${path}.answer`, `"${c.answer}" is never asked before "${context.askedAt}"`);
      }
      c.in.forEach((id, i) => {
        if (!question.options.some((o) => o.id === id)) {
          fail(`${path}.in[${i}]`, `"${id}" is not an option of "${c.answer}"`);
        }
      });
    } else if ('positive' in c || 'score' in c) {
      const [key, id] = 'positive' in c ? ['positive', c.positive] : ['score', c.score];
      if (!context.allowScales) fail(`${path}.${key}`, 'a cut-off cannot depend on a scale');
      else if (!index.scale.has(id)) fail(`${path}.${key}`, `"${id}" is not a scale id`);
    } else if ('flag' in c) {
      if (!flagsSet.has(c.flag)) fail(`${path}.flag`, `no option sets the flag "${c.flag}"`);
    } else if ('all' in c || 'any' in c) {
      const [key, list] = 'all' in c ? ['all', c.all] : ['any', c.any];
      list.forEach((inner, i) => {
        condition(inner, `${path}.${key}[${i}]`, context);
      });
    } else {
      condition(c.not, `${path}.not`, context);
    }
  };

  q.questions.forEach((question, i) => {
    if (question.showIf) {
      condition(question.showIf, `questions[${i}].showIf`, { allowScales: true, askedAt: question.id });
    }
  });

  q.scales.forEach((scale, i) => {
    const path = `scales[${i}]`;
    instrument(scale.instrument, `${path}.instrument`);
    const seen = new Set<string>();
    scale.questions.forEach((id, j) => {
      if (!index.question.has(id)) fail(`${path}.questions[${j}]`, `"${id}" is not a question id`);
      else if (seen.has(id)) fail(`${path}.questions[${j}]`, `"${id}" is counted twice`);
      seen.add(id);
    });
    scale.cutoffs.forEach((cutoff, j) => {
      if (cutoff.when) condition(cutoff.when, `${path}.cutoffs[${j}].when`, { allowScales: false });
    });
    ordered(scale.cutoffs, `${path}.cutoffs`, 'cut-off', 'the default', fail);
  });

  q.bands.forEach((band, i) => {
    const path = `bands[${i}]`;
    if (band.when) condition(band.when, `${path}.when`, { allowScales: true });
    band.why.forEach((rule, j) => {
      if (rule.when) condition(rule.when, `${path}.why[${j}].when`, { allowScales: true });
      for (const { token, scale } of placeholders(rule.text)) {
        if (!index.scale.has(scale)) fail(`${path}.why[${j}].text`, `"${token}" refers to unknown scale "${scale}"`);
      }
    });
  });
  ordered(q.bands, 'bands', 'band', 'the fallback, so every screening gets a result', fail);
}

/**
 * Cut-offs and bands are tried in order: the last must have no `when` (it always applies) and
 * nothing may follow an entry without one (it could never be chosen).
 */
function ordered(
  items: readonly { readonly when?: ScreeningCondition }[],
  path: string,
  noun: string,
  role: string,
  fail: (path: string, message: string) => void,
): void {
  const always = items.findIndex((item) => item.when === undefined);
  if (always === -1) fail(path, `the last ${noun} must have no "when" (it is ${role})`);
  else if (always < items.length - 1) {
    fail(`${path}[${always + 1}]`, `is never used: ${path}[${always}] has no "when" and always applies`);
  }
}

type Edges = ReadonlyMap<string, readonly { readonly to: string; readonly path: string }[]>;

function reachable(from: string, edges: Edges): Set<string> {
  const seen = new Set<string>([from]);
  const stack = [from];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    for (const edge of edges.get(id) ?? []) {
      if (edges.has(edge.to) && !seen.has(edge.to)) {
        seen.add(edge.to);
        stack.push(edge.to);
      }
    }
  }
  return seen;
}

/** Every route that leads back to a question already on the way (depth-first, each loop once). */
function findCycles(q: Questionnaire, edges: Edges): { path: string; to: string; loop: string[] }[] {
  const found: { path: string; to: string; loop: string[] }[] = [];
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (id: string): void => {
    onPath.push(id);
    for (const edge of edges.get(id) ?? []) {
      const back = onPath.indexOf(edge.to);
      if (back !== -1) found.push({ path: edge.path, to: edge.to, loop: [...onPath.slice(back), edge.to] });
      else if (edges.has(edge.to) && !done.has(edge.to)) visit(edge.to);
    }
    onPath.pop();
    done.add(id);
  };
  for (const question of q.questions) if (!done.has(question.id)) visit(question.id);
  return found;
}
