// Gemeentelijke experts CTER: which municipalities each expert (an account with the role
// gemeentelijk_expert) supports, and their consultations (advies) to those municipalities.
import { EntitySchema } from 'typeorm';

const text = { type: 'text' } as const;

/** A gemeentelijk expert CTER (an account with that role) and the municipalities they support. */
export interface ExpertGemeente {
  accountId: number;
  gemeenteId: number;
}

export const ExpertGemeenteEntity = new EntitySchema<ExpertGemeente>({
  name: 'ExpertGemeente',
  tableName: 'expert_gemeente',
  columns: {
    accountId: { type: 'integer', name: 'account_id', primary: true },
    gemeenteId: { type: 'integer', name: 'gemeente_id', primary: true },
  },
});

export interface ExpertAdvies {
  id: number;
  accountId: number;
  gemeenteId: number;
  datum: string;
  onderwerp: string;
  duurMinuten: number;
  toelichting: string;
  createdAt: string;
  updatedAt: string;
}

export const ExpertAdviesEntity = new EntitySchema<ExpertAdvies>({
  name: 'ExpertAdvies',
  tableName: 'expert_advies',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    accountId: { type: 'integer', name: 'account_id' },
    gemeenteId: { type: 'integer', name: 'gemeente_id' },
    datum: text,
    onderwerp: text,
    duurMinuten: { type: 'integer', name: 'duur_minuten' },
    toelichting: { type: 'text', default: '' },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});
