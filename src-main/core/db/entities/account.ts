// An account: a person who logs in. On the SQLCipher file its password never reaches the database:
// the account only points at its key slot in the slot file. On PostgreSQL (no database key) it holds
// a password verifier instead (workspace/credentials.ts); each engine leaves the other's field null.
import { EntitySchema } from 'typeorm';
import type { Role } from '../../../../src-shared/domain/roles';

export interface Account {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  regionIds: number[];
  active: boolean;
  mustChangePassword: boolean;
  keySlotId: string | null;
  /** PostgreSQL only: scrypt parameters and hash of the password (JSON), null on SQLCipher. */
  passwordVerifier: string | null;
  createdAt: string;
  updatedAt: string;
  lastLoginAt: string | null;
}

export const AccountEntity = new EntitySchema<Account>({
  name: 'Account',
  tableName: 'account',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    username: { type: 'text', unique: true },
    displayName: { type: 'text', name: 'display_name' },
    roles: { type: 'simple-json' },
    regionIds: { type: 'simple-json', name: 'region_ids', default: '[]' },
    active: { type: 'boolean', default: true },
    mustChangePassword: { type: 'boolean', name: 'must_change_password', default: false },
    keySlotId: { type: 'text', name: 'key_slot_id', nullable: true },
    passwordVerifier: { type: 'text', name: 'password_verifier', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
    lastLoginAt: { type: 'text', name: 'last_login_at', nullable: true },
  },
});
