// The roles of an account, as a group of checkboxes with a legend (one account may hold several).
import { Checkbox, FormControl, FormControlLabel, FormGroup, FormHelperText, FormLabel } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../src-shared/domain/roles';

interface RoleCheckboxesProps {
  value: Role[];
  onChange: (roles: Role[]) => void;
  error?: string | undefined;
}

export function RoleCheckboxes({ value, onChange, error }: RoleCheckboxesProps) {
  const { t } = useTranslation();
  const toggle = (role: Role, checked: boolean) =>
    onChange(checked ? ROLES.filter((r) => r === role || value.includes(r)) : value.filter((r) => r !== role));
  return (
    <FormControl component="fieldset" error={error !== undefined} required>
      <FormLabel component="legend">{t('accounts.form.roles')}</FormLabel>
      <FormGroup>
        {ROLES.map((role) => (
          <FormControlLabel
            key={role}
            control={
              <Checkbox checked={value.includes(role)} onChange={(event) => toggle(role, event.target.checked)} />
            }
            label={t(`common:roles.${role}`)}
          />
        ))}
      </FormGroup>
      {error ? <FormHelperText>{error}</FormHelperText> : null}
    </FormControl>
  );
}
