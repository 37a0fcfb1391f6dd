import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import type { BillingDetails, TaxIdType } from './billing-details.entity.js';
import { countryName } from './countries.js';
import { CountryCodeEnum } from './country.types.js';

export const TaxIdTypeEnum = {
  EU_VAT: 'EU_VAT',
  GB_VAT: 'GB_VAT',
  US_EIN: 'US_EIN',
  OTHER: 'OTHER',
} as const satisfies Record<TaxIdType, TaxIdType>;
registerEnumType(TaxIdTypeEnum, {
  name: 'TaxIdType',
  description:
    'EU VAT ids are checked by format and country prefix; a valid one on an EU business outside the seller country gets reverse charge.',
});

@ObjectType()
export class Address {
  @Field()
  line1!: string;

  @Field(() => String, { nullable: true })
  line2!: string | null;

  @Field()
  city!: string;

  @Field(() => String, { nullable: true, description: 'State, province or region.' })
  region!: string | null;

  @Field()
  postalCode!: string;

  @Field(() => CountryCodeEnum)
  country!: string;

  @Field({ description: 'Country name in English.' })
  countryName!: string;
}

@ObjectType()
export class TaxId {
  @Field(() => TaxIdTypeEnum)
  type!: TaxIdType;

  @Field({ description: 'Normalised: upper case, without spaces or dots.' })
  value!: string;
}

@ObjectType('BillingDetails')
export class BillingDetailsType {
  @Field({ description: 'The legal name invoices are addressed to.' })
  legalName!: string;

  @Field({ description: 'Where invoices and receipts are sent.' })
  billingEmail!: string;

  @Field(() => Address)
  address!: Address;

  @Field(() => TaxId, { nullable: true })
  taxId!: TaxId | null;

  @Field()
  updatedAt!: Date;
}

export function toBillingDetailsType(details: BillingDetails): BillingDetailsType {
  return {
    legalName: details.legalName,
    billingEmail: details.billingEmail,
    address: {
      line1: details.line1,
      line2: details.line2,
      city: details.city,
      region: details.region,
      postalCode: details.postalCode,
      country: details.country,
      countryName: countryName(details.country),
    },
    taxId:
      details.taxIdType === null || details.taxIdValue === null
        ? null
        : { type: details.taxIdType, value: details.taxIdValue },
    updatedAt: details.updatedAt,
  };
}

@InputType()
export class UpdateBillingDetailsInput {
  @Field()
  legalName!: string;

  @Field()
  billingEmail!: string;

  @Field()
  line1!: string;

  @Field(() => String, { nullable: true })
  line2?: string | null;

  @Field()
  city!: string;

  @Field(() => String, { nullable: true, description: 'Required for US, CA and AU.' })
  region?: string | null;

  @Field()
  postalCode!: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code.' })
  country!: string;

  @Field(() => TaxIdTypeEnum, { nullable: true })
  taxIdType?: TaxIdType | null;

  @Field(() => String, { nullable: true })
  taxIdValue?: string | null;
}
