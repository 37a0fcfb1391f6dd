import { useEffect, useEffectEvent, useState } from 'react';

/** Typing pauses this long before a list is asked again. */
export const typingDelayMs = 500;

/**
 * A text filter's draft: what is typed applies after a pause in typing (callers also apply it on
 * Enter or blur). When `value` changes from outside (back/forward, "Clear filters"), the field
 * shows what it now says.
 */
export function useDebouncedDraft(value: string, apply: (value: string) => void) {
  const [draft, setDraft] = useState(value);
  const [applied, setApplied] = useState(value);
  if (applied !== value) {
    setApplied(value);
    setDraft(value);
  }
  const applyDraft = useEffectEvent(apply);
  useEffect(() => {
    if (draft.trim() === value) return;
    const timer = setTimeout(() => applyDraft(draft.trim()), typingDelayMs);
    return () => clearTimeout(timer);
  }, [draft, value]);
  return [draft, setDraft] as const;
}
