import type { NextFunction, Request, Response } from 'express';
import { textProblem } from '../guard/text.js';

const badRequest = (res: Response, message: string) =>
  res.status(400).json({ error: { code: 'BAD_REQUEST', message } });

/**
 * The HTTP half of the hostile-input guard (CONTRIBUTING.md, "Hostile input"; the GraphQL half is
 * graphql/input-guard.ts): a URL whose path or query string decodes to a NUL character, a lone
 * surrogate or malformed percent-encoding is answered 400 before any route sees it, so route
 * parameters (`/invoices/:id/pdf`, `/auth/:provider/start`) and query values are always text
 * PostgreSQL can store.
 */
export function urlInputGuard() {
  return (req: Request, res: Response, next: NextFunction) => {
    const queryAt = req.originalUrl.indexOf('?');
    const rawPath = queryAt === -1 ? req.originalUrl : req.originalUrl.slice(0, queryAt);
    const rawQuery = queryAt === -1 ? undefined : req.originalUrl.slice(queryAt + 1);
    let path: string;
    try {
      path = decodeURIComponent(rawPath);
    } catch {
      return badRequest(res, 'The URL path is not valid percent-encoded UTF-8.');
    }
    const pathProblem = textProblem(path);
    if (pathProblem !== null) return badRequest(res, `The URL path ${pathProblem}.`);
    if (rawQuery !== undefined) {
      for (const part of rawQuery.split('&')) {
        let decoded: string;
        try {
          decoded = decodeURIComponent(part.replace(/\+/g, ' '));
        } catch {
          return badRequest(res, 'The query string is not valid percent-encoded UTF-8.');
        }
        const problem = textProblem(decoded);
        if (problem !== null) return badRequest(res, `The query string ${problem}.`);
      }
    }
    next();
  };
}

/**
 * Answers 413 at once when a request declares a body larger than `limitBytes`: the body parsers
 * would first read (and discard) all of it, so a client declaring a huge Content-Length and
 * sending nothing held the connection until Node's request timeout. The connection is closed
 * after the answer, so the undelivered body is never waited for.
 */
export function declaredBodyLimit(limitBytes: number) {
  return (req: Request, res: Response, next: NextFunction) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (!(declared > limitBytes)) return next();
    res.setHeader('Connection', 'close');
    res.status(413).json({
      error: {
        code: 'PAYLOAD_TOO_LARGE',
        message: `The request body may be at most ${limitBytes} bytes.`,
      },
    });
  };
}
