// Application commands (print, help, home, ...) reach the UI three ways: the Electron menu (as
// bridge events), the keyboard, and buttons. All three end in `run(action)` here.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { MenuAction } from '../../src-shared/ipc/events';
import { useNotice } from './notices';
import { shortcutFor } from './shortcuts';

type PrintHandler = () => void;

interface Commands {
  run(action: MenuAction): void;
  /** The dialog that is open, if any. */
  dialog: 'shortcuts' | 'about' | null;
  closeDialog(): void;
  /** A page with something printable registers how to print it while it is shown. */
  registerPrint(handler: PrintHandler): () => void;
}

const CommandContext = createContext<Commands | null>(null);

export function CommandProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notice = useNotice();
  const [dialog, setDialog] = useState<Commands['dialog']>(null);
  const printHandler = useRef<PrintHandler | null>(null);

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
        case 'print':
          if (printHandler.current) printHandler.current();
          else notice.info(t('print.nothingToPrint'));
          break;
        case 'lock':
          // Sessions arrive with the vault; until then there is nothing to lock.
          break;
      }
    },
    [navigate, notice, t],
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
    }),
    [run, dialog],
  );
  return <CommandContext.Provider value={value}>{children}</CommandContext.Provider>;
}

export function useCommands(): Commands {
  const commands = useContext(CommandContext);
  if (!commands) throw new Error('useCommands outside CommandProvider');
  return commands;
}
