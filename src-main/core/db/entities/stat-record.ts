// What remains of a signal after its casus was destroyed: enough for the year figures, nothing
// that points back to a person (no names, no exact dates, the age only as a band).
import { EntitySchema } from 'typeorm';

export interface StatRecord {
  id: number;
  /** yyyy-mm */
  signalMonth: string;
  ageBand: string;
  gemeenteId: number | null;
  regionId: number | null;
  ideologie: string;
  ernst: string;
  outcome: string | null;
  closedMonth: string | null;
  /** One record per destroyed casus carries its outcome for the case counts. */
  caseRecord: boolean;
}

export const StatRecordEntity = new EntitySchema<StatRecord>({
  name: 'StatRecord',
  tableName: 'stat_record',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    signalMonth: { type: 'text', name: 'signal_month' },
    ageBand: { type: 'text', name: 'age_band' },
    gemeenteId: { type: 'integer', name: 'gemeente_id', nullable: true },
    regionId: { type: 'integer', name: 'region_id', nullable: true },
    ideologie: { type: 'text' },
    ernst: { type: 'text' },
    outcome: { type: 'text', nullable: true },
    closedMonth: { type: 'text', name: 'closed_month', nullable: true },
    caseRecord: { type: 'boolean', name: 'case_record', default: false },
  },
});
