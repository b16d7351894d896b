// Keyboard entry of a form of questions (paper forms typed in by staff, the kiosk): Enter goes to
// the next question — the element marked `data-vraag` after the one holding the focus — and on the
// last one calls `onLast` (save the form, or go to its button). Enter keeps its own meaning in a
// text area, on a button or link, and in an open list.

import type { KeyboardEvent } from 'react';

const QUESTION = '[data-vraag]';

/** The element of a question that takes the focus: its chosen answer, else its first field. */
function entryOf(question: Element): HTMLElement | null {
  return (
    question.querySelector<HTMLElement>('input[type="radio"]:checked') ??
    question.querySelector<HTMLElement>('input:not([type="hidden"]):not(:disabled), textarea:not(:disabled)')
  );
}

/** Moves the focus to the first question of the form; true when there was one. */
export function focusFirstQuestion(form: HTMLElement | null): boolean {
  const first = form?.querySelector(QUESTION);
  const entry = first ? entryOf(first) : null;
  entry?.focus();
  return !!entry;
}

export function enterGoesOn(event: KeyboardEvent<HTMLElement>, onLast: () => void): void {
  if (event.key !== 'Enter' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
  const target = event.target as HTMLElement;
  if (target.closest('textarea, button, a, [role="combobox"], [role="option"], [role="listbox"]')) return;
  const questions = [...event.currentTarget.querySelectorAll(QUESTION)];
  const current = target.closest(QUESTION);
  event.preventDefault();
  const index = current ? questions.indexOf(current) : -1;
  for (const next of questions.slice(index + 1)) {
    const entry = entryOf(next);
    if (entry) {
      entry.focus();
      return;
    }
  }
  onLast();
}
