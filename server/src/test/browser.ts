/**
 * A minimal cookie-keeping HTTP client, enough to walk the sign-in redirects as a browser would
 * (fetch does not keep cookies). It talks to the real server and the real OIDC provider.
 */
export class CookieClient {
  private readonly cookies = new Map<string, string>();
  /** Every Set-Cookie line received, in order (to check cookie attributes). */
  readonly setCookieLog: string[] = [];

  constructor(
    readonly baseUrl: string,
    readonly origin: string = baseUrl,
  ) {}

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  /** One request, no redirect following; stores Set-Cookie. */
  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const url = new URL(path, this.baseUrl);
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set('cookie', this.cookieHeader());
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      this.setCookieLog.push(line);
      const [pair, ...attributes] = line.split(';');
      const index = pair!.indexOf('=');
      const name = pair!.slice(0, index).trim();
      const value = pair!.slice(index + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** Follows redirects like a browser; returns the last response and its URL. */
  async follow(path: string, init: RequestInit = {}): Promise<{ response: Response; url: URL }> {
    let url = new URL(path, this.baseUrl);
    let response = await this.request(url.toString(), init);
    for (let hops = 0; hops < 20 && response.status >= 300 && response.status < 400; hops++) {
      url = new URL(response.headers.get('location')!, url);
      response = await this.request(url.toString());
    }
    return { response, url };
  }

  async graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<{
    data?: T | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  }> {
    const response = await this.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as never;
  }

  /**
   * Walks the development provider's sign-in up to the redirect back to Ledgerline and returns
   * that callback URL without opening it (tests then replay or tamper with it).
   */
  async callbackFromDevProvider(email: string, name: string, returnTo = '/'): Promise<string> {
    const start = await this.follow(`/auth/dev/start?returnTo=${encodeURIComponent(returnTo)}`);
    const html = await start.response.text();
    const action = /action="([^"]+\/login)"/.exec(html)?.[1];
    if (action === undefined)
      throw new Error(`no sign-in form at ${start.url}: ${html.slice(0, 200)}`);
    const posted = await this.request(action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: this.origin },
      body: new URLSearchParams({ email, name }).toString(),
    });
    let location = posted.headers.get('location');
    for (let hops = 0; location !== null && !location.includes('/auth/dev/callback'); hops++) {
      if (hops > 10) throw new Error('the provider never redirected back');
      location = (await this.request(location)).headers.get('location');
    }
    if (location === null) throw new Error(`sign-in form answered ${posted.status}`);
    return location;
  }

  /**
   * Starts sign-in with `provider` (`link`: linking it from the Security page) and follows every
   * redirect, through the provider and back; the provider peer must know who is signing in.
   */
  async signInWith(provider: string, options: { returnTo?: string; link?: boolean } = {}) {
    const query = new URLSearchParams({ returnTo: options.returnTo ?? '/' });
    if (options.link === true) query.set('link', '1');
    return (await this.follow(`/auth/${provider}/start?${query.toString()}`)).url;
  }

  /** Signs in through the development provider as a browser would; returns where it lands. */
  async signInWithDevProvider(email: string, name: string, returnTo = '/'): Promise<URL> {
    const callback = await this.callbackFromDevProvider(email, name, returnTo);
    return (await this.follow(callback)).url;
  }
}
