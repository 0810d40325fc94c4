import {
  BadRequestException,
  Body,
  Controller,
  Get,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Patch,
  Query,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { JwtAuthGuard, Roles, RolesGuard } from '../auth/guards';
import { UserEntity } from '../auth/entities/user.entity';
import { UsersRepository } from '../auth/users.repository';
import { UpdateUserDto } from './dto/update-user.dto';

/** What an admin sees of an account (never the hash or token version). */
const view = (u: UserEntity) => ({ id: u.id, email: u.email, role: u.role, quota: u.quota });

/**
 * Accounts, for admins: find by email, promote or demote, grant videos. A role change
 * takes effect on the user's next request (roles are read from the database, not tokens).
 */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/users')
@UseGuards(JwtAuthGuard, RolesGuard)
@Roles('admin')
export class UsersAdminController {
  constructor(private readonly users: UsersRepository) {}

  @Get()
  async find(@Query('email') email?: string) {
    if (!email) throw new BadRequestException('Give the email to look up: ?email=…');
    const user = await this.users.findByEmail(email.trim().toLowerCase());
    if (!user) throw new NotFoundException('No account has this email.');
    return view(user);
  }

  @Patch(':id')
  async update(@Param('id', ParseUUIDPipe) id: string, @Body() change: UpdateUserDto) {
    if (change.role === undefined && change.quota === undefined)
      throw new BadRequestException('Send "role" and/or "quota" to change.');
    const user = await this.users.update(id, change);
    if (!user) throw new NotFoundException('No such user.');
    return view(user);
  }
}
