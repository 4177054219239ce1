import type { AddressInfo, Socket } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** What the server does with the n-th message (1-based, counted over the server's life). */
export type DataAction =
  /** Store it, answer 250 (the default). */
  | 'accept'
  /** Store it, then drop every connection before answering: delivered, but the client never hears. */
  | 'store-then-drop'
  /** Drop every connection before storing or answering: not delivered. */
  | 'drop'
  /** Store it and answer only when `release()` is called (a run still in flight). */
  | 'hold';

export interface TestServer {
  url: string;
  port: number;
  /** Delivered messages (stored by the server), in order. */
  received: { to: string; subject: string; messageId: string }[];
  /** Logins the server saw (user names). */
  logins: string[];
  /** Per message number, what to do (default accept). */
  actions: Map<number, DataAction>;
  /** Called when the n-th message's body has arrived (and was stored, unless dropped), before the answer. */
  onMessage?: (n: number) => void;
  /** Answers every held message with 250. */
  release(): void;
  /** How many DATA bodies have arrived. */
  bodies(): number;
  close(): Promise<void>;
}

/**
 * A local SMTP server on 127.0.0.1 (random port); AUTH offered only with `auth`. Plain by default
 * (no STARTTLS); `tls: 'starttls'` offers STARTTLS, `tls: 'implicit'` is TLS from the start
 * (smtp-server's built-in self-signed certificate: clients need ?tls.rejectUnauthorized=false).
 */
export async function startSmtpServer(options: { auth?: boolean; tls?: 'starttls' | 'implicit' } = {}): Promise<TestServer> {
  const received: TestServer['received'] = [];
  const logins: string[] = [];
  const actions = new Map<number, DataAction>();
  const sockets = new Set<Socket>();
  const held: (() => void)[] = [];
  let count = 0;
  const dropAll = (): void => {
    for (const socket of sockets) socket.destroy();
  };
  const store = async (raw: Buffer): Promise<void> => {
    const mail = await simpleParser(raw);
    const to = mail.to && !Array.isArray(mail.to) ? (mail.to.value[0]?.address ?? '') : '';
    received.push({ to, subject: mail.subject ?? '', messageId: mail.messageId ?? '' });
  };
  const api: Partial<TestServer> = {};
  const server = new SMTPServer({
    authOptional: options.auth !== true,
    allowInsecureAuth: true,
    secure: options.tls === 'implicit',
    disabledCommands: [...(options.tls === undefined ? ['STARTTLS'] : []), ...(options.auth === true ? [] : ['AUTH'])],
    logger: false,
    onAuth(auth, _session, callback) {
      logins.push(auth.username ?? '');
      callback(null, { user: auth.username });
    },
    onData(stream, _session, callback) {
      count += 1;
      const n = count;
      const action = actions.get(n) ?? 'accept';
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (action === 'drop') {
          api.onMessage?.(n);
          return dropAll();
        }
        void store(Buffer.concat(chunks)).then(() => {
          api.onMessage?.(n);
          if (action === 'store-then-drop') dropAll();
          else if (action === 'hold') held.push(() => callback());
          else callback();
        }, callback);
      });
    },
  });
  server.server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return Object.assign(api, {
    url: `${options.tls === 'implicit' ? 'smtps' : 'smtp'}://127.0.0.1:${port}`,
    port,
    received,
    logins,
    actions,
    release: () => {
      for (const answer of held.splice(0)) answer();
    },
    bodies: () => count,
    close: () => {
      dropAll();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  }) as TestServer;
}

/** How many times each address received a message. */
export function deliveries(server: TestServer): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const mail of server.received) counts[mail.to] = (counts[mail.to] ?? 0) + 1;
  return counts;
}
