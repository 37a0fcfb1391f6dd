import type { ErrorRequestHandler, Request } from 'express';
import { isDatabaseUnavailable } from '../db/pool-health.js';
import { serviceUnavailableCode, serviceUnavailableMessage } from '../graphql/errors.js';
import type { Logger } from '../logging.js';

/** What a client is told about an error: a stable code and a message safe to show. */
export interface ErrorAnswer {
  code: string;
  message: string;
}

/** What differs between the app's last-resort handler and a route that answers for itself. */
export interface LastResortErrorOptions {
  /** The logger for a request: the per-request one (pino-http's `req.log`) or a route's own. */
  logOf: (req: Request) => Logger;
  /** The log line of each outcome. */
  messages: { databaseUnavailable: string; clientError: string; internalError: string };
  /** What a client is told about a 4xx it caused (a body parser's 413, bad JSON, …). */
  clientErrorAnswer: (status: number, type: unknown) => ErrorAnswer;
  /** More fields logged with a client error (the sender's address). */
  clientErrorLogFields?: (req: Request) => Record<string, unknown>;
  /** More fields of the 500 answer's `error` (the request id). */
  internalErrorFields?: (req: Request) => Record<string, unknown>;
}

/**
 * The last error middleware: a database outage is answered 503 with Retry-After (the caller may
 * try again) and logged as a warning; a client's mistake (a 4xx from Express or a body parser) is
 * answered as one and logged as a warning; anything else is logged as an error and answered 500,
 * telling the client nothing internal. Nothing is written once the headers are sent.
 */
export function lastResortErrorHandler(options: LastResortErrorOptions): ErrorRequestHandler {
  const { logOf, messages, clientErrorAnswer } = options;
  return (error: unknown, req, res, _next) => {
    const log = logOf(req);
    if (isDatabaseUnavailable(error)) {
      log.warn({ err: error }, messages.databaseUnavailable);
      if (res.headersSent) return;
      res
        .status(503)
        .set('Retry-After', '5')
        .json({ error: { code: serviceUnavailableCode, message: serviceUnavailableMessage } });
      return;
    }
    const status = (error as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const type = (error as { type?: unknown }).type;
      log.warn({ status, type, ...options.clientErrorLogFields?.(req) }, messages.clientError);
      if (res.headersSent) return;
      res.status(status).json({ error: clientErrorAnswer(status, type) });
      return;
    }
    log.error({ err: error }, messages.internalError);
    if (res.headersSent) return;
    res.status(500).json({
      error: {
        code: 'INTERNAL_SERVER_ERROR',
        message: 'Something went wrong on our side.',
        ...options.internalErrorFields?.(req),
      },
    });
  };
}
