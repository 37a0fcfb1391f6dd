/**
 * A minimal cookie-keeping HTTP client for the benchmark's one sign-in: fetch does not keep
 * cookies across redirects, so this walks the development OpenID Connect flow by hand, as a
 * browser would. Same logic as the server tests' CookieClient; kept separate so bench/ does not
 * depend on server/src.
 */
export class CookieClient {
  /** @type {Map<string, string>} */
  #cookies = new Map();

  /**
   * @param {string} baseUrl where requests go, e.g. http://localhost:3000
   * @param {string} origin the Origin header for form posts (the server's PUBLIC_URL origin)
   */
  constructor(baseUrl, origin = new URL(baseUrl).origin) {
    this.baseUrl = baseUrl;
    this.origin = origin;
  }

  cookieHeader() {
    return [...this.#cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /** @param {string} name */
  cookie(name) {
    return this.#cookies.get(name);
  }

  /**
   * One request, no redirect following; stores Set-Cookie.
   * @param {string | URL} path
   * @param {RequestInit} [init]
   */
  async request(path, init = {}) {
    const url = new URL(path, this.baseUrl);
    const headers = new Headers(init.headers);
    if (this.#cookies.size > 0) headers.set('cookie', this.cookieHeader());
    const response = await fetch(url, {
      ...init,
      headers,
      redirect: 'manual',
      signal: AbortSignal.timeout(15_000),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (expired || value === '') this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
    return response;
  }

  /**
   * Follows redirects like a browser; returns the last response and its URL.
   * @param {string | URL} path
   * @param {RequestInit} [init]
   */
  async follow(path, init = {}) {
    let url = new URL(path, this.baseUrl);
    let response = await this.request(url, init);
    for (let hops = 0; hops < 20 && response.status >= 300 && response.status < 400; hops++) {
      await response.body?.cancel();
      url = new URL(response.headers.get('location') ?? '/', url);
      response = await this.request(url);
    }
    return { response, url };
  }

  /**
   * Signs in through the development provider: start, the provider's form, the callback.
   * Returns the URL the browser lands on.
   * @param {string} email
   * @param {string} name
   */
  async signInWithDevProvider(email, name) {
    const start = await this.follow('/auth/dev/start');
    const html = await start.response.text();
    const action = /action="([^"]+\/login)"/.exec(html)?.[1];
    if (action === undefined) {
      throw new Error(
        `no sign-in form at ${start.url} (HTTP ${start.response.status}): ${html.slice(0, 200)}`,
      );
    }
    const posted = await this.request(new URL(action, start.url), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: this.origin },
      body: new URLSearchParams({ email, name }).toString(),
    });
    await posted.body?.cancel();
    const location = posted.headers.get('location');
    if (location === null) throw new Error(`the sign-in form answered HTTP ${posted.status}`);
    const done = await this.follow(new URL(location, start.url));
    await done.response.body?.cancel();
    return done.url;
  }
}
