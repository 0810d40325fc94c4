import { productionSecretProblems, secretWeakness } from './secret-strength';

describe('secretWeakness', () => {
  it.each([
    ['dev-only-secret-change-me-0123456789abcdef', /published/],
    ['minio123', /published/],
    ['change-me-run-openssl-rand-base64-48', /placeholder/],
    ['this-is-an-example-secret-of-32-chars!', /placeholder/],
    ['a'.repeat(40), /different characters/],
    ['0123012301230123012301230123012301', /different characters/],
  ])('refuses %s', (secret, reason) => {
    expect(secretWeakness(secret)).toMatch(reason);
  });

  it('accepts a random secret, and has nothing to say about an unset one', () => {
    expect(secretWeakness('q3J9v7Wm2xKp0rTz8LcN5bYh4sGd6fAe1uQo')).toBeNull();
    expect(secretWeakness(undefined)).toBeNull();
  });

  it('names each weak production secret and says how to make one', () => {
    expect(
      productionSecretProblems({ JWT_SECRET: 'change-me-please-change-me-please-00' }),
    ).toEqual([expect.stringMatching(/^JWT_SECRET: is a placeholder.*openssl rand/)]);
  });
});
