import { useEffect } from 'react';

/** Names the browser tab after the page, so history and tabs stay readable. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Ledgerline` : 'Ledgerline';
  }, [title]);
}
