// Application commands (print, lock, help, home, ...) as pages see them. The provider that runs
// them, with the help dialogs and the covenant look-up, is the shell's (shell/CommandProvider);
// a page only registers what the commands act on while it is shown.
import { createContext, useContext, useEffect } from 'react';
import type { MenuAction } from '../../src-shared/ipc/events';

export type PrintHandler = () => void;

/** A screen where a covenant citation can be typed in (the minutes): inserts at its cursor. */
export interface CitationTarget {
  insert(citation: string): void;
}

export interface Commands {
  run(action: MenuAction): void;
  /** The dialog that is open, if any. */
  dialog: 'shortcuts' | 'about' | 'convenant' | null;
  closeDialog(): void;
  /** A page with something printable registers how to print it while it is shown. */
  registerPrint(handler: PrintHandler): () => void;
  /** The minutes register where Ctrl+K's citation goes while they are shown. */
  registerCitationTarget(target: CitationTarget): () => void;
}

export const CommandContext = createContext<Commands | null>(null);

export function useCommands(): Commands {
  const commands = useContext(CommandContext);
  if (!commands) throw new Error('useCommands outside CommandProvider');
  return commands;
}

/** What Ctrl+P and the menu's Afdrukken do while the calling page is shown. */
export function useRegisterPrint(handler: PrintHandler): void {
  const commands = useCommands();
  useEffect(() => commands.registerPrint(handler), [commands, handler]);
}
