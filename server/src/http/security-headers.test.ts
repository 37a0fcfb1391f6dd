import { loadConfig } from '../config.js';
import { CookieClient } from '../test/browser.js';
import { startTestServer, type TestServer } from '../test/server.js';
import { contentSecurityPolicy, permissionsPolicy } from './security-headers.js';

const directives = (policy: string) =>
  Object.fromEntries(
    policy.split('; ').map((directive) => {
      const [name, ...values] = directive.split(' ');
      return [name!, values];
    }),
  );

describe('security headers', () => {
  it('allow only our own origin by default: no inline script, no frames, nobody frames us', () => {
    const policy = directives(contentSecurityPolicy(loadConfig({}).contentSecurity));
    expect(policy).toMatchObject({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'connect-src': ["'self'"],
      'frame-src': ["'none'"],
      'object-src': ["'none'"],
      'frame-ancestors': ["'none'"],
    });
  });

  it('add the configured origins (e.g. Stripe.js) to scripts, frames and connections', () => {
    const { contentSecurity } = loadConfig({
      CSP_SCRIPT_SRC: 'https://js.stripe.com',
      CSP_FRAME_SRC: 'https://js.stripe.com, https://hooks.stripe.com/',
      CSP_CONNECT_SRC: 'https://api.stripe.com',
    });
    const policy = directives(contentSecurityPolicy(contentSecurity));
    expect(policy['script-src']).toEqual(["'self'", 'https://js.stripe.com']);
    expect(policy['frame-src']).toEqual(['https://js.stripe.com', 'https://hooks.stripe.com']);
    expect(policy['connect-src']).toEqual(["'self'", 'https://api.stripe.com']);
    expect(permissionsPolicy(contentSecurity)).toContain(
      'payment=(self "https://js.stripe.com" "https://hooks.stripe.com")',
    );
  });

  it.each([
    [{ CSP_SCRIPT_SRC: 'https://js.stripe.com/v3/' }, 'CSP_SCRIPT_SRC'],
    [{ CSP_FRAME_SRC: 'javascript:alert(1)' }, 'CSP_FRAME_SRC'],
    [{ CSP_CONNECT_SRC: "'unsafe-inline'" }, 'CSP_CONNECT_SRC'],
  ])('refuse %j: origins only (no path, no keywords)', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(`Invalid configuration: ${variable} must be origins`);
  });

  it('refuse plain-http origins in production', () => {
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        PUBLIC_URL: 'https://billing.example.com',
        DATABASE_URL: 'postgres://db/ledgerline',
        GOOGLE_CLIENT_ID: 'id',
        GOOGLE_CLIENT_SECRET: 'secret',
        SMTP_URL: 'smtps://mail.example.com',
        TWO_FACTOR_KEY: Buffer.alloc(32, 1).toString('base64'),
        CSP_SCRIPT_SRC: 'http://localhost:8420',
      }),
    ).toThrow('Invalid configuration: CSP_SCRIPT_SRC must be https:// origins in production');
  });

  describe('on the running server', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer();
    });
    afterAll(async () => {
      await server.close();
    });

    const expectSecurityHeaders = (response: Response) => {
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('permissions-policy')).toContain('camera=()');
      expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    };

    it('on API answers', async () => {
      const response = await new CookieClient(server.url).request('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(response.status).toBe(200);
      expectSecurityHeaders(response);
      // Apollo's cache-control plugin is off (it cost CPU on every field); the route says it.
      expect(response.headers.get('cache-control')).toBe('no-store');
    });

    it('no-store on API answers that are errors too', async () => {
      const response = await new CookieClient(server.url).request('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ nope }' }),
      });
      expect(response.status).toBe(400);
      expect(response.headers.get('cache-control')).toBe('no-store');
    });

    it('on invoice PDFs, only what stops framing by other sites (Chrome shows them itself)', async () => {
      const response = await new CookieClient(server.url).request('/invoices/inv_0/pdf');
      expect(response.status).toBe(401);
      expect(response.headers.get('content-security-policy')).toBe("frame-ancestors 'self'");
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    });

    it('on the development sign-in pages', async () => {
      const { response, url } = await new CookieClient(server.url).follow('/auth/dev/start');
      expect(url.pathname).toMatch(/^\/dev-oidc\/interaction\//);
      expect(await response.text()).toContain('Development sign-in');
      expectSecurityHeaders(response);
    });
  });
});
