/**
 * Scores `care classify` and `care lint-reply` on a labelled complaint set and a labelled reply set
 * in the format of fixtures/eval/README.md (complaints: id,…,channel,subject,text,status,lang,label,
 * tricky,why; replies: id,lang,label,case,text,why):
 *
 *   npx tsx bench/eval-labelled.ts --complaints fixtures/eval/complaints-dev.csv [--misses]
 *   npx tsx bench/eval-labelled.ts --complaints fixtures/eval/complaints-blind.csv --replies fixtures/eval/replies-blind.csv
 *
 * Accuracy overall, on the tricky rows, per language and per type (recall), the 4×4 confusion
 * matrix (rows: label, columns: predicted), and for replies the pass rates (polite ≥ 80, curt < 50)
 * and medians per language. `--misses` lists the rows on the wrong side: use it on the dev set to
 * tune; the blind set is run once, after the rules are frozen (fixtures/eval/README.md).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { builtinRules, classify, compileRules, isSkipped } from '../src/classify/index.js';
import type { ComplaintRecord } from '../src/classify/index.js';
import { lintMessage } from '../src/lint/index.js';
import type { LintLocale } from '../src/lint/index.js';

const TYPES = ['silent', 'voicer', 'irate', 'activist'] as const;
const LANGS = ['en', 'ru', 'bg'] as const;
const PASS_POLITE = 80;
const FAIL_CURT = 50;

type Row = Record<string, string>;

function readCsv(file: string): Row[] {
  return parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Row[];
}

function recordOf(row: Row): ComplaintRecord {
  const record: ComplaintRecord = {};
  for (const field of ['channel', 'subject', 'text', 'status'] as const) if ((row[field] ?? '') !== '') record[field] = row[field];
  return record;
}

function ratio(ok: number, all: number): string {
  return all === 0 ? '–' : `${(ok / all).toFixed(3)} (${ok}/${all})`;
}

function evaluateComplaints(file: string, misses: boolean): void {
  const rules = compileRules(builtinRules);
  const rows = readCsv(file).map((row) => {
    const result = classify(recordOf(row), rules);
    const predicted = isSkipped(result) ? 'none' : result.type;
    const why = isSkipped(result) ? result.skipped : `${result.evidence.rule} [${result.evidence.words.join(' | ')}]`;
    return { row, predicted, why };
  });
  const correct = (list: typeof rows): number => list.filter(({ row, predicted }) => row['label'] === predicted).length;
  console.log(`== ${file}: ${rows.length} records`);
  console.log(`overall ${ratio(correct(rows), rows.length)}`);
  const tricky = rows.filter(({ row }) => row['tricky'] === '1');
  console.log(`tricky ${ratio(correct(tricky), tricky.length)}`);
  for (const lang of LANGS) {
    const list = rows.filter(({ row }) => row['lang'] === lang);
    console.log(`lang ${lang} ${ratio(correct(list), list.length)}`);
  }
  for (const type of TYPES) {
    const list = rows.filter(({ row }) => row['label'] === type);
    const predictedAs = rows.filter(({ predicted }) => predicted === type).length;
    console.log(`recall ${type.padEnd(8)} ${ratio(correct(list), list.length)}  precision ${ratio(correct(list), predictedAs)}`);
  }
  const columns = [...TYPES, 'none'] as const;
  console.log(`confusion (rows: label; columns: ${columns.join(', ')})`);
  for (const label of TYPES) {
    const cells = columns.map((predicted) => rows.filter((item) => item.row['label'] === label && item.predicted === predicted).length);
    console.log(`  ${label.padEnd(8)} ${cells.map((n) => String(n).padStart(4)).join('')}`);
  }
  if (!misses) return;
  console.log('misses:');
  for (const { row, predicted, why } of rows) {
    if (row['label'] === predicted) continue;
    console.log(`  ${row['id']} ${row['label']} → ${predicted} (${why}): ${row['channel']} | ${row['subject']} | ${row['text']} | ${row['status']}`);
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function evaluateReplies(file: string, misses: boolean): void {
  const rows = readCsv(file).map((row) => ({ row, score: lintMessage(row['text'] ?? '', { locale: row['lang'] as LintLocale }).score }));
  console.log(`== ${file}: ${rows.length} drafts`);
  for (const lang of LANGS) {
    const polite = rows.filter(({ row }) => row['lang'] === lang && row['label'] === 'polite');
    const curt = rows.filter(({ row }) => row['lang'] === lang && row['label'] === 'curt');
    const politeOk = polite.filter(({ score }) => score >= PASS_POLITE).length;
    const curtOk = curt.filter(({ score }) => score < FAIL_CURT).length;
    console.log(`${lang}: polite ≥ ${PASS_POLITE} ${politeOk}/${polite.length}, curt < ${FAIL_CURT} ${curtOk}/${curt.length}, medians ${median(polite.map((p) => p.score))} / ${median(curt.map((c) => c.score))}`);
  }
  if (!misses) return;
  for (const { row, score } of rows) {
    const wrong = row['label'] === 'polite' ? score < PASS_POLITE : score >= FAIL_CURT;
    if (wrong) console.log(`  ${row['id']} ${row['lang']} ${row['label']} ${row['case']}: ${score}`);
  }
}

const args = process.argv.slice(2);
const valueOf = (flag: string): string | undefined => {
  const at = args.indexOf(flag);
  return at === -1 ? undefined : args[at + 1];
};
const showMisses = args.includes('--misses');
const complaints = valueOf('--complaints');
const replies = valueOf('--replies');
if (complaints !== undefined) evaluateComplaints(complaints, showMisses);
if (replies !== undefined) evaluateReplies(replies, showMisses);
