import { registerEnumType } from 'type-graphql';
import { countryCodeList } from './countries.js';

/**
 * The schema's `CountryCode` enum: the codes an address or the account may name (countries.ts).
 * Output fields use it; inputs stay `String`, which the services upper-case and check against the
 * same list (so `"de"` is still accepted), answering a clear field error for anything else.
 */
export const CountryCodeEnum = Object.fromEntries(countryCodeList.map((code) => [code, code]));
registerEnumType(CountryCodeEnum, {
  name: 'CountryCode',
  description: 'An ISO 3166-1 alpha-2 country code (the officially assigned ones).',
});
