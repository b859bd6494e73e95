import { REPOSITORY_SCHEMES, show } from '../publiccode-reader';
import type { Section } from '../publiccode-types';
import { deprecated, since } from '../publiccode-versions';
import type { RuleContext } from './rule-context';

const MEDIA_TYPE = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/i;

export interface SoftwareIdentity {
  name?: string;
  repositoryUrl?: string;
  landingUrl?: string;
  isBasedOn: string[];
  softwareVersion?: string;
  releaseDate?: string;
}

/** name, url, landingURL, isBasedOn, versions and dates, logos, roadmap, usedBy. */
export function readSoftware(context: RuleContext, root: Section): SoftwareIdentity {
  const { read, version } = context;
  read.required(root, [], 'name', 'the name of the software');
  const name = read.string(root, [], 'name');
  read.string(root, [], 'applicationSuite');
  read.required(root, [], 'url', 'the address of the source code repository');
  const repositoryUrl = read.url(root, [], 'url', REPOSITORY_SCHEMES);
  const landingUrl = read.url(root, [], 'landingURL');
  const isBasedOn = readIsBasedOn(context, root);
  const softwareVersion = read.string(root, [], 'softwareVersion');
  // 0.2 made releaseDate mandatory once a version had been released; 0.3 made it optional.
  if (!since(version, 3) && softwareVersion !== undefined)
    read.required(root, [], 'releaseDate', 'when the version in softwareVersion was released');
  const releaseDate = read.date(root, [], 'releaseDate');
  read.string(root, [], 'logo');
  read.string(root, [], 'monochromeLogo');
  deprecated(read, version, { section: root, path: [], key: 'monochromeLogo' }, 3, 'use logo');
  readMediaTypes(context, root);
  read.url(root, [], 'roadmap');
  // Names of administrations said to use it: testimonials only; LGX records use by councils themselves.
  read.strings(root, [], 'usedBy');
  return { name, repositoryUrl, landingUrl, isBasedOn, softwareVersion, releaseDate };
}

/** The repositories this software is a variant (fork) of: one URL or a list. */
function readIsBasedOn({ read }: RuleContext, root: Section): string[] {
  const values = read.strings(root, [], 'isBasedOn', true) ?? [];
  const single = !Array.isArray(root['isBasedOn']);
  return values.filter(
    (value, index) =>
      read.checkUrl(value, single ? ['isBasedOn'] : ['isBasedOn', index], REPOSITORY_SCHEMES) !==
      undefined,
  );
}

function readMediaTypes({ read, version }: RuleContext, root: Section): void {
  for (const key of ['inputTypes', 'outputTypes']) {
    read.strings(root, [], key)?.forEach((value, index) => {
      if (!MEDIA_TYPE.test(value))
        read.error(
          [key, index],
          `${show(value)} is not a media type such as "text/plain" (RFC 6838)`,
        );
    });
    deprecated(read, version, { section: root, path: [], key }, 3, 'it can be removed');
  }
}
