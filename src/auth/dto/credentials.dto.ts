import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, Validate, ValidatorConstraint } from 'class-validator';
import type { ValidatorConstraintInterface } from 'class-validator';

/** bcrypt reads at most 72 bytes: a longer password would be silently cut, so it is refused. */
@ValidatorConstraint({ name: 'passwordBytes' })
export class PasswordBytes implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string') return false;
    const bytes = Buffer.byteLength(value, 'utf8');
    return bytes >= 8 && bytes <= 72;
  }
  defaultMessage(): string {
    return 'password must be 8 to 72 bytes long (about 8–24 Chinese characters)';
  }
}

export class CredentialsDto {
  @ApiProperty({ example: 'student@example.com', description: 'Trimmed and lower-cased' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'correct horse battery', description: '8 to 72 bytes (UTF-8)' })
  @IsString({ message: 'password must be a string' })
  @Validate(PasswordBytes)
  password!: string;
}
