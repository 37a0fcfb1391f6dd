import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Reading several entities from one joined statement, for the hot path that resolves every
 * request's auth state (modules/signin/auth-state.ts): each table's columns are selected under a
 * prefix (`"s__id"`, `"s__user_id"`, …), and `entityFrom` maps one prefix's columns back to a
 * managed entity of the request's EntityManager (`em.map`, as if `em.findOne` had loaded it).
 * The column lists come from the entities' metadata, so a new column needs no change here.
 */

const columnsByEntity = new WeakMap<object, string[]>();

/** The entity's persisted columns (scalars and owning many-to-one keys). */
function columnsOf(em: EntityManager, entity: new () => object): string[] {
  const known = columnsByEntity.get(entity);
  if (known !== undefined) return known;
  const meta = em.getMetadata().get(entity);
  const columns = meta.props
    .filter((prop) => prop.persist !== false && prop.fieldNames?.length === 1)
    .filter((prop) => prop.kind === 'scalar' || prop.kind === 'm:1' || prop.kind === '1:1')
    .filter((prop) => prop.kind !== '1:1' || prop.owner === true)
    .map((prop) => prop.fieldNames[0]!);
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
    .map((column) => `${alias}.${column} as "${alias}__${column}"`)
    .join(', ');
}

/**
 * The row's columns of one alias as a managed entity of `em`, or null when the alias's primary
 * key is null (an outer join that found nothing).
 */
export function entityFrom<T extends object>(
  em: EntityManager,
  entity: new () => T,
  alias: string,
  row: Record<string, unknown>,
): T | null {
  const data: Record<string, unknown> = {};
  for (const column of columnsOf(em, entity)) data[column] = row[`${alias}__${column}`];
  const meta = em.getMetadata().get(entity);
  const primaryKey = meta.primaryKeys[0]!;
  const keyColumn = meta.properties[primaryKey as string]?.fieldNames[0] ?? String(primaryKey);
  if (data[keyColumn] == null) return null;
  return em.map(entity, data as never) as T;
}
