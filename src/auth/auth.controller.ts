import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiNoContentResponse } from '@nestjs/swagger';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { AuthService } from './auth.service';
import { CredentialsDto } from './dto/credentials.dto';
import { ChangePasswordDto } from './dto/change-password.dto';
import { SignupDto } from './dto/signup.dto';
import { CurrentUser, JwtAuthGuard } from './guards';
import { AuthUser } from './token.service';
import { RateLimitGuard, RateLimited } from './rate-limit.guard';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('signup')
  @ApiCreatedResponse({ description: '{access_token}' })
  @ApiResponse({ status: 409, description: 'Email already registered' })
  @ApiResponse({ status: 429, description: 'Too many attempts (Retry-After)' })
  @UseGuards(RateLimitGuard)
  @RateLimited(['SIGNUP_RATE_PER_MINUTE', 'SIGNUP_RATE_PER_DAY'], 'closed')
  @ApiResponse({ status: 403, description: 'Missing or wrong invite code (SIGNUP_INVITE_CODE)' })
  signup(@Body() dto: SignupDto): Promise<{ access_token: string }> {
    return this.auth.signup(dto);
  }

  @Post('login')
  @ApiOkResponse({ description: '{access_token}' })
  @ApiResponse({ status: 401, description: 'Wrong email or password' })
  @ApiResponse({ status: 429, description: 'Too many attempts (Retry-After)' })
  @HttpCode(200)
  @UseGuards(RateLimitGuard)
  @RateLimited('LOGIN_RATE_PER_MINUTE', 'closed')
  login(@Body() dto: CredentialsDto): Promise<{ access_token: string }> {
    return this.auth.login(dto);
  }

  /** A new password; every earlier token (other devices too) stops working. */
  @Post('password')
  @ApiBearerAuth()
  @ApiOkResponse({ description: '{access_token}: a fresh token for this device' })
  @ApiResponse({ status: 401, description: 'Wrong current password' })
  @HttpCode(200)
  @UseGuards(JwtAuthGuard)
  changePassword(
    @CurrentUser() user: AuthUser,
    @Body() dto: ChangePasswordDto,
  ): Promise<{ access_token: string }> {
    return this.auth.changePassword(user, dto);
  }

  /** Log out everywhere: every token of the account, this one included, stops working. */
  @Post('logout-all')
  @ApiBearerAuth()
  @ApiNoContentResponse()
  @HttpCode(204)
  @UseGuards(JwtAuthGuard)
  async logoutAll(@CurrentUser() user: AuthUser): Promise<void> {
    await this.auth.revokeAll(user);
  }

  /** Who the token belongs to and how many videos they have left. */
  @Get('me')
  @ApiBearerAuth()
  @UseGuards(JwtAuthGuard)
  me(@CurrentUser() user: AuthUser): { email: string; role: string; quota: number } {
    // The row was read to authenticate this request (role, token version): no second read.
    return { email: user.email, role: user.role, quota: user.quota };
  }
}
