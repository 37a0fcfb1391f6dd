import type { NextFunction, Request, Response } from 'express';
import type { ContentSecuritySources } from '../config.js';

/**
 * The Content-Security-Policy of every response (the web app, the development sign-in pages,
 * JSON answers). The app's own origin serves everything the built web app needs; the origins in
 * `extra` (CSP_SCRIPT_SRC, CSP_FRAME_SRC, CSP_CONNECT_SRC, see docs/DEPLOYMENT.md) are added for
 * third-party scripts such as Stripe.js, the frames they open and the hosts they call.
 *
 * - Scripts: only files from allowed origins; no inline script, no eval (Vite emits none).
 * - Styles: 'unsafe-inline', because MUI's emotion inserts <style> elements at run time and
 *   the development sign-in page carries its own; styles cannot run code.
 * - Images: data: URLs too (the two-factor QR code is one).
 * - Nobody may frame the app (frame-ancestors 'none'; X-Frame-Options for older browsers).
 */
export function contentSecurityPolicy(extra: ContentSecuritySources): string {
  const list = (...sources: readonly string[]) => sources.join(' ');
  const directives: [string, string][] = [
    ['default-src', "'self'"],
    ['script-src', list("'self'", ...extra.scriptSrc)],
    ['style-src', "'self' 'unsafe-inline'"],
    ['img-src', "'self' data:"],
    ['font-src', "'self'"],
    ['connect-src', list("'self'", ...extra.connectSrc)],
    ['frame-src', extra.frameSrc.length > 0 ? list(...extra.frameSrc) : "'none'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/**
 * Browser features the app never uses are off for it and anything it frames; `payment` stays
 * available to the app and the frame origins (a payment form in a Stripe frame uses it).
 */
export function permissionsPolicy(extra: ContentSecuritySources): string {
  const paymentOrigins = ['self', ...extra.frameSrc.map((origin) => `"${origin}"`)].join(' ');
  return [
    'camera=()',
    'microphone=()',
    'geolocation=()',
    'usb=()',
    'serial=()',
    'midi=()',
    'magnetometer=()',
    'gyroscope=()',
    'accelerometer=()',
    'display-capture=()',
    'browsing-topics=()',
    `payment=(${paymentOrigins})`,
  ].join(', ');
}

/** Security headers on every response; built once from the configuration. */
export function securityHeaders(extra: ContentSecuritySources) {
  const headers = {
    'Content-Security-Policy': contentSecurityPolicy(extra),
    'Permissions-Policy': permissionsPolicy(extra),
    'Cross-Origin-Opener-Policy': 'same-origin',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  };
  return (_req: Request, res: Response, next: NextFunction) => {
    res.set(headers);
    next();
  };
}

/**
 * For documents the browser shows itself (the invoice PDFs): Chrome renders an inline PDF in a
 * page of its own with an `<embed>` and inline styles, which the app's policy (object-src
 * 'none', no inline style from default-src) would block — a blank or "blocked" page. Such a
 * response runs no script of ours, so it keeps only what stops other sites framing it.
 */
export function browserDocumentHeaders() {
  return (_req: Request, res: Response, next: NextFunction) => {
    res.set({
      'Content-Security-Policy': "frame-ancestors 'self'",
      'X-Frame-Options': 'SAMEORIGIN',
    });
    next();
  };
}

/**
 * `policy` with inline scripts allowed by their hashes (`'sha256-…'` in script-src): index.html's
 * own inline script (static-web.ts), nothing else. A policy without script-src is returned as is.
 */
export function allowInlineScripts(policy: string, hashes: readonly string[]): string {
  if (hashes.length === 0) return policy;
  return policy
    .split('; ')
    .map((directive) =>
      directive.startsWith('script-src ')
        ? `${directive} ${hashes.map((hash) => `'${hash}'`).join(' ')}`
        : directive,
    )
    .join('; ');
}
