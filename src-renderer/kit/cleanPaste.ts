// A paste into a text field leaves out the characters no stored text can hold (a NUL, half a
// surrogate pair; src-shared/ipc/input-characters). Text copied from some PDFs and older programs
// carries a NUL, Chromium keeps it in the field, and core refuses it: in the live minutes every
// autosave of that item would fail on a character nobody can see or find. None of them shows on
// screen, so the field holds what the user sees. Installed once for the whole renderer.
import { hasUnstorableCharacter, withoutUnstorableCharacters } from '../../src-shared/ipc/input-characters';

/** Installs the rule on `doc`; returns a function that removes it. */
export function cleanPastedText(doc: Document): () => void {
  const onPaste = (event: ClipboardEvent) => {
    const text = event.clipboardData?.getData('text/plain');
    if (!text || !hasUnstorableCharacter(text) || !isTextField(event.target)) return;
    event.preventDefault();
    // insertText edits the field as typing does: React's onChange, the undo history and the
    // field's maxLength all see it, where setting the value would bypass them.
    doc.execCommand('insertText', false, withoutUnstorableCharacters(text));
  };
  doc.addEventListener('paste', onPaste, true);
  return () => doc.removeEventListener('paste', onPaste, true);
}

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement;
}
