// A part of the trajectory page that lists one kind of moment (contact, support, evaluation) with
// a button that opens the dialog to record a new one; after an unlock the dialog is open again when
// it had unsaved fields at the lock (kit/heldDraft).
import AddOutlined from '@mui/icons-material/AddOutlined';
import { Button } from '@mui/material';
import { useState, type ComponentProps, type ReactNode } from 'react';
import { isHeld } from '../../kit/heldDraft';
import { Part } from '../../kit/Part';
import { MomentTable } from './MomentTable';

interface MomentPartProps {
  id: string;
  title: string;
  addLabel: string;
  /** False once nothing may be added (a contact after the end). */
  canAdd?: boolean;
  table: ComponentProps<typeof MomentTable>;
  /** The key the dialog's unsaved fields are held under over a lock. */
  draftKey: string;
  /** The dialog that records a moment; `close` when it is done or cancelled. */
  dialog: (close: () => void) => ReactNode;
}

export function MomentPart({ id, title, addLabel, canAdd = true, table, draftKey, dialog }: MomentPartProps) {
  const [adding, setAdding] = useState(() => isHeld(draftKey));
  return (
    <Part
      id={id}
      title={title}
      action={
        canAdd ? (
          <Button variant="outlined" startIcon={<AddOutlined aria-hidden />} onClick={() => setAdding(true)}>
            {addLabel}
          </Button>
        ) : null
      }
    >
      <MomentTable {...table} />
      {adding ? dialog(() => setAdding(false)) : null}
    </Part>
  );
}
