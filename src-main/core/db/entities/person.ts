// A person (betrokkene) and the phonetic keys of their names, used to find possible duplicates.
import { EntitySchema } from 'typeorm';

export interface Person {
  id: number;
  naam: string;
  /** The name for sorting: lower case, without diacritics (see persons/names.ts). */
  sortKey: string;
  roepnaam: string;
  aliases: string[];
  geboortedatum: string | null;
  geboortejaar: number | null;
  geslacht: string | null;
  gemeenteId: number;
  bsn: string;
  notities: string;
  /** Beperking van verwerking: visible, flagged everywhere, not editable. */
  restricted: boolean;
  restrictedReason: string;
  restrictedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export const PersonEntity = new EntitySchema<Person>({
  name: 'Person',
  tableName: 'person',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    naam: { type: 'text' },
    sortKey: { type: 'text', name: 'sort_key' },
    roepnaam: { type: 'text', default: '' },
    aliases: { type: 'simple-json', default: '[]' },
    geboortedatum: { type: 'text', nullable: true },
    geboortejaar: { type: 'integer', nullable: true },
    geslacht: { type: 'text', nullable: true },
    gemeenteId: { type: 'integer', name: 'gemeente_id' },
    bsn: { type: 'text', default: '' },
    notities: { type: 'text', default: '' },
    restricted: { type: 'boolean', default: false },
    restrictedReason: { type: 'text', name: 'restricted_reason', default: '' },
    restrictedAt: { type: 'text', name: 'restricted_at', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});

export interface PersonNameKey {
  personId: number;
  key: string;
  /** The key's first three letters: what the duplicate check looks up (migration 0022). */
  head: string;
  /** The person's birth year, 0 when unknown: the check reads only years within one of the typed. */
  birthYear: number;
  /** 1 when the key is the only key of one of the person's names (migration 0028). */
  solo: number;
}

export const PersonNameKeyEntity = new EntitySchema<PersonNameKey>({
  name: 'PersonNameKey',
  tableName: 'person_name_key',
  columns: {
    personId: { type: 'integer', name: 'person_id', primary: true },
    key: { type: 'text', primary: true },
    head: { type: 'text', default: '' },
    birthYear: { type: 'integer', name: 'birth_year', default: 0 },
    solo: { type: 'integer', default: 0 },
  },
});

export interface PersonCorrection {
  id: number;
  personId: number;
  field: string;
  oldValue: string;
  newValue: string;
  reden: string;
  accountId: number | null;
  at: string;
}

export const PersonCorrectionEntity = new EntitySchema<PersonCorrection>({
  name: 'PersonCorrection',
  tableName: 'person_correction',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    personId: { type: 'integer', name: 'person_id' },
    field: { type: 'text' },
    oldValue: { type: 'text', name: 'old_value' },
    newValue: { type: 'text', name: 'new_value' },
    reden: { type: 'text' },
    accountId: { type: 'integer', name: 'account_id', nullable: true },
    at: { type: 'text' },
  },
});
