import { pino, type Logger } from 'pino';

export type { Logger };

/** JSON logs on stdout; every request-scoped line carries `reqId` (pino-http in http/app.ts). */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'ledgerline' },
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.code_verifier',
        '*.client_secret',
      ],
      censor: '[redacted]',
    },
  });
}
