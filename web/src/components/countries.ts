import { CountryCode } from '../graphql/generated';

/**
 * The schema's `CountryCode` enum: the codes the server accepts for an address or account
 * country. Names come from the browser (Intl.DisplayNames), in the reader's language.
 */
const countryCodes: readonly CountryCode[] = Object.values(CountryCode);

export type CountryOption = { code: CountryCode; name: string };

/** The country's name in the reader's language (or `locale`); the code when Intl has no name. */
export function countryName(code: string, locale?: string): string {
  try {
    return new Intl.DisplayNames(locale, { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Every country, named in the reader's language and sorted as that language sorts. */
export function countryOptions(locale?: string): CountryOption[] {
  const names = new Intl.DisplayNames(locale, { type: 'region', fallback: 'code' });
  const collator = new Intl.Collator(locale);
  return countryCodes
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
