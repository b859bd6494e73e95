import { completeWebAddress } from '@lgx/shared/domain';
import type { ComponentDetailsFragment, ComponentInput } from '@lgx/web/data-access';
import type { AutocompleteOption, FormProblem } from '@lgx/web/ui';

/** Input ids by the API's field names, in the order the form shows them. */
export const COMPONENT_FIELD_IDS = {
  name: 'component-name',
  kind: 'component-kind',
  summary: 'component-summary',
  description: 'component-description',
  url: 'component-url',
  licence: 'component-licence',
  maturity: 'component-maturity',
  maintainingCouncilCodes: 'component-maintainers',
  serviceAreas: 'component-service-areas',
  technologies: 'component-technologies',
  standards: 'component-standards',
  features: 'component-features',
  documentationUrl: 'component-documentation-url',
  dependencies: 'component-open-dependencies',
} as const;

export interface ComponentFormDefaults {
  name: string;
  kind: string;
  summary: string;
  description: string;
  url: string;
  licence: string;
  maturity: string;
  /** Maintainers and councils still asked, other than the editor's, by code and name. */
  otherMaintainers: AutocompleteOption[];
  serviceAreas: string[];
  technologies: string[];
  standards: string[];
  features: string;
  documentationUrl: string;
  openDependencies: string;
  proprietaryDependencies: string;
}

export const NEW_COMPONENT: ComponentFormDefaults = {
  name: '',
  kind: '',
  summary: '',
  description: '',
  url: '',
  licence: '',
  maturity: '',
  otherMaintainers: [],
  serviceAreas: [],
  technologies: [],
  standards: [],
  features: '',
  documentationUrl: '',
  openDependencies: '',
  proprietaryDependencies: '',
};

/** The form's starting values for an existing component (other maintainers than the editor's council). */
export function defaultsFrom(
  component: ComponentDetailsFragment,
  ownCouncilCode: string,
): ComponentFormDefaults {
  const dependencies = (proprietary: boolean) =>
    component.dependencies
      .filter((dependency) => dependency.proprietary === proprietary)
      .map((dependency) => dependency.name)
      .join('\n');
  return {
    name: component.name,
    kind: component.kind.key,
    summary: component.summary,
    description: component.description,
    url: component.url ?? '',
    licence: component.licence,
    maturity: component.maturity.key,
    // Councils still asked stay named, so saving the form does not withdraw their invitation.
    otherMaintainers: [
      ...component.maintainingCouncils,
      ...(component.coMaintainerInvitations ?? [])
        .filter((invitation) => invitation.status === 'PENDING')
        .map((invitation) => invitation.council),
    ]
      .filter((council) => council.code !== ownCouncilCode)
      .map((council) => ({ value: council.code, label: council.name })),
    serviceAreas: component.serviceAreas.map((term) => term.key),
    technologies: component.technologies.map((term) => term.key),
    standards: component.standards.map((term) => term.key),
    features: component.features.join('\n'),
    documentationUrl: component.documentationUrl ?? '',
    openDependencies: dependencies(false),
    proprietaryDependencies: dependencies(true),
  };
}

/** Reads one named value (text, or the checked radio) from a form. */
export type FormReader = {
  text: (name: string) => string;
  all: (name: string) => string[];
};

export function formReader(form: HTMLFormElement): FormReader {
  const data = new FormData(form);
  return {
    text: (name) => String(data.get(name) ?? ''),
    all: (name) => data.getAll(name).map(String),
  };
}

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/** The input for the API, and the problems worth catching before sending it. */
export function readComponentForm(read: FormReader): {
  input: ComponentInput;
  problems: FormProblem[];
} {
  const ids = COMPONENT_FIELD_IDS;
  const input: ComponentInput = {
    name: read.text(ids.name).trim(),
    kind: read.text(ids.kind),
    summary: read.text(ids.summary).trim(),
    description: read.text(ids.description),
    url: completeWebAddress(read.text(ids.url)) || null,
    licence: read.text(ids.licence).trim(),
    maturity: read.text(ids.maturity),
    maintainingCouncilCodes: [
      ...new Set(
        read
          .all(ids.maintainingCouncilCodes)
          .map((code) => code.trim().toUpperCase())
          .filter(Boolean),
      ),
    ],
    serviceAreas: read.all(ids.serviceAreas),
    technologies: read.all(ids.technologies),
    standards: read.all(ids.standards),
    features: lines(read.text(ids.features)),
    documentationUrl: completeWebAddress(read.text(ids.documentationUrl)) || null,
    dependencies: [
      ...lines(read.text(ids.dependencies)).map((name) => ({ name, proprietary: false })),
      ...lines(read.text('component-proprietary-dependencies')).map((name) => ({
        name,
        proprietary: true,
      })),
    ],
  };
  const problems: FormProblem[] = [];
  if (!input.name) problems.push({ field: 'name', message: 'Enter a name' });
  if (!input.kind) problems.push({ field: 'kind', message: 'Choose what kind of component it is' });
  if (!input.summary) problems.push({ field: 'summary', message: 'Enter a summary' });
  if (!input.licence)
    problems.push({
      field: 'licence',
      message: 'Enter the licence as an SPDX identifier, like MIT or OGL-UK-3.0',
    });
  if (!input.maturity) problems.push({ field: 'maturity', message: 'Choose a maturity' });
  const typedCouncil = read.text(`${ids.maintainingCouncilCodes}-typed`).trim();
  if (typedCouncil)
    problems.push({
      field: 'maintainingCouncilCodes',
      message: `Choose ${typedCouncil} from the list of councils, or clear the box`,
    });
  return { input, problems };
}
