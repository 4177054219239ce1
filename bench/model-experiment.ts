/**
 * Experiment: would a small trained model, or a rules+model hybrid, type complaint records
 * (silent, voicer, irate, activist) better than the hand-written rules on records nobody tuned on?
 *
 * Run it in a tree whose rules are the ones to compare with. For the rules frozen before anyone
 * tuned on blind set 6 (commit a2456b9):
 *
 *   mkdir -p /tmp/care-a2456b9 && git archive a2456b9 | tar -x -C /tmp/care-a2456b9
 *   cd /tmp/care-a2456b9 && ln -s /work/main/node_modules node_modules
 *   cp -r /work/main/bench/model /work/main/bench/model-experiment.ts bench/
 *   npx tsx bench/model-experiment.ts [--fixtures DIR] [--top 12] [--cfpb cfpb-complaints-sample.csv]
 *
 * (In /work/main itself, `npx tsx bench/model-experiment.ts` compares with the current rules.)
 * For an earlier freeze, say e611846 (frozen for blind set 4), extract it the same way and run
 * `npx tsx bench/model-experiment.ts --fixtures /work/main/fixtures --honest complaints-blind-4,complaints-blind-5,complaints-blind-6 --no-as-written`:
 * the rules there were tuned on none of those three sets.
 *
 * Data: every labelled complaint set, fixtures/eval/complaints-*.csv and fixtures/complaints.csv
 * (rows labelled `none` are left out). Leave-one-set-out: train on all the other sets, test on the
 * held-out one. Models: multinomial naive Bayes and softmax logistic regression (bench/model/),
 * hyper-parameters fixed before the run (not chosen on any held-out figure). Variants:
 * - `nb`, `lr`: the model alone on n-grams + structural features (bench/model/features.ts);
 * - `stack`: logistic regression on the same plus what the rules read (type, step, rule ids);
 * - `gate`: the rules' type, except when the rules decided on no cited evidence (step `comment`:
 *   the customer's words alone, or `none`): then `lr`'s type;
 * - `gate+contact`: as `gate`, and also when the rules' type came from a contact hit (step
 *   `contact`), where the rules' silent-as-voicer misses are;
 * - `gate+silent`: as `gate`, and a contact-step voicer becomes silent only when `lr` gives silent
 *   a probability ≥ 0.9 (threshold fixed before the run).
 * The rules are tuned on every set here except blind set 6, so only blind 6 is honest for `rules`,
 * `stack` and the gates; the model alone is honest on every held-out set.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'csv-parse/sync';
import { builtinRules, classify, compileRules, isSkipped, readRecord } from '../src/classify/index.js';
import type { ComplaintRecord } from '../src/classify/index.js';
import { type Features, merge, ngramFeatures, rulesFeatures, structFeatures } from './model/features.js';
import { type Example, type Model, trainLogReg, trainNaiveBayes } from './model/models.js';

const TYPES = ['silent', 'voicer', 'irate', 'activist'] as const;
type Type = (typeof TYPES)[number];

interface Item {
  set: string;
  id: string;
  lang: string;
  label: number;
  record: ComplaintRecord;
  base: Features;
  withRules: Features;
  rulesType: string;
  rulesStep: string;
}

const args = process.argv.slice(2);
const valueOf = (flag: string, fallback: string): string => {
  const at = args.indexOf(flag);
  return at === -1 ? fallback : (args[at + 1] ?? fallback);
};
const fixtures = valueOf('--fixtures', 'fixtures');
const top = Number(valueOf('--top', '12'));
/** Sets the rules in this tree were not tuned on (honest for `rules`, `stack` and the gates). */
const honestSets = valueOf('--honest', 'complaints-blind-6').split(',');
const rules = compileRules(builtinRules);

function recordOf(row: Record<string, string>): ComplaintRecord {
  const record: ComplaintRecord = {};
  for (const field of ['channel', 'subject', 'text', 'status'] as const) if ((row[field] ?? '') !== '') record[field] = row[field];
  const score = row['score'];
  if (score !== undefined && score.trim() !== '' && Number.isFinite(Number(score))) record.score = Number(score);
  return record;
}

function load(): Item[] {
  const files = readdirSync(join(fixtures, 'eval'))
    .filter((name) => /^complaints-.*\.csv$/u.test(name))
    .map((name) => join(fixtures, 'eval', name));
  files.push(join(fixtures, 'complaints.csv'));
  const items: Item[] = [];
  for (const file of files.sort()) {
    const set = file.replace(/^.*\//u, '').replace(/\.csv$/u, '');
    const rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
    for (const row of rows) {
      const label = TYPES.indexOf(row['label'] as Type);
      if (label < 0) continue;
      const record = recordOf(row);
      const base = merge(ngramFeatures(record), structFeatures(record));
      const result = classify(record, rules);
      items.push({
        set,
        id: row['id'] ?? '',
        lang: row['lang'] ?? '',
        label,
        record,
        base,
        withRules: merge(base, rulesFeatures(record, rules)),
        rulesType: isSkipped(result) ? 'none' : result.type,
        rulesStep: readRecord(record, rules).step,
      });
    }
  }
  return items;
}

function argmax(p: Float64Array): number {
  let best = 0;
  for (let i = 1; i < p.length; i += 1) if ((p[i] as number) > (p[best] as number)) best = i;
  return best;
}

type Variant = 'rules' | 'nb' | 'lr' | 'stack' | 'gate' | 'gate+contact' | 'gate+silent';
const VARIANTS: Variant[] = ['rules', 'nb', 'lr', 'stack', 'gate', 'gate+contact', 'gate+silent'];
/** `gate+silent` turns a contact-step voicer silent only when lr is this sure (fixed before the run). */
const SURE_SILENT = 0.9;

interface Fold {
  set: string;
  items: Item[];
  predicted: Record<Variant, string[]>;
  trainMs: number;
  predictMs: number;
  trainCount: number;
}

function runFold(all: readonly Item[], set: string): Fold {
  const train = all.filter((item) => item.set !== set);
  const test = all.filter((item) => item.set === set);
  const examples = (key: 'base' | 'withRules'): Example[] => train.map((item) => ({ features: item[key], label: item.label }));
  const started = performance.now();
  const nb = trainNaiveBayes(examples('base'), TYPES.length);
  const lr = trainLogReg(examples('base'), TYPES.length);
  const stack = trainLogReg(examples('withRules'), TYPES.length);
  const trainMs = performance.now() - started;
  const typeOf = (model: Model, features: Features): string => TYPES[argmax(model.predict(features))] as string;
  const predictStarted = performance.now();
  const lrProbabilities = test.map((item) => lr.predict(item.base));
  const lrTypes = lrProbabilities.map((p) => TYPES[argmax(p)] as string);
  const predictMs = performance.now() - predictStarted;
  const predicted: Record<Variant, string[]> = {
    rules: test.map((item) => item.rulesType),
    nb: test.map((item) => typeOf(nb, item.base)),
    lr: lrTypes,
    stack: test.map((item) => typeOf(stack, item.withRules)),
    gate: test.map((item, i) => (item.rulesStep === 'comment' || item.rulesStep === 'none' ? (lrTypes[i] as string) : item.rulesType)),
    'gate+contact': test.map((item, i) =>
      item.rulesStep === 'comment' || item.rulesStep === 'none' || item.rulesStep === 'contact' ? (lrTypes[i] as string) : item.rulesType,
    ),
    'gate+silent': test.map((item, i) => {
      if (item.rulesStep === 'comment' || item.rulesStep === 'none') return lrTypes[i] as string;
      const sure = ((lrProbabilities[i] as Float64Array)[0] as number) >= SURE_SILENT;
      return item.rulesStep === 'contact' && sure ? 'silent' : item.rulesType;
    }),
  };
  return { set, items: test, predicted, trainMs, predictMs, trainCount: train.length };
}

function accuracy(fold: Fold, variant: Variant, type?: number): string {
  let ok = 0;
  let all = 0;
  fold.items.forEach((item, i) => {
    if (type !== undefined && item.label !== type) return;
    all += 1;
    if (fold.predicted[variant][i] === TYPES[item.label]) ok += 1;
  });
  return all === 0 ? '  –  ' : (ok / all).toFixed(3);
}

function report(folds: readonly Fold[]): void {
  console.log(`\n== accuracy, leave-one-set-out (* = honest: the model always; the rules only on ${honestSets.join(', ')})`);
  console.log(`${'held-out set'.padEnd(22)} ${'n'.padStart(4)}  ${VARIANTS.map((v) => v.padStart(13)).join('')}`);
  for (const fold of folds) {
    const honest = honestSets.includes(fold.set);
    const cells = VARIANTS.map((v) => `${accuracy(fold, v)}${honest || v === 'nb' || v === 'lr' ? '*' : ' '}`.padStart(13));
    console.log(`${fold.set.padEnd(22)} ${String(fold.items.length).padStart(4)}  ${cells.join('')}`);
  }
  const pooled: Fold = {
    set: 'all held-out (pooled)',
    items: folds.flatMap((f) => f.items),
    predicted: Object.fromEntries(VARIANTS.map((v) => [v, folds.flatMap((f) => f.predicted[v])])) as Record<Variant, string[]>,
    trainMs: 0,
    predictMs: 0,
    trainCount: 0,
  };
  console.log(`${pooled.set.padEnd(22)} ${String(pooled.items.length).padStart(4)}  ${VARIANTS.map((v) => accuracy(pooled, v).padStart(12) + ' ').join('')}`);

  for (const fold of [...folds.filter((f) => honestSets.includes(f.set)), pooled]) {
    console.log(`\n== recall per type, ${fold.set}`);
    console.log(`${'type'.padEnd(10)} ${VARIANTS.map((v) => v.padStart(13)).join('')}`);
    TYPES.forEach((type, t) => console.log(`${type.padEnd(10)} ${VARIANTS.map((v) => accuracy(fold, v, t).padStart(13)).join('')}`));
    if (fold === pooled) continue;
    for (const lang of ['en', 'ru', 'bg']) {
      const sub: Fold = { ...fold, items: [], predicted: Object.fromEntries(VARIANTS.map((v) => [v, [] as string[]])) as Record<Variant, string[]> };
      fold.items.forEach((item, i) => {
        if (item.lang !== lang) return;
        sub.items.push(item);
        for (const v of VARIANTS) sub.predicted[v].push(fold.predicted[v][i] as string);
      });
      console.log(`lang ${lang.padEnd(5)} ${VARIANTS.map((v) => accuracy(sub, v).padStart(13)).join('')}`);
    }
    for (const v of VARIANTS.slice(1)) {
      let wins = 0;
      let losses = 0;
      fold.items.forEach((item, i) => {
        const truth = TYPES[item.label];
        const rulesOk = fold.predicted.rules[i] === truth;
        const ok = fold.predicted[v][i] === truth;
        if (ok && !rulesOk) wins += 1;
        if (!ok && rulesOk) losses += 1;
      });
      console.log(`paired vs rules, ${v.padEnd(13)} right where rules wrong ${wins}, wrong where rules right ${losses}`);
    }
    const columns = [...TYPES, 'none'];
    for (const v of ['rules', 'lr', 'gate+contact', 'gate+silent'] as Variant[]) {
      console.log(`confusion ${v} (rows label; columns ${columns.join(', ')}): ${TYPES.map((label, t) =>
        `${label} ${columns.map((c) => fold.items.filter((item, i) => item.label === t && fold.predicted[v][i] === c).length).join(' ')}`).join(' · ')}`);
    }
  }
}

function speed(all: readonly Item[], folds: readonly Fold[]): void {
  const trainMs = folds.reduce((s, f) => s + f.trainMs, 0);
  const trained = folds.reduce((s, f) => s + f.trainCount, 0);
  console.log(`\n== speed (this machine, 2 shared cores)`);
  console.log(`training nb + lr + stack: ${((trainMs / trained) * 1000).toFixed(0)} ms per 1,000 training records (features already built)`);
  const records = all.map((item) => item.record);
  const timeIt = (fn: () => void): number => {
    const started = performance.now();
    fn();
    return ((performance.now() - started) / records.length) * 1000;
  };
  const features = timeIt(() => records.forEach((r) => merge(ngramFeatures(r), structFeatures(r))));
  const predictMs = folds.reduce((s, f) => s + f.predictMs, 0);
  const rulesMs = timeIt(() => records.forEach((r) => classify(r, rules)));
  console.log(`features: ${features.toFixed(1)} ms per 1,000 records; lr prediction on built features: ${((predictMs / all.length) * 1000).toFixed(1)} ms per 1,000; rules (classify): ${rulesMs.toFixed(1)} ms per 1,000`);
}

/** Sets in the order they were written; each blind set was first run on rules tuned on the sets before it. */
const WRITTEN = ['complaints', 'complaints-dev', 'complaints-blind', 'complaints-dev2', 'complaints-blind-2', 'complaints-blind-3', 'complaints-blind-4', 'complaints-blind-5', 'complaints-blind-6'];
/** The rules' first run on each blind set, as recorded in fixtures/eval/README.md: accuracy, silent recall. */
const FIRST_RUN: Record<string, [number, number]> = {
  'complaints-blind': [0.8, 0.517],
  'complaints-blind-2': [0.825, 0.46],
  'complaints-blind-3': [0.725, 0.525],
  'complaints-blind-4': [0.846, 0.7],
  'complaints-blind-5': [0.787, 0.5],
  'complaints-blind-6': [0.856, 0.667],
};

/** The model trained only on the sets written before each blind set: the information the rules had at its first run. */
function asWritten(all: readonly Item[]): void {
  console.log('\n== as written: model trained on the sets written before each blind set, vs the rules\' recorded first run (all honest)');
  console.log(`${'blind set'.padEnd(20)} ${'train'.padStart(6)} ${'rules acc'.padStart(10)} ${'nb acc'.padStart(8)} ${'lr acc'.padStart(8)}   ${'rules silent'.padStart(13)} ${'lr silent'.padStart(10)}  lr recall s/v/i/a`);
  let sums = [0, 0, 0, 0];
  for (const set of Object.keys(FIRST_RUN)) {
    const before = WRITTEN.slice(0, WRITTEN.indexOf(set));
    const train = all.filter((item) => before.includes(item.set)).map((item) => ({ features: item.base, label: item.label }));
    const test = all.filter((item) => item.set === set);
    const nb = trainNaiveBayes(train, TYPES.length);
    const lr = trainLogReg(train, TYPES.length);
    const right = (model: Model, type?: number): number => {
      const list = test.filter((item) => type === undefined || item.label === type);
      return list.filter((item) => argmax(model.predict(item.base)) === item.label).length / list.length;
    };
    const [rulesAcc, rulesSilent] = FIRST_RUN[set] as [number, number];
    const row = [rulesAcc, right(nb), right(lr), right(lr, 0)];
    sums = sums.map((s, i) => s + (row[i] as number));
    console.log(`${set.padEnd(20)} ${String(train.length).padStart(6)} ${rulesAcc.toFixed(3).padStart(10)} ${right(nb).toFixed(3).padStart(8)} ${right(lr).toFixed(3).padStart(8)}   ${rulesSilent.toFixed(3).padStart(13)} ${right(lr, 0).toFixed(3).padStart(10)}  ${TYPES.map((_, t) => right(lr, t).toFixed(2)).join('/')}`);
  }
  const n = Object.keys(FIRST_RUN).length;
  console.log(`${'mean of 6'.padEnd(20)} ${''.padStart(6)} ${((sums[0] as number) / n).toFixed(3).padStart(10)} ${((sums[1] as number) / n).toFixed(3).padStart(8)} ${((sums[2] as number) / n).toFixed(3).padStart(8)}   ${''.padStart(13)} ${((sums[3] as number) / n).toFixed(3).padStart(10)}`);
}

function strongest(all: readonly Item[]): void {
  const lr = trainLogReg(all.map((item) => ({ features: item.base, label: item.label })), TYPES.length);
  const stack = trainLogReg(all.map((item) => ({ features: item.withRules, label: item.label })), TYPES.length);
  // Only features in at least MIN_RECORDS records: a name seen once or twice memorises a row.
  const MIN_RECORDS = 15;
  const counts = new Map<string, number>();
  for (const item of all) for (const name of item.withRules.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
  const names = [...counts].filter(([, n]) => n >= MIN_RECORDS).map(([name]) => name);
  for (const [title, model] of [['lr', lr], ['stack', stack]] as const) {
    console.log(`\n== strongest features in ≥ ${MIN_RECORDS} records, ${title} trained on all sets (weight of the type minus the mean of the others)`);
    TYPES.forEach((type, t) => {
      const scored: [string, number][] = [];
      for (const name of names) {
        const w = model.weights(name);
        if (w === undefined) continue;
        const others = (w.reduce((s, x) => s + x, 0) - (w[t] as number)) / (TYPES.length - 1);
        scored.push([name, (w[t] as number) - others]);
      }
      scored.sort((a, b) => b[1] - a[1]);
      console.log(`${type.padEnd(9)} ${scored.slice(0, top).map(([n, s]) => `${n} ${s.toFixed(2)}`).join(', ')}`);
    });
    if (title !== 'lr') continue;
    const structural = ['text-empty', 'subject-empty', 'no-words', 'score-written', 'score-low', 'score-high', 'stars', 'first-person', 'we', 'company-voice', 'no-reply', 'quoted'];
    console.log(`structural (weights silent/voicer/irate/activist): ${structural.map((name) => `${name} ${[...(model.weights(name) ?? [])].map((w) => w.toFixed(1)).join('/')}`).join(', ')}`);
  }
}

/**
 * Real text, out of the labelled sets' distribution: the CFPB narratives (`--cfpb FILE`, the
 * public CFPB sample's CSV), read as the README's hand reading did (Issue as subject, narrative as
 * text, no channel). Every record went to a regulator (activist by the definition, though the text
 * often does not say so), and every one is a written complaint, so `silent` is wrong on all of them.
 */
function realText(all: readonly Item[], file: string): void {
  const rows = (parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[])
    .filter((row) => (row['Consumer complaint narrative'] ?? '').trim() !== '');
  const lr = trainLogReg(all.map((item) => ({ features: item.base, label: item.label })), TYPES.length);
  const stack = trainLogReg(all.map((item) => ({ features: item.withRules, label: item.label })), TYPES.length);
  const read = (withChannel: boolean): ComplaintRecord[] =>
    rows.map((row) => ({ subject: row['Issue'] ?? '', text: row['Consumer complaint narrative'] ?? '', ...(withChannel ? { channel: row['Submitted via'] ?? '' } : {}) }));
  realTextRead(read(false), 'no channel', lr, stack);
  realTextRead(read(true), "channel = 'Submitted via'", lr, stack);
}

function realTextRead(records: ComplaintRecord[], how: string, lr: Model, stack: Model): void {
  const counts: Record<string, Record<string, number>> = { rules: {}, lr: {}, stack: {}, 'gate+silent': {} };
  let agree = 0;
  for (const record of records) {
    const base = merge(ngramFeatures(record), structFeatures(record));
    const result = classify(record, rules);
    const step = readRecord(record, rules).step;
    const rulesType = isSkipped(result) ? 'none' : result.type;
    const p = lr.predict(base);
    const lrType = TYPES[argmax(p)] as string;
    const stackType = TYPES[argmax(stack.predict(merge(base, rulesFeatures(record, rules))))] as string;
    const gated = step === 'comment' || step === 'none' ? lrType : step === 'contact' && (p[0] as number) >= SURE_SILENT ? 'silent' : rulesType;
    for (const [name, type] of [['rules', rulesType], ['lr', lrType], ['stack', stackType], ['gate+silent', gated]] as const) {
      const bucket = counts[name] as Record<string, number>;
      bucket[type] = (bucket[type] ?? 0) + 1;
    }
    if (lrType === rulesType) agree += 1;
  }
  console.log(`\n== real text, ${how}: ${records.length} CFPB narratives (all went to a regulator; silent is wrong on every one)`);
  for (const [name, bucket] of Object.entries(counts)) {
    console.log(`${name.padEnd(12)} ${[...TYPES, 'none'].map((t) => `${t} ${bucket[t] ?? 0}`).join(', ')}`);
  }
  console.log(`lr agrees with the rules on ${agree} of ${records.length}`);
}

const loadStarted = performance.now();
const items = load();
const sets = [...new Set(items.map((item) => item.set))];
console.log(`${items.length} labelled records in ${sets.length} sets (${sets.map((s) => `${s} ${items.filter((i) => i.set === s).length}`).join(', ')}); features built in ${(performance.now() - loadStarted).toFixed(0)} ms`);
const folds = sets.map((set) => runFold(items, set));
report(folds);
if (!args.includes('--no-as-written')) asWritten(items);
speed(items, folds);
strongest(items);
const cfpb = valueOf('--cfpb', '');
if (cfpb !== '') realText(items, cfpb);
