import Box from '@mui/material/Box';
import Chip, { type ChipProps } from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ApiTokenListFragment, ApiTokenScope, ApiTokenStatus } from '../../graphql/generated';
import { maskedToken, scopeCode, statusLabels } from './apiTokens';
import { formatDay, formatMoment } from '../../components/dates';

const statusColors: Record<ApiTokenStatus, ChipProps['color']> = {
  ACTIVE: 'success',
  EXPIRED: 'warning',
  REVOKED: 'default',
};

export function TokenStatusChip({ status }: { status: ApiTokenStatus }) {
  return (
    <Chip
      label={statusLabels[status]}
      color={statusColors[status]}
      size="small"
      variant="outlined"
    />
  );
}

export function TokenPrefix({ prefix }: { prefix: string }) {
  return (
    <Box
      component="code"
      aria-label={`Token starting ${prefix}`}
      sx={{ fontFamily: 'monospace', fontSize: '0.875rem', whiteSpace: 'nowrap' }}
    >
      {maskedToken(prefix)}
    </Box>
  );
}

export function TokenScopes({ scopes }: { scopes: readonly ApiTokenScope[] }) {
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {scopes.map((scope) => (
        <Chip
          key={scope}
          label={scopeCode(scope)}
          size="small"
          sx={{ fontFamily: 'monospace', fontSize: '0.75rem' }}
        />
      ))}
    </Stack>
  );
}

export function CreatedText({ token }: { token: ApiTokenListFragment }) {
  return (
    <>
      <Box component="span" sx={{ display: 'block', whiteSpace: 'nowrap' }}>
        {formatDay(token.createdAt)}
      </Box>
      {token.createdBy && (
        <Typography component="span" variant="body2" color="text.secondary">
          by {token.createdBy.name}
        </Typography>
      )}
    </>
  );
}

export function LastUsedText({ lastUsedAt }: { lastUsedAt: string | null }) {
  return lastUsedAt ? (
    <Box component="span">{formatMoment(lastUsedAt)}</Box>
  ) : (
    <Typography component="span" variant="body2" color="text.secondary">
      Never
    </Typography>
  );
}

export function ExpiresText({ token }: { token: ApiTokenListFragment }) {
  if (token.status === 'REVOKED' && token.revokedAt) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        Revoked {formatDay(token.revokedAt)}
      </Typography>
    );
  }
  if (!token.expiresAt) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        Never
      </Typography>
    );
  }
  return (
    <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
      {formatDay(token.expiresAt)}
    </Box>
  );
}
