import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { CredentialsDto } from './credentials.dto';

export class SignupDto extends CredentialsDto {
  @ApiPropertyOptional({ description: 'Required when the server sets SIGNUP_INVITE_CODE' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  invite_code?: string;
}
