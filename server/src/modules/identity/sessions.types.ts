import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { Session } from './session.entity.js';
import { describeDevice } from './user-agent.js';

@ObjectType('Session', {
  description:
    'A browser signed in as you (Security › Sessions). Only your own sessions are ever listed.',
})
export class SessionType {
  @Field(() => ID, {
    description: 'Opaque `ses_…` id, for `revokeSession`; not the cookie and not derived from it.',
  })
  id!: string;

  @Field({ description: 'Browser and operating system, e.g. "Firefox on Windows".' })
  device!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The client address the session signed in from (behind TRUST_PROXY: the proxy’s X-Forwarded-For).',
  })
  ip!: string | null;

  @Field({ description: 'When the session signed in.' })
  createdAt!: Date;

  @Field({ description: 'Its last request, to the minute (it is written at most once a minute).' })
  lastSeenAt!: Date;

  @Field({ description: 'The sign-in provider used, e.g. `google` or `dev`.' })
  provider!: string;

  @Field({ description: 'The session making this request ("this device").' })
  current!: boolean;
}

export function toSessionType(session: Session, currentSessionId: string): SessionType {
  return {
    id: session.publicId,
    device: describeDevice(session.userAgent),
    ip: session.ip,
    createdAt: session.createdAt,
    lastSeenAt: session.lastSeenAt,
    provider: session.provider,
    current: session.id === currentSessionId,
  };
}

@InputType()
export class RevokeSessionInput {
  @Field(() => ID, { description: 'A `Session.id` of yours.' })
  id!: string;
}

@ObjectType()
export class RevokeSessionsPayload {
  @Field(() => Int, {
    description: 'How many sessions ended with this call (0 when already ended).',
  })
  revokedCount!: number;

  @Field(() => [SessionType], {
    description: 'Your sessions afterwards, as `sessions` lists them.',
  })
  sessions!: SessionType[];
}
