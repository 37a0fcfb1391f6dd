import {
  getNamedType,
  isInputObjectType,
  isIntrospectionType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import type {
  IMiddlewareFieldMap,
  IMiddlewareFunction,
  IMiddlewareTypeMap,
} from 'graphql-middleware';
import { badInput } from '../errors.js';
import { textProblem } from '../guard/text.js';

/**
 * Instants a DateTimeISO argument may name. The scalar itself takes any year JavaScript can
 * represent (0001, 275760); nothing Ledgerline stores is from before the Unix epoch or after
 * the year 9999, and such dates only break arithmetic further down.
 */
export const dateTimeRange = {
  min: new Date('1970-01-01T00:00:00.000Z'),
  max: new Date('9999-12-31T23:59:59.999Z'),
} as const;

/**
 * What is wrong with `value`, an argument already coerced to `type` (variables and literals
 * alike), or null. Walks lists and input objects; `path` names the argument as the client wrote
 * it (`input.reason`, `filter.number`, `input.scopes.1`).
 */
function problemIn(
  type: GraphQLInputType,
  value: unknown,
  path: string,
): { path: string; problem: string } | null {
  if (value === null || value === undefined) return null;
  if (isNonNullType(type)) return problemIn(type.ofType, value, path);
  if (isListType(type)) {
    const items = Array.isArray(value) ? value : [value];
    for (const [index, item] of items.entries()) {
      const found = problemIn(type.ofType, item, `${path}.${index}`);
      if (found !== null) return found;
    }
    return null;
  }
  if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      const found = problemIn(
        field.type,
        (value as Record<string, unknown>)[field.name],
        `${path}.${field.name}`,
      );
      if (found !== null) return found;
    }
    return null;
  }
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem === null ? null : { path, problem };
  }
  if (value instanceof Date) {
    const time = value.getTime();
    if (
      Number.isNaN(time) ||
      time < dateTimeRange.min.getTime() ||
      time > dateTimeRange.max.getTime()
    ) {
      return { path, problem: 'must be a date and time between the years 1970 and 9999' };
    }
  }
  return null;
}

/**
 * The one guard for hostile GraphQL input (CONTRIBUTING.md, "Hostile input"): before any
 * resolver with arguments runs, every String and ID in its arguments — recursively through input
 * objects and lists — is checked for NUL characters and lone surrogates, and every DateTimeISO
 * for an absurd year. The answer is BAD_USER_INPUT with `extensions.field` naming the argument
 * path; the resolver never runs, so nothing reaches the database.
 */
export function inputGuard(schema: GraphQLSchema): IMiddlewareTypeMap {
  const map: IMiddlewareTypeMap = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    const fields: IMiddlewareFieldMap = {};
    for (const field of Object.values(type.getFields())) {
      const checked = field.args.filter((arg) => mayHoldHostileValues(arg.type));
      if (checked.length === 0) continue;
      const guard: IMiddlewareFunction = (resolve, parent, args, context, info) => {
        for (const arg of checked) {
          const found = problemIn(arg.type, (args as Record<string, unknown>)[arg.name], arg.name);
          if (found !== null) throw badInput(found.path, `${found.path} ${found.problem}.`);
        }
        return resolve(parent, args, context, info);
      };
      fields[field.name] = guard;
    }
    if (Object.keys(fields).length > 0) map[type.name] = fields;
  }
  return map;
}

/** Whether a value of `type` can contain a string or a date (enums and numbers cannot). */
function mayHoldHostileValues(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (isScalarType(named)) return !['Int', 'Float', 'Boolean'].includes(named.name);
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((field) => mayHoldHostileValues(field.type, seen));
}
