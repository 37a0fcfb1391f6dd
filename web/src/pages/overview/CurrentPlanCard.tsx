import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import Typography from '@mui/material/Typography';
import GroupOutlinedIcon from '@mui/icons-material/GroupOutlined';
import type { CurrentPlanCardFragment } from '../../graphql/generated';
import { CheckList } from '../../components/CheckList';

const countFormat = new Intl.NumberFormat();

function seatsText(seats: number): string {
  return seats === 1 ? '1 seat included' : `${countFormat.format(seats)} seats included`;
}

type CurrentPlanCardProps = {
  plan: CurrentPlanCardFragment;
  /** Shown under the plan, e.g. a prompt to finish setting up billing. */
  footer?: ReactNode;
};

export function CurrentPlanCard({ plan, footer }: CurrentPlanCardProps) {
  return (
    <Card component="section" aria-labelledby="current-plan-title">
      <CardHeader title="Current plan" slotProps={{ title: { id: 'current-plan-title' } }} />
      <CardContent>
        <Typography variant="h5" component="h3" color="primary">
          {plan.name}
        </Typography>
        {plan.description && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            {plan.description}
          </Typography>
        )}
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 1.5 }}>
          <GroupOutlinedIcon fontSize="small" sx={{ color: 'text.secondary' }} aria-hidden="true" />
          <Typography variant="body2">{seatsText(plan.includedSeats)}</Typography>
        </Box>

        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' },
            gap: { xs: 2.5, sm: 3 },
            mt: 2.5,
          }}
        >
          <Box>
            <Typography variant="subtitle2" component="h4" sx={{ mb: 0.5 }}>
              Features
            </Typography>
            {plan.features.length > 0 ? (
              <CheckList items={plan.features} aria-label="Features" />
            ) : (
              <Typography variant="body2" color="text.secondary">
                The essentials, without extra features.
              </Typography>
            )}
          </Box>
          <Box>
            <Typography variant="subtitle2" component="h4" sx={{ mb: 0.5 }}>
              Usage limits
            </Typography>
            {plan.limits.length > 0 ? (
              <Box component="dl" sx={{ m: 0 }}>
                {plan.limits.map((limit, index) => (
                  // A <dl> may hold only dt/dd and one level of <div> around them: the rule
                  // between rows is the row's own top border, not an <hr>.
                  <Box
                    key={limit.key}
                    sx={{
                      display: 'flex',
                      justifyContent: 'space-between',
                      gap: 2,
                      py: 0.75,
                      ...(index > 0 && { borderTop: 1, borderColor: 'divider' }),
                    }}
                  >
                    <Typography component="dt" variant="body2" color="text.secondary">
                      {limit.label}
                    </Typography>
                    <Typography
                      component="dd"
                      variant="body2"
                      sx={{ m: 0, fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}
                    >
                      {limit.limit == null ? 'Unlimited' : countFormat.format(limit.limit)}
                    </Typography>
                  </Box>
                ))}
              </Box>
            ) : (
              <Typography variant="body2" color="text.secondary">
                No usage limits on this plan.
              </Typography>
            )}
          </Box>
        </Box>
        {footer && <Box sx={{ mt: 3 }}>{footer}</Box>}
      </CardContent>
    </Card>
  );
}
