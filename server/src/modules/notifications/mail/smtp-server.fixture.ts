import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerError } from 'smtp-server';

export interface ReceivedMail {
  /** Envelope recipients (RCPT TO). */
  recipients: string[];
  parsed: ParsedMail;
}

export interface TestSmtpServer {
  /** An SMTP_URL for this server, with its credentials. */
  url: string;
  received: ReceivedMail[];
  /** RCPT TO commands answered, accepted or not (one per delivery attempt here). */
  rcptAttempts: number;
  close(): Promise<void>;
}

/**
 * A real SMTP server (the `smtp-server` package) on a free local port that requires the given
 * login and keeps what it receives, parsed with `mailparser`. `rejectRecipients` answers every
 * RCPT TO with that error instead, as a server that refuses the mail would.
 */
export async function startTestSmtpServer(
  options: {
    rejectRecipients?: { code: number; message: string };
    /** Listen on this port (a server coming back where it was); a free one when absent. */
    port?: number;
  } = {},
): Promise<TestSmtpServer> {
  const user = 'ledgerline';
  const pass = 'p@ss word';
  const state: TestSmtpServer = {
    url: '',
    received: [],
    rcptAttempts: 0,
    close: async () => {},
  };
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === pass) callback(null, { user });
      else callback(new Error('Invalid username or password'));
    },
    onRcptTo(_address, _session, callback) {
      state.rcptAttempts += 1;
      const reject = options.rejectRecipients;
      if (reject === undefined) return callback();
      const error: SMTPServerError = new Error(reject.message);
      error.responseCode = reject.code;
      callback(error);
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          state.received.push({
            recipients: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            parsed,
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  state.url = `smtp://${user}:${encodeURIComponent(pass)}@127.0.0.1:${port}`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}
