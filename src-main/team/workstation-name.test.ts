import { describe, expect, it } from 'vitest';
import { workstationName } from './workstation-name';

describe('workstationName', () => {
  it('keeps a plain host name and cuts the rest to what the server accepts', () => {
    expect(workstationName('ZVH-PC-042')).toBe('ZVH-PC-042');
    expect(workstationName('pc.zvh.local')).toBe('pc.zvh.local');
    expect(workstationName('_pc$werk:1')).toBe('pc-werk-1');
    expect(workstationName('x'.repeat(100))).toHaveLength(64);
    expect(workstationName('---')).toBe('Werkplek');
    expect(workstationName('')).toBe('Werkplek');
    expect(workstationName()).toMatch(/^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,63}$/u);
  });
});
