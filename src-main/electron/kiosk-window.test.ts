import { describe, expect, it } from 'vitest';
import { createWindowService } from './kiosk-window';

function fakeWindow() {
  const calls: string[] = [];
  let kiosk = false;
  let destroyed = false;
  return {
    calls,
    destroy: () => void (destroyed = true),
    win: {
      isDestroyed: () => destroyed,
      isKiosk: () => kiosk,
      setKiosk: (on: boolean) => {
        kiosk = on;
        calls.push(`kiosk ${on}`);
      },
      focus: () => void calls.push('focus'),
    },
  };
}

describe('kiosk window', () => {
  it('puts the window in kiosk mode and back, once per change', () => {
    const fake = fakeWindow();
    const service = createWindowService(() => fake.win);
    service.setKiosk(true);
    service.setKiosk(true);
    service.setKiosk(false);
    service.setKiosk(false);
    expect(fake.calls).toEqual(['kiosk true', 'focus', 'kiosk false']);
  });

  it('does nothing without a window, or with a closed one', () => {
    expect(() => createWindowService(() => null).setKiosk(true)).not.toThrow();
    const fake = fakeWindow();
    fake.destroy();
    createWindowService(() => fake.win).setKiosk(true);
    expect(fake.calls).toEqual([]);
  });
});
