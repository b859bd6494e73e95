import {
  graphqlRequest,
  QueryKeys,
  SectorMapCellListDocument,
  type SectorMapCellListQueryVariables,
  type SectorMapCellQuery,
} from '@lgx/web/data-access';
import { useInfiniteQuery } from '@tanstack/react-query';

type Cell = SectorMapCellQuery['sectorMapCell'];

/** The lists of a sector map cell, each a page at a time. */
export type CellList = 'caseStudies' | 'components' | 'willingCouncils';

/** Which cell, under which filter (as the cell's query was asked). */
export type CellListScope = Pick<
  SectorMapCellListQueryVariables,
  'objective' | 'technology' | 'filter'
>;

/**
 * One of a cell's lists, starting from the page the cell came with: "Show
 * more" asks the API for the page after the last one, by its cursor, and the
 * pages are kept in order. Only that list is asked for, never the figures.
 */
export function useCellList<List extends CellList>(
  list: List,
  scope: CellListScope,
  firstPage: Cell[List],
) {
  const query = useInfiniteQuery({
    queryKey: [QueryKeys.SectorMapCellList, { ...scope, list }],
    queryFn: async ({ pageParam, signal }): Promise<Cell[List]> => {
      const found = await graphqlRequest(
        SectorMapCellListDocument,
        {
          ...scope,
          after: pageParam,
          caseStudies: list === 'caseStudies',
          components: list === 'components',
          willingCouncils: list === 'willingCouncils',
        },
        signal,
      );
      return found.sectorMapCell[list] as Cell[List];
    },
    initialPageParam: null as string | null,
    initialData: { pages: [firstPage], pageParams: [null] },
    // The first page came with the cell; it is fresh until a change makes the cell stale.
    staleTime: Infinity,
    getNextPageParam: (last: Cell[List]) =>
      last.pageInfo.hasNextPage ? last.pageInfo.endCursor : undefined,
  });
  const pages = query.data.pages;
  return {
    nodes: pages.flatMap((page) =>
      page.edges.map((edge) => edge.node),
    ) as Cell[List]['edges'][number]['node'][],
    totalCount: pages.at(-1)?.totalCount ?? firstPage.totalCount,
    hasMore: query.hasNextPage,
    loadingMore: query.isFetchingNextPage,
    error: query.error,
    showMore: () => void query.fetchNextPage(),
  };
}
