import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One unified-identity login in flight: created by beginUnifiedLogin, used once by completeUnifiedLogin. */
@Entity({ name: 'oidc_login_requests' })
export class OidcLoginRequestEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** SM3 of the state handed to the browser; the state itself is never stored. */
  @Column({ name: 'state_hash', type: 'varchar', length: 64, unique: true })
  stateHash: string;

  @Column({ type: 'varchar', length: 64 })
  nonce: string;

  /** The PKCE verifier, encrypted with the field cipher. */
  @Column({ name: 'code_verifier_cipher', type: 'text' })
  codeVerifierCipher: string;

  @Column({ name: 'redirect_uri', type: 'varchar', length: 2000 })
  redirectUri: string;

  @Column({ name: 'expires_at', type: 'datetime', precision: 3 })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'datetime', precision: 3, nullable: true })
  usedAt: Date | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
