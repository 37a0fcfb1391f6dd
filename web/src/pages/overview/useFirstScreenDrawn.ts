import { startTransition, useEffect, useState } from 'react';

/**
 * Whether the first screen has been drawn: the cards below the summary figures render right
 * after it, in a render of their own, instead of with it. The first paint (the header, the
 * prompts, the figures a phone shows first) then costs half the work, and the browser answers
 * input between the two (Lighthouse's total blocking time).
 */
export function useFirstScreenDrawn(): boolean {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => startTransition(() => setDrawn(true)), []);
  return drawn;
}
