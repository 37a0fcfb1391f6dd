/** Types of list-seed.mjs, for the server's statement-count test (src/graphql/request-cost.test.ts). */
export interface QueryClient {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}
export function seedLists(
  client: QueryClient,
  accountId: string,
  n: number,
  now?: Date,
): Promise<void>;
