/**
 * A throwaway PostgreSQL server for the engine tests: Debian's `initdb` in a temp folder, a Unix
 * socket there (trust, for loading data with psql) and TCP on 127.0.0.1 at a free port, where
 * the user `care` logs in with a password (scram-sha-256) — so the tests see real credentials.
 * Without initdb the tests skip with `skipReason`; CARE_POSTGRES=required makes them run (and fail).
 */
import { freePort } from './free-port.js';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Debian's server binaries: pg_config --bindir, else the usual folders. */
function postgresBin(): string | undefined {
  const run = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  const dirs = [run.status === 0 ? run.stdout.trim() : '', ...['17', '16', '15', '14', '13'].map((v) => `/usr/lib/postgresql/${v}/bin`)];
  return dirs.find((dir) => dir !== '' && existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl')));
}

export const postgresBinDir = postgresBin();
export const postgresRequired = process.env['CARE_POSTGRES'] === 'required';
export const postgresAvailable = postgresBinDir !== undefined || postgresRequired;
export const postgresSkipReason = 'skipped: no PostgreSQL server here (initdb not found; apt-get install postgresql)';

export { freePort };

export class PostgresServer {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'care-pg-'));
  readonly password = 'Pw-7f3#kq';
  port = 0;
  private readonly isRoot = process.getuid?.() === 0;

  /** postgres://care:PASSWORD@127.0.0.1:PORT/postgres — the password percent-encoded. */
  url(password: string | null = this.password): string {
    return `postgres://care${password === null ? '' : `:${encodeURIComponent(password)}`}@127.0.0.1:${this.port}/postgres`;
  }

  /** Runs a server binary, as the `postgres` user when this is root (initdb refuses root). */
  private server(tool: string, args: string[]): void {
    const file = path.join(postgresBinDir!, tool);
    if (this.isRoot) execFileSync('runuser', ['-u', 'postgres', '--', file, ...args], { stdio: 'pipe' });
    else execFileSync(file, args, { stdio: 'pipe' });
  }

  async start(): Promise<void> {
    if (this.isRoot) {
      chmodSync(this.dir, 0o755);
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
      chownSync(this.dir, uid, gid);
    }
    const pwfile = path.join(this.dir, 'pw');
    writeFileSync(pwfile, `${this.password}\n`, { mode: 0o644 });
    this.port = await freePort();
    this.server('initdb', ['-D', path.join(this.dir, 'data'), '--auth-local=trust', '--auth-host=scram-sha-256', `--pwfile=${pwfile}`, '-U', 'care', '--no-sync', '-E', 'UTF8', '--locale', 'C']);
    this.server('pg_ctl', ['-D', path.join(this.dir, 'data'), '-o', `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`, '-l', path.join(this.dir, 'log'), '-w', 'start']);
  }

  stop(): void {
    try {
      this.server('pg_ctl', ['-D', path.join(this.dir, 'data'), '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(this.dir, { recursive: true, force: true });
    }
  }

  /** Runs an SQL script through psql on the socket (psql's \copy reads files as this user). */
  psql(sql: string): string {
    const file = path.join(this.dir, `q-${Math.random().toString(36).slice(2)}.sql`);
    writeFileSync(file, sql);
    return execFileSync('psql', ['-h', this.dir, '-p', String(this.port), '-U', 'care', '-d', 'postgres', '-X', '-q', '-v', 'ON_ERROR_STOP=1', '--csv', '-f', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  }
}
