import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Reading several entities from one joined statement, for the hot path that resolves every
 * request's auth state (modules/signin/auth-state.ts): each table's columns are selected under a
 * prefix (`"s__id"`, `"s__user_id"`, …), and `entityFrom` turns one prefix's columns back into a
 * managed entity of the request's EntityManager.
 * The column lists come from the entities' metadata, so a new column needs no change here.
 */

/** A persisted column: the entity's property and its column in the table. */
interface Column {
  property: string;
  column: string;
}

const columnsByEntity = new WeakMap<object, Column[]>();

/** The entity's persisted columns (scalars and owning many-to-one keys). */
function columnsOf(em: EntityManager, entity: new () => object): Column[] {
  const known = columnsByEntity.get(entity);
  if (known !== undefined) return known;
  const meta = em.getMetadata().get(entity);
  const columns = meta.props
    .filter((prop) => prop.persist !== false && prop.fieldNames?.length === 1)
    .filter((prop) => prop.kind === 'scalar' || prop.kind === 'm:1' || prop.kind === '1:1')
    .filter((prop) => prop.kind !== '1:1' || prop.owner === true)
    .map((prop) => ({ property: prop.name, column: prop.fieldNames[0]! }));
  columnsByEntity.set(entity, columns);
  return columns;
}

/** `alias.col as "alias__col", …` for every column of the entity's table. */
export function prefixedColumns(
  em: EntityManager,
  entity: new () => object,
  alias: string,
): string {
  return columnsOf(em, entity)
    .map(({ column }) => `${alias}.${column} as "${alias}__${column}"`)
    .join(', ');
}

/**
 * The row's columns of one alias as a managed entity of `em` (as if `em.findOne` had loaded it:
 * in its identity map, change-tracked), or null when the alias's primary key is null (an outer
 * join that found nothing). The values are what `pg` returns for these columns (Date for
 * timestamptz, parsed jsonb), so they are given to the entity factory as they are: `em.map` would
 * convert and validate each again, at several times the cost on this hot path.
 */
export function entityFrom<T extends object>(
  em: EntityManager,
  entity: new () => T,
  alias: string,
  row: Record<string, unknown>,
): T | null {
  const data: Record<string, unknown> = {};
  for (const { property, column } of columnsOf(em, entity)) {
    data[property] = row[`${alias}__${column}`];
  }
  const meta = em.getMetadata().get(entity);
  if (data[meta.primaryKeys[0] as string] == null) return null;
  return em.getEntityFactory().create(entity, data as never, {
    merge: true,
    newEntity: false,
    initialized: true,
    // The snapshot change tracking compares against, taken from the entity in the form `flush`
    // computes: the row's own values (Date objects, parsed jsonb) differ from that form, so
    // without this every flush of the request (any service's, a read's too) rewrote the session,
    // user, account and plan with the values they already had.
    recomputeSnapshot: true,
  }) as T;
}
