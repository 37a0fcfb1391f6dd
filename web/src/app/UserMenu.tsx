import { lazy, Suspense, useEffect, useId, useState } from 'react';
import Avatar from '@mui/material/Avatar';
import IconButton from '@mui/material/IconButton';
import type { SignedInViewer } from './ViewerContext';

const loadPopups = () => import('./UserMenuPopups');
const UserMenuPopups = lazy(() =>
  loadPopups().then((module) => ({ default: module.UserMenuPopups })),
);

function initialsOf(name: string, email: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 0 ? words.map((word) => word[0]) : [email[0]];
  return letters
    .filter((letter): letter is string => Boolean(letter))
    .slice(0, 2)
    .join('')
    .toUpperCase();
}

/** The avatar button in the app bar; the menu it opens is fetched on first use (UserMenuPopups). */
export function UserMenu({ viewer }: { viewer: SignedInViewer }) {
  const { user } = viewer;
  const initials = initialsOf(user.name, user.email);
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [used, setUsed] = useState(false);

  // Fetched ahead once the page has loaded, so the first click opens the menu at once.
  useEffect(() => {
    const handle = window.setTimeout(() => void loadPopups().catch(() => undefined), 3000);
    return () => window.clearTimeout(handle);
  }, []);

  return (
    <>
      <IconButton
        onClick={(event) => {
          setAnchor(event.currentTarget);
          setUsed(true);
        }}
        // The name starts with what the button shows (WCAG 2.5.3, label in name), so "click
        // AL" works for people who speak to their computer.
        aria-label={`${initials}: open user menu`}
        aria-controls={anchor ? menuId : undefined}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        size="small"
      >
        <Avatar sx={{ width: 34, height: 34, bgcolor: 'secondary.main', fontSize: 14 }}>
          {initials}
        </Avatar>
      </IconButton>
      {used && (
        <Suspense fallback={null}>
          <UserMenuPopups
            viewer={viewer}
            menuId={menuId}
            anchor={anchor}
            onClose={() => setAnchor(null)}
          />
        </Suspense>
      )}
    </>
  );
}
