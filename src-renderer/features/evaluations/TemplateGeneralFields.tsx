// The builder's first part: what the questionnaire is (title, code, description, audience, whether
// it is example content) and its dimensions, the themes its scale questions score on.
import AddOutlined from '@mui/icons-material/AddOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { Box, Button, Checkbox, FormControlLabel, IconButton, Paper, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Template } from '../../../src-shared/domain/questionnaire';
import { fieldProps, type FieldErrors } from '../../kit/forms';
import { deleteDimension, freshId, slugOf } from './templateBuilder';

interface Props {
  template: Template;
  /** A new questionnaire: its code can be chosen (and follows the title until it is). */
  isNew: boolean;
  errors: FieldErrors;
  onChange: (template: Template) => void;
}

export function TemplateGeneralFields({ template, isNew, errors, onChange }: Props) {
  const { t } = useTranslation();
  const [codeTouched, setCodeTouched] = useState(
    template.sleutel !== '' && template.sleutel !== slugOf(template.titel),
  );
  const field = (name: string) => fieldProps(t, errors, name);
  return (
    <Paper component="section" aria-labelledby="bouwer-algemeen" sx={{ p: 2, display: 'grid', gap: 2 }}>
      <Typography variant="h2" id="bouwer-algemeen" sx={{ fontSize: '1.25rem' }}>
        {t('evaluations.builder.general')}
      </Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '2fr 1fr' } }}>
        <TextField
          required
          label={t('evaluations.builder.titel')}
          value={template.titel}
          onChange={(event) => {
            const titel = event.target.value;
            onChange({ ...template, titel, sleutel: isNew && !codeTouched ? slugOf(titel) : template.sleutel });
          }}
          {...field('titel')}
        />
        {isNew ? (
          <TextField
            required
            label={t('evaluations.builder.sleutel')}
            value={template.sleutel}
            onChange={(event) => {
              setCodeTouched(true);
              onChange({ ...template, sleutel: event.target.value });
            }}
            {...fieldProps(t, errors, 'sleutel', t('evaluations.builder.sleutelHint'))}
          />
        ) : (
          <Typography sx={{ alignSelf: 'center' }}>
            {t('evaluations.builder.sleutelFixed', { sleutel: template.sleutel })}
          </Typography>
        )}
      </Box>
      <TextField
        multiline
        minRows={2}
        label={t('evaluations.builder.omschrijving')}
        value={template.omschrijving}
        onChange={(event) => onChange({ ...template, omschrijving: event.target.value })}
        {...field('omschrijving')}
      />
      <TextField
        label={t('evaluations.builder.doelgroep')}
        value={template.doelgroep}
        onChange={(event) => onChange({ ...template, doelgroep: event.target.value })}
        {...field('doelgroep')}
      />
      <FormControlLabel
        control={
          <Checkbox
            checked={template.voorbeeld}
            onChange={(event) => onChange({ ...template, voorbeeld: event.target.checked })}
          />
        }
        label={t('evaluations.builder.voorbeeld')}
      />
      <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, display: 'grid', gap: 1 }}>
        <Typography component="legend" variant="subtitle1" sx={{ mb: 1 }}>
          {t('evaluations.builder.dimensions')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('evaluations.builder.dimensionsHint')}
        </Typography>
        {template.dimensies.map((dimension, i) => (
          <Box key={dimension.code} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
            <TextField
              size="small"
              sx={{ flex: 1, maxWidth: 480 }}
              label={t('evaluations.builder.dimensionName', { n: i + 1 })}
              value={dimension.naam}
              onChange={(event) =>
                onChange({
                  ...template,
                  dimensies: template.dimensies.map((d) =>
                    d.code === dimension.code ? { ...d, naam: event.target.value } : d,
                  ),
                })
              }
              {...fieldProps(
                t,
                errors,
                `dimensies.${i}.naam`,
                t('evaluations.builder.dimensionCode', { code: dimension.code }),
              )}
            />
            <IconButton
              aria-label={t('evaluations.builder.deleteDimension', { n: i + 1 })}
              onClick={() => onChange(deleteDimension(template, dimension.code))}
            >
              <DeleteOutlined aria-hidden />
            </IconButton>
          </Box>
        ))}
        <Box>
          <Button
            size="small"
            startIcon={<AddOutlined aria-hidden />}
            onClick={() =>
              onChange({
                ...template,
                dimensies: [
                  ...template.dimensies,
                  {
                    code: freshId(
                      'dimensie',
                      template.dimensies.map((d) => d.code),
                    ),
                    naam: '',
                    omschrijving: '',
                  },
                ],
              })
            }
          >
            {t('evaluations.builder.addDimension')}
          </Button>
        </Box>
      </Box>
    </Paper>
  );
}
