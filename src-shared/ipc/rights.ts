// The rights of the person concerned (betrokkene): inzage (one export of everything held about
// them, every disclosure and every view), and beperking van verwerking. Correction is
// persons:update, which records what changed, by whom and why.
import { z } from 'zod';
import type { CaseOutcome, CaseState } from '../domain/casus';
import type { ActionView, MonitoringView, SignalView } from './cases';
import { channel } from './channel';
import { reasonSchema } from './audit';
import type { PersonView } from './persons';
import { recordId } from './record-id';

export interface InzageCase {
  number: string;
  state: CaseState;
  outcome: CaseOutcome | null;
  region: string;
  openedAt: string;
  closedAt: string | null;
  retentionUntil: string | null;
  partners: string[];
  signals: SignalView[];
  actions: ActionView[];
  monitoring: MonitoringView[];
  notes: { at: string; door: string | null; tekst: string }[];
  transitions: { at: string; door: string | null; from: CaseState | null; to: CaseState; toelichting: string }[];
}

export interface InzageEvent {
  at: string;
  door: string | null;
  action: string;
  kind: string;
  reason: string | null;
  legalGround: string | null;
}

export interface InzageReport {
  generatedAt: string;
  excludeThirdParties: boolean;
  person: PersonView;
  cases: InzageCase[];
  /** Exports, prints and (from the minutes) information shared with partners. */
  disclosures: InzageEvent[];
  /** Every time someone looked at the person or one of their cases. */
  views: InzageEvent[];
}

const id = recordId;

export const rightsChannels = {
  'rights:inzage': channel<InzageReport>()({
    input: z.object({ personId: id, excludeThirdParties: z.boolean() }).strict(),
    audit: 'view',
  }),
  'rights:inzage-export': channel<{ saved: boolean; fileName: string | null }>()({
    input: z.object({ personId: id, excludeThirdParties: z.boolean(), reason: reasonSchema }).strict(),
    audit: 'export',
  }),
};
