// The one typed contract of the bridge: every channel, merged from the feature files.
import type { z } from 'zod';
import { accountChannels } from './accounts';
import { appChannels } from './app';
import { auditChannels } from './audit';
import { backupChannels } from './backup';
import { caseChannels } from './cases';
import { convenantChannels } from './convenant';
import { evaluationChannels } from './evaluations';
import type { Channel } from './channel';
import { expertChannels } from './experts';
import { listChannels } from './lists';
import { meetingCheckOutChannels } from './meeting-check-out';
import { meetingChannels } from './meetings';
import { offlineChannels } from './offline';
import { mentoringChannels } from './mentoring';
import { trajectoryChannels } from './trajectories';
import { personChannels } from './persons';
import { policyChannels } from './policy';
import { printChannels } from './print';
import { retentionChannels } from './retention';
import { rightsChannels } from './rights';
import { searchChannels } from './search';
import { sessionChannels } from './session';
import { signalChannels } from './signals';
import { teamChannels } from './team';
import { vaultChannels } from './vault';
import { workChannels } from './work';
import { figureChannels } from './figures';

export const contract = {
  ...appChannels,
  ...vaultChannels,
  ...sessionChannels,
  ...teamChannels,
  ...accountChannels,
  ...auditChannels,
  ...backupChannels,
  ...policyChannels,
  ...printChannels,
  ...listChannels,
  ...personChannels,
  ...signalChannels,
  ...caseChannels,
  ...searchChannels,
  ...workChannels,
  ...figureChannels,
  ...retentionChannels,
  ...rightsChannels,
  ...meetingChannels,
  ...meetingCheckOutChannels,
  ...offlineChannels,
  ...convenantChannels,
  ...evaluationChannels,
  ...mentoringChannels,
  ...trajectoryChannels,
  ...expertChannels,
} satisfies Record<string, Channel>;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;

/** What the caller passes (before zod defaults and transforms). */
export type InputOf<C extends ChannelName> = z.input<Contract[C]['input']>;
/** What a handler receives (after zod parsing). */
export type ParsedInputOf<C extends ChannelName> = z.output<Contract[C]['input']>;
export type OutputOf<C extends ChannelName> = Contract[C] extends Channel<z.ZodType, infer O> ? O : never;

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
