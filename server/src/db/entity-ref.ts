import type { EntityClass } from '@mikro-orm/core';

/**
 * Entity classes by class name, for a relation that points at an entity of a module above the
 * one declaring it (modules import each other only downward: see "Layers" in CONTRIBUTING.md).
 * `db/entities.ts` registers every entity before MikroORM discovers them, so the lookup runs
 * after all modules have loaded. The foreign key and the schema stay exactly as with a direct
 * class reference.
 */
const byName = new Map<string, EntityClass<object>>();

export function registerEntities(classes: readonly EntityClass<object>[]): void {
  for (const entity of classes) byName.set(entity.name, entity);
}

/** `@ManyToOne({ entity: entityNamed('Account'), … })`: the target, resolved at discovery. */
export function entityNamed(name: string): () => EntityClass<object> {
  return () => {
    const entity = byName.get(name);
    if (entity === undefined) {
      throw new Error(`Entity ${name} is not registered: add it to server/src/db/entities.ts`);
    }
    return entity;
  };
}
