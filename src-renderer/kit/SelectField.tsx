// A choice from a list, as a text field with a menu (or, with `native`, the system's own list,
// which a keyboard user can type into). `empty` adds a first choice that means "none" or "not yet
// chosen" ("Kies een regio"); the label then stays above the field so it does not cover it.
import { MenuItem, TextField, type TextFieldProps } from '@mui/material';

export interface SelectOption {
  value: string | number;
  label: string;
}

type SelectFieldProps = Omit<TextFieldProps, 'select' | 'children'> & {
  options: readonly SelectOption[];
  empty?: string;
  native?: boolean;
};

export function SelectField({ options, empty, native = false, slotProps, ...rest }: SelectFieldProps) {
  const Item = native ? 'option' : MenuItem;
  const withEmpty = empty !== undefined;
  return (
    <TextField
      select
      {...rest}
      slotProps={{
        ...slotProps,
        select: { native, ...(withEmpty && !native ? { displayEmpty: true } : {}) },
        ...(withEmpty ? { inputLabel: { shrink: true } } : {}),
      }}
    >
      {withEmpty ? <Item value="">{empty}</Item> : null}
      {options.map((option) => (
        <Item key={option.value} value={option.value}>
          {option.label}
        </Item>
      ))}
    </TextField>
  );
}
