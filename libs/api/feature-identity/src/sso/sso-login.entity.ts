import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A sign-on in progress: what the callback must check (state, nonce, PKCE verifier). */
@Entity('sso_login')
export class SsoLoginEntity {
  @PrimaryColumn('text')
  state!: string;

  @Column('text')
  domain!: string;

  @Column('text')
  nonce!: string;

  @Column('text')
  codeVerifier!: string;

  @Column('timestamptz')
  expiresAt!: Date;
}
