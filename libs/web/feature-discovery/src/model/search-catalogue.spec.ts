import {
  contentTypeByDocumentType as byDocumentType,
  contentTypeBySlug as bySlug,
  facetsFor as facetsOf,
  sortsFor as sortsOf,
} from './search-catalogue';
import { TEST_CATALOGUE } from './test-catalogue';

const contentTypeBySlug = (slug: string) => bySlug(TEST_CATALOGUE, slug);
const contentTypeByDocumentType = (type: string) => byDocumentType(TEST_CATALOGUE, type);
const sortsFor = (types: Parameters<typeof sortsOf>[1]) => sortsOf(TEST_CATALOGUE, types);
const facetsFor = (types: Parameters<typeof facetsOf>[1]) => facetsOf(TEST_CATALOGUE, types);

describe('content types', () => {
  it('maps address slugs and document types to content types', () => {
    expect(contentTypeBySlug('case-study')).toBe('CASE_STUDY');
    expect(contentTypeByDocumentType('contract')).toBe('CONTRACT');
    expect(contentTypeByDocumentType('supplier_experience')).toBe('SUPPLIER_EXPERIENCE');
    expect(contentTypeByDocumentType('supplier')).toBe('SUPPLIER');
    expect(contentTypeBySlug('supplier')).toBe('SUPPLIER');
    expect(contentTypeBySlug('CASE_STUDY')).toBeUndefined();
  });

  it('offers only the sorts that mean something for the chosen types', () => {
    expect(sortsFor([])).toEqual(['RELEVANCE', 'NEWEST', 'NAME']);
    expect(sortsFor(['COUNCIL'])).toEqual(['RELEVANCE', 'NAME']);
    expect(sortsFor(['SUPPLIER'])).toEqual(['RELEVANCE', 'NAME']);
    expect(sortsFor(['CASE_STUDY'])).toEqual([
      'RELEVANCE',
      'NEWEST',
      'LARGEST_SAVINGS',
      'HIGHEST_NPV',
      'SOONEST_PAYBACK',
      'NAME',
    ]);
    expect(sortsFor(['CONTRACT'])).toEqual(['RELEVANCE', 'NEWEST', 'ENDING_SOONEST']);
    expect(sortsFor(['COMPONENT', 'COUNCIL'])).toEqual([
      'RELEVANCE',
      'NEWEST',
      'MOST_ADOPTED',
      'NAME',
    ]);
  });

  it('knows the facets of the chosen types, or of all', () => {
    expect([...facetsFor(['COUNCIL'])]).toEqual(['nation', 'region', 'councilType']);
    expect(facetsFor([]).has('supplier')).toBe(true);
  });
});
