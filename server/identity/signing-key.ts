/** The sign-in's RS256 key pair: made when first needed (tokens do not outlive the process), published as a JWKS. */
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, jwtVerify, SignJWT, type JWK, type JWTPayload } from 'jose';

export class SigningKey {
  private constructor(
    private readonly privateKey: CryptoKey,
    private readonly publicKey: CryptoKey,
    readonly kid: string,
    readonly publicJwk: JWK,
  ) {}

  static async create(): Promise<SigningKey> {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    const kid = randomUUID();
    const jwk = await exportJWK(publicKey);
    return new SigningKey(privateKey, publicKey, kid, { ...jwk, kid, use: 'sig', alg: 'RS256' });
  }

  sign(payload: JWTPayload): Promise<string> {
    return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: this.kid }).sign(this.privateKey);
  }

  /** Checks the signature, `aud` and `exp`/`nbf` at `now` (ms); throws jose's errors. */
  async verify(token: string, audience: string, now: number): Promise<JWTPayload> {
    const { payload } = await jwtVerify(token, this.publicKey, { algorithms: ['RS256'], audience, currentDate: new Date(now) });
    return payload;
  }
}
