import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { providerName } from './providers.js';
import type { Identity } from '../users/index.js';

@ObjectType({
  description:
    'One way the signed-in person signs in: an identity at a provider (Google, Microsoft, GitHub, or the development sign-in).',
})
export class SignInIdentity {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The provider id, as in `authProviders` and /auth/{provider}/start.' })
  provider!: string;

  @Field({ description: "The provider's display name." })
  providerName!: string;

  @Field({ description: 'The e-mail address the provider shared when the identity was linked.' })
  email!: string;

  @Field(() => Date)
  linkedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'The last sign-in with this identity.' })
  lastUsedAt!: Date | null;
}

export function toSignInIdentity(identity: Identity): SignInIdentity {
  return {
    id: identity.id,
    provider: identity.provider,
    providerName: providerName(identity.provider),
    email: identity.email,
    linkedAt: identity.createdAt,
    lastUsedAt: identity.lastUsedAt,
  };
}

@InputType()
export class UnlinkIdentityInput {
  @Field(() => ID, { description: 'A `SignInIdentity.id` of your own.' })
  id!: string;
}

@ObjectType()
export class UnlinkIdentityPayload {
  @Field(() => [SignInIdentity], { description: 'Your sign-in methods that remain.' })
  identities!: SignInIdentity[];
}
