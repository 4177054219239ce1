import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEXT_CAP } from '../../src/classify/index.js';
import { runLintReply } from '../../src/commands/lint-reply.js';
import { fakeIo } from '../helpers/fake-io.js';

describe('care lint-reply on a draft over the text cap', () => {
  it('checks the first TEXT_CAP characters and says so on stderr and in JSON', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'care-lint-cap-'));
    const file = path.join(dir, 'draft.txt');
    const text = `Hello Anna,\n${'we are looking into it '.repeat(Math.ceil(TEXT_CAP / 23))}\nBest regards, Olga`;
    writeFileSync(file, text);
    const io = fakeIo({ cwd: dir });
    await runLintReply(io, 'draft.txt', { format: 'json' });
    expect(JSON.parse(io.out()).truncated).toEqual({ chars: text.length, checkedChars: TEXT_CAP });
    expect(io.err()).toBe(`care: draft.txt: the draft has ${text.length.toLocaleString('en-US')} characters; checked the first 1,048,576\n`);
  });
});
