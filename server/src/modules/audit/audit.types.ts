import { PageInfo } from '../../graphql/connection.js';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { AuditEvent, AuditOutcome } from './audit-event.entity.js';
import { auditActionLabel, auditTargetKind } from './audit-actions.js';

export const AuditOutcomeEnum = {
  SUCCESS: 'success',
  FAILURE: 'failure',
} as const satisfies Record<string, AuditOutcome>;
registerEnumType(AuditOutcomeEnum, {
  name: 'AuditOutcome',
  description: 'Whether the recorded action took effect.',
});

@ObjectType({
  description:
    'One changed field. `from` and `to` are null when the event records only which fields changed (personal data such as addresses is not copied into the log).',
})
export class AuditChange {
  @Field()
  field!: string;

  @Field(() => String, { nullable: true })
  from!: string | null;

  @Field(() => String, { nullable: true })
  to!: string | null;

  @Field({ description: 'False when only the field name was recorded, not its values.' })
  valuesRecorded!: boolean;
}

@ObjectType({ description: 'A recorded fact about the event that is not a field change.' })
export class AuditDetail {
  @Field()
  key!: string;

  @Field({ description: 'Text as recorded; numbers and lists as JSON.' })
  value!: string;
}

@ObjectType('AuditEvent', { description: 'Who did what, when and from where.' })
export class AuditEventType {
  @Field(() => ID)
  id!: string;

  @Field()
  occurredAt!: Date;

  @Field({ description: 'Dotted action name, e.g. "auth.sign_in" or "account.update".' })
  action!: string;

  @Field({ description: 'The action in words, e.g. "Signed in" (one table: audit-actions.ts).' })
  actionLabel!: string;

  /** Resolved by AuditResolver.actor, batched per request. */
  actorUserId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The API token the action came through; null for the dashboard.',
  })
  actorTokenId!: string | null;

  @Field(() => String, { nullable: true, description: 'Null for events outside any account.' })
  accountId!: string | null;

  @Field(() => String, { nullable: true, description: 'Id of the object acted on.' })
  target!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'What the target is, from its id: "Invoice", "Member", "API token"; null without one.',
  })
  targetKind!: string | null;

  @Field(() => AuditOutcomeEnum)
  outcome!: AuditOutcome;

  @Field(() => String, { nullable: true })
  ip!: string | null;

  @Field(() => [AuditChange], { description: 'What changed, field by field.' })
  changes!: AuditChange[];

  @Field(() => [AuditDetail], { description: 'Everything else the event recorded.' })
  details!: AuditDetail[];

  @Field(() => String, {
    nullable: true,
    description: 'The whole recorded summary as JSON text; null when nothing was recorded.',
  })
  summaryText!: string | null;
}

@ObjectType()
export class AuditEventEdge {
  @Field({ description: 'Opaque; pass as `after` to continue after this event.' })
  cursor!: string;

  @Field(() => AuditEventType)
  node!: AuditEventType;
}

@ObjectType()
export class AuditEventConnection {
  @Field(() => [AuditEventEdge])
  edges!: AuditEventEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Events matching the filter, across all pages.' })
  totalCount!: number;
}

@InputType()
export class AuditEventFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Actions starting with this text, e.g. "auth." or "billing_details.update".',
  })
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'Events by the user with this e-mail.' })
  actorEmail?: string | null;

  @Field(() => Date, { nullable: true, description: 'Events at or after this instant.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Events at or before this instant.' })
  to?: Date | null;

  @Field(() => AuditOutcomeEnum, { nullable: true })
  outcome?: AuditOutcome | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Operators: one account's events. Members always see their own account; another account answers FORBIDDEN.",
  })
  accountId?: string | null;
}

/** Strings as they are; everything else as JSON, so the log never shows "[object Object]". */
function displayValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function isChange(value: unknown): value is { from?: unknown; to?: unknown } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => key === 'from' || key === 'to');
}

/**
 * The stored summary is free-form JSON written by each module. Two shapes are changes:
 * `{ field: { from, to } }` (values recorded) and `{ fields: [names] }` (names only); every other
 * entry becomes a key/value detail.
 */
export function describeSummary(summary: Record<string, unknown>): {
  changes: AuditChange[];
  details: AuditDetail[];
} {
  const changes: AuditChange[] = [];
  const details: AuditDetail[] = [];
  for (const [key, value] of Object.entries(summary)) {
    if (isChange(value)) {
      changes.push({
        field: key,
        from: value.from == null ? null : displayValue(value.from),
        to: value.to == null ? null : displayValue(value.to),
        valuesRecorded: true,
      });
    } else if (
      key === 'fields' &&
      Array.isArray(value) &&
      value.every((v) => typeof v === 'string')
    ) {
      for (const field of value)
        changes.push({ field, from: null, to: null, valuesRecorded: false });
    } else if (value !== undefined) {
      details.push({ key, value: displayValue(value) });
    }
  }
  return { changes, details };
}

export function toAuditEventType(event: AuditEvent): AuditEventType {
  const summary = event.summary ?? {};
  return {
    id: event.id,
    occurredAt: event.occurredAt,
    action: event.action,
    actionLabel: auditActionLabel(event.action),
    actorUserId: event.actorUserId,
    actorTokenId: event.actorTokenId,
    accountId: event.accountId,
    target: event.target,
    targetKind: event.target === null ? null : auditTargetKind(event.target),
    outcome: event.outcome,
    ip: event.ip,
    ...describeSummary(summary),
    summaryText: Object.keys(summary).length === 0 ? null : JSON.stringify(summary),
  };
}
