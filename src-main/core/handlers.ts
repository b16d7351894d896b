// The shape every feature's handlers share. A handler receives the parsed input and the request
// context; it returns the channel's output or throws an AppError.
import type { ChannelName, OutputOf, ParsedInputOf } from '../../src-shared/ipc/contract';

export interface RequestContext {
  /** The channel being served, for audit and logs. */
  channel: ChannelName;
}

export type Handler<C extends ChannelName> = (
  input: ParsedInputOf<C>,
  ctx: RequestContext,
) => Promise<OutputOf<C>> | OutputOf<C>;

export type Handlers = { [C in ChannelName]: Handler<C> };
