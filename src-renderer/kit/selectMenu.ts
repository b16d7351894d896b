// A Select's menu picks an option only when the press began in the menu. MUI's Select opens its menu
// on the press (mousedown) and takes a release over an option as a pick once the press has lasted
// 200 ms (400 ms for the option already chosen): a native list's press-drag-release. But a menu
// that does not fit under its field opens over it (the Partner of an inbreng low in the window at
// 1366×900), so a click held a little long — or slowed by a busy machine, as in CI — picked
// whatever option came to lie under the pointer, closed the menu, and the live minutes saved that
// partner (mui/material-ui#46675). The list stops such a release before the option sees it; the
// menu stays open and a click on an option picks as before. Given to every Select in kit/theme.ts.
/** The lists in which the current press began (a release there is the end of a click inside). */
const pressedInside = new WeakSet<EventTarget>();

export const selectMenuListProps = {
  onMouseDownCapture(event: { currentTarget: EventTarget }) {
    pressedInside.add(event.currentTarget);
  },
  onMouseUpCapture(event: { currentTarget: EventTarget; stopPropagation(): void }) {
    // The release of the press that opened the menu (it began on the field): no option hears it.
    if (!pressedInside.delete(event.currentTarget)) event.stopPropagation();
  },
};
