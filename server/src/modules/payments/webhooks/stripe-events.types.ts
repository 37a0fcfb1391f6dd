import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../../graphql/connection.js';
import type { StripeEvent, StripeEventStatus } from './stripe-event.entity.js';

export const StripeEventStatusEnum = {
  PENDING: 'pending',
  PROCESSING: 'processing',
  PROCESSED: 'processed',
  FAILED: 'failed',
} as const satisfies Record<string, StripeEventStatus>;
registerEnumType(StripeEventStatusEnum, {
  name: 'StripeEventStatus',
  description:
    'PENDING: stored, waiting for a worker (after a failure: until nextAttemptAt). PROCESSING: a worker has it. PROCESSED: applied (outcome says what it did). FAILED: every automatic attempt failed; an operator can retry it.',
});

@ObjectType('StripeWebhookEvent', {
  description: 'A Stripe webhook event as received (signature checked) and what became of it.',
})
export class StripeWebhookEventType {
  @Field(() => ID, { description: "Stripe's event id (evt_…)." })
  id!: string;

  @Field({ description: 'e.g. payment_intent.succeeded.' })
  type!: string;

  @Field(() => String, { nullable: true, description: 'The Stripe object it is about.' })
  objectId!: string | null;

  @Field(() => StripeEventStatusEnum)
  status!: StripeEventStatus;

  @Field(() => Int, { description: 'Attempts since it arrived or was last retried.' })
  attempts!: number;

  @Field({ description: 'When Stripe created it.' })
  createdAt!: Date;

  @Field()
  receivedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When a pending event is tried next.' })
  nextAttemptAt!: Date | null;

  @Field(() => Date, { nullable: true })
  processedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  lastError!: string | null;

  @Field(() => String, { nullable: true, description: 'What processing did.' })
  outcome!: string | null;

  @Field({ description: 'The event as Stripe sent it, as indented JSON.' })
  payload!: string;
}

export function toStripeWebhookEventType(event: StripeEvent): StripeWebhookEventType {
  return {
    id: event.id,
    type: event.type,
    objectId: event.objectId,
    status: event.status,
    attempts: event.attempts,
    createdAt: event.createdAt,
    receivedAt: event.receivedAt,
    nextAttemptAt: event.nextAttemptAt,
    processedAt: event.processedAt,
    lastError: event.lastError,
    outcome: event.outcome,
    payload: JSON.stringify(event.payload, null, 2),
  };
}

@ObjectType()
export class StripeWebhookEventEdge {
  @Field()
  cursor!: string;

  @Field(() => StripeWebhookEventType)
  node!: StripeWebhookEventType;
}

@ObjectType()
export class StripeWebhookEventConnection {
  @Field(() => [StripeWebhookEventEdge])
  edges!: StripeWebhookEventEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@InputType()
export class RetryStripeWebhookEventInput {
  @Field(() => ID)
  id!: string;
}
