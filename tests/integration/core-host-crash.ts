// Loaded first in the core worker by core-host.test.ts (sourceEntry's preload): the message
// { type: 'test-crash' } makes the worker throw outside any call, as a bug or a failing native
// module would stop it. Not part of the app.
import { parentPort } from 'node:worker_threads';

parentPort?.on('message', (message: { type?: string }) => {
  if (message.type === 'test-crash') throw new Error('test crash');
});
