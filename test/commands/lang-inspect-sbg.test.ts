/**
 * care's own words that were English only (docs/messages.md, "What is translated"): care ltv
 * --model sbg's warnings, and the readers' reasons care inspect shows in its tables. Said in
 * Russian and Bulgarian; the English and the JSON stay as they were.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sayIn } from '../../src/i18n/index.js';
import { sbgByCohort } from '../../src/metrics/ltv/sbg-cohorts.js';
import { careInProcess } from '../helpers/care-in-process.js';

const dir = mkdtempSync(path.join(tmpdir(), 'care-lang-inspect-sbg-'));
function file(name: string, lines: string[]): string {
  const full = path.join(dir, name);
  writeFileSync(full, `${lines.join('\n')}\n`);
  return full;
}

/** Two customers who started in January 2025 and are still subscribed: nobody churned, so no sBG fit. */
const NO_CHURN = file('no-churn.csv', ['customer_id,plan,start_date,end_date,mrr', 'A,basic,2025-01-10,,19.00', 'B,basic,2025-01-20,,19.00']);
const sbg = (lang: string, subscriptions: string, ...rest: string[]) => careInProcess(['--lang', lang, 'ltv', '--subscriptions', subscriptions, '--model', 'sbg', ...rest]);

describe('care ltv --model sbg: its warnings', () => {
  it('no fit: nobody churned by 30 June (five ended months), no full month by 25 January; the JSON in English', async () => {
    expect((await sbg('en', NO_CHURN, '--as-of', '2025-06-30')).stderr).toBe('care: warning: no customer has churned yet: sBG cannot estimate churn\n');
    expect((await sbg('ru', NO_CHURN, '--as-of', '2025-06-30')).stderr).toBe('care: предупреждение: ещё ни один клиент не ушёл: sBG не может оценить отток\n');
    expect((await sbg('bg', NO_CHURN, '--as-of', '2025-06-30')).stderr).toBe('care: предупреждение: още нито един клиент не е напуснал: sBG не може да оцени отлива\n');
    expect((await sbg('en', NO_CHURN, '--as-of', '2025-01-25')).stderr).toBe('care: warning: no cohort has a full period to fit sBG on\n');
    expect((await sbg('ru', NO_CHURN, '--as-of', '2025-01-25')).stderr).toBe('care: предупреждение: ни у одной когорты нет полного периода, чтобы подобрать sBG\n');
    expect((await sbg('bg', NO_CHURN, '--as-of', '2025-01-25')).stderr).toBe('care: предупреждение: нито една кохорта няма пълен период, по който да се напасне sBG\n');
    // The JSON keeps the English warning, its code and message only, in a Russian run.
    const json = JSON.parse((await sbg('ru', NO_CHURN, '--as-of', '2025-06-30', '--format', 'json')).stdout);
    expect(json.warnings).toEqual([{ code: 'CARE_LTV_SBG_NOT_FITTED', message: 'no customer has churned yet: sBG cannot estimate churn' }]);
  });

  it('no heterogeneity (the bundled fixture): which fits, α + β in millions, the pooled churn per month', async () => {
    const en = await sbg('en', 'fixtures/subscriptions.csv');
    expect(en.stderr).toMatch(/^care: warning: sBG's α and β ran off to huge values in the pooled fit and \d+ of \d+ cohort fits \(α \+ β up to [\d.]+ million\): .*\(geometric, [\d.]+% a month pooled\), and the rising retention sBG projects is not in these data\n$/);
    const [, flat, of, size, rate] = /in the pooled fit and (\d+) of (\d+) cohort fits \(α \+ β up to ([\d.]+) million\).*geometric, ([\d.]+)%/.exec(en.stderr)!;
    expect((await sbg('ru', 'fixtures/subscriptions.csv')).stderr).toBe(
      `care: предупреждение: у sBG α и β ушли к огромным значениям в общей модели и ${flat} из ${of} моделей по когортам (α + β до ${size} млн): отток не различается от клиента к клиенту, поэтому честная модель — постоянная доля оттока θ = α / (α + β) (геометрическая, ${rate}% в месяц по общей модели), а растущего удержания, которое прогнозирует sBG, в этих данных нет\n`,
    );
    expect((await sbg('bg', 'fixtures/subscriptions.csv')).stderr).toBe(
      `care: предупреждение: α и β на sBG отидоха към огромни стойности в общата оценка и ${flat} от ${of} оценки по кохорти (α + β до ${size} млн.): отливът не се различава между клиентите, затова честният модел е постоянен дял на отлива θ = α / (α + β) (геометричен, ${rate}% на месец по общата оценка), а нарастващото задържане, което sBG прогнозира, го няма в тези данни\n`,
    );
  });

  // Survivors of cohorts from test/unit/metrics/ltv/sbg-no-heterogeneity.test.ts: a constant 20% churn, and Fader & Hardie's (2007) regular and high-end cohorts.
  const GEOMETRIC = [1000, 800, 640, 512, 410, 328, 262];
  const REGULAR = [1000, 631, 468, 382, 326, 289, 262, 241];
  const HIGH_END = [1000, 869, 743, 653, 593, 551, 517, 491];

  it('no heterogeneity in the pooled fit and the one cohort, no period named: "1 of 1", "a period"; the catalog\'s English is the message', () => {
    const [warning] = sbgByCohort([{ cohort: 'flat', survivors: GEOMETRIC }], 3, 0.01).warnings;
    expect(warning!.message).toContain('in the pooled fit and 1 of 1 cohort fits (α + β up to');
    expect(sayIn('en', warning!.say!)).toBe(warning!.message);
    expect(sayIn('ru', warning!.say!)).toMatch(/^у sBG α и β ушли к огромным значениям в общей модели и 1 из 1 модели по когортам \(α \+ β до [\d.]+ млн\): .*\(геометрическая, 20\.0% за период по общей модели\)/);
    expect(sayIn('bg', warning!.say!)).toMatch(/^α и β на sBG отидоха към огромни стойности в общата оценка и 1 от 1 оценка по кохорти \(α \+ β до [\d.]+ млн\.\): .*\(геометричен, 20\.0% на период по общата оценка\)/);
  });

  it('no heterogeneity in one cohort of three only: no pooled churn', () => {
    const cohorts = [{ cohort: 'flat', survivors: GEOMETRIC }, { cohort: 'regular', survivors: REGULAR }, { cohort: 'high end', survivors: HIGH_END }];
    const [warning] = sbgByCohort(cohorts, 3, 0.01, 'week').warnings;
    expect(warning!.message).toContain('in 1 of 3 cohort fits (α + β');
    expect(sayIn('en', warning!.say!)).toBe(warning!.message);
    expect(sayIn('ru', warning!.say!)).toMatch(/^у sBG α и β ушли к огромным значениям в 1 из 3 моделей по когортам \(α \+ β до [\d.]+ млн\): .*\(геометрическая\), а растущего/);
    expect(sayIn('bg', warning!.say!)).toMatch(/^α и β на sBG отидоха към огромни стойности в 1 от 3 оценки по кохорти \(α \+ β до [\d.]+ млн\.\): .*\(геометричен\), а нарастващото/);
  });
});
