import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Language } from '../../pipeline/script/mvs.types';
import { Task } from '../../pipeline/solver/instructions';
import { TaskField } from '../../common/task-field';

/** The form of POST /recognize: a photo in `image`, or `text` to check, and `lang`. */
export class RecognizeDto {
  @ApiPropertyOptional({ example: '3(x-2)=2x+5', description: 'Text to check instead of a photo' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  text?: string;

  @ApiPropertyOptional({ enum: ['zh-CN', 'en-US'], default: 'zh-CN' })
  @IsOptional()
  @IsIn(['zh-CN', 'en-US'], { message: 'lang must be zh-CN or en-US' })
  lang?: Language;

  @TaskField()
  task?: Task;
}
