import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull, MoreThan, type EntityManager } from 'typeorm';
import { FieldCipher } from '../../../infra/crypto/field-cipher';
import { TokenHasher } from '../../../infra/crypto/token-hasher';
import { STAFF_LOGIN_CHALLENGE_FIELDS } from './staff-login-challenge-fields';
import { StaffLoginChallengeEntity } from './staff-login-challenge.entity';
import type { ChallengeStep } from './staff-login-step';
import { StaffException } from './staff.exception';

export const CHALLENGE_TTL_MS = 5 * 60 * 1000;
const MAX_TOKEN_LENGTH = 128;

/** One-use, five-minute proofs that a staff member passed the previous login step; stored hashed. */
@Injectable()
export class StaffChallenges {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: TokenHasher,
    private readonly cipher: FieldCipher,
  ) {}

  /**
   * Issues a challenge for `step`, with the TOTP secret offered for enrolment stored encrypted for this challenge;
   * the returned token is shown to the client once and never stored.
   */
  async issue(manager: EntityManager, userId: string, step: ChallengeStep, pendingTotpSecret: string | null = null): Promise<string> {
    const token = this.hasher.generate();
    const now = new Date();
    const id = randomUUID();
    await manager.insert(StaffLoginChallengeEntity, {
      id,
      tokenHash: this.hasher.hash(token),
      userId,
      step,
      pendingTotpSecretCipher: pendingTotpSecret === null ? null : this.cipher.seal(STAFF_LOGIN_CHALLENGE_FIELDS.pendingTotpSecret, { id }, pendingTotpSecret),
      expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS),
      usedAt: null,
      createdAt: now,
    });
    return token;
  }

  /** The live challenge for this token and step; CHALLENGE_INVALID when unknown, used, expired or for another step. */
  async find(token: string, step: ChallengeStep): Promise<StaffLoginChallengeEntity> {
    if (token.length === 0 || token.length > MAX_TOKEN_LENGTH) throw StaffException.challengeInvalid();
    const challenge = await this.dataSource.manager.findOneBy(StaffLoginChallengeEntity, {
      tokenHash: this.hasher.hash(token),
      step,
      usedAt: IsNull(),
      expiresAt: MoreThan(new Date()),
    });
    if (!challenge) throw StaffException.challengeInvalid();
    return challenge;
  }

  /** Marks the challenge used; only one caller can ever win (compare-and-set on used_at). */
  async consume(manager: EntityManager, challenge: StaffLoginChallengeEntity): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(StaffLoginChallengeEntity)
      .set({ usedAt: new Date() })
      .where('id = :id AND used_at IS NULL', { id: challenge.id })
      .execute();
    if (result.affected !== 1) throw StaffException.challengeInvalid();
  }

  /** Drops a user's unused challenges (after lockout or a finished login) and old rows of anyone. */
  async discardFor(manager: EntityManager, userId: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(StaffLoginChallengeEntity)
      .set({ usedAt: new Date() })
      .where('user_id = :userId AND used_at IS NULL', { userId })
      .execute();
    await manager
      .createQueryBuilder()
      .delete()
      .from(StaffLoginChallengeEntity)
      .where('expires_at < :cutoff', { cutoff: new Date(Date.now() - 24 * 60 * 60 * 1000) })
      .execute();
  }
}
