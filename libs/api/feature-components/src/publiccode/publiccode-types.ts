import type { ComponentMaturity } from '@lgx/shared/domain';

/** One thing wrong (or discouraged) in a publiccode.yml, at a key path such as `description.en.features`. */
export interface PubliccodeProblem {
  path: string;
  message: string;
  line?: number;
}

export interface ImportedDependency {
  name: string;
  kind: 'open' | 'proprietary' | 'hardware';
  version?: string;
  optional: boolean;
}

/** An organisation named by the file (`organisation`, `fundedBy`, publiccode.yml 0.5 and later). */
export interface ImportedOrganisation {
  name: string;
  uri: string | null;
}

/** What LGX takes from a valid publiccode.yml. */
export interface ImportedComponent {
  name: string;
  summary: string;
  description: string;
  features: string[];
  repositoryUrl: string;
  landingUrl: string | null;
  documentationUrl: string | null;
  licence: string;
  maturity: ComponentMaturity;
  developmentStatus: string;
  softwareType: string;
  softwareVersion: string | null;
  releaseDate: string | null;
  platforms: string[];
  categories: string[];
  maintenanceType: string;
  dependencies: ImportedDependency[];
  /** The description language LGX took the texts from. */
  language: string;
  organisation: ImportedOrganisation | null;
  fundedBy: ImportedOrganisation[];
  /** Repositories this one is a variant or fork of. */
  isBasedOn: string[];
}

export interface PubliccodeVerdict {
  valid: boolean;
  /** The publiccodeYmlVersion the file declares, when it has one ("0" means the latest 0.x). */
  version: string | null;
  errors: PubliccodeProblem[];
  warnings: PubliccodeProblem[];
  /** Present when valid. */
  component?: ImportedComponent;
}

export type Path = (string | number)[];
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Section = { [key: string]: Json };

export function isSection(value: unknown): value is Section {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
