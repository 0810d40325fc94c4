import { ApiProperty } from '@nestjs/swagger';
import { IsString, Validate } from 'class-validator';
import { PasswordBytes } from './credentials.dto';

export class ChangePasswordDto {
  @ApiProperty({ description: 'The password in use now' })
  @IsString({ message: 'current_password must be a string' })
  current_password!: string;

  @ApiProperty({ description: '8 to 72 bytes (UTF-8)' })
  @IsString({ message: 'new_password must be a string' })
  @Validate(PasswordBytes)
  new_password!: string;
}
