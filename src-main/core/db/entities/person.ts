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
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});

export interface PersonNameKey {
  personId: number;
  key: string;
}

export const PersonNameKeyEntity = new EntitySchema<PersonNameKey>({
  name: 'PersonNameKey',
  tableName: 'person_name_key',
  columns: {
    personId: { type: 'integer', name: 'person_id', primary: true },
    key: { type: 'text', primary: true },
  },
});
