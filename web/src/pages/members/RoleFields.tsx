import { useId } from 'react';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { roleLabel } from '../../components/roles';
import type { GrantablePermission, Role } from '../../graphql/generated';
import { grantOptions } from './members';
import { roleOptions } from '../../components/roles';

type RoleFieldsProps = {
  role: Role;
  grants: readonly GrantablePermission[];
  onRoleChange: (role: Role) => void;
  onGrantsChange: (grants: GrantablePermission[]) => void;
  roleError?: string;
  grantsError?: string;
  disabled?: boolean;
};

/** The role, and for a Billing User the extra permissions: the invite and edit dialogs share it. */
export function RoleFields({
  role,
  grants,
  onRoleChange,
  onGrantsChange,
  roleError,
  grantsError,
  disabled = false,
}: RoleFieldsProps) {
  const roleLabelId = useId();
  const toggle = (permission: GrantablePermission, checked: boolean) =>
    onGrantsChange(
      checked ? [...grants, permission] : grants.filter((chosen) => chosen !== permission),
    );

  return (
    <>
      <FormControl error={roleError !== undefined} disabled={disabled}>
        <FormLabel id={roleLabelId}>Role</FormLabel>
        <RadioGroup
          aria-labelledby={roleLabelId}
          value={role}
          onChange={(event) => onRoleChange(event.target.value as Role)}
        >
          {roleOptions.map((option) => (
            <FormControlLabel
              key={option.role}
              value={option.role}
              control={<Radio sx={{ mt: -1 }} />}
              sx={{ alignItems: 'flex-start', mt: 1.5, mr: 0 }}
              label={
                <>
                  <Typography component="span" sx={{ display: 'block', fontWeight: 600 }}>
                    {roleLabel(option.role)}
                  </Typography>
                  <Typography component="span" variant="body2" color="text.secondary">
                    {option.description}
                  </Typography>
                </>
              }
            />
          ))}
        </RadioGroup>
        {roleError && <FormHelperText>{roleError}</FormHelperText>}
      </FormControl>
      {role === 'BILLING_USER' && (
        <FormControl component="fieldset" error={grantsError !== undefined} disabled={disabled}>
          <FormLabel component="legend">What this Billing User may do besides reading</FormLabel>
          <FormGroup>
            {grantOptions.map((option) => (
              <FormControlLabel
                key={option.permission}
                sx={{ mr: 0 }}
                control={
                  <Checkbox
                    checked={grants.includes(option.permission)}
                    onChange={(event) => toggle(option.permission, event.target.checked)}
                  />
                }
                label={option.label}
              />
            ))}
          </FormGroup>
          {grantsError && <FormHelperText>{grantsError}</FormHelperText>}
        </FormControl>
      )}
    </>
  );
}
