import { PipelineError } from '../pipeline/errors';
import { decideFailure, failureOwner } from './failure-policy';

const budget = (retriesUsed: number, lastAttempt = false) => ({
  retriesUsed: () => Promise.resolve(retriesUsed),
  budget: 2,
  lastAttempt,
});

describe('failure policy', () => {
  it('fails hopeless input at once and keeps the video spent', async () => {
    for (const code of [
      'NO_PROBLEM_FOUND',
      'UNSUPPORTED_PROBLEM',
      'PROBLEM_TOO_LARGE',
      'INVALID_IMAGE',
    ] as const)
      expect(await decideFailure(new PipelineError(code), budget(0))).toEqual({
        action: 'fail',
        refund: false,
      });
    // The offline checker's refusal is deterministic: input, not model.
    expect(failureOwner(new PipelineError('ANSWER_CHECK_FAILED', 'x', true))).toBe('input');
    // The retry budget is a query: only a model fault asks for it.
    const notAsked = { ...budget(0), retriesUsed: () => Promise.reject(new Error('asked')) };
    for (const code of ['NO_PROBLEM_FOUND', 'PROVIDER_REJECTED', 'UNCLEAR_READING'] as const)
      await expect(decideFailure(new PipelineError(code), notAsked)).resolves.toHaveProperty(
        'action',
      );
  });

  it('refuses an unclear photo at once and gives the video back', async () => {
    expect(
      await decideFailure(new PipelineError('UNCLEAR_READING', 'unsure of 7'), budget(0)),
    ).toEqual({
      action: 'fail',
      refund: true,
    });
  });

  it('refunds an operator fault: a rejected key at once, an unreachable endpoint after retries', async () => {
    expect(
      await decideFailure(new PipelineError('PROVIDER_REJECTED', 'HTTP 401'), budget(9)),
    ).toEqual({
      action: 'fail',
      refund: true,
    });
    expect(await decideFailure(new PipelineError('PROVIDER_UNAVAILABLE'), budget(9))).toEqual({
      action: 'retry',
    });
  });

  it('retries a model fault within the daily budget, then charges without retrying', async () => {
    const mismatch = new PipelineError('ANSWER_CHECK_FAILED', 'model said 12', false);
    expect(await decideFailure(mismatch, budget(0))).toEqual({ action: 'retry' });
    expect(await decideFailure(mismatch, budget(1))).toEqual({ action: 'retry' });
    expect(await decideFailure(mismatch, budget(2))).toEqual({ action: 'fail', refund: false });
    // The last attempt goes on to BullMQ's failed event, which refunds.
    expect(await decideFailure(mismatch, budget(2, true))).toEqual({ action: 'retry' });
    expect(
      await decideFailure(new PipelineError('INVALID_SCRIPT', 'not JSON', false), budget(5)),
    ).toEqual({
      action: 'fail',
      refund: false,
    });
  });
});
