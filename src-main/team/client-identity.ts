// The workstation's client certificate, for a CTER server that admits registered workstations only
// (server.json `clientCaFile`; docs/beheer/cter-server-installatie.md). IT installs the certificate
// and its private key as PEM files and names them in the administrator's policy
// (ClientCertificateFile, ClientKeyFile); main reads them once at start. A pair that cannot be used
// (a file missing, no certificate, a key that is not the certificate's) is left out with a reason
// for the log: the server then says the workstation is not registered, which is what IT must fix.
import { readFileSync } from 'node:fs';
import { createSecureContext } from 'node:tls';
import type { ClientIdentity } from './client';

export interface ClientCertificateFiles {
  certificateFile: string;
  keyFile: string;
}

export type IdentityRead = { identity: ClientIdentity; problem: null } | { identity: null; problem: string };

export function readClientIdentity(files: ClientCertificateFiles): IdentityRead {
  let certificate: Buffer;
  let key: Buffer;
  try {
    certificate = readFileSync(files.certificateFile);
    key = readFileSync(files.keyFile);
  } catch (error) {
    return { identity: null, problem: `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  try {
    // Parses both and checks that the key belongs to the certificate.
    createSecureContext({ cert: certificate, key });
  } catch {
    return { identity: null, problem: 'not a certificate with its private key (PEM)' };
  }
  return { identity: { certificate, key }, problem: null };
}
