// The focus stays on a button while its call runs. A button that starts a call shows it with MUI's
// `loading`, which disables the button until the answer; Chromium (and so Electron) moves the focus
// of an element that becomes disabled to the page's body. Whoever saved with the keyboard (Beleid's
// "Opslaan", a note, a list) then found the focus gone: the next Tab started at the top of the page.
// Installed once for the whole renderer: when the focused button is disabled, the focus goes back
// to it as soon as it is usable again, unless someone (the user, or the page: a dialog that closes,
// a form that moves on) has put the focus elsewhere in the meantime.

/** Installs the rule on `doc`; returns a function that removes it. */
export function keepFocusThroughDisabling(doc: Document): () => void {
  let waiting: MutationObserver | null = null;
  const stopWaiting = () => {
    waiting?.disconnect();
    waiting = null;
  };

  const onFocusOut = (event: FocusEvent) => {
    const button = event.target;
    // Focus lost to nothing by a button that is now disabled: not a move the user made.
    if (event.relatedTarget !== null || !(button instanceof HTMLButtonElement) || !button.disabled) return;
    stopWaiting();
    const observer = new MutationObserver(() => {
      if (button.disabled) return;
      stopWaiting();
      const active = doc.activeElement;
      if (button.isConnected && (active === null || active === doc.body)) button.focus({ preventScroll: true });
    });
    observer.observe(button, { attributes: true, attributeFilter: ['disabled'] });
    waiting = observer;
  };
  // Any focus that arrives somewhere ends the wait: that place is where the user now is.
  const onFocusIn = () => stopWaiting();

  doc.addEventListener('focusout', onFocusOut, true);
  doc.addEventListener('focusin', onFocusIn, true);
  return () => {
    stopWaiting();
    doc.removeEventListener('focusout', onFocusOut, true);
    doc.removeEventListener('focusin', onFocusIn, true);
  };
}
