import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { toAccountType } from '../accounts/account.types.js';
import { permissions } from '../members/roles.js';
import { AuthProvider, Viewer } from './viewer.types.js';

@Resolver(() => Viewer)
export class ViewerResolver {
  @Query(() => Viewer, {
    nullable: true,
    description:
      'The signed-in user, or null when signed out. Null for requests with a partner API token too: a token acts for an account, not a person.',
  })
  viewer(@Ctx() ctx: RequestContext): Viewer | null {
    const auth = ctx.auth;
    if (auth === null || auth.kind === 'token') return null;
    return {
      user: { id: auth.user.id, email: auth.user.email, name: auth.user.name },
      account: auth.account === null ? null : toAccountType(auth.account),
      role: auth.role,
      permissions: permissions.filter((p) => auth.permissions.has(p)),
      isOperator: auth.isOperator,
    };
  }

  @Query(() => [AuthProvider], { description: 'The sign-in providers this deployment offers.' })
  authProviders(@Ctx() ctx: RequestContext): AuthProvider[] {
    return ctx.providers.list().map((p) => ({
      id: p.id,
      name: p.name,
      development: p.development,
    }));
  }
}
