// Ctrl+K, from every screen: look something up in the covenant. Choosing an article shows it in
// the reader; from the minutes, it inserts a citation ("art. 7 lid 2 <titel> (versie 1.0)") at
// the cursor instead, and the minutes keep the focus.
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { citation } from '../../../src-shared/domain/convenant';
import type { ConvenantSearchHit } from '../../../src-shared/ipc/convenant';
import type { CitationTarget } from '../../kit/commands';
import { InfoDialog } from '../../kit/InfoDialog';
import { ConvenantSearch } from './ConvenantSearch';
import { articlePath } from './text';
import { useConvenantVersion } from './useConvenant';

export function ConvenantLookupDialog({ target, onClose }: { target: CitationTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const current = useConvenantVersion(null).data;

  const choose = (hit: ConvenantSearchHit) => {
    if (target && hit.kind === 'artikel' && current) {
      onClose();
      target.insert(citation(hit.ref, hit.lid, current.titel, current.versie));
      return;
    }
    onClose();
    void navigate(hit.kind === 'artikel' ? articlePath(hit.ref) : '/convenant/begrippen');
  };

  return (
    <InfoDialog
      titleId="convenant-opzoeken-titel"
      title={t('convenant.lookup.title')}
      onClose={onClose}
      maxWidth="md"
      // Room above the field for its label (MUI leaves none under a dialog title).
      contentSx={{ minHeight: 360, '.MuiDialogTitle-root + &': { pt: 1 } }}
    >
      <ConvenantSearch
        versionId={null}
        onChoose={choose}
        autoFocus
        examples
        hint={target ? t('convenant.lookup.hintInsert') : t('convenant.lookup.hintOpen')}
      />
    </InfoDialog>
  );
}
