/**
 * Classifier throughput: build a seeded synthetic complaint log of N records (en / ru / bg, every
 * type, channels, statuses and scores mixed like a real help-desk export) and classify it once
 * with the built-in rules, compiled once. Target: 1,000,000 records in under 10 s on 2 cores.
 *
 * `tsx bench/classify-speed.ts [N]` runs it alone; `npm run bench` calls `benchClassify`.
 */
import { pathToFileURL } from 'node:url';
import { builtinRules, classify, compileRules, isSkipped } from '../src/classify/index.js';
import type { ComplaintRecord } from '../src/classify/index.js';
import { mulberry32 } from '../src/metrics/ltv/simulate.js';

/** A seeded PRNG, so every run classifies the same records. */
const seededRandom = mulberry32;

const OPENINGS = [
  'Hello, my order {n} arrived late and the box was damaged.',
  'I was charged twice for invoice {n}, please check.',
  'The courier left the parcel at the wrong door again.',
  'Your app logs me out every time I open the basket.',
  'Здравствуйте, заказ {n} пришёл с опозданием, коробка помята.',
  'С карты списали деньги дважды за счёт {n}.',
  'Курьер снова оставил посылку не у той двери.',
  'Здравейте, поръчка {n} пристигна със закъснение и смачкана кутия.',
  'Изтеглиха ми парите два пъти за фактура {n}.',
  'Посуда разбилась при доставке, а съдомиялната тече.',
];
const ENDINGS = [
  'Please send a replacement as soon as possible.',
  'I called your hotline twice and nobody answered.',
  'I will leave a one star review on Trustpilot.',
  'If this is not fixed by Friday my lawyer will contact you.',
  "I don't want to involve a lawyer, just fix it.",
  'Верните деньги, пожалуйста.',
  'Оставлю отзыв на Яндекс Картах, пусть все знают.',
  'Не хочу в суд, просто замените товар.',
  'Обращусь в Роспотребнадзор и в суд.',
  'Моля, върнете парите ми.',
  'Ще пиша във Фейсбук за това.',
  'Не искам да ходя в съда, но ще подам сигнал в КЗП.',
];
const CHANNELS = ['email', 'phone', 'chat', 'Instagram', 'Отзыв Яндекс Карты', 'Телефон', 'имейл', 'КЗП', 'web form', '', ''];
const STATUSES = ['', '', '', 'returned', 'отменён', 'върната', 'resolved'];

/** A seeded synthetic complaint log of `count` records. */
export function syntheticComplaints(count: number, seed = 5): ComplaintRecord[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  // Texts come from a pool of distinct strings, so memory stays modest at 10^6 records.
  const pool = Array.from({ length: 20_000 }, () => {
    const n = String(10_000 + Math.floor(random() * 90_000));
    return `${pick(OPENINGS).replace('{n}', n)} ${pick(OPENINGS).replace('{n}', n)} ${pick(ENDINGS)}`;
  });
  const records: ComplaintRecord[] = [];
  for (let i = 0; i < count; i += 1) {
    const record: ComplaintRecord = { channel: pick(CHANNELS), status: pick(STATUSES) };
    if (random() < 0.85) record.text = pick(pool);
    else record.score = Math.floor(random() * 11);
    records.push(record);
  }
  return records;
}

/**
 * Classify a seeded synthetic set of `records` complaints; returns the wall time of classifying
 * (compiling the rules included) and the CPU time, which other work on a busy machine does not inflate.
 */
export async function benchClassify(records: number): Promise<{ seconds: number; cpuSeconds: number }> {
  const data = syntheticComplaints(records);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const rules = compileRules(builtinRules);
  let skipped = 0;
  for (const record of data) if (isSkipped(classify(record, rules))) skipped += 1;
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  if (skipped === data.length && data.length > 0) throw new Error('every synthetic record was skipped');
  return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const count = Number(process.argv[2] ?? 1_000_000);
  const { seconds, cpuSeconds } = await benchClassify(count);
  const perSecond = Math.round(count / seconds).toLocaleString('en');
  console.log(
    `classify: ${count.toLocaleString('en')} records in ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU (${perSecond} records/s)`,
  );
}
