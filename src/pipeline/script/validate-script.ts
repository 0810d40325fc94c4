import Ajv2020 from 'ajv/dist/2020';
import schema from './mvs.schema.json';
import { MathVideoScript } from './mvs.types';
import { PipelineError } from '../errors';

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validator = ajv.compile<MathVideoScript>(schema);

/** Every script, from any provider, passes here before it is stored or rendered. */
export function validateScript(candidate: unknown): MathVideoScript {
  if (validator(candidate)) return candidate;
  const detail = (validator.errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || '/'} ${e.message}`)
    .join('; ');
  throw new PipelineError('INVALID_SCRIPT', detail);
}

export function scriptErrors(candidate: unknown): string[] {
  return validator(candidate)
    ? []
    : (validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}
