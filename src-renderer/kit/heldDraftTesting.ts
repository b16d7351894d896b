// For the unit tests of forms kept over a lock (the features' heldDrafts.test.ts): a form with
// values unsaved under a key, met by a lock of the user's session, after which the same user is
// back, as kit/pendingWork sees it. Only tests import this.
import { draftWork } from './heldDraft';
import { discardUnsaved, holdUnsaved, registerWork, resumeAs } from './pendingWork';

/** A form with `values` unsaved under `key`, met by a lock of `user`'s session; then `user` is back. */
export function lockedWith(key: string, values: unknown, user = 'rik'): void {
  resumeAs(user);
  const stop = registerWork(draftWork(key, () => values));
  holdUnsaved(user);
  stop(); // the lock unmounts the form
  resumeAs(user);
}

/** After each test: nothing held for `user`, nobody's session. */
export function forgetHeld(user = 'rik'): void {
  discardUnsaved(user);
  resumeAs('nobody');
}
