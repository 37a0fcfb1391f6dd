import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { permissions, toAccountType } from '../accounts/index.js';
import { signInFailures, type SignInFailure } from './sign-in-refused.js';
import { AuthProvider, SignInErrorReasonEnum, signInStageValue, Viewer } from './viewer.types.js';

@Resolver(() => Viewer)
export class ViewerResolver {
  @Query(() => Viewer, {
    nullable: true,
    description:
      'The signed-in user, or null when signed out. Null for requests with a partner API token too: a token acts for an account, not a person. Check `signInStage`: a sign-in may still owe a second factor.',
  })
  viewer(@Ctx() ctx: RequestContext): Viewer | null {
    const auth = ctx.auth;
    if (auth === null || auth.kind === 'token') return null;
    const complete = auth.stage === 'complete';
    return {
      user: { id: auth.user.id, email: auth.user.email, name: auth.user.name },
      signInStage: signInStageValue[auth.stage],
      // Account fields resolve without further rules: an unfinished sign-in must not reach them.
      account: complete && auth.account !== null ? toAccountType(auth.account) : null,
      role: auth.role,
      permissions: permissions.filter((p) => auth.permissions.has(p)),
      isOperator: auth.isOperator,
      operatorNeedsTwoFactor: auth.operatorAccess === 'needs_two_factor',
      tourDismissedAt: auth.user.tourDismissedAt,
    };
  }

  @Query(() => [SignInErrorReasonEnum], {
    description:
      'Every reason a refused sign-in may carry to /sign-in/error?reason=…, for clients that explain them.',
  })
  signInErrorReasons(): SignInFailure[] {
    return [...signInFailures];
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
