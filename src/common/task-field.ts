import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { TASKS } from '../pipeline/solver/instructions';

/** The optional `task` form field of POST /jobs and POST /recognize (product.md). */
export function TaskField(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      enum: TASKS,
      description: 'What to do when the problem shows an expression but no instruction',
    }),
    IsOptional(),
    IsIn(TASKS, { message: `task must be one of ${TASKS.join(', ')}` }),
  );
}
