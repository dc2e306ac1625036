import { Body, Controller, HttpCode, Post, UnauthorizedException } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { AccountsService } from '../../../../libs/accounts/src/accounts.service.js';
import { Public } from './auth.decorators.js';
import { TokenService } from './token.service.js';

export class LoginDto {
  @ApiProperty({ example: 'agent@demo.example' })
  @IsEmail()
  @MaxLength(320)
  email!: string;

  @ApiProperty({ example: 'demo-password' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  password!: string;
}

export class TokenDto {
  @ApiProperty({ description: 'send as Authorization: Bearer <accessToken>, and as auth.token to socket.io' })
  accessToken!: string;

  @ApiProperty({ description: 'seconds until the token expires' })
  expiresIn!: number;
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly tokens: TokenService,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenDto })
  @ApiUnauthorizedResponse({ description: 'wrong e-mail or password' })
  async login(@Body() body: LoginDto): Promise<TokenDto> {
    const user = await this.accounts.verifyPassword(body.email, body.password);
    if (!user) throw new UnauthorizedException('wrong e-mail or password');
    return this.tokens.issue(user.id);
  }
}
