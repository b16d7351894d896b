// Offline minutes on the laptop (issue 19, the workstation's side): a meeting checked out in team
// mode is kept on this workstation in a local encrypted copy, so its minutes can be typed without a
// connection and checked in afterwards. These channels are the workstation's own: the remote bridge
// answers them (src-main/team/offline-*.ts) and never sends them to the server; the embedded core
// (no team mode) answers `offline:list` with nothing and the others with NOT_IN_TEAM_MODE.
import { z } from 'zod';
import { channel } from './channel';
import { checkInRecord, CONFLICT_TAKES, type CheckInResult } from './meeting-check-out';
import { recordId } from './record-id';

const id = recordId;

/** A meeting kept on this workstation ("Op deze werkplek"): only its holder's, after log-in. */
export interface OfflineCopy {
  meetingId: number;
  title: string;
  datum: string;
  /** How many casussen the copy holds (agenda items about a casus). */
  cases: number;
  /** The lease's end (ISO). */
  expiresAt: string;
  /** When the copy was made (ISO). */
  checkedOutAt: string;
  /** Something was typed in the copy that the server does not have yet. */
  changed: boolean;
}

/** What a check-in came to: the server's answer (`meetings:check-in`, `meetings:resolve-check-in`). */
export type OfflineCheckIn = CheckInResult;

export const offlineChannels = {
  /** The copies on this workstation that the logged-in user holds. */
  'offline:list': channel<OfflineCopy[]>()({ input: z.object({}).strict(), audit: 'none' }),
  /**
   * Checks the meeting out (the server's lease) and keeps it here, encrypted with a key only the
   * user's password opens (asked again here: the workstation keeps no password).
   */
  'offline:check-out': channel<OfflineCopy>()({
    input: z.object({ id, password: z.string().min(1).max(1000) }).strict(),
    audit: 'none',
  }),
  /** Wipes the copy here and ends the lease on the server (now, or at the next call when offline). */
  'offline:remove': channel<null>()({ input: z.object({ id }).strict(), audit: 'none' }),
  /** Sends what was typed in the copy with the lease; on `applied` the copy is wiped. */
  'offline:check-in': channel<OfflineCheckIn>()({ input: z.object({ id }).strict(), audit: 'none' }),
  /** The user's choice per conflict of the last check-in; on `applied` the copy is wiped. */
  'offline:resolve': channel<OfflineCheckIn>()({
    input: z
      .object({
        id,
        choices: z
          .array(z.object({ record: checkInRecord, field: z.string().max(40), take: z.enum(CONFLICT_TAKES) }).strict())
          .max(2000),
      })
      .strict(),
    audit: 'none',
  }),
};

export type OfflineCheckInChoice = z.output<(typeof offlineChannels)['offline:resolve']['input']>['choices'][number];
