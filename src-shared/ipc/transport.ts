// Names of the two Electron IPC channels under the bridge. One invoke channel carries every
// contract channel by name, so that the router (not Electron) answers an unknown name with a code.
export const IPC_INVOKE = 'cter:invoke';
export const IPC_EVENT = 'cter:event';
