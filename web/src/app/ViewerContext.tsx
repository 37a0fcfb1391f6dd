import { createContext, useContext } from 'react';
import type { ViewerQuery } from '../graphql/generated';

/** A viewer whose sign-in is complete (AuthGuard sends the others to finish it first). */
export type SignedInViewer = Omit<NonNullable<ViewerQuery['viewer']>, 'signInStage'>;

const ViewerContext = createContext<SignedInViewer | null>(null);

/** Provided by AuthGuard once the session is known to be signed in. */
export const ViewerProvider = ViewerContext.Provider;

/** The signed-in viewer. Only pages behind AuthGuard call this. */
export function useViewer(): SignedInViewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer() is only available inside AuthGuard');
  return viewer;
}

/** The signed-in viewer, or null outside AuthGuard (parts that pages also render elsewhere). */
export function useOptionalViewer(): SignedInViewer | null {
  return useContext(ViewerContext);
}
