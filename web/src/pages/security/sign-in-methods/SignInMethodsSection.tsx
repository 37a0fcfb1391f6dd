import { useEffect, useId, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Divider from '@mui/material/Divider';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import KeyOutlinedIcon from '@mui/icons-material/KeyOutlined';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { SignInProviderIcon } from '../../../components/SignInProviderIcon';
import { SuccessSnackbar, useSuccessNotice } from '../../../components/SuccessSnackbar';
import { describeError, describeErrorNaming } from '../../../app/graphqlErrors';
import { authLinkUrl } from '../../../app/signInLinks';
import {
  SignInMethodsDocument,
  useSignInMethodsQuery,
  useUnlinkIdentityMutation,
  type SignInIdentityFieldsFragment,
  type SignInMethodsQuery,
} from '../../../graphql/generated';
import { formatDay } from '../../../components/dates';

type Provider = SignInMethodsQuery['authProviders'][number];

/**
 * The "Sign-in methods" section of the Security page: the identities that sign this person in,
 * linking the site's other providers, and unlinking any but the last one.
 */
export function SignInMethodsSection() {
  const titleId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const { data, loading, error, refetch } = useSignInMethodsQuery({
    notifyOnNetworkStatusChange: true,
  });
  const [unlink, { loading: unlinking }] = useUnlinkIdentityMutation();
  const [removing, setRemoving] = useState<SignInIdentityFieldsFragment | null>(null);
  const [unlinkError, setUnlinkError] = useState<string | null>(null);
  const [linkingWith, setLinkingWith] = useState<string | null>(null);
  const notice = useSuccessNotice();
  const { notify } = notice;

  const identities = data?.viewer?.identities;
  const providers = data?.authProviders;

  // Back from linking (`?linked=github`): say so once, and drop the parameter.
  const linked = searchParams.get('linked');
  useEffect(() => {
    if (!linked || !providers) return;
    const name = providers.find((p) => p.id === linked)?.name ?? 'The sign-in method';
    notify(`${name} is linked. You can sign in with it from now on.`);
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('linked');
        return next;
      },
      { replace: true },
    );
  }, [linked, providers, setSearchParams, notify]);

  // Coming back with the browser's Back button from the provider: enable the buttons again.
  useEffect(() => {
    const reset = (event: PageTransitionEvent) => {
      if (event.persisted) setLinkingWith(null);
    };
    window.addEventListener('pageshow', reset);
    return () => window.removeEventListener('pageshow', reset);
  }, []);

  const startLinking = (provider: Provider) => {
    setLinkingWith(provider.id);
    window.location.assign(authLinkUrl(provider.id));
  };

  const confirmUnlink = async () => {
    if (!removing) return;
    setUnlinkError(null);
    try {
      await unlink({
        variables: { input: { id: removing.id } },
        update: (cache, { data: answer }) => {
          if (!answer) return;
          cache.updateQuery<SignInMethodsQuery>({ query: SignInMethodsDocument }, (current) =>
            current?.viewer
              ? {
                  ...current,
                  viewer: { ...current.viewer, identities: answer.unlinkIdentity.identities },
                }
              : current,
          );
        },
      });
      notice.notify(`${removing.providerName} no longer signs you in.`);
      setRemoving(null);
    } catch (caught) {
      // CONFLICT here is the service's "your only way to sign in", worded for the person.
      setUnlinkError(describeErrorNaming(caught, ['CONFLICT']));
    }
  };

  let body;
  if (loading && !data) {
    body = (
      <Stack spacing={1.5} role="status" aria-label="Loading sign-in methods">
        <Skeleton variant="rounded" height={56} />
        <Skeleton variant="rounded" height={36} width={220} />
      </Stack>
    );
  } else if (error || !identities) {
    body = (
      <ErrorState
        title="We couldn’t load your sign-in methods"
        description={describeError(error)}
        onRetry={() => void refetch()}
      />
    );
  } else {
    const linkedProviders = new Set(identities.map((identity) => identity.provider));
    const linkable = (providers ?? []).filter((provider) => !linkedProviders.has(provider.id));
    body = (
      <Stack spacing={2.5}>
        {identities.length === 0 ? (
          <EmptyState
            icon={<KeyOutlinedIcon />}
            title="No sign-in methods linked"
            description="You are signed in another way (set up by the site’s operators). Link a provider below to sign in with it."
          />
        ) : (
          <List disablePadding aria-label="Your sign-in methods">
            {identities.map((identity, index) => (
              <IdentityRow
                key={identity.id}
                identity={identity}
                divider={index < identities.length - 1}
                onlyOne={identities.length === 1}
                onUnlink={() => {
                  setUnlinkError(null);
                  setRemoving(identity);
                }}
              />
            ))}
          </List>
        )}
        <Box>
          <Typography variant="subtitle2" component="h3" gutterBottom>
            Link another
          </Typography>
          {linkable.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              Every sign-in method this site offers is linked.
            </Typography>
          ) : (
            <>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
                You’ll sign in there once to prove the account is yours, then come back here.
              </Typography>
              <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} useFlexGap flexWrap="wrap">
                {linkable.map((provider) => (
                  <Button
                    key={provider.id}
                    variant="outlined"
                    startIcon={<SignInProviderIcon providerId={provider.id} />}
                    loading={linkingWith === provider.id}
                    loadingPosition="start"
                    disabled={linkingWith != null}
                    onClick={() => startLinking(provider)}
                  >
                    Link {provider.name}
                  </Button>
                ))}
              </Stack>
            </>
          )}
        </Box>
      </Stack>
    );
  }

  return (
    <Card component="section" aria-labelledby={titleId} sx={{ height: 'auto' }}>
      <CardContent sx={{ display: 'grid', gap: 2.5, p: { xs: 2, sm: 3 } }}>
        <Box>
          <Typography variant="h6" component="h2" id={titleId}>
            Sign-in methods
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, maxWidth: 640 }}>
            The accounts you sign in to Ledgerline with. Link a second one so you can still get in
            if you lose access to the first.
          </Typography>
        </Box>
        {body}
      </CardContent>

      <ConfirmDialog
        open={removing != null}
        title={`Stop signing in with ${removing?.providerName ?? 'this method'}?`}
        description={
          <>
            {removing?.email ? `${removing.providerName} (${removing.email})` : 'It'} will no longer
            sign you in to Ledgerline. You can link it again later.
            {unlinkError && (
              <Alert severity="error" sx={{ mt: 2 }}>
                {unlinkError}
              </Alert>
            )}
          </>
        }
        confirmLabel="Unlink"
        destructive
        busy={unlinking}
        onConfirm={() => void confirmUnlink()}
        onCancel={() => setRemoving(null)}
      />
      <SuccessSnackbar notice={notice} />
    </Card>
  );
}

function IdentityRow({
  identity,
  divider,
  onlyOne,
  onUnlink,
}: {
  identity: SignInIdentityFieldsFragment;
  divider: boolean;
  onlyOne: boolean;
  onUnlink: () => void;
}) {
  const hintId = useId();
  const used = identity.lastUsedAt ? `last used ${formatDay(identity.lastUsedAt)}` : 'not used yet';
  return (
    <>
      <ListItem
        disableGutters
        sx={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'center',
          columnGap: 2,
          rowGap: 1,
          py: 1.5,
        }}
      >
        <Box aria-hidden="true" sx={{ color: 'text.secondary', display: 'flex' }}>
          <SignInProviderIcon providerId={identity.provider} />
        </Box>
        <Box sx={{ flex: '1 1 220px', minWidth: 0 }}>
          <Typography sx={{ fontWeight: 600 }}>{identity.providerName}</Typography>
          <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
            {identity.email}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            Linked {formatDay(identity.linkedAt)} · {used}
          </Typography>
        </Box>
        <Box sx={{ textAlign: { xs: 'left', sm: 'right' } }}>
          <Button
            color="error"
            variant="text"
            disabled={onlyOne}
            aria-describedby={onlyOne ? hintId : undefined}
            onClick={onUnlink}
          >
            Unlink
          </Button>
          {onlyOne && (
            <Typography id={hintId} variant="caption" color="text.secondary" component="p">
              Your only sign-in method
            </Typography>
          )}
        </Box>
      </ListItem>
      {divider && <Divider component="li" />}
    </>
  );
}
