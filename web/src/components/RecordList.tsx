import { Fragment, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { visuallyHidden } from './visuallyHidden';

/*
 * A list of records shown as a table on a wide screen and as one card a record on a phone. The
 * caller picks which (by breakpoint) and supplies the rows or cards; these pieces hold the shape.
 */

type RecordTableProps = {
  /** The table's accessible name, e.g. "Sessions". */
  label: string;
  headings: readonly string[];
  /** Alignment of the last, visually hidden "Actions" column. */
  actionsAlign?: 'right';
  /** One `TableRow` a record. */
  children: ReactNode;
};

/** The records on a wide screen: a compact table whose last column holds the row's actions. */
export function RecordTable({ label, headings, actionsAlign, children }: RecordTableProps) {
  return (
    // Relative: the hidden header text is positioned inside the scrolling area, not the page.
    <TableContainer sx={{ position: 'relative' }}>
      <Table
        aria-label={label}
        size="small"
        sx={{ '& th, & td': { px: 1.5 }, '& th:first-of-type, & td:first-of-type': { pl: 0 } }}
      >
        <TableHead>
          <TableRow sx={{ '& th': { whiteSpace: 'nowrap' } }}>
            {headings.map((heading) => (
              <TableCell key={heading}>{heading}</TableCell>
            ))}
            <TableCell align={actionsAlign}>
              <Box component="span" sx={visuallyHidden}>
                Actions
              </Box>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>{children}</TableBody>
      </Table>
    </TableContainer>
  );
}

/** The records on a phone: a list whose items are `RecordCard`s. */
export function RecordCardList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack component="ul" aria-label={label} spacing={1.5} sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {children}
    </Stack>
  );
}

type RecordCardProps = {
  /** The card's accessible name: the record's name. */
  label: string;
  variant?: 'outlined';
  children: ReactNode;
};

/** One record on a phone: an item of a `RecordCardList`. */
export function RecordCard({ label, variant, children }: RecordCardProps) {
  return (
    <li>
      <Card component="article" aria-label={label} variant={variant}>
        <CardContent sx={{ display: 'grid', gap: 1.5 }}>{children}</CardContent>
      </Card>
    </li>
  );
}

/** A record's fields in a card, label beside value. */
export function RecordFields({
  fields,
}: {
  fields: readonly { label: string; value: ReactNode }[];
}) {
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: '84px 1fr',
        columnGap: 2,
        rowGap: 1,
        m: 0,
        '& dt': { color: 'text.secondary', typography: 'body2', pt: 0.25 },
        '& dd': { m: 0, minWidth: 0 },
      }}
    >
      {fields.map(({ label, value }) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </Box>
  );
}

/** A card's action, set flush with the card's text (a text button has its own padding). */
export function RecordCardAction({ children }: { children: ReactNode }) {
  return <Box sx={{ ml: -1 }}>{children}</Box>;
}
