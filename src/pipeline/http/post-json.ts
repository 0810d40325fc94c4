/** Why a call to an external HTTP service did not produce a response. */
export class ServiceUnreachableError extends Error {}

/**
 * POSTs JSON with a bearer key to `${baseUrl}/${path}` and gives up after `timeoutMs`.
 * Used by the LLM and speech providers, which map the outcome to their own errors.
 */
export async function postJson(
  baseUrl: string,
  path: string,
  apiKey: string,
  body: unknown,
  timeoutMs: number,
): Promise<Response> {
  try {
    return await fetch(`${baseUrl.replace(/\/+$/, '')}/${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (e) {
    throw new ServiceUnreachableError(
      (e as Error).name === 'TimeoutError'
        ? `no answer within ${timeoutMs} ms`
        : (e as Error).message,
    );
  }
}
