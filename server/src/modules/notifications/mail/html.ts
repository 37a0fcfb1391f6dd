/**
 * HTML for e-mail, escaped by construction: `html\`…\`` escapes every interpolated value unless it
 * is already `SafeHtml` (the output of another `html\`…\``), so a template cannot forget to escape
 * an account name. A plain string can only become SafeHtml through `html` or `escapeHtml`.
 */
export class SafeHtml {
  readonly #markup: string;

  private constructor(markup: string) {
    this.#markup = markup;
  }

  /** Only for this module: markup that was built from escaped parts. */
  static fromTrusted(markup: string): SafeHtml {
    return new SafeHtml(markup);
  }

  toString(): string {
    return this.#markup;
  }
}

export type HtmlValue = SafeHtml | string | number | readonly SafeHtml[] | null | undefined;

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text content or an attribute value, quoted with `"` or `'`. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]!);
}

function markupOf(value: HtmlValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof SafeHtml) return value.toString();
  if (Array.isArray(value)) return value.map((part: SafeHtml) => part.toString()).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let markup = strings[0] ?? '';
  values.forEach((value, index) => {
    markup += markupOf(value) + (strings[index + 1] ?? '');
  });
  return SafeHtml.fromTrusted(markup);
}

/**
 * An absolute http(s) URL for an `href`: anything else (`javascript:`, a relative path that a
 * mail client would resolve against nothing) is a programming error, not something to send.
 */
export function linkUrl(url: string | URL): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`Mail links must be http(s) URLs, not ${parsed.protocol}`);
  }
  return parsed.toString();
}
