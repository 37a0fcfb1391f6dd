import { keyForIntent } from './idempotencyKey';

describe('idempotency keys', () => {
  let counter = 0;
  const newKey = () => `key-${++counter}`;

  it('keeps the key while the same change is retried, and takes a new one for another change', () => {
    const first = keyForIntent(null, '{"planCode":"advanced"}', newKey);
    const retry = keyForIntent(first, '{"planCode":"advanced"}', newKey);
    const other = keyForIntent(retry, '{"planCode":"basic"}', newKey);
    expect(retry.key).toBe(first.key);
    expect(other.key).not.toBe(first.key);
  });
});
