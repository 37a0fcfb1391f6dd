const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The development provider's own page (served by the provider, not the React app): an e-mail and
 * a name, clearly labelled as a local stand-in for Google.
 */
export function renderDevSignInPage(input: {
  uid?: string;
  email?: string;
  name?: string;
  error?: string;
  title?: string;
}): string {
  const title = input.title ?? 'Development sign-in';
  const error = input.error ? `<p class="error" role="alert">${escapeHtml(input.error)}</p>` : '';
  const form =
    input.uid === undefined
      ? '<p><a href="/sign-in">Back to Ledgerline sign-in</a></p>'
      : `<form method="post" action="/dev-oidc/interaction/${escapeHtml(input.uid)}/login" novalidate>
      <label for="email">E-mail</label>
      <input id="email" name="email" type="email" autocomplete="email" required autofocus
        placeholder="ada@example.com" value="${escapeHtml(input.email ?? '')}">
      <label for="name">Name</label>
      <input id="name" name="name" type="text" autocomplete="name" maxlength="100"
        placeholder="Ada Lovelace" value="${escapeHtml(input.name ?? '')}">
      <button type="submit">Sign in</button>
    </form>
    <form method="post" action="/dev-oidc/interaction/${escapeHtml(input.uid)}/cancel">
      <button type="submit" class="secondary">Cancel</button>
    </form>`;
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)} · Ledgerline</title>
  <style>
    :root { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1b1f3b; }
    body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: #f4f5fb; }
    main { width: min(420px, calc(100vw - 32px)); background: #fff; border-radius: 16px;
      box-shadow: 0 8px 30px rgba(27, 31, 59, .12); padding: 32px; box-sizing: border-box; }
    .badge { display: inline-block; font-size: 12px; font-weight: 600; letter-spacing: .04em;
      text-transform: uppercase; color: #8a4b00; background: #fff1dc; border-radius: 999px; padding: 4px 10px; }
    h1 { font-size: 22px; margin: 12px 0 4px; }
    p { color: #4a4f6a; line-height: 1.5; }
    label { display: block; font-weight: 600; font-size: 14px; margin: 16px 0 6px; }
    input { width: 100%; box-sizing: border-box; font: inherit; padding: 10px 12px;
      border: 1px solid #c8cbe0; border-radius: 8px; }
    input:focus { outline: 2px solid #3f51b5; border-color: transparent; }
    button { width: 100%; margin-top: 20px; font: inherit; font-weight: 600; padding: 11px;
      border: 0; border-radius: 8px; background: #3f51b5; color: #fff; cursor: pointer; }
    button.secondary { margin-top: 8px; background: transparent; color: #3f51b5; }
    .error { color: #b3261e; background: #fdecea; border-radius: 8px; padding: 10px 12px; }
  </style>
</head>
<body>
  <main>
    <span class="badge">Development only</span>
    <h1>${escapeHtml(title)}</h1>
    <p>This local sign-in stands in for Google on this machine. Type any e-mail address and name;
      the same address always signs in as the same person. It never runs in production.</p>
    ${error}
    ${form}
  </main>
</body>
</html>`;
}
