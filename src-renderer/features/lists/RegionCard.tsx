// One ZVH region in the editor: its name and its municipalities, each of which can be renamed,
// moved to another region or removed (core refuses to remove one that is in use).
import AddOutlined from '@mui/icons-material/AddOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { Box, Button, IconButton, Paper, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { PLACE_NAME_MAX } from '../../../src-shared/ipc/lists';
import { DataTable, type DataColumn } from '../../kit/DataTable';
import { fieldProps, type FieldErrors } from '../../kit/forms';
import type { GemeenteRow, RegionRow } from './editing';

interface RegionCardProps {
  region: RegionRow;
  index: number;
  regions: readonly RegionRow[];
  errors: FieldErrors;
  onRename: (name: string) => void;
  onRenameGemeente: (key: string, name: string) => void;
  onMoveGemeente: (key: string, toRegionKey: string) => void;
  onRemoveGemeente: (key: string) => void;
  onAddGemeente: () => void;
  onRemove: () => void;
}

export function RegionCard(props: RegionCardProps) {
  const { region, index, regions, errors } = props;
  const { t } = useTranslation();
  const regionName = region.name.trim() || t('lists.regions.newRegion');
  const id = `regio-${region.key}`;
  const nameOf = (gemeente: GemeenteRow) => gemeente.name.trim() || t('lists.regions.newGemeente');
  // Every column stays, however narrow: the fields belong in their own columns.
  const columns: DataColumn<{ gemeente: GemeenteRow; position: number }>[] = [
    {
      key: 'gemeente',
      header: t('lists.regions.gemeente'),
      style: { minWidth: 260 },
      cell: ({ gemeente, position: g }) => (
        <TextField
          id={`gemeente-${gemeente.key}-naam`}
          value={gemeente.name}
          onChange={(event) => props.onRenameGemeente(gemeente.key, event.target.value)}
          size="small"
          fullWidth
          slotProps={{
            htmlInput: {
              maxLength: PLACE_NAME_MAX,
              'aria-label': t('lists.regions.gemeenteName', { position: g + 1, region: regionName }),
              'data-focus-id': `gemeente-${gemeente.key}-naam`,
            },
          }}
          {...fieldProps(t, errors, `regions.${index}.gemeenten.${g}.name`)}
        />
      ),
    },
    {
      key: 'region',
      header: t('lists.regions.region'),
      style: { minWidth: 220 },
      cell: ({ gemeente }) => (
        <TextField
          select
          id={`gemeente-${gemeente.key}-regio`}
          value={region.key}
          onChange={(event) => props.onMoveGemeente(gemeente.key, event.target.value)}
          size="small"
          fullWidth
          slotProps={{
            select: { native: true },
            htmlInput: {
              'aria-label': t('lists.regions.regionOf', { name: nameOf(gemeente) }),
              'data-focus-id': `gemeente-${gemeente.key}-regio`,
            },
          }}
        >
          {regions.map((r) => (
            <option key={r.key} value={r.key}>
              {r.name.trim() || t('lists.regions.newRegion')}
            </option>
          ))}
        </TextField>
      ),
    },
    {
      key: 'actions',
      header: t('lists.regions.actions'),
      headerHidden: true,
      cell: ({ gemeente }) => (
        <IconButton
          aria-label={t('lists.regions.removeGemeente', { name: nameOf(gemeente) })}
          onClick={() => props.onRemoveGemeente(gemeente.key)}
        >
          <DeleteOutlined aria-hidden />
        </IconButton>
      ),
    },
  ];
  return (
    <Paper variant="outlined" component="section" aria-label={regionName} sx={{ p: 2, mb: 2 }}>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap', mb: 1 }}>
        <TextField
          id={`${id}-naam`}
          label={t('lists.regions.name')}
          value={region.name}
          onChange={(event) => props.onRename(event.target.value)}
          required
          sx={{ minWidth: 320 }}
          slotProps={{ htmlInput: { maxLength: PLACE_NAME_MAX, 'data-focus-id': `${id}-naam` } }}
          {...fieldProps(t, errors, `regions.${index}.name`)}
        />
        {region.gemeenten.length === 0 ? (
          <Button color="error" startIcon={<DeleteOutlined aria-hidden />} onClick={props.onRemove} sx={{ mt: 1 }}>
            {t('lists.regions.remove', { name: regionName })}
          </Button>
        ) : null}
      </Box>
      {region.gemeenten.length > 0 ? (
        <DataTable
          columns={columns}
          rows={region.gemeenten.map((gemeente, position) => ({ gemeente, position }))}
          rowKey={({ gemeente }) => gemeente.key}
          label={t('lists.regions.gemeentenOf', { name: regionName })}
        />
      ) : null}
      <Button variant="outlined" startIcon={<AddOutlined aria-hidden />} onClick={props.onAddGemeente} sx={{ mt: 1 }}>
        {t('lists.regions.addGemeente', { name: regionName })}
      </Button>
    </Paper>
  );
}
