import sharp from 'sharp';
import { PipelineError } from '../errors';
import { postJson } from '../http/post-json';

/** An OpenAI-compatible endpoint's settings (LLM_BASE_URL, LLM_API_KEY, LLM_MODEL, LLM_TIMEOUT_MS). */
export interface LlmConfig {
  baseUrl: string;
  apiKey: string;
  model: string;
  timeoutMs: number;
}

/**
 * One chat completion that must come back as a JSON object, with the endpoint's failures
 * mapped to the pipeline's: a rejected key or model (400/401/403/404) is PROVIDER_REJECTED,
 * an unreachable or failing endpoint PROVIDER_UNAVAILABLE, a reply that is not the JSON asked
 * for INVALID_SCRIPT (retryable: a model may do better on the next try).
 */
export async function completeJson(config: LlmConfig, messages: unknown[]): Promise<unknown> {
  let response: Response;
  try {
    const body = {
      model: config.model,
      temperature: 0.2,
      response_format: { type: 'json_object' },
      messages,
    };
    response = await postJson(
      config.baseUrl,
      'chat/completions',
      config.apiKey,
      body,
      config.timeoutMs,
    );
  } catch (e) {
    throw new PipelineError('PROVIDER_UNAVAILABLE', (e as Error).message);
  }
  if ([400, 401, 403, 404].includes(response.status))
    throw new PipelineError('PROVIDER_REJECTED', `HTTP ${response.status}`);
  if (!response.ok) throw new PipelineError('PROVIDER_UNAVAILABLE', `HTTP ${response.status}`);
  let body: { choices?: { message?: { content?: unknown } }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new PipelineError('INVALID_SCRIPT', 'response is not JSON', false);
  }
  const content = body.choices?.[0]?.message?.content;
  if (typeof content !== 'string')
    throw new PipelineError('INVALID_SCRIPT', 'no message content', false);
  return parseJsonReply(content);
}

function parseJsonReply(content: string): unknown {
  const trimmed = content
    .trim()
    .replace(/^```(?:json)?\s*/i, '')
    .replace(/```\s*$/, '');
  try {
    return JSON.parse(trimmed);
  } catch {
    throw new PipelineError('INVALID_SCRIPT', 'the model did not reply with JSON', false);
  }
}

/** The photo as the model sees it: upright, at most 2000 px, JPEG. */
export async function imageContent(image: Buffer): Promise<unknown> {
  try {
    const jpeg = await sharp(image, { limitInputPixels: 40_000_000 })
      .rotate()
      .resize({ width: 2000, height: 2000, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 90 })
      .toBuffer();
    return {
      type: 'image_url',
      image_url: { url: `data:image/jpeg;base64,${jpeg.toString('base64')}` },
    };
  } catch (e) {
    throw new PipelineError('INVALID_IMAGE', (e as Error).message);
  }
}
