import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';

type CheckListProps = {
  items: readonly { key: string; label: string }[];
  /** Names the list for screen readers (e.g. "Included features"). */
  'aria-label': string;
};

/** A compact list of things that are included or allowed, each with a check mark. */
export function CheckList({ items, 'aria-label': ariaLabel }: CheckListProps) {
  return (
    <List dense disablePadding aria-label={ariaLabel}>
      {items.map((item) => (
        <ListItem key={item.key} disableGutters sx={{ py: 0.25, alignItems: 'flex-start' }}>
          <ListItemIcon sx={{ minWidth: 30, mt: 0.5, color: 'success.main' }}>
            <CheckCircleOutlineIcon fontSize="small" aria-hidden="true" />
          </ListItemIcon>
          <ListItemText primary={item.label} />
        </ListItem>
      ))}
    </List>
  );
}
