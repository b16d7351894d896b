// The client's address as the session binding sees it: the connection's, or behind a trusted proxy
// the last hop of X-Forwarded-For; the header from anyone else ignored; a trusted proxy without a
// usable last hop refused (undefined), never taken as the client.
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

const from = (remoteAddress: string, forwarded?: string) =>
  ({
    socket: { remoteAddress },
    headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded },
  }) as unknown as IncomingMessage;

describe('clientAddress', () => {
  it('is the connection’s address, IPv4 written plainly, when no proxy is trusted', () => {
    expect(clientAddress(from('::ffff:192.0.2.7', '198.51.100.1'))).toBe('192.0.2.7');
    expect(clientAddress(from('2001:db8::7', '198.51.100.1'), ['192.0.2.10'])).toBe('2001:db8::7');
  });

  it('takes the last hop from a trusted proxy only', () => {
    const trusted = ['192.0.2.10'];
    expect(clientAddress(from('::ffff:192.0.2.10', '198.51.100.9, 203.0.113.4'), trusted)).toBe('203.0.113.4');
    expect(clientAddress(from('192.0.2.10', '::ffff:203.0.113.5'), trusted)).toBe('203.0.113.5');
    expect(clientAddress(from('192.0.2.10', '2001:db8::5 '), trusted)).toBe('2001:db8::5');
    expect(clientAddress(from('192.0.2.11', '203.0.113.4'), trusted)).toBe('192.0.2.11');
  });

  it('refuses a trusted proxy that forwards no usable address', () => {
    const trusted = ['192.0.2.10'];
    for (const forwarded of [undefined, '', '203.0.113.4, ', 'unknown', '203.0.113.4:5555']) {
      expect(clientAddress(from('192.0.2.10', forwarded), trusted)).toBeUndefined();
    }
  });
});
