// The harness's stand-in for Electron's dialogs and print service. PDFs come from Chromium's own
// printer (page.pdf, the same engine as Electron's printToPDF) with the same page templates; files
// the user would save land in the test's download folder; dialog answers are queued by the test.
// And for team mode's connection to a CTER server: no network, a fixed fictitious certificate.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parseServerAddress } from '../../../src-shared/domain/server-address';
import { AppError } from '../../../src-shared/ipc/errors';
import { pageTemplates, type FileKind, type Platform, type TeamService } from '../../../src-main/core/platform';
import { writeFileAtomic } from '../../../src-main/core/fs/atomic';

export interface DialogStandIn {
  /** The answer of the next file/folder dialog (a path, or null for "cancel"). */
  answer(path: string | null): void;
  /** Files saved through "save as", in order. */
  saved: { name: string; path: string; kind: FileKind }[];
  /** Calls of "print on paper". */
  printed: number;
}

/** The fingerprint of the stand-in server's certificate: fictitious, the same in every test. */
export const STAND_IN_FINGERPRINT =
  '3F:A2:91:0C:7E:5B:D4:18:6A:C0:2F:E9:83:47:B1:5D:0E:92:C6:7A:14:F8:3B:AD:65:01:9E:C2:D7:4F:88:B3';

/** A host the stand-in never reaches (SERVER_UNREACHABLE), for the error path. */
export const UNREACHABLE_HOST = 'onbereikbaar.zvh.local';

export interface TeamStandIn {
  /** Calls of team:connect that reached the platform, in order (address as typed, fingerprint canonical). */
  connects: { address: string; fingerprint: string }[];
  /**
   * What core reports as vault:status's `team` (platform.ts `current`): null until a connect
   * succeeds or a test sets it. Set `connected` false together with emitting the `connection`
   * event, as main would.
   */
  current: { host: string; port: number; connected: boolean } | null;
  /** Runs after a successful connect, before core answers (e.g. make the "server's" database). */
  afterConnect: (() => Promise<void>) | null;
}

function teamStandIn(): { service: TeamService; team: TeamStandIn } {
  const team: TeamStandIn = { connects: [], current: null, afterConnect: null };
  const reach = (address: string) => {
    const parsed = parseServerAddress(address);
    if (!parsed) throw new AppError('SERVER_ADDRESS_INVALID');
    if (parsed.host === UNREACHABLE_HOST) throw new AppError('SERVER_UNREACHABLE');
    return parsed;
  };
  const service: TeamService = {
    async probe(address) {
      return { ...reach(address), fingerprint: STAND_IN_FINGERPRINT };
    },
    async connect(address, fingerprint) {
      const parsed = reach(address);
      if (fingerprint !== STAND_IN_FINGERPRINT) throw new AppError('FINGERPRINT_MISMATCH');
      team.connects.push({ address, fingerprint });
      team.current = { ...parsed, connected: true };
      await team.afterConnect?.();
    },
    current: () => team.current,
  };
  return { service, team };
}

export function harnessPlatform(
  page: Page,
  downloadDir: string,
): { platform: Platform; dialogs: DialogStandIn; team: TeamStandIn } {
  mkdirSync(downloadDir, { recursive: true });
  const answers: (string | null)[] = [];
  const dialogs: DialogStandIn = {
    answer: (path) => void answers.push(path),
    saved: [],
    printed: 0,
  };
  const next = (fallback: string | null) => (answers.length ? answers.shift()! : fallback);
  const { service, team } = teamStandIn();
  const pdf = async (options: Parameters<Platform['print']['pdf']>[0]) =>
    new Uint8Array(
      await page.pdf({
        format: 'A4',
        landscape: options.landscape ?? false,
        printBackground: true,
        displayHeaderFooter: true,
        ...pageTemplates(options),
        margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' },
      }),
    );
  const platform: Platform = {
    print: {
      pdf,
      async print(options) {
        dialogs.printed++;
        // What would have gone to paper is kept as a PDF for the test to look at.
        writeFileSync(join(downloadDir, `afdruk-${dialogs.printed}.pdf`), await pdf(options));
        return true;
      },
    },
    files: {
      async saveAs(name, bytes, kind) {
        const path = next(join(downloadDir, name));
        if (!path) return { saved: false };
        writeFileAtomic(path, bytes);
        dialogs.saved.push({ name, path, kind });
        return { saved: true, fileName: name };
      },
      chooseSaveLocation: async (name) => next(join(downloadDir, name)),
      chooseFile: async () => next(null),
      chooseFolder: async () => next(null),
    },
    team: service,
  };
  return { platform, dialogs, team };
}
