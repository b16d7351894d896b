// "Mijn werk": what is due for the caller across the cases they may see.
import { z } from 'zod';
import type { ActionStatus } from '../domain/casus';
import { channel } from './channel';

export interface WorkItem {
  caseId: number;
  caseNumber: string;
  naam: string;
  /** The date that makes it due: deadline, planned monitoring, date received. */
  date: string;
  text: string;
  ref: number;
  status?: ActionStatus;
}

export interface MyWork {
  overdueActions: WorkItem[];
  dueSoonActions: WorkItem[];
  monitoringDue: WorkItem[];
  awaitingWeging: WorkItem[];
  casesWithoutPlan: WorkItem[];
}

export const workChannels = {
  'work:mine': channel<MyWork>()({ input: z.object({}).strict(), audit: 'view' }),
};
