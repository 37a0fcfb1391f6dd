import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ApiTokenListFragment } from '../../graphql/generated';
import {
  CreatedText,
  ExpiresText,
  LastUsedText,
  TokenPrefix,
  TokenScopes,
  TokenStatusChip,
} from './ApiTokenParts';
import {
  RecordCard,
  RecordCardAction,
  RecordCardList,
  RecordFields,
  RecordTable,
} from '../../components/RecordList';

type ApiTokenListProps = {
  tokens: readonly ApiTokenListFragment[];
  onRevoke: (token: ApiTokenListFragment) => void;
};

function RevokeButton({
  token,
  onRevoke,
}: {
  token: ApiTokenListFragment;
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
    <RecordTable
      label="API tokens"
      headings={['Name and token', 'Scopes', 'Created', 'Last used', 'Expires', 'Status']}
      actionsAlign="right"
    >
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
    </RecordTable>
  );
}

/** The tokens on a phone: one card each, label beside value. */
export function ApiTokenCards({ tokens, onRevoke }: ApiTokenListProps) {
  return (
    <RecordCardList label="API tokens">
      {tokens.map((token) => (
        <RecordCard key={token.id} label={token.name}>
          <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
            <Box sx={{ flexGrow: 1, minWidth: 0 }}>
              <Typography variant="subtitle1" component="h3" sx={{ overflowWrap: 'anywhere' }}>
                {token.name}
              </Typography>
              <TokenPrefix prefix={token.prefix} />
            </Box>
            <TokenStatusChip status={token.status} />
          </Box>
          <RecordFields
            fields={[
              { label: 'Scopes', value: <TokenScopes scopes={token.scopes} /> },
              { label: 'Created', value: <CreatedText token={token} /> },
              { label: 'Last used', value: <LastUsedText lastUsedAt={token.lastUsedAt} /> },
              { label: 'Expires', value: <ExpiresText token={token} /> },
            ]}
          />
          {token.status === 'ACTIVE' && (
            <RecordCardAction>
              <RevokeButton token={token} onRevoke={onRevoke} />
            </RecordCardAction>
          )}
        </RecordCard>
      ))}
    </RecordCardList>
  );
}
