import { useCallback, useRef } from 'react';

/** The key sent with one intended change: the same intent (a retry) keeps it, another gets a new one. */
export type KeyedIntent = { readonly signature: string; readonly key: string };

export function keyForIntent(
  current: KeyedIntent | null,
  signature: string,
  newKey: () => string,
): KeyedIntent {
  return current?.signature === signature ? current : { signature, key: newKey() };
}

/**
 * Idempotency keys for a dialog's confirm button (docs/API.md "Errors"). `keyFor` answers the same key while the
 * person retries the same change, so a confirm whose answer was lost is carried out once; `settle`
 * forgets it after a success, so the next change — even an identical one — is a new request.
 */
export function useIdempotencyKey(newKey: () => string = () => crypto.randomUUID()) {
  const intent = useRef<KeyedIntent | null>(null);
  const keyFor = useCallback(
    (signature: string) => {
      intent.current = keyForIntent(intent.current, signature, newKey);
      return intent.current.key;
    },
    [newKey],
  );
  const settle = useCallback(() => {
    intent.current = null;
  }, []);
  return { keyFor, settle };
}
