import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Language } from '../../pipeline/script/mvs.types';

/** The form fields of POST /jobs (the photo, if any, arrives as the `image` file). */
export class CreateJobDto {
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1, { message: 'text must not be empty' })
  @MaxLength(2000, { message: 'text must be at most 2000 characters' })
  text?: string;

  @IsOptional()
  @IsIn(['zh-CN', 'en-US'], { message: 'lang must be zh-CN or en-US' })
  lang?: Language;
}
