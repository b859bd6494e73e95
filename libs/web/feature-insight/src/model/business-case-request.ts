/** Where a business case starts, read from its address (the URL contract other pages link to). */
export interface BusinessCaseVariables {
  caseStudy: string | null;
  objective: string | null;
  technology: string | null;
}

const read = (params: URLSearchParams, name: string) => params.get(name)?.trim() || null;

/** `/business-case?caseStudy=<id>` or `/business-case?objective=<KEY>&technology=<KEY>`. */
export function businessCaseVariables(params: URLSearchParams): BusinessCaseVariables {
  return {
    caseStudy: read(params, 'caseStudy'),
    objective: read(params, 'objective'),
    technology: read(params, 'technology'),
  };
}

/** Whether the address says where to start at all (else the page explains how to start one). */
export const hasStart = (variables: BusinessCaseVariables) =>
  Boolean(variables.caseStudy || (variables.objective && variables.technology));

/** The address of the business case as a file, Word or Markdown, for the same start. */
export function documentHref(variables: BusinessCaseVariables, file: 'docx' | 'md'): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(variables)) if (value) query.set(name, value);
  return `/business-case/document.${file}?${query.toString()}`;
}

/** A case study's page on this site. */
export const caseStudyPath = (id: string) => `/case-studies/${encodeURIComponent(id)}`;
