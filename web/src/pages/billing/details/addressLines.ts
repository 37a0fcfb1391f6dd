import type { BillingDetailsViewFragment } from '../../../graphql/generated';

type Address = BillingDetailsViewFragment['address'];

/**
 * The address as it is written in its country, line by line: "Springfield, IL 62704" in the US,
 * city then postcode on separate lines in the UK, "10115 Berlin" in most of Europe.
 */
export function addressLines(address: Address): string[] {
  const { line1, line2, city, region, postalCode, country, countryName } = address;
  const street = [line1, line2].filter((line): line is string => Boolean(line));
  let locality: (string | null)[];
  switch (country) {
    case 'US':
      locality = [`${city}, ${[region, postalCode].filter(Boolean).join(' ')}`];
      break;
    case 'CA':
    case 'AU':
      locality = [[city, region, postalCode].filter(Boolean).join(' ')];
      break;
    case 'GB':
    case 'IE':
      locality = [city, region, postalCode];
      break;
    default:
      locality = [`${postalCode} ${city}`, region];
  }
  return [...street, ...locality.filter((line): line is string => Boolean(line)), countryName];
}
