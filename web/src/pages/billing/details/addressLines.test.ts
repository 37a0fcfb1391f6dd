import type { BillingDetailsViewFragment } from '../../../graphql/generated';
import { addressLines } from './addressLines';

type Address = BillingDetailsViewFragment['address'];

function address(fields: Partial<Address> & Pick<Address, 'country' | 'countryName'>): Address {
  return {
    __typename: 'Address',
    line1: '1 Main Street',
    line2: null,
    city: 'Springfield',
    region: null,
    postalCode: '12345',
    ...fields,
  };
}

describe('writing an address the way its country does', () => {
  it('puts city, state and ZIP code on one line in the US', () => {
    expect(
      addressLines(
        address({ country: 'US', countryName: 'United States', region: 'IL', postalCode: '62704' }),
      ),
    ).toEqual(['1 Main Street', 'Springfield, IL 62704', 'United States']);
  });

  it('puts the postal code before the city in Germany', () => {
    expect(
      addressLines(
        address({
          country: 'DE',
          countryName: 'Germany',
          line1: 'Unter den Linden 5',
          line2: 'c/o Finance',
          city: 'Berlin',
          postalCode: '10117',
        }),
      ),
    ).toEqual(['Unter den Linden 5', 'c/o Finance', '10117 Berlin', 'Germany']);
  });

  it('gives the UK postcode its own line, after the county', () => {
    expect(
      addressLines(
        address({
          country: 'GB',
          countryName: 'United Kingdom',
          city: 'Cambridge',
          region: 'Cambridgeshire',
          postalCode: 'CB2 1TN',
        }),
      ),
    ).toEqual(['1 Main Street', 'Cambridge', 'Cambridgeshire', 'CB2 1TN', 'United Kingdom']);
  });
});
