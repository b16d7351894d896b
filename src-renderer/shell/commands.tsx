// Application commands (print, lock, help, home, ...) reach the UI three ways: the Electron menu (as
// bridge events), the keyboard, and buttons. All three end in `run(action)` here.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { canUse } from '../../src-shared/ipc/permissions';
import type { MenuAction } from '../../src-shared/ipc/events';
import { ConvenantLookupDialog } from '../features/convenant/ConvenantLookupDialog';
import { useSession } from '../features/session/session';
import { AboutDialog } from './AboutDialog';
import { useNotice } from '../kit/notices';
import { ShortcutsDialog } from './ShortcutsDialog';
import { shortcutFor } from './shortcuts';

type PrintHandler = () => void;

/** A screen where a covenant citation can be typed in (the minutes): inserts at its cursor. */
export interface CitationTarget {
  insert(citation: string): void;
}

interface Commands {
  run(action: MenuAction): void;
  /** The dialog that is open, if any. */
  dialog: 'shortcuts' | 'about' | 'convenant' | null;
  closeDialog(): void;
  /** A page with something printable registers how to print it while it is shown. */
  registerPrint(handler: PrintHandler): () => void;
  /** The minutes register where Ctrl+K's citation goes while they are shown. */
  registerCitationTarget(target: CitationTarget): () => void;
}

const CommandContext = createContext<Commands | null>(null);

export function CommandProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notice = useNotice();
  const session = useSession();
  const [dialog, setDialog] = useState<Commands['dialog']>(null);
  const printHandler = useRef<PrintHandler | null>(null);
  const citationTarget = useRef<CitationTarget | null>(null);
  // Where the lookup opened from: a citation goes there (null: the chosen article is shown).
  const [lookupTarget, setLookupTarget] = useState<CitationTarget | null>(null);

  const run = useCallback(
    (action: MenuAction) => {
      switch (action) {
        case 'shortcuts':
        case 'about':
          setDialog(action);
          break;
        case 'navigate-home':
          void navigate('/');
          break;
        // The menu shows these to everyone; only who may do the work is taken there.
        case 'new-signal':
          if (canUse('signals:register', session.user)) void navigate('/signalen/nieuw');
          else notice.info(t('shortcuts.notForYou'));
          break;
        case 'find-case':
          // The state asks the list to put the cursor in its search field.
          if (canUse('search:query', session.user)) void navigate('/casussen', { state: { focusSearch: true } });
          else notice.info(t('shortcuts.notForYou'));
          break;
        case 'convenant-lookup':
          if (canUse('convenant:search', session.user)) {
            setLookupTarget(citationTarget.current);
            setDialog('convenant');
          } else if (session.user) notice.info(t('shortcuts.notForYou'));
          break;
        case 'print':
          if (printHandler.current) printHandler.current();
          else notice.info(t('print.nothingToPrint'));
          break;
        case 'lock':
          // Without an open session (login screen) there is nothing to lock.
          session.lock().catch((error: unknown) => notice.error(error));
          break;
      }
    },
    [navigate, notice, session, t],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const shortcut = shortcutFor(event);
      if (!shortcut) return;
      event.preventDefault();
      run(shortcut.action);
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = window.cter.onEvent((event) => {
      if (event.type === 'menu') run(event.action);
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, [run]);

  const value = useMemo<Commands>(
    () => ({
      run,
      dialog,
      closeDialog: () => setDialog(null),
      registerPrint(handler) {
        printHandler.current = handler;
        return () => {
          if (printHandler.current === handler) printHandler.current = null;
        };
      },
      registerCitationTarget(target) {
        citationTarget.current = target;
        return () => {
          if (citationTarget.current === target) citationTarget.current = null;
        };
      },
    }),
    [run, dialog],
  );
  // The help dialogs live here, not in the shell, so F1 works on the login screen too.
  return (
    <CommandContext.Provider value={value}>
      {children}
      <ShortcutsDialog open={dialog === 'shortcuts'} onClose={() => setDialog(null)} />
      <AboutDialog open={dialog === 'about'} onClose={() => setDialog(null)} />
      {/* Only while someone is logged in: the dialog reads the covenant through the session. */}
      {dialog === 'convenant' && session.user ? (
        <ConvenantLookupDialog target={lookupTarget} onClose={() => setDialog(null)} />
      ) : null}
    </CommandContext.Provider>
  );
}

export function useCommands(): Commands {
  const commands = useContext(CommandContext);
  if (!commands) throw new Error('useCommands outside CommandProvider');
  return commands;
}
