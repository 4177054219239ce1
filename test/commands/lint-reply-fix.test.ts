/** care lint-reply --fix / --fix --dry-run / --diff: the safe replacements written in, as a unified diff. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { careInProcess } from '../helpers/care-in-process.js';

/** A team's plain-words rule: bureaucratic phrases and their plain replacements, by language. */
const TEAM = {
  version: 1,
  rules: {
    'plain-words': {
      severity: 'info',
      message: 'A bureaucratic phrase where a plain word does.',
      suggestion: 'Use the plain word.',
      check: { type: 'substitute', swap: { en: { utilize: 'use', 'in order to': 'to' }, ru: { 'в настоящее время': 'сейчас' }, bg: { понастоящем: 'сега' } } },
    },
  },
};

function setUp(name: string, text: string | Buffer): { dir: string; file: string; rules: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'care-fix-'));
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const rules = path.join(dir, 'team.json');
  writeFileSync(rules, JSON.stringify(TEAM));
  return { dir, file, rules };
}

const RU = [
  'Здравствуйте, Анна!',
  '',
  'Спасибо за письмо, и простите за задержку!!!',
  'В настоящее время посылка в пути, {{t "в настоящее время"}} она придёт завтра.',
  'Если у вас остались вопросы, я с радостью помогу.',
  '',
  'С уважением,',
  'Ольга Иванова',
  'Служба заботы о клиентах',
].join('\n');

const BG = 'Здравейте, Мария!\r\n\r\nБлагодарим ви за писмото и се извиняваме за закъснението!!\r\nПонастоящем пратката е на път и ще пристигне утре.\r\nАко имате въпроси, с радост ще помогна.\r\n\r\nС уважение,\r\nЕлена Петрова\r\nЕкип за обслужване на клиенти\r\n';

describe('care lint-reply --fix', () => {
  it('a Russian draft: writes the replacements (the first letter\'s case kept, nothing inside {{ }}), prints the diff and the score before and after', async () => {
    const { dir, file, rules } = setUp('reply.txt', RU);
    const run = await careInProcess(['lint-reply', 'reply.txt', '--fix', '--rules', rules], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe([
      '--- a/reply.txt',
      '+++ b/reply.txt',
      '@@ -1,7 +1,7 @@',
      ' Здравствуйте, Анна!',
      ' ',
      '-Спасибо за письмо, и простите за задержку!!!',
      '-В настоящее время посылка в пути, {{t "в настоящее время"}} она придёт завтра.',
      '+Спасибо за письмо, и простите за задержку!',
      '+Сейчас посылка в пути, {{t "в настоящее время"}} она придёт завтра.',
      ' Если у вас остались вопросы, я с радостью помогу.',
      ' ',
      ' С уважением,',
      '',
    ].join('\n'));
    expect(readFileSync(file, 'utf8')).toBe(RU.replace('!!!', '!').replace('В настоящее время посылка', 'Сейчас посылка'));
    // Before: shouting (warning, 10) and the phrase twice (info, 3 each): 84. After: the one inside {{ }} is left: 97.
    expect(run.stderr).toBe('care: reply.txt: fixed 2 of 3 findings; 1 inside {{ }} left alone; score 84 → 97\n');
    expect(readdirSync(dir).sort()).toEqual(['reply.txt', 'team.json']);
  });

  it('a Bulgarian draft with CRLF line ends keeps them; the re-linted draft scores 100', async () => {
    const { dir, file, rules } = setUp('reply.txt', BG);
    const run = await careInProcess(['lint-reply', 'reply.txt', '--fix', '--rules', rules, '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(BG.replace('!!', '!').replace('Понастоящем', 'Сега'));
    expect(run.stdout).toContain('-Понастоящем пратката е на път и ще пристигне утре.\n+Благодарим ви за писмото и се извиняваме за закъснението!\n+Сега пратката е на път и ще пристигне утре.\n');
    expect(run.stderr).toBe('care: reply.txt: fixed 2 of 2 findings; score 87 → 100\n');
  });

  it('--dry-run and --diff print the same diff and write nothing; the diff applies with patch -p1', async () => {
    const text = 'Hello Anna,\n\nThank you for writing. I am sorry the parcel was late!!\nWe utilize a new courier in order to deliver it tomorrow.\nIf you have any questions, I am glad to help.\n\nKind regards,\nOlga Ivanova\nCustomer Care';
    const { dir, file, rules } = setUp('reply.txt', text);
    const dry = await careInProcess(['lint-reply', 'reply.txt', '--fix', '--dry-run', '--rules', rules], { cwd: dir });
    const diff = await careInProcess(['lint-reply', 'reply.txt', '--diff', '--rules', rules], { cwd: dir });
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(diff.stdout).toBe(dry.stdout);
    expect(dry.stdout).toBe([
      '--- a/reply.txt',
      '+++ b/reply.txt',
      '@@ -1,7 +1,7 @@',
      ' Hello Anna,',
      ' ',
      '-Thank you for writing. I am sorry the parcel was late!!',
      '-We utilize a new courier in order to deliver it tomorrow.',
      '+Thank you for writing. I am sorry the parcel was late!',
      '+We use a new courier to deliver it tomorrow.',
      ' If you have any questions, I am glad to help.',
      ' ',
      ' Kind regards,',
      '',
    ].join('\n'));
    expect(dry.stderr).toBe('care: reply.txt: would fix 3 of 3 findings; score 84 → 100 (nothing written)\n');
    const applied = spawnSync('git', ['apply', '-p1', '-'], { cwd: dir, input: dry.stdout, encoding: 'utf8' });
    expect(applied.status, applied.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(text.replace('late!!', 'late!').replace('utilize', 'use').replace('in order to', 'to'));
  });

  it('--fail-under judges the fixed draft', async () => {
    const { dir, rules } = setUp('reply.txt', RU);
    expect((await careInProcess(['lint-reply', 'reply.txt', '--diff', '--rules', rules, '--fail-under', '90'], { cwd: dir })).code).toBe(0);
    expect((await careInProcess(['lint-reply', 'reply.txt', '--diff', '--rules', rules, '--fail-under', '98'], { cwd: dir })).code).toBe(4);
  });

  it('nothing to fix: no diff, the file untouched', async () => {
    const { dir, file } = setUp('reply.txt', 'Hello Anna,\n\nYour card is ready.\n');
    const run = await careInProcess(['lint-reply', 'reply.txt', '--fix'], { cwd: dir });
    expect(run.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe('Hello Anna,\n\nYour card is ready.\n');
  });

  it.each([
    ['stdin without --dry-run', ['lint-reply', '-', '--fix'], '--fix writes the draft back to its file'],
    ['--dry-run without --fix', ['lint-reply', 'reply.txt', '--dry-run'], '--dry-run goes with --fix'],
    ['--csv', ['lint-reply', '--csv', 'reply.txt', '--fix'], '--fix rewrites one draft file, not the rows of --csv'],
    ['an .eml', ['lint-reply', 'reply.eml', '--fix'], 'an .eml is not rewritten'],
  ])('%s is a usage error (exit 2)', async (_case, argv, message) => {
    const { dir } = setUp('reply.txt', 'Hello Anna!!\n');
    writeFileSync(path.join(dir, 'reply.eml'), 'Subject: x\n\nHello!!\n');
    const run = await careInProcess(argv, { cwd: dir, input: 'Hello!!\n' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('a substitution whose replacement breaks the line is refused with its path (exit 2)', async () => {
    const { dir } = setUp('reply.txt', 'Hello Anna!!\n');
    const rules = path.join(dir, 'bad.json');
    writeFileSync(rules, JSON.stringify({ version: 1, rules: { plain: { ...TEAM.rules['plain-words'], check: { type: 'substitute', swap: { en: { utilize: 'use\nit' } } } } } }));
    const run = await careInProcess(['lint-reply', 'reply.txt', '--rules', rules], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('rules.plain.check.swap.en.utilize: a replacement is one line');
  });

  it('a draft in windows-1251 is not rewritten as UTF-8 (exit 2), but --diff shows the fix', async () => {
    const { dir, file } = setUp('reply.txt', iconv.encode('Здравствуйте, Анна!!\nПосылка придёт завтра.\n', 'win1251'));
    const before = readFileSync(file);
    const run = await careInProcess(['lint-reply', 'reply.txt', '--fix', '--encoding', 'windows-1251'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--fix writes drafts in UTF-8');
    expect(readFileSync(file).equals(before)).toBe(true);
    expect((await careInProcess(['lint-reply', 'reply.txt', '--diff', '--encoding', 'windows-1251'], { cwd: dir })).stdout).toContain('+Здравствуйте, Анна!\n');
  });
});
