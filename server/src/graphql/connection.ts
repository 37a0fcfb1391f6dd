import { Field, ObjectType } from 'type-graphql';
import { badInput } from '../errors.js';

/** Relay-style page information; shared by every connection. */
@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; null when empty.' })
  endCursor!: string | null;
}

/**
 * Cursors are opaque to clients: base64url of the row's sort key (an instant, then the id), so
 * a page continues after that row even when newer rows arrive.
 */
export function encodeTimeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');
}

/** The (instant, id) a cursor names; BAD_USER_INPUT on `after` for anything else. */
export function decodeTimeCursor(
  cursor: string,
  idPrefix: string,
  what: string,
): { at: Date; id: string } {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2) {
      const [iso, id] = parsed as unknown[];
      const at = typeof iso === 'string' ? new Date(iso) : null;
      if (
        at !== null &&
        !Number.isNaN(at.getTime()) &&
        typeof id === 'string' &&
        new RegExp(`^${idPrefix}_[0-9a-z]{1,60}$`).test(id)
      ) {
        return { at, id };
      }
    }
  } catch {
    // fall through to the field error
  }
  throw badInput('after', `This page cursor is not valid; load the ${what} again from the start.`);
}
