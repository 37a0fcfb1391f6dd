import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../errors.js';
import { type Actor, recordAuditBy } from '../audit/audit.service.js';
import { TestClockState } from './test-clock.entity.js';
import { ensureTestClockRow, type PersistedTestClock } from './test-clock.js';

const secondMs = 1_000;
const dayMs = 86_400_000;
/** Far enough for any billing demonstration; keeps the offset a GraphQL Int of seconds. */
const maxOffsetMs = 20 * 366 * dayMs;

export interface AdvanceTestClockRequest {
  seconds?: number | null;
  days?: number | null;
  to?: Date | null;
}

type Step = { by: number } | { to: Date };

const aheadLimit = 'The test clock can be at most 20 years ahead of real time.';
const tooFar = (by: number) => (by >= dayMs ? 'days' : 'seconds');

/** `seconds` and `days` add up; `to` names the instant instead. Forward only. */
export function parseAdvance(input: AdvanceTestClockRequest): Step {
  const { seconds, days, to } = input;
  const hasBy = seconds != null || days != null;
  if (to != null) {
    if (hasBy)
      throw badInput('to', 'Give either a time to move to, or seconds and days, not both.');
    if (Number.isNaN(to.getTime())) throw badInput('to', 'Enter a valid date and time.');
    return { to };
  }
  if (!hasBy) throw badInput('seconds', 'Say how far to move the clock: seconds, days or a time.');
  for (const [field, value] of [
    ['seconds', seconds],
    ['days', days],
  ] as const) {
    if (value != null && value < 0) {
      throw badInput(field, 'The test clock only moves forward.');
    }
  }
  const by = (seconds ?? 0) * secondMs + (days ?? 0) * dayMs;
  if (by === 0) throw badInput(seconds != null ? 'seconds' : 'days', 'Move the clock forward.');
  // Checked again against the current offset when moving; this keeps the arithmetic in range.
  if (by > maxOffsetMs) throw badInput(tooFar(by), aheadLimit);
  return { by };
}

export interface TestClockReading {
  now: Date;
  offsetMs: number;
}

/**
 * Moves the shared test clock forward (never back) and returns the new reading. The row is locked
 * so two operators advancing at once apply one after the other instead of both starting from the
 * same offset. The caller then lets due jobs catch up.
 */
export async function advanceTestClock(
  em: EntityManager,
  clock: PersistedTestClock,
  input: AdvanceTestClockRequest,
  actor: Actor,
): Promise<TestClockReading> {
  const step = parseAdvance(input);
  await em.transactional(async (tx) => {
    const realNow = clock.realClock.now();
    await ensureTestClockRow(tx, realNow);
    const state = await tx.findOneOrFail(
      TestClockState,
      { id: 1 },
      { lockMode: LockMode.PESSIMISTIC_WRITE, disableIdentityMap: true },
    );
    const from = new Date(realNow.getTime() + state.offsetMs);
    const to = 'to' in step ? step.to : new Date(from.getTime() + step.by);
    if (to.getTime() <= from.getTime()) {
      throw badInput(
        'to',
        `The test clock only moves forward: choose a time after ${from.toISOString()}.`,
      );
    }
    const offsetMs = to.getTime() - realNow.getTime();
    if (offsetMs > maxOffsetMs) throw badInput('to' in step ? 'to' : tooFar(step.by), aheadLimit);
    await tx.nativeUpdate(TestClockState, { id: 1 }, { offsetMs, updatedAt: realNow });
    recordAuditBy(tx, actor, {
      action: 'test_clock.advance',
      occurredAt: from,
      summary: { from: from.toISOString(), to: to.toISOString(), offsetSeconds: offsetMs / 1000 },
    });
  });
  await clock.refresh();
  return { now: clock.now(), offsetMs: clock.offsetMs };
}
