import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** OpenID Connect single sign-on for one council email domain (e.g. Entra ID, Google Workspace). */
@Entity('sso_provider')
export class SsoProviderEntity {
  @PrimaryColumn('text')
  domain!: string;

  @Column('text')
  issuer!: string;

  @Column('text')
  clientId!: string;

  /** Encrypted with the server's secret key. */
  @Column('text')
  clientSecret!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
