import { Inject, Injectable } from '@nestjs/common';
import { jwtVerify, SignJWT } from 'jose';
import { APP_CONFIG, type AppConfig } from '../../../../libs/config/src/config.js';

/** Bearer tokens: HS256 JWTs naming the user, signed with AUTH_SECRET, valid TOKEN_TTL_SECONDS. */
@Injectable()
export class TokenService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async issue(userId: string): Promise<{ accessToken: string; expiresIn: number }> {
    const accessToken = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuedAt()
      .setExpirationTime(`${this.config.tokenTtlSeconds}s`)
      .sign(this.config.authSecret);
    return { accessToken, expiresIn: this.config.tokenTtlSeconds };
  }

  /** The user id, or null for a missing, malformed, forged or expired token. */
  async verify(token: string | undefined | null): Promise<string | null> {
    if (!token) return null;
    try {
      const { payload } = await jwtVerify(token, this.config.authSecret, { algorithms: ['HS256'] });
      return typeof payload.sub === 'string' ? payload.sub : null;
    } catch {
      return null;
    }
  }
}
