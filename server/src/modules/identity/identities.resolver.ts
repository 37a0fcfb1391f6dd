import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { AppError } from '../../errors.js';
import type { RequestContext } from '../../graphql/context.js';
import { Viewer } from './viewer.types.js';
import { listIdentities, unlinkIdentity, type IdentityActor } from './identities.service.js';
import {
  SignInIdentity,
  toSignInIdentity,
  UnlinkIdentityInput,
  UnlinkIdentityPayload,
} from './identities.types.js';

/** The person's own sign-in methods; linking happens through /auth/{provider}/start?link=1. */
function actorOf(ctx: RequestContext): IdentityActor {
  if (ctx.auth?.kind !== 'session') throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  return {
    userId: ctx.auth.user.id,
    accountId: ctx.auth.account?.id ?? null,
    ip: ctx.ip,
    requestId: ctx.requestId,
  };
}

async function identitiesOf(ctx: RequestContext, userId: string): Promise<SignInIdentity[]> {
  return (await listIdentities(ctx.em, userId)).map(toSignInIdentity);
}

@Resolver(() => Viewer)
export class ViewerIdentitiesResolver {
  @FieldResolver(() => [SignInIdentity], {
    description:
      'Your sign-in methods, oldest first. Link another with /auth/{provider}/start?link=1 (a complete sign-in in the same browser).',
  })
  identities(@Root() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<SignInIdentity[]> {
    return identitiesOf(ctx, viewer.user.id);
  }
}

@Resolver()
export class IdentitiesResolver {
  @Mutation(() => UnlinkIdentityPayload, {
    description:
      "Removes one of your sign-in methods. CONFLICT when it is the last one; another person's is NOT_FOUND.",
  })
  async unlinkIdentity(
    @Arg('input', () => UnlinkIdentityInput) input: UnlinkIdentityInput,
    @Ctx() ctx: RequestContext,
  ): Promise<UnlinkIdentityPayload> {
    const actor = actorOf(ctx);
    await unlinkIdentity(ctx.em, actor, input.id, ctx.clock);
    return { identities: await identitiesOf(ctx, actor.userId) };
  }
}
