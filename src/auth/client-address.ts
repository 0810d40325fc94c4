import { isIPv6 } from 'node:net';

/**
 * The address a rate limit counts against. One IPv6 subscriber gets a whole /64 (2^64
 * addresses), so counting exact IPv6 addresses lets an attacker rotate past any limit:
 * IPv6 is counted per /64 network. IPv4-mapped IPv6 (`::ffff:1.2.3.4`) counts as IPv4.
 */
export function rateLimitSubject(ip: string | undefined): string {
  if (!ip) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1];
  if (!isIPv6(ip)) return ip;
  return `${expandIPv6(ip).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, lower-case, without leading zeros. */
function expandIPv6(ip: string): string[] {
  const address = ip.split('%')[0].toLowerCase();
  const [head, tail] = address.includes('::') ? address.split('::') : [address, undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // An embedded IPv4 tail (::1.2.3.4) holds two groups.
  const last = (tail !== undefined ? right : left).at(-1) ?? '';
  if (last.includes('.')) {
    const [a, b, c, d] = last.split('.').map(Number);
    const groups = [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
    (tail !== undefined ? right : left).splice(-1, 1, ...groups);
  }
  const missing = tail !== undefined ? 8 - left.length - right.length : 0;
  return [...left, ...Array<string>(missing).fill('0'), ...right].map((g) =>
    (parseInt(g || '0', 16) || 0).toString(16),
  );
}
