// A field in a table cell: its column header says what it is, so the label ("Aanwezigheid Zorg- en
// Veiligheidshuis") is for screen readers only and can never be cut off in a narrow column. The
// outline has no notch for the hidden label.
import { TextField, type TextFieldProps } from '@mui/material';
import { visuallyHidden } from './visuallyHidden';

export function CellField({ slotProps, ...props }: TextFieldProps & { label: string }) {
  return (
    <TextField
      size="small"
      {...props}
      slotProps={{
        ...slotProps,
        inputLabel: { sx: visuallyHidden, shrink: true },
        input: { notched: false, ...(slotProps?.input as object) },
      }}
    />
  );
}
