/** User and project settings: layering, search up, care config show/set, the SMTP password kept out of the files. */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { runConfig } from '../../src/commands/config.js';
import { loadConfig } from '../../src/config/load.js';
import { configSmtpUrl } from '../../src/config/secrets.js';
import { fakeIo } from '../helpers/fake-io.js';

function place() {
  const root = mkdtempSync(path.join(tmpdir(), 'care-config-'));
  const home = path.join(root, 'home');
  const project = path.join(root, 'shop');
  const sub = path.join(project, 'exports', 'march');
  mkdirSync(path.join(home, '.config', 'care'), { recursive: true });
  mkdirSync(sub, { recursive: true });
  return { root, home, project, sub, env: { HOME: home } };
}

const write = (file: string, data: unknown) => writeFileSync(file, JSON.stringify(data));

describe('user and project settings', () => {
  it('layers the user file under the nearest project file above the working folder, key by key', () => {
    const p = place();
    write(path.join(p.home, '.config', 'care', 'config.json'), { locale: 'ru', churnAfterDays: 30, email: { from: 'olga@shop.example', agent: { name: 'Olga' } } });
    write(path.join(p.project, 'care.config.json'), { churnAfterDays: 60, email: { agent: { team: 'Care' } } });
    expect(loadConfig({ cwd: p.sub, env: p.env })).toEqual({ locale: 'ru', churnAfterDays: 60, email: { from: 'olga@shop.example', agent: { name: 'Olga', team: 'Care' } } });
    // Without HOME (tests, cron with a bare environment) there is no user layer.
    expect(loadConfig({ cwd: p.sub, env: {} })).toEqual({ churnAfterDays: 60, email: { agent: { team: 'Care' } } });
  });

  it("reaches a command as its defaults: the user's churn window, the project's over it", async () => {
    const p = place();
    write(path.join(p.home, '.config', 'care', 'config.json'), { churnAfterDays: 30 });
    const io = fakeIo({ cwd: p.sub, env: p.env });
    expect(await main(['node', 'care', 'retention', path.resolve('fixtures/orders.csv'), '-f', 'json'], io)).toBe(0);
    expect(JSON.parse(io.out()).churnAfterDays).toBe(30);
  });
});

describe('care config set and show', () => {
  it('writes the user file (creating its folder) and the project file, and shows where each value comes from', () => {
    const p = place();
    const io = fakeIo({ cwd: p.sub, env: { HOME: path.join(p.root, 'fresh-home') } });
    runConfig(io, 'set', 'email.agent.name', 'Olga Ivanova', { user: true });
    runConfig(io, 'set', 'churnAfterDays', '45', {});
    expect(JSON.parse(readFileSync(path.join(p.root, 'fresh-home', '.config', 'care', 'config.json'), 'utf8'))).toEqual({ email: { agent: { name: 'Olga Ivanova' } } });
    expect(JSON.parse(readFileSync(path.join(p.sub, 'care.config.json'), 'utf8'))).toEqual({ churnAfterDays: 45 });
    const shown = fakeIo({ cwd: p.sub, env: { HOME: path.join(p.root, 'fresh-home') } });
    runConfig(shown, 'show', undefined, undefined, { format: 'json' });
    const json = JSON.parse(shown.out());
    expect(json.settings).toEqual([
      { key: 'churnAfterDays', value: 45, source: 'project', file: path.join(p.sub, 'care.config.json') },
      { key: 'email.agent.name', value: 'Olga Ivanova', source: 'user', file: path.join(p.root, 'fresh-home', '.config', 'care', 'config.json') },
    ]);
  });

  it('refuses a value the config does not allow, leaving the file as it was (exit 2)', () => {
    const p = place();
    const file = path.join(p.project, 'care.config.json');
    write(file, { churnAfterDays: 60 });
    const io = fakeIo({ cwd: p.project });
    expect(() => runConfig(io, 'set', 'churnAfterDays', 'ninety', {})).toThrow(expect.objectContaining({ exitCode: 2, message: expect.stringContaining('churnAfterDays') }));
    expect(() => runConfig(io, 'set', 'email.smtpUrl', 'smtp://olga:secret@mail.example:587', {})).toThrow(expect.objectContaining({ exitCode: 2, message: expect.stringContaining('holds a password') }));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ churnAfterDays: 60 });
  });
});

describe('the SMTP password', () => {
  const config = (email: Record<string, string>) => ({ email: { smtpUrl: 'smtp://olga@mail.example:587', ...email } });

  it('comes from the environment variable the config names, URL-encoded', () => {
    expect(configSmtpUrl(config({ smtpPasswordEnv: 'CARE_SMTP_PASSWORD' }), { cwd: '.', env: { CARE_SMTP_PASSWORD: 'p@ss:word' } })).toBe('smtp://olga:p%40ss%3Aword@mail.example:587');
    expect(() => configSmtpUrl(config({ smtpPasswordEnv: 'CARE_SMTP_PASSWORD' }), { cwd: '.', env: {} })).toThrow(expect.objectContaining({ exitCode: 2, code: 'CARE_NO_PASSWORD' }));
  });

  it('or from a file only its owner can read (0600); a file others can read is exit 2', () => {
    const p = place();
    const file = path.join(p.root, 'smtp-password');
    writeFileSync(file, 'hunter2\n');
    chmodSync(file, 0o644);
    expect(() => configSmtpUrl(config({ smtpPasswordFile: file }), { cwd: p.root })).toThrow(expect.objectContaining({ exitCode: 2, code: 'CARE_PASSWORD_FILE_OPEN' }));
    chmodSync(file, 0o600);
    expect(configSmtpUrl(config({ smtpPasswordFile: file }), { cwd: p.root })).toBe('smtp://olga:hunter2@mail.example:587');
  });
});
