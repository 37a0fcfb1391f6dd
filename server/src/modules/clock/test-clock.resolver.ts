import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { AppError } from '../../errors.js';
import type { RequestContext } from '../../graphql/context.js';
import { actorOf } from '../../graphql/session-scope.js';
import { PersistedTestClock } from './test-clock.js';
import { advanceTestClock } from './test-clock.service.js';
import { AdvanceTestClockInput, TestClockType } from './test-clock.types.js';

/** The test clock, when TEST_CLOCK=1 (config refuses it in production); null when it is off. */
function testClockOf(ctx: RequestContext): PersistedTestClock | null {
  if (!ctx.config.testClock) return null;
  if (!(ctx.clock instanceof PersistedTestClock)) {
    throw new Error('TEST_CLOCK=1 but the server was started without the persisted test clock');
  }
  return ctx.clock;
}

function toTestClockType(reading: { now: Date; offsetMs: number }): TestClockType {
  return {
    now: reading.now,
    offsetSeconds: Math.floor(reading.offsetMs / 1000),
    enabled: true,
  };
}

@Resolver()
export class TestClockResolver {
  @Query(() => TestClockType, {
    nullable: true,
    description: 'Operators: the test clock, or null when TEST_CLOCK is off.',
  })
  async testClock(@Ctx() ctx: RequestContext): Promise<TestClockType | null> {
    const clock = testClockOf(ctx);
    if (clock === null) return null;
    await clock.refresh();
    return toTestClockType({ now: clock.now(), offsetMs: clock.offsetMs });
  }

  @Mutation(() => TestClockType, {
    description:
      'Operators, TEST_CLOCK=1 only: moves the shared test clock forward (never back: BAD_USER_INPUT), then runs the periodic jobs (renewals, dunning, maintenance) at once so what came due happens now. Sessions read the same clock, so a move past the idle timeout signs everyone out.',
  })
  async advanceTestClock(
    @Arg('input', () => AdvanceTestClockInput) input: AdvanceTestClockInput,
    @Ctx() ctx: RequestContext,
  ): Promise<TestClockType> {
    const clock = testClockOf(ctx);
    if (clock === null) {
      throw new AppError(
        'FORBIDDEN',
        'The test clock is off (set TEST_CLOCK=1 outside production)',
      );
    }
    const reading = await advanceTestClock(ctx.em, clock, input, actorOf(ctx));
    try {
      const jobs = await ctx.jobs.runPeriodicJobsNow();
      ctx.log.info(
        { jobs, now: reading.now.toISOString() },
        'test clock advanced; due jobs enqueued',
      );
    } catch (error) {
      // The clock has moved; the regular schedule catches up within a minute.
      ctx.log.error(
        { err: error },
        'test clock advanced but the periodic jobs could not be enqueued',
      );
    }
    return toTestClockType(reading);
  }
}
