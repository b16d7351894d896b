// A version of the covenant, stored whole as JSON (the Convenant type of src-shared/domain).
import { EntitySchema } from 'typeorm';

export interface ConvenantVersionRow {
  id: number;
  titel: string;
  versie: string;
  ingangsdatum: string;
  status: string;
  content: string;
  importedAt: string;
  importedBy: number | null;
}

export const ConvenantVersionEntity = new EntitySchema<ConvenantVersionRow>({
  name: 'ConvenantVersion',
  tableName: 'convenant_version',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    titel: { type: 'text' },
    versie: { type: 'text' },
    ingangsdatum: { type: 'text' },
    status: { type: 'text' },
    content: { type: 'text' },
    importedAt: { type: 'text', name: 'imported_at' },
    importedBy: { type: 'integer', name: 'imported_by', nullable: true },
  },
});
