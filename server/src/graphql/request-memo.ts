/**
 * What several resolvers of one request need (the account's subscription, its usage counts), read
 * once for the request: the first resolver to ask starts the read, the others wait for the same
 * answer. Keyed by the request's context, so nothing outlives the request and no request sees
 * another's rows.
 */
const memos = new WeakMap<object, Map<string, Promise<unknown>>>();

export function oncePerRequest<T>(ctx: object, key: string, read: () => Promise<T>): Promise<T> {
  let memo = memos.get(ctx);
  if (memo === undefined) {
    memo = new Map();
    memos.set(ctx, memo);
  }
  let answer = memo.get(key) as Promise<T> | undefined;
  if (answer === undefined) {
    answer = read();
    memo.set(key, answer);
  }
  return answer;
}
