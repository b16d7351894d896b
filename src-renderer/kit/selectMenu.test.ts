// The guard of a Select's menu list: only the release of a press that began in the list reaches
// its options (the e2e spec notuleren-keuzelijst.spec.ts shows it in the live minutes).
import { describe, expect, it, vi } from 'vitest';
import { selectMenuListProps } from './selectMenu';

const list = () => new EventTarget();
const release = (currentTarget: EventTarget) => {
  const stopPropagation = vi.fn();
  selectMenuListProps.onMouseUpCapture({ currentTarget, stopPropagation });
  return stopPropagation;
};
const press = (currentTarget: EventTarget) => selectMenuListProps.onMouseDownCapture({ currentTarget });

describe('selectMenuListProps', () => {
  it('stops the release of the press that opened the menu on its field', () => {
    expect(release(list())).toHaveBeenCalledOnce();
  });

  it('lets a click on an option through, every time', () => {
    const menu = list();
    press(menu);
    expect(release(menu)).not.toHaveBeenCalled();
    press(menu);
    expect(release(menu)).not.toHaveBeenCalled();
  });

  it('counts a press per list: one in another menu does not open this one to a release', () => {
    const menu = list();
    press(list());
    expect(release(menu)).toHaveBeenCalledOnce();
  });

  it('forgets a press once released: the next release without a press of its own is stopped', () => {
    const menu = list();
    press(menu);
    release(menu);
    expect(release(menu)).toHaveBeenCalledOnce();
  });
});
