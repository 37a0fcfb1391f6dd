import { useId, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import FormControlLabel from '@mui/material/FormControlLabel';
import Skeleton from '@mui/material/Skeleton';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorState } from '../../../components/ErrorState';
import { describeError } from '../../../app/graphqlErrors';
import {
  useSetAccountTwoFactorRequirementMutation,
  useTwoFactorRequirementQuery,
  useTwoFactorStatusQuery,
} from '../../../graphql/generated';

/** The plan feature that allows requiring two-factor sign-in (server catalog). */
export const requireTwoFactorFeature = 'require_2fa';

/**
 * For Billing Admins: require two-factor sign-in of every member. Needs a plan with the feature
 * (else an upgrade hint) and the admin's own two-factor sign-in on, which the server checks too.
 */
export function TwoFactorRequirementCard() {
  const titleId = useId();
  const { data, loading, error, refetch } = useTwoFactorRequirementQuery({
    notifyOnNetworkStatusChange: true,
  });
  const { data: own } = useTwoFactorStatusQuery();
  const [setRequirement, { loading: saving }] = useSetAccountTwoFactorRequirementMutation();
  const [asking, setAsking] = useState<boolean | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const account = data?.account;
  const required = account?.requireTwoFactor ?? false;
  const included = account?.entitlements.some((f) => f.key === requireTwoFactorFeature) ?? false;
  const ownEnabled = own?.viewer?.twoFactor.enabled ?? false;
  // Turning it off stays possible after a downgrade took the feature away.
  const canTurnOn = included && ownEnabled;

  const change = async (to: boolean) => {
    setFailure(null);
    try {
      // The person's own status says whether the account requires it: refresh that too.
      await setRequirement({
        variables: { input: { required: to } },
        refetchQueries: ['TwoFactorStatus'],
      });
    } catch (problem) {
      setFailure(describeError(problem));
    } finally {
      setAsking(null);
    }
  };

  let body;
  if (loading && !data) {
    body = <Skeleton variant="rounded" height={40} width={320} />;
  } else if (error || !account) {
    body = (
      <ErrorState
        title="We couldn’t load the account’s sign-in rules"
        description={describeError(error)}
        onRetry={() => void refetch()}
      />
    );
  } else {
    body = (
      <>
        <FormControlLabel
          control={
            <Switch
              checked={required}
              disabled={saving || (!required && !canTurnOn)}
              onChange={(event) => setAsking(event.target.checked)}
            />
          }
          label="Require two-factor sign-in for every member"
        />
        {!required && !included && (
          <Alert
            severity="info"
            action={
              <Button component={RouterLink} to="/billing/plans" color="inherit" size="small">
                Compare plans
              </Button>
            }
          >
            Requiring two-factor sign-in isn’t part of your {account.plan.name} plan.
          </Alert>
        )}
        {!required && included && !ownEnabled && (
          <Typography variant="body2" color="text.secondary">
            Turn on two-factor sign-in for yourself first, above.
          </Typography>
        )}
        {failure && (
          <Alert severity="error" onClose={() => setFailure(null)}>
            {failure}
          </Alert>
        )}
      </>
    );
  }

  return (
    <Card component="section" aria-labelledby={titleId} sx={{ height: 'auto' }}>
      <CardContent sx={{ display: 'grid', gap: 2, p: { xs: 2, sm: 3 } }}>
        <Box>
          <Typography variant="h6" component="h2" id={titleId}>
            Account sign-in rules
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, maxWidth: 640 }}>
            When two-factor sign-in is required, members who haven’t set it up are asked to do so
            before they can see anything else.
          </Typography>
        </Box>
        {body}
      </CardContent>
      <ConfirmDialog
        open={asking !== null}
        title={asking ? 'Require two-factor sign-in?' : 'Stop requiring two-factor sign-in?'}
        description={
          asking
            ? 'Members without two-factor sign-in must set it up the next time they open Ledgerline, before anything else.'
            : 'Members can then turn their two-factor sign-in off. Those who have it keep it.'
        }
        confirmLabel={asking ? 'Require it' : 'Stop requiring it'}
        destructive={asking === false}
        busy={saving}
        onCancel={() => setAsking(null)}
        onConfirm={() => asking !== null && void change(asking)}
      />
    </Card>
  );
}
