import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import type { Role } from '../../auth/entities/user.entity';

export class UpdateUserDto {
  @ApiPropertyOptional({ enum: ['user', 'admin'] })
  @IsOptional()
  @IsIn(['user', 'admin'], { message: 'role must be "user" or "admin"' })
  role?: Role;

  @ApiPropertyOptional({ description: 'Videos the user may still create' })
  @IsOptional()
  @IsInt({ message: 'quota must be a whole number' })
  @Min(0)
  @Max(100000)
  quota?: number;
}
