// The ZVH regions of an account: whoever works with cases sees only the cases of these regions.
import { Checkbox, FormControl, FormControlLabel, FormGroup, FormHelperText, FormLabel } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useReferenceData } from '../lists';

interface RegionCheckboxesProps {
  value: number[];
  onChange: (regionIds: number[]) => void;
  error?: string | undefined;
}

export function RegionCheckboxes({ value, onChange, error }: RegionCheckboxesProps) {
  const { t } = useTranslation();
  const regions = useReferenceData().data?.regions ?? [];
  const toggle = (id: number, checked: boolean) =>
    onChange(
      checked ? regions.map((r) => r.id).filter((r) => r === id || value.includes(r)) : value.filter((r) => r !== id),
    );
  return (
    <FormControl component="fieldset" error={error !== undefined}>
      <FormLabel component="legend">{t('accounts.form.regions')}</FormLabel>
      <FormGroup>
        {regions.map((region) => (
          <FormControlLabel
            key={region.id}
            control={
              <Checkbox
                checked={value.includes(region.id)}
                onChange={(event) => toggle(region.id, event.target.checked)}
              />
            }
            label={region.name}
          />
        ))}
      </FormGroup>
      <FormHelperText>{error ?? t('accounts.form.regionsHint')}</FormHelperText>
    </FormControl>
  );
}
