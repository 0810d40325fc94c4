/**
 * Secrets that have been published (in this repository's compose file, its examples, or
 * the stores' own documentation). Anyone can sign a token with a published JWT secret, so
 * a production process refuses them rather than trusting the operator to have changed them.
 */
const PUBLISHED_SECRETS = new Set([
  'dev-only-secret-change-me-0123456789abcdef',
  'minio123',
  'minioadmin',
  'admin',
  'password',
]);

/** Words that mark a placeholder nobody meant to deploy. */
const PLACEHOLDER = /change[-_ ]?me|replace[-_ ]?me|example|placeholder|your[-_ ]?secret/i;

/** Fewer distinct characters than this is a pattern (`aaaa…`, `0123…0123`), not a secret. */
const MIN_DISTINCT_CHARACTERS = 12;

/** Why a secret may not be used in production, or null when it may. */
export function secretWeakness(value: string | undefined): string | null {
  if (!value) return null;
  if (PUBLISHED_SECRETS.has(value)) return 'is a published example value';
  if (PLACEHOLDER.test(value)) return 'is a placeholder (it says "change me" or "example")';
  if (new Set(value).size < MIN_DISTINCT_CHARACTERS)
    return `has fewer than ${MIN_DISTINCT_CHARACTERS} different characters`;
  return null;
}

/** The settings whose values sign tokens or open the object store. */
const PRODUCTION_SECRETS = ['JWT_SECRET', 'AWS_SECRET_ACCESS_KEY'] as const;

/**
 * Problems with secrets in production (NODE_ENV=production): each names the variable and
 * says how to make a good one.
 */
export function productionSecretProblems(
  settings: Partial<Record<(typeof PRODUCTION_SECRETS)[number], string>>,
): string[] {
  return PRODUCTION_SECRETS.flatMap((key) => {
    const weakness = secretWeakness(settings[key]);
    return weakness ? [`${key}: ${weakness}; generate one with \`openssl rand -base64 48\``] : [];
  });
}
