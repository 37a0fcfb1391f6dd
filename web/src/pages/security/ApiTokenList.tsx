import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ApiTokenRowFragment } from '../../graphql/generated';
import {
  CreatedText,
  ExpiresText,
  LastUsedText,
  TokenPrefix,
  TokenScopes,
  TokenStatusChip,
} from './ApiTokenParts';
import { visuallyHidden } from '../../components/visuallyHidden';

type ApiTokenListProps = {
  tokens: readonly ApiTokenRowFragment[];
  onRevoke: (token: ApiTokenRowFragment) => void;
};

function RevokeButton({
  token,
  onRevoke,
}: {
  token: ApiTokenRowFragment;
  onRevoke: ApiTokenListProps['onRevoke'];
}) {
  if (token.status !== 'ACTIVE') return null;
  return (
    <Button
      size="small"
      color="error"
      onClick={() => onRevoke(token)}
      aria-label={`Revoke ${token.name}`}
    >
      Revoke
    </Button>
  );
}

/** The tokens on a wide screen: one row each. */
export function ApiTokenTable({ tokens, onRevoke }: ApiTokenListProps) {
  return (
    // Relative: the hidden header text is positioned inside the scrolling area, not the page.
    <TableContainer sx={{ position: 'relative' }}>
      <Table
        aria-label="API tokens"
        size="small"
        sx={{ '& th, & td': { px: 1.5 }, '& th:first-of-type, & td:first-of-type': { pl: 0 } }}
      >
        <TableHead>
          <TableRow sx={{ '& th': { whiteSpace: 'nowrap' } }}>
            <TableCell>Name and token</TableCell>
            <TableCell>Scopes</TableCell>
            <TableCell>Created</TableCell>
            <TableCell>Last used</TableCell>
            <TableCell>Expires</TableCell>
            <TableCell>Status</TableCell>
            <TableCell align="right">
              <Box component="span" sx={visuallyHidden}>
                Actions
              </Box>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {tokens.map((token) => (
            <TableRow key={token.id} sx={{ '& td': { py: 1.5, verticalAlign: 'top' } }}>
              <TableCell sx={{ minWidth: 160, maxWidth: 260 }}>
                <Box sx={{ fontWeight: 600, overflowWrap: 'break-word' }}>{token.name}</Box>
                <TokenPrefix prefix={token.prefix} />
              </TableCell>
              <TableCell>
                <TokenScopes scopes={token.scopes} />
              </TableCell>
              <TableCell sx={{ minWidth: 120 }}>
                <CreatedText token={token} />
              </TableCell>
              <TableCell sx={{ minWidth: 110 }}>
                <LastUsedText lastUsedAt={token.lastUsedAt} />
              </TableCell>
              <TableCell>
                <ExpiresText token={token} />
              </TableCell>
              <TableCell>
                <TokenStatusChip status={token.status} />
              </TableCell>
              <TableCell align="right" sx={{ py: 1 }}>
                <RevokeButton token={token} onRevoke={onRevoke} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** The tokens on a phone: one card each, label beside value. */
export function ApiTokenCards({ tokens, onRevoke }: ApiTokenListProps) {
  return (
    <Stack
      component="ul"
      aria-label="API tokens"
      spacing={1.5}
      sx={{ listStyle: 'none', m: 0, p: 0 }}
    >
      {tokens.map((token) => (
        <li key={token.id}>
          <Card component="article" aria-label={token.name}>
            <CardContent sx={{ display: 'grid', gap: 1.5 }}>
              <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
                <Box sx={{ flexGrow: 1, minWidth: 0 }}>
                  <Typography variant="subtitle1" component="h3" sx={{ overflowWrap: 'anywhere' }}>
                    {token.name}
                  </Typography>
                  <TokenPrefix prefix={token.prefix} />
                </Box>
                <TokenStatusChip status={token.status} />
              </Box>
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
                <dt>Scopes</dt>
                <dd>
                  <TokenScopes scopes={token.scopes} />
                </dd>
                <dt>Created</dt>
                <dd>
                  <CreatedText token={token} />
                </dd>
                <dt>Last used</dt>
                <dd>
                  <LastUsedText lastUsedAt={token.lastUsedAt} />
                </dd>
                <dt>Expires</dt>
                <dd>
                  <ExpiresText token={token} />
                </dd>
              </Box>
              {token.status === 'ACTIVE' && (
                <Box sx={{ ml: -1 }}>
                  <RevokeButton token={token} onRevoke={onRevoke} />
                </Box>
              )}
            </CardContent>
          </Card>
        </li>
      ))}
    </Stack>
  );
}
