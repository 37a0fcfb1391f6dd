import type { ReactNode } from 'react';
import Button from '@mui/material/Button';
import FilterListOffIcon from '@mui/icons-material/FilterListOff';
import { EmptyState } from './EmptyState';

type NoMatchesStateProps = {
  title: string;
  description: string;
  icon: ReactNode;
  onClearFilters: () => void;
};

/** A filtered list that came back empty: say so, and offer the way back to everything. */
export function NoMatchesState({ title, description, icon, onClearFilters }: NoMatchesStateProps) {
  return (
    <EmptyState
      icon={icon}
      title={title}
      description={description}
      action={
        <Button variant="outlined" startIcon={<FilterListOffIcon />} onClick={onClearFilters}>
          Clear filters
        </Button>
      }
    />
  );
}
