import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../electron/host/securityHeaders.ts';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('the Content-Security-Policy shared by app:// and the browser host', () => {
  const csp = directives(contentSecurityPolicy);

  it('never allows eval or inline script', () => {
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
    expect(contentSecurityPolicy).not.toContain('wasm-unsafe-eval');
    expect(csp.get('script-src')).toEqual(["'self'"]);
  });

  it('names no remote origin and no wildcard anywhere', () => {
    for (const [name, values] of csp) {
      for (const value of values) {
        expect(value, `${name} ${value}`).not.toMatch(/^(https?:|wss?:|\*|\/\/)/);
        expect(value, `${name} ${value}`).not.toContain('*');
        expect(value, `${name} ${value}`).not.toMatch(/\.[a-z]{2,}(:\d+)?$/i);
      }
    }
  });

  it('falls back to self and shuts objects, base and framing off', () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });
});
