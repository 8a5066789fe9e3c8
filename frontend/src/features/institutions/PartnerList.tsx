import { useInstitutionList } from './api';
import { usePartnerColumns } from './columns';
import { toListQuery, useListParams } from './listParams';
import { PartnerFilters } from './PartnerFilters';
import { PartnerResults } from './PartnerResults';

/** Filters and one page of partners: the public directory, or the staff's fuller list. */
export function PartnerList({ staff }: { staff: boolean }) {
  const [params, setParams] = useListParams();
  const query = useInstitutionList(toListQuery(params, { withStatus: staff }));
  const columns = usePartnerColumns(staff ? 'staff' : 'public');
  return (
    <>
      <PartnerFilters params={params} onChange={setParams} withStaffControls={staff} />
      <PartnerResults
        query={query}
        params={params}
        onPageChange={(page) => setParams({ page })}
        columns={columns}
      />
    </>
  );
}
