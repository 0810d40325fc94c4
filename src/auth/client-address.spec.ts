import { rateLimitSubject } from './client-address';

describe('rateLimitSubject', () => {
  it('counts IPv4 addresses one by one, and IPv4-mapped IPv6 as IPv4', () => {
    expect(rateLimitSubject('203.0.113.7')).toBe('203.0.113.7');
    expect(rateLimitSubject('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts IPv6 per /64, however the address is written', () => {
    const net = '2001:db8:1:2::/64';
    for (const ip of [
      '2001:db8:1:2::1',
      '2001:0db8:0001:0002:ffff:ffff:ffff:ffff',
      '2001:DB8:1:2:0:0:0:9',
      '2001:db8:1:2::10.0.0.1',
    ])
      expect(rateLimitSubject(ip)).toBe(net);
    expect(rateLimitSubject('2001:db8:1:3::1')).not.toBe(net);
    expect(rateLimitSubject('::1')).toBe('0:0:0:0::/64');
    expect(rateLimitSubject('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });

  it('has a subject even without an address', () => {
    expect(rateLimitSubject(undefined)).toBe('unknown');
  });
});
