import { parse, serialize, type SerializeOptions } from 'cookie';
import type { Request, Response } from 'express';
import type { Config } from '../../config.js';

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Cookies are Secure everywhere but on a plain-http loopback address (local development). */
function isSecure(config: Pick<Config, 'publicUrl'>): boolean {
  return config.publicUrl.protocol === 'https:' || !loopbackHosts.has(config.publicUrl.hostname);
}

/** `__Host-` names bind the cookie to this exact origin; browsers accept them only when Secure. */
export function sessionCookieName(config: Pick<Config, 'publicUrl'>): string {
  return isSecure(config) ? '__Host-ll_session' : 'll_session';
}

export function signInCookieName(config: Pick<Config, 'publicUrl'>): string {
  return isSecure(config) ? '__Host-ll_signin' : 'll_signin';
}

export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (header === undefined) return undefined;
  return parse(header)[name];
}

export function writeCookie(
  res: Response,
  config: Pick<Config, 'publicUrl'>,
  name: string,
  value: string,
  options: Pick<SerializeOptions, 'maxAge'> = {},
): void {
  res.append(
    'Set-Cookie',
    serialize(name, value, {
      httpOnly: true,
      sameSite: 'lax',
      secure: isSecure(config),
      path: '/',
      ...options,
    }),
  );
}

export function clearCookie(res: Response, config: Pick<Config, 'publicUrl'>, name: string): void {
  writeCookie(res, config, name, '', { maxAge: 0 });
}
