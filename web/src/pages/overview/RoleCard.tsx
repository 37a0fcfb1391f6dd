import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import Typography from '@mui/material/Typography';
import {
  permissionDescription,
  roleLabel,
  roleSummary,
  sortPermissions,
} from '../../components/roles';
import type { Permission, Role } from '../../graphql/generated';
import { CheckList } from '../../components/CheckList';

type RoleCardProps = { role: Role; permissions: readonly Permission[] };

export function RoleCard({ role, permissions }: RoleCardProps) {
  const allowed = sortPermissions(permissions).map((permission) => ({
    key: permission,
    label: permissionDescription(permission),
  }));
  return (
    <Card component="section" aria-labelledby="role-card-title">
      <CardHeader title="Your role" slotProps={{ title: { id: 'role-card-title' } }} />
      <CardContent>
        <Typography variant="h5" component="p" color="primary">
          {roleLabel(role)}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {roleSummary(role)}
        </Typography>
        <Box sx={{ mt: 2.5 }}>
          <Typography variant="subtitle2" component="h3" sx={{ mb: 0.5 }}>
            What you can do
          </Typography>
          {allowed.length > 0 ? (
            <CheckList items={allowed} aria-label="What you can do" />
          ) : (
            <Typography variant="body2" color="text.secondary">
              Your role doesn’t include any permissions yet. A Billing Admin can grant them.
            </Typography>
          )}
        </Box>
      </CardContent>
    </Card>
  );
}
