import Chip, { type ChipProps } from '@mui/material/Chip';
import type { Role } from '../graphql/generated';
import { roleLabel } from './roles';

const roleColors: Record<Role, ChipProps['color']> = {
  BILLING_ADMIN: 'primary',
  BILLING_USER: 'secondary',
  VIEWER: 'default',
};

type RoleChipProps = { role: Role; size?: ChipProps['size'] };

export function RoleChip({ role, size = 'small' }: RoleChipProps) {
  return (
    <Chip
      label={roleLabel(role)}
      color={roleColors[role] ?? 'default'}
      size={size}
      variant="outlined"
    />
  );
}
