import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * The SMTP server the portal under test sends its e-mail to (a real peer: the `smtp-server`
 * package, started by the global set-up). Each message received is kept as JSON in `mailDir`, so
 * the tests, in another process, read what a person would find in their inbox.
 */
export const smtpPort = Number(
  process.env.E2E_SMTP_PORT ?? Number(process.env.E2E_PORT ?? 3199) + 1000,
);
export const mailDir = `/tmp/ledgerline-e2e-mail-${smtpPort}`;

export interface SentMail {
  to: string[];
  subject: string;
  text: string;
}

export async function startMailSink(): Promise<() => Promise<void>> {
  rmSync(mailDir, { recursive: true, force: true });
  mkdirSync(mailDir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          count += 1;
          const mail: SentMail = {
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
          };
          writeFileSync(
            join(mailDir, `${String(count).padStart(4, '0')}.json`),
            JSON.stringify(mail),
          );
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(smtpPort, '127.0.0.1', resolve));
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

/** Every message the sink has received so far, oldest first. */
export function receivedMail(): SentMail[] {
  return readdirSync(mailDir)
    .sort()
    .map((name) => JSON.parse(readFileSync(join(mailDir, name), 'utf8')) as SentMail);
}
