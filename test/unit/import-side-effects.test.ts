import { describe, expect, it, vi } from 'vitest';

describe('the programmatic API', () => {
  it('importing it writes nothing, exits nothing and sets no exit code', async () => {
    const stdout = vi.spyOn(process.stdout, 'write');
    const stderr = vi.spyOn(process.stderr, 'write');
    const exit = vi.spyOn(process, 'exit');
    const exitCodeBefore = process.exitCode;
    const api = await import('../../src/index.js');
    expect(typeof api.readOrders).toBe('function');
    expect(typeof api.retentionTable).toBe('function');
    expect(typeof api.ltv.fitBgNbd).toBe('function');
    expect(typeof api.complaints.classify).toBe('function');
    expect(stdout).not.toHaveBeenCalled();
    expect(stderr).not.toHaveBeenCalled();
    expect(exit).not.toHaveBeenCalled();
    expect(process.exitCode).toBe(exitCodeBefore);
  });

  it('the CLI module can be imported without running (bin/care.js calls run)', async () => {
    const exit = vi.spyOn(process, 'exit');
    const main = await import('../../src/cli/main.js');
    expect(typeof main.run).toBe('function');
    expect(exit).not.toHaveBeenCalled();
  });
});
