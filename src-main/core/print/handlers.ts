// Handlers for print:*: the renderer shows an A4 print view; core prints it or saves it as PDF
// (through the platform's print service) and the router audits it with the user's reason.
import type { Locale } from '../../../src-shared/domain/locale';
import { AppError } from '../../../src-shared/ipc/errors';
import { translator } from '../../../src-shared/i18n/messages';
import { plain, type Handlers } from '../handlers';
import type { PdfOptions, Platform } from '../platform';
import type { SetupService } from '../session/setup-service';
import { scopeFor, visibleCase, visibleCasesOfPerson } from '../access/access';
import { visibleMeeting } from '../meetings/meeting-view';

function fileName(title: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 80);
  return `${base || 'document'}.pdf`;
}

async function output(platform: Platform, options: PdfOptions, title: string, target: 'pdf' | 'printer') {
  try {
    if (target === 'printer') return { done: await platform.print.print(options), fileName: null };
    const bytes = await platform.print.pdf(options);
    const saved = await platform.files.saveAs(fileName(title), bytes, 'pdf');
    return { done: saved.saved, fileName: saved.fileName ?? null };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('PRINT_FAILED');
  }
}

export function printHandlers(
  platform: Platform,
  setup: SetupService,
  locale: () => Locale,
): Pick<Handlers, 'print:view' | 'print:recovery-key'> {
  const pdfOptions = (title: string): PdfOptions => {
    const t = translator(locale());
    return {
      headerText: `${t('print.confidential')} — ${title}`,
      pageLabel: t('print.pageOf', { page: '{{page}}', total: '{{total}}' }),
    };
  };
  return {
    'print:view': plain(async (input, ctx) => {
      const subject = input.subject;
      // Noted before the access check, so a refused print is recorded on its object too (and its
      // reason sealed under that object's key, see audit/shred.ts).
      ctx.note({
        objectType: subject?.type ?? 'document',
        objectId: subject?.id ?? input.document,
        details: { document: input.document, target: input.target },
      });
      if (subject) {
        // Printing is viewing on paper: only what the caller may see.
        await ctx.read(async (manager) => {
          const scope = await scopeFor(manager, ctx.session);
          if (subject.type === 'casus') await visibleCase(manager, scope, subject.id);
          else if (subject.type === 'overleg') await visibleMeeting(manager, scope, subject.id);
          else await visibleCasesOfPerson(manager, scope, subject.id);
        });
      }
      return output(platform, pdfOptions(input.title), input.title, input.target);
    }),
    'print:recovery-key': plain(async (input) => {
      if (!setup.pendingRecoveryKey()) throw new AppError('SETUP_NOT_ALLOWED');
      const title = translator(locale())('print.recoveryKeyTitle');
      return output(platform, pdfOptions(title), title, input.target);
    }),
  };
}
