// Key/value settings inside the encrypted database: the policy (idle minutes, later retention)
// and facts about the database itself (its id, whether it is a demo).
import { EntitySchema } from 'typeorm';

export interface Setting {
  key: string;
  /** JSON. */
  value: string;
}

export const SettingEntity = new EntitySchema<Setting>({
  name: 'Setting',
  tableName: 'setting',
  columns: {
    key: { type: 'text', primary: true },
    value: { type: 'text' },
  },
});
