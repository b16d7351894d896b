// The props every data step of the wizard shares.
import type { FieldErrors } from '../../../kit/forms';
import type { SetupValues } from './values';

export interface StepProps {
  values: SetupValues;
  update: (change: Partial<SetupValues>) => void;
  errors: FieldErrors;
  setErrors: (errors: FieldErrors) => void;
}
