import type { Permission } from '../accounts/index.js';

/**
 * What a partner API token may read (the "partner token" column of docs/API.md "Operations": read only, by scope).
 * Stored and documented as these strings; GraphQL shows them as the ApiTokenScope enum.
 */
export const apiTokenScopes = ['account:read', 'invoices:read'] as const;
export type ApiTokenScope = (typeof apiTokenScopes)[number];

/**
 * The member permissions a scope carries, so fields guarded by `member(permission)` open to a
 * token without listing tokens there. Only read permissions, ever: a token never changes data
 * (mutations are closed to tokens in graphql/permissions.ts regardless).
 *
 * Both scopes carry BILLING_READ, so a field guarded by BILLING_READ alone is open to either
 * scope. Fields that belong to one scope add `tokenScope(scope)` (graphql/permissions.ts):
 * `account` requires account:read; invoice fields should require invoices:read.
 */
export const scopePermissions: Record<ApiTokenScope, readonly Permission[]> = {
  'account:read': ['BILLING_READ'],
  'invoices:read': ['BILLING_READ', 'INVOICES_DOWNLOAD'],
};

export function permissionsOfScopes(scopes: readonly ApiTokenScope[]): Set<Permission> {
  return new Set(scopes.flatMap((scope) => scopePermissions[scope]));
}

export function isApiTokenScope(value: string): value is ApiTokenScope {
  return (apiTokenScopes as readonly string[]).includes(value);
}
