/**
 * The one rule for text that crosses the boundary (GraphQL arguments, URL paths and query strings,
 * sign-in claims): PostgreSQL cannot store U+0000 in `text` or `jsonb`, and a lone UTF-16
 * surrogate cannot be encoded as UTF-8 (PostgreSQL refuses it in `jsonb`, the audit log's
 * column). Both are refused before they reach a service. See CONTRIBUTING.md ("Hostile input").
 */

// A high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why `text` cannot be accepted, in words for the person who sent it; null when it can. */
export function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain the NUL character (U+0000)';
  if (loneSurrogate.test(text)) {
    return 'must be valid Unicode (it contains a lone UTF-16 surrogate)';
  }
  return null;
}

/** Whether `text` can be stored and shown as it is. */
export const isStorableText = (text: string): boolean => textProblem(text) === null;
