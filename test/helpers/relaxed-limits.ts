/**
 * Rate limits raised for test and benchmark servers: they sign many students up and make
 * many jobs from one address. The limits themselves have tests of their own.
 */
export const RELAXED_RATE_LIMITS = {
  SIGNUP_RATE_PER_MINUTE: '1000',
  SIGNUP_RATE_PER_DAY: '100000',
  LOGIN_ACCOUNT_RATE_PER_HOUR: '1000',
  JOBS_RATE_PER_MINUTE: '1000',
};
