import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Where new entities go. `unitOfWork(em)` is the ORM's usual path (`em.create`, flushed with the
 * unit of work); `DetachedRows` keeps them out of the identity map and writes them with one
 * statement per entity class (`insertAll`), for hot paths that create thousands of rows whose
 * only reader is the database — the renewal batch. The same domain code fills both, so a row is
 * the same whichever way it is written.
 */
export interface EntitySink {
  create<T extends object>(entity: new () => T, data: Partial<T>): T;
  /** A reference to an existing row by primary key (`em.getReference` in the unit of work). */
  reference<T extends object>(entity: new () => T, id: string): T;
}

export function unitOfWork(em: EntityManager): EntitySink {
  return {
    create: <T extends object>(entity: new () => T, data: Partial<T>) =>
      em.create(entity, data as never),
    reference: <T extends object>(entity: new () => T, id: string) =>
      em.getReference(entity, id as never),
  };
}

/** A column of an entity's table as `jsonb_to_recordset` declares it. */
interface Column {
  property: string;
  name: string;
  type: string;
  relation: boolean;
}

const columnsByEntity = new WeakMap<object, { table: string; columns: Column[] }>();

/** Every persisted column of the entity (scalars and owning many-to-one keys), from its metadata. */
function tableOf(em: EntityManager, entity: new () => object) {
  const known = columnsByEntity.get(entity);
  if (known !== undefined) return known;
  const meta = em.getMetadata().get(entity);
  const columns: Column[] = [];
  for (const prop of meta.props) {
    if (prop.persist === false || prop.formula !== undefined) continue;
    const relation = prop.kind === 'm:1' || (prop.kind === '1:1' && prop.owner === true);
    if (prop.kind !== 'scalar' && !relation) continue;
    if (prop.fieldNames.length !== 1 || prop.columnTypes.length !== 1) {
      throw new Error(
        `${meta.className}.${prop.name}: only single-column properties are supported`,
      );
    }
    columns.push({
      property: prop.name,
      name: prop.fieldNames[0]!,
      type: prop.columnTypes[0]!,
      relation,
    });
  }
  const table = { table: meta.tableName, columns };
  columnsByEntity.set(entity, table);
  return table;
}

/** A `text[]` literal (a JavaScript array parameter would be expanded into a list). */
function textArray(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
}

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/**
 * One row as JSON for `jsonb_to_recordset`: relations by their key, dates as ISO instants (the
 * millisecond precision the ORM writes), JSON properties as nested JSON.
 */
function recordOf(row: object, columns: readonly Column[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  const values = row as Record<string, unknown>;
  for (const column of columns) {
    const value = values[column.property];
    if (value === undefined || value === null) {
      record[column.name] = null;
    } else if (column.relation) {
      record[column.name] = (value as { id: unknown }).id;
    } else if (value instanceof Date) {
      record[column.name] = value.toISOString();
    } else {
      record[column.name] = value;
    }
  }
  return record;
}

function recordset(columns: readonly Column[]): string {
  return columns.map((column) => `${quote(column.name)} ${column.type}`).join(', ');
}

/** Runs one statement in the caller's transaction; the rows it changed. */
async function execute(
  em: EntityManager,
  sql: string,
  params: unknown[],
): Promise<number | undefined> {
  const result = await em
    .getConnection()
    .execute<{ affectedRows?: number }>(sql, params, 'run', em.getTransactionContext());
  return result.affectedRows;
}

/**
 * Inserts `rows` (instances of `entity`) in one statement, every column written from the instance
 * (so class defaults such as generated ids apply as with `em.create`). Not managed afterwards.
 */
export async function insertRows<T extends object>(
  em: EntityManager,
  entity: new () => T,
  rows: readonly T[],
): Promise<void> {
  if (rows.length === 0) return;
  const { table, columns } = tableOf(em, entity);
  const names = columns.map((column) => quote(column.name)).join(', ');
  await execute(
    em,
    `insert into ${quote(table)} (${names}) select ${names} from jsonb_to_recordset(?::jsonb) as r(${recordset(columns)})`,
    [JSON.stringify(rows.map((row) => recordOf(row, columns)))],
  );
}

/**
 * Rows loaded outside the identity map (`disableIdentityMap`), which the unit of work would not
 * write: their columns are remembered when tracking starts, and `write` sends the columns that
 * changed, for the rows that changed, in one UPDATE keyed by `id`. The rows must have been read
 * in this transaction under a row lock, as the renewal batch's claim does.
 */
export class TrackedRows<T extends { id: string }> {
  private readonly columns: readonly Column[];
  private readonly table: string;
  private readonly before = new Map<T, Record<string, unknown>>();

  constructor(
    private readonly em: EntityManager,
    entity: new () => T,
    rows: Iterable<T>,
  ) {
    ({ table: this.table, columns: this.columns } = tableOf(em, entity));
    for (const row of rows) this.before.set(row, recordOf(row, this.columns));
  }

  /** Writes what changed since tracking started; the number of rows written. */
  async write(): Promise<number> {
    const changedColumns = new Set<Column>();
    const changedRows: Record<string, unknown>[] = [];
    for (const [row, before] of this.before) {
      const now = recordOf(row, this.columns);
      let changed = false;
      for (const column of this.columns) {
        if (JSON.stringify(now[column.name]) !== JSON.stringify(before[column.name])) {
          changedColumns.add(column);
          changed = true;
        }
      }
      if (changed) changedRows.push(now);
      this.before.set(row, now);
    }
    if (changedRows.length === 0) return 0;
    const id = this.columns.find((column) => column.name === 'id');
    if (id === undefined) throw new Error(`${this.table} has no id column`);
    const columns = [id, ...changedColumns];
    const assignments = [...changedColumns]
      .map((column) => `${quote(column.name)} = r.${quote(column.name)}`)
      .join(', ');
    const records = changedRows.map((record) =>
      Object.fromEntries(columns.map((column) => [column.name, record[column.name]])),
    );
    const affected = await execute(
      this.em,
      // `t.id = any(…)` as well: joined only to the recordset (estimated at 100 rows), the
      // planner would rather hash the whole table than look the rows up by key.
      `update ${quote(this.table)} t set ${assignments} from jsonb_to_recordset(?::jsonb) as r(${recordset(columns)}) where t."id" = r."id" and t."id" = any(?::text[])`,
      [JSON.stringify(records), textArray(records.map((record) => String(record.id)))],
    );
    if (affected !== undefined && affected !== records.length) {
      throw new Error(`Updated ${affected} of ${records.length} ${this.table} rows`);
    }
    return records.length;
  }
}

/** New entities collected in memory, written class by class with `insertAll`. */
export class DetachedRows implements EntitySink {
  private readonly rows = new Map<new () => object, object[]>();

  create<T extends object>(entity: new () => T, data: Partial<T>): T {
    const row = Object.assign(new entity(), data);
    const list = this.rows.get(entity) ?? [];
    list.push(row);
    this.rows.set(entity, list);
    return row;
  }

  reference<T extends object>(entity: new () => T, id: string): T {
    return Object.assign(Object.create(entity.prototype) as T, { id });
  }

  /** Writes everything created, in the given class order (parents before children). */
  async insertAll(em: EntityManager, order: readonly (new () => object)[]): Promise<void> {
    const unlisted = [...this.rows.keys()].filter((entity) => !order.includes(entity));
    if (unlisted.length > 0) {
      throw new Error(`No insert order for ${unlisted.map((entity) => entity.name).join(', ')}`);
    }
    for (const entity of order) await insertRows(em, entity, this.rows.get(entity) ?? []);
    this.rows.clear();
  }
}
