import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserType } from '../users/index.js';
import type { ApiTokenScope } from './api-token-scopes.js';
import { apiTokenStatus, type ApiTokenStatus } from './api-token.service.js';
import type { ApiToken } from './api-token.entity.js';

/**
 * GraphQL enum names cannot hold `:`; each value documents the scope string partners see in
 * the API guide.
 */
export const ApiTokenScopeEnum = {
  ACCOUNT_READ: 'ACCOUNT_READ',
  INVOICES_READ: 'INVOICES_READ',
} as const;
export type ApiTokenScopeValue = keyof typeof ApiTokenScopeEnum;
registerEnumType(ApiTokenScopeEnum, {
  name: 'ApiTokenScope',
  description: 'What a partner API token may read. Tokens never change anything.',
  valuesConfig: {
    ACCOUNT_READ: { description: '`account:read`: the account, its plan and billing details.' },
    INVOICES_READ: { description: '`invoices:read`: invoices (list and detail) and their PDFs.' },
  },
});

const scopeOfValue: Record<ApiTokenScopeValue, ApiTokenScope> = {
  ACCOUNT_READ: 'account:read',
  INVOICES_READ: 'invoices:read',
};
const valueOfScope = Object.fromEntries(
  Object.entries(scopeOfValue).map(([value, scope]) => [scope, value]),
) as Record<ApiTokenScope, ApiTokenScopeValue>;

export const scopesOfValues = (values: readonly ApiTokenScopeValue[]): ApiTokenScope[] =>
  values.map((value) => scopeOfValue[value]);

export const ApiTokenStatusEnum = {
  ACTIVE: 'ACTIVE',
  EXPIRED: 'EXPIRED',
  REVOKED: 'REVOKED',
} as const;
registerEnumType(ApiTokenStatusEnum, {
  name: 'ApiTokenStatus',
  description: 'ACTIVE tokens authenticate; EXPIRED and REVOKED ones are refused.',
});

@ObjectType('ApiToken', {
  description:
    'A partner API token. Its secret is shown once, when it is created, and never again.',
})
export class ApiTokenType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({
    description: 'The first 8 characters of the secret, e.g. `llp_3f9a`, to tell tokens apart.',
  })
  prefix!: string;

  @Field(() => [ApiTokenScopeEnum])
  scopes!: ApiTokenScopeValue[];

  @Field(() => ApiTokenStatusEnum)
  status!: ApiTokenStatus;

  @Field()
  createdAt!: Date;

  @Field(() => UserType, { nullable: true, description: 'Null once that person is deleted.' })
  createdBy!: UserType | null;

  @Field(() => Date, { nullable: true, description: 'Null: never expires.' })
  expiresAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the token last authenticated a request (updated at most once a minute).',
  })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;
}

export function toApiTokenType(token: ApiToken, now: Date): ApiTokenType {
  const creator = token.createdBy;
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    scopes: token.scopes.map((scope) => valueOfScope[scope]),
    status: apiTokenStatus(token, now),
    createdAt: token.createdAt,
    createdBy:
      creator === null ? null : { id: creator.id, email: creator.email, name: creator.name },
    expiresAt: token.expiresAt,
    lastUsedAt: token.lastUsedAt,
    revokedAt: token.revokedAt,
  };
}

@ObjectType()
export class CreateApiTokenPayload {
  @Field(() => ApiTokenType)
  token!: ApiTokenType;

  @Field({
    description:
      'The secret to send as `Authorization: Bearer <secret>`. Shown only in this answer: Ledgerline keeps just its hash.',
  })
  secret!: string;
}

@InputType()
export class CreateApiTokenInput {
  @Field({ description: 'What uses the token, e.g. "ERP sync": 1 to 100 characters.' })
  name!: string;

  @Field(() => [ApiTokenScopeEnum], { description: 'At least one.' })
  scopes!: ApiTokenScopeValue[];

  @Field(() => Int, {
    nullable: true,
    description: 'Days until the token expires, 1 to 365; null or absent: never.',
  })
  expiresInDays?: number | null;
}

@InputType()
export class RevokeApiTokenInput {
  @Field(() => ID)
  id!: string;
}
