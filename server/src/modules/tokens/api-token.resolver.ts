import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { actorOf, currentAccountId } from '../../graphql/session-scope.js';
import { consumeRateLimit, rateLimited, rateLimitsOf } from '../rate-limits/index.js';
import { createApiToken, listApiTokens, revokeApiToken } from './api-token.service.js';
import {
  ApiTokenType,
  CreateApiTokenInput,
  CreateApiTokenPayload,
  RevokeApiTokenInput,
  scopesOfValues,
  toApiTokenType,
} from './api-token.types.js';

@Resolver(() => ApiTokenType)
export class ApiTokenResolver {
  @Query(() => [ApiTokenType], {
    description: "The account's partner API tokens, newest first, revoked and expired ones too.",
  })
  async apiTokens(@Ctx() ctx: RequestContext): Promise<ApiTokenType[]> {
    const now = ctx.clock.now();
    const tokens = await listApiTokens(ctx.em, currentAccountId(ctx));
    return tokens.map((token) => toApiTokenType(token, now));
  }

  @Mutation(() => CreateApiTokenPayload, {
    description:
      "Creates a partner API token and answers its secret, once. Beyond the plan's `api_tokens` limit: PLAN_LIMIT naming the plan that allows more. At most 60 an hour from one client address: then RATE_LIMITED with `resetAt`.",
  })
  async createApiToken(
    @Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CreateApiTokenPayload> {
    const limit = await consumeRateLimit(
      ctx.em,
      rateLimitsOf(ctx.config).apiTokenCreate,
      ctx.ip ?? 'unknown',
      ctx.clock.now(),
    );
    if (!limit.allowed) {
      throw rateLimited(
        'Too many API tokens created from your network. Wait a while before creating another.',
        limit.resetAt,
      );
    }
    const { token, secret } = await createApiToken(
      ctx.em,
      currentAccountId(ctx),
      {
        name: input.name,
        scopes: scopesOfValues(input.scopes),
        expiresInDays: input.expiresInDays,
      },
      actorOf(ctx),
      ctx.clock,
    );
    return { token: toApiTokenType(token, ctx.clock.now()), secret };
  }

  @Mutation(() => ApiTokenType, {
    description: 'Revokes a token at once: its next request is refused. Answers the revoked token.',
  })
  async revokeApiToken(
    @Arg('input', () => RevokeApiTokenInput) input: RevokeApiTokenInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ApiTokenType> {
    const token = await revokeApiToken(
      ctx.em,
      currentAccountId(ctx),
      input.id,
      actorOf(ctx),
      ctx.clock,
    );
    return toApiTokenType(token, ctx.clock.now());
  }
}
