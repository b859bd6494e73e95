import {
  queryKey,
  QueryKeys,
  type SupplierPageQuery,
  useInvalidateQueries,
} from '@lgx/web/data-access';
import { Details, NotificationBanner } from '@lgx/web/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { CorrectSupplierForm } from './correct-supplier-form';
import { MergeSupplierForm } from './merge-supplier-form';

type Supplier = SupplierPageQuery['supplier'];

/** For moderators: correct the supplier's details, or merge a duplicate into it. */
export function ModeratorTools({ supplier }: { supplier: Supplier }) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateQueries();
  const [done, setDone] = useState<string | undefined>();
  const refresh = async (message: string) => {
    queryClient.removeQueries({ queryKey: queryKey(QueryKeys.Suppliers) });
    await invalidate([QueryKeys.SupplierPage]);
    setDone(message);
  };
  return (
    <section aria-labelledby="moderator-tools">
      <h2 className="govuk-heading-l" id="moderator-tools">
        Moderator tools
      </h2>
      {done && <NotificationBanner success heading={done} />}
      <Details summary="Correct this supplier">
        <CorrectSupplierForm supplier={supplier} onDone={refresh} />
      </Details>
      <Details summary="Merge a duplicate into this supplier">
        <MergeSupplierForm supplier={supplier} onDone={refresh} />
      </Details>
    </section>
  );
}
