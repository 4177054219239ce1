import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { fileSource, stdinSource } from '../../../src/ingest/source.js';
import { detectQuestionHeaders, findQuestionHeader, readSurvey, surveyValues } from '../../../src/ingest/survey.js';
import type { Reject } from '../../../src/ingest/types.js';
import { formatDay } from '../../../src/time/days.js';
import { dataset, fixture } from '../../helpers/datasets.js';
import { fakeIo } from '../../helpers/fake-io.js';

const fromText = (text: string) => stdinSource(fakeIo({ stdinText: text }));
const scores = (table: Awaited<ReturnType<typeof readSurvey>>) => table.records.map((record) => surveyValues(record).score);

describe('question-text headers (Google Forms, Typeform)', () => {
  it('finds the score column by its question in English, Russian and Bulgarian', () => {
    expect(detectQuestionHeaders(['Timestamp', 'How likely are you to recommend us to a friend?', 'Anything else?'])).toEqual({ score: 'How likely are you to recommend us to a friend?' });
    expect(detectQuestionHeaders(['Отметка времени', 'Насколько вероятно, что вы порекомендуете нас друзьям?'])['score']).toBe('Насколько вероятно, что вы порекомендуете нас друзьям?');
    expect(detectQuestionHeaders(['Дата', 'Колко вероятно е да ни препоръчате на приятел?'])['score']).toBe('Колко вероятно е да ни препоръчате на приятел?');
  });

  it("takes a Qualtrics NPS question by its _NPS_GROUP companion column, never the group labels", () => {
    expect(detectQuestionHeaders(['ResponseId', 'Q1', 'Q1_NPS_GROUP', 'Q2'])['score']).toBe('Q1');
    expect(detectQuestionHeaders(['ResponseId', 'Q2', 'Q7', 'Q7_NPS_GROUP'])['score']).toBe('Q7');
    expect(detectQuestionHeaders(['ResponseId', 'Q1_NPS_GROUP', 'Q2'])['score']).toBeUndefined();
  });

  it('prefers a plain synonym, and never takes a "why this score?" column for the score', () => {
    expect(detectQuestionHeaders(['Оценка', 'Почему вы поставили такую оценку?'])).toEqual({ comment: 'Почему вы поставили такую оценку?' });
    expect(findQuestionHeader(['Почему вы поставили такую оценку?', 'Ваша оценка'], 'score')).toBe(1);
    expect(findQuestionHeader(['What is the reason for your score?', 'Satisfaction rating'], 'score')).toBeUndefined();
  });

  it('takes the recommend question over another "how likely" question', () => {
    expect(findQuestionHeader(['How likely are you to buy again?', 'How likely are you to recommend us?'], 'score')).toBe(1);
  });

  it('reads a Google Forms export without options', async () => {
    const table = await readSurvey(fileSource(fixture('survey', 'google-forms.csv')));
    expect(table.mode).toBe('nps');
    expect(table.columns['score']).toEqual({ header: 'How likely are you to recommend us to a friend or colleague? (0-10)', source: 'question' });
    expect(table.columns['csat']!.source).toBe('question');
    expect(table.columns['comment']!.header).toBe('What is the main reason for your score?');
    expect(table.columns['customer']).toEqual({ header: 'Email Address', source: 'synonym' });
    expect(scores(table)).toEqual([9, 6, 10, 8, 4, 9]);
    const first = surveyValues(table.records[0]!);
    expect(formatDay(first.date!)).toBe('2024-03-15'); // M/D/Y decided from 3/15, 3/16…
    expect(surveyValues(table.records[1]!).customer).toBe('bob@example.com');
    expect(first.csat).toBe(5);
  });
});

describe('a Russian Excel export: Windows-1251, ";", Russian question headers', () => {
  it('reads without options', async () => {
    const path = fixture('survey', 'survey-ru.csv');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path))).toThrow(); // really not UTF-8
    const table = await readSurvey(fileSource(path));
    expect(table.sniffed).toMatchObject({ encoding: 'windows-1251', delimiter: ';' });
    expect(table.columns['score']!.header).toBe('Насколько вероятно, что вы порекомендуете нас друзьям? (0–10)');
    expect(table.columns['comment']!.header).toBe('Почему вы поставили такую оценку?');
    expect(table.columns['customer']!.header).toBe('Адрес электронной почты');
    expect(table.columns['segment']!.header).toBe('Сегмент');
    expect(scores(table)).toEqual([10, 9, 7, 4, 9, 2, 8, 10]); // "9 из 10" read as 9
    expect(surveyValues(table.records[3]!).comment).toBe('Курьер опоздал, ждали два часа');
    expect(formatDay(surveyValues(table.records[7]!).date!)).toBe('2024-03-22');
  });
});

describe('bad scores', () => {
  it('are skipped and counted as badScore, with their lines', async () => {
    const rejects: Reject[] = [];
    const table = await readSurvey(fileSource(fixture('survey', 'bad-scores.csv')), { onReject: (reject) => rejects.push(reject) });
    expect(scores(table)).toEqual([9, 10, 9, 3]);
    expect(table.ingest.skipped['badScore']).toBe(6);
    expect(rejects.map((reject) => [reject.line, reject.cells[1]])).toEqual([
      [3, '11'],
      [4, '-1'],
      [5, '7.5'],
      [6, 'ten'],
      [7, ''],
      [10, 'NA'],
    ]);
    expect(rejects.every((reject) => reject.reason === 'badScore' && reject.field === 'score')).toBe(true);
  });

  it('fail under strict with exit code 3, naming file, line and field', async () => {
    const file = fixture('survey', 'bad-scores.csv');
    const error = await readSurvey(fileSource(file), { strict: true }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    const input = error as InputError;
    expect(input.exitCode).toBe(3);
    expect(input).toMatchObject({ file, line: 3, field: 'score' });
    expect(input.describe()).toBe(`${file}, line 3, field "score": score "11" is not a whole number from 0 to 10`);
  });
});

describe('other shapes of survey export', () => {
  it('reads stdin (read once, peeked and read from memory)', async () => {
    const table = await readSurvey(fromText('customer,nps\nA,10\nB,9 of 10\n'));
    expect(scores(table)).toEqual([10, 9]);
  });

  it('a help-desk CSAT export without a score column is read for CSAT alone', async () => {
    const table = await readSurvey(fromText('Ticket,Requester,CSAT\n1,a@x.io,5\n2,b@x.io,2\n3,c@x.io,good\n'));
    expect(table.mode).toBe('csat');
    expect(table.records.map((record) => surveyValues(record).csat)).toEqual([5, 2]);
    expect(table.ingest.skipped['badCsat']).toBe(1);
  });

  it('keeps a row with a good score when its CSAT cell is not 1–5', async () => {
    const table = await readSurvey(fromText('score,csat\n9,4\n8,9\n'));
    expect(table.records.map((record) => surveyValues(record).csat)).toEqual([4, '9']);
  });

  it('--map wins over detection', async () => {
    const table = await readSurvey(fromText('How likely are you to recommend us?,Real score\n1,10\n'), { map: { score: 'Real score' } });
    expect(table.columns['score']).toEqual({ header: 'Real score', source: 'map' });
    expect(scores(table)).toEqual([10]);
  });

  it('without any score or CSAT column it is an input error naming the field', async () => {
    await expect(readSurvey(fromText('name,city\nA,Sofia\n'))).rejects.toMatchObject({ code: 'CARE_MISSING_FIELD', field: 'score', exitCode: 3 });
  });

  it('requires the date column when asked (for --period)', async () => {
    await expect(readSurvey(fromText('score\n9\n'), { alsoRequired: ['date'] })).rejects.toMatchObject({ code: 'CARE_MISSING_FIELD', field: 'date' });
  });
});

const botanic = dataset('nps-botanic-fr.csv');

describe.skipIf(!botanic.present)(`the real French NPS survey (${botanic.present ? 'nps-botanic-fr.csv' : botanic.skipReason})`, () => {
  it('is read as Latin-1 with the `nps` column; NA scores are bad rows', async () => {
    // Independent count: the score is the third column and comes before the free text, so a
    // plain split on commas is enough for it.
    const lines = readFileSync(botanic.path, 'latin1').split('\n').filter((line) => line !== '');
    const cells = lines.slice(1).map((line) => line.split(',')[2]!);
    const numeric = cells.filter((cell) => /^\d+$/.test(cell));
    const table = await readSurvey(fileSource(botanic.path));
    expect(table.sniffed.encoding).toBe('latin1');
    expect(table.columns['score']).toEqual({ header: 'nps', source: 'synonym' });
    expect(table.columns['comment']!.header).toBe('explication');
    expect(table.ingest.rows).toBe(lines.length - 1);
    expect(table.records.length).toBe(numeric.length);
    expect(table.ingest.skipped['badScore']).toBe(cells.filter((cell) => cell === 'NA').length);
    expect(table.ingest.skipped['badScore']).toBe(lines.length - 1 - numeric.length);
    expect(table.records.some((record) => (surveyValues(record).comment ?? '').includes('très'))).toBe(true);
  });
});
