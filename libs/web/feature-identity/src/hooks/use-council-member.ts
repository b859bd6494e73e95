import { useParams } from 'react-router';

import { useCouncilMembers } from './use-council-members';

/** The member of the viewer's council that the address names (`:accountId`), for its admins. */
export function useCouncilMember() {
  const { accountId = '' } = useParams();
  const { council, members } = useCouncilMembers();
  const member = members.data?.councilMembers.find((m) => m.account.id === accountId);
  return { accountId, council, members, member };
}
