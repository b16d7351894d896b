// A field in a table cell: its column header says what it is, so the field's own name ("Aanwezigheid
// Zorg- en Veiligheidshuis") is for screen readers only (aria-label) and can never be cut off in a
// narrow column, and the outline has no notch for a label.
import { TextField, type TextFieldProps } from '@mui/material';

export function CellField({ label, slotProps, select, ...props }: Omit<TextFieldProps, 'label'> & { label: string }) {
  return (
    <TextField
      size="small"
      select={select}
      {...props}
      slotProps={{
        ...slotProps,
        ...(select
          ? { select: { ...(slotProps?.select as object), inputProps: { 'aria-label': label } } }
          : { htmlInput: { ...(slotProps?.htmlInput as object), 'aria-label': label } }),
      }}
    />
  );
}
