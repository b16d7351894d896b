// "Persoon" in the dossier header: the rights of the person concerned. Correct the data (with the
// history of earlier corrections), restrict processing or lift the restriction, and open the
// inzage. Only what the user's role allows is offered. A correction or a restriction's reason typed
// and not saved at a lock opens its dialog again after the unlock.
import ArrowDropDownOutlined from '@mui/icons-material/ArrowDropDownOutlined';
import { Button, ListItemText, Menu, MenuItem } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { canUse } from '../../../src-shared/ipc/permissions';
import type { PersonView } from '../../../src-shared/ipc/persons';
import { isHeld } from '../../kit/heldDraft';
import { useSession } from '../../kit/session';
import { CorrectPersonDialog } from './CorrectPersonDialog';
import { correctDraftKey, restrictDraftKey } from './heldDrafts';
import { RestrictDialog } from './RestrictDialog';

export function PersonMenu({ person, caseId }: { person: PersonView; caseId: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useSession();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [dialog, setDialog] = useState<'correct' | 'restrict' | null>(() => heldDialog(caseId, person));
  const mayCorrect = canUse('persons:update', user);
  const mayRestrict = canUse('persons:restrict', user);
  const mayInzage = canUse('rights:inzage', user);
  if (!mayCorrect && !mayRestrict && !mayInzage) return null;
  const choose = (next: 'correct' | 'restrict') => {
    setAnchor(null);
    setDialog(next);
  };
  return (
    <>
      <Button
        variant="outlined"
        endIcon={<ArrowDropDownOutlined aria-hidden />}
        aria-haspopup="menu"
        aria-controls={anchor ? 'persoon-menu' : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {t('persons.menu.label')}
      </Button>
      <Menu id="persoon-menu" anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {mayCorrect ? (
          <MenuItem onClick={() => choose('correct')}>
            <ListItemText
              primary={t('persons.menu.correct')}
              secondary={person.restricted ? t('persons.menu.correctRestricted') : undefined}
            />
          </MenuItem>
        ) : null}
        {mayRestrict ? (
          <MenuItem onClick={() => choose('restrict')}>
            {person.restricted ? t('persons.menu.lift') : t('persons.menu.restrict')}
          </MenuItem>
        ) : null}
        {mayInzage ? (
          <MenuItem onClick={() => void navigate(`/personen/${person.id}/inzage?casus=${caseId}`)}>
            {t('persons.menu.inzage')}
          </MenuItem>
        ) : null}
      </Menu>
      {dialog === 'correct' ? (
        <CorrectPersonDialog person={person} caseId={caseId} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'restrict' ? (
        <RestrictDialog person={person} caseId={caseId} onClose={() => setDialog(null)} />
      ) : null}
    </>
  );
}

/** The dialog of this menu whose fields were typed and not saved at a lock, or null. */
function heldDialog(caseId: number, person: PersonView): 'correct' | 'restrict' | null {
  if (isHeld(correctDraftKey(caseId, person.id))) return 'correct';
  return isHeld(restrictDraftKey(caseId, person)) ? 'restrict' : null;
}
