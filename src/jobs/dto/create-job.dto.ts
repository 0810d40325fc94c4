import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Language } from '../../pipeline/script/mvs.types';
import { Task } from '../../pipeline/solver/instructions';
import { TaskField } from '../../common/task-field';

/** The form fields of POST /jobs (the photo, if any, arrives as the `image` file). */
export class CreateJobDto {
  @ApiPropertyOptional({
    example: '解方程：x^2 - 5x + 6 = 0',
    description: 'The problem as text or LaTeX (instead of a photo)',
  })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1, { message: 'text must not be empty' })
  @MaxLength(2000, { message: 'text must be at most 2000 characters' })
  text?: string;

  @ApiPropertyOptional({ enum: ['zh-CN', 'en-US'], default: 'zh-CN' })
  @IsOptional()
  @IsIn(['zh-CN', 'en-US'], { message: 'lang must be zh-CN or en-US' })
  lang?: Language;

  @TaskField()
  task?: Task;
}
