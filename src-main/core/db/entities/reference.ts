// Reference data: ZVH regions, municipalities and the configurable lists.
import { EntitySchema } from 'typeorm';

export interface ZvhRegion {
  id: number;
  name: string;
}

export const ZvhRegionEntity = new EntitySchema<ZvhRegion>({
  name: 'ZvhRegion',
  tableName: 'zvh_region',
  columns: { id: { type: 'integer', primary: true, generated: 'increment' }, name: { type: 'text', unique: true } },
});

export interface GemeenteRow {
  id: number;
  name: string;
  regionId: number;
}

export const GemeenteEntity = new EntitySchema<GemeenteRow>({
  name: 'Gemeente',
  tableName: 'gemeente',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    name: { type: 'text', unique: true },
    regionId: { type: 'integer', name: 'region_id' },
  },
});

export interface ListValueRow {
  id: number;
  list: string;
  code: string;
  label: string;
  sort: number;
  active: boolean;
  effect: string | null;
}

export const ListValueEntity = new EntitySchema<ListValueRow>({
  name: 'ListValue',
  tableName: 'list_value',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    list: { type: 'text' },
    code: { type: 'text' },
    label: { type: 'text' },
    sort: { type: 'integer' },
    active: { type: 'boolean', default: true },
    effect: { type: 'text', nullable: true },
  },
});
