import { createServer } from 'node:net';

/** A TCP port nothing listens on right now (for the throwaway PostgreSQL and ClickHouse servers). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
