import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import { PaginationArgs } from '@lgx/api/core/graphql';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { MatchContractBuyerInput } from './contract-buyer-decision.input';
import {
  ContractBuyerDecisionConnection,
  ContractBuyerDecisionOutcome,
} from './contract-buyer-decision.object';
import { ContractBuyerDecisionService } from './contract-buyer-decision.service';
import { toContractBuyerDecision } from './contract-buyer-decision.view';
import { UnmatchedContractBuyerConnection } from './unmatched-buyer.object';
import { UnmatchedBuyerService } from './unmatched-buyer.service';

const NAME_KEY = {
  description: 'The buyer name’s key from the list (or the name as published).',
} as const;

/** The platform admins' queue of buyer names to match by hand, and their decisions. */
@Resolver()
export class ContractBuyerDecisionResolver {
  constructor(
    private readonly unmatched: UnmatchedBuyerService,
    private readonly decisions: ContractBuyerDecisionService,
  ) {}

  @Access.platformRole('ADMIN')
  @Query(() => UnmatchedContractBuyerConnection, {
    description:
      'Buyer names of public contracts the matcher could not match to a council for sure: most contracts first. Platform admins only.',
  })
  unmatchedContractBuyers(@CurrentActor() actor: Actor, @Args() page: PaginationArgs) {
    return this.unmatched.list(actor, page);
  }

  @Access.platformRole('ADMIN')
  @Query(() => ContractBuyerDecisionConnection, {
    description: 'Decisions taken for buyer names, newest first. Platform admins only.',
  })
  async contractBuyerDecisions(@CurrentActor() actor: Actor, @Args() page: PaginationArgs) {
    const connection = await this.decisions.list(actor, page);
    return {
      ...connection,
      edges: connection.edges.map((edge) => ({
        ...edge,
        node: toContractBuyerDecision(edge.node),
      })),
    };
  }

  @Access.platformRole('ADMIN')
  @Mutation(() => ContractBuyerDecisionOutcome, {
    description:
      'Says which council a buyer name is (a current or former council of the register), for every contract under that name now and in later imports. Platform admins only.',
  })
  matchContractBuyer(
    @CurrentActor() actor: Actor,
    @Args('input') input: MatchContractBuyerInput,
  ): Promise<ContractBuyerDecisionOutcome> {
    return this.decisions.match(actor, input);
  }

  @Access.platformRole('ADMIN')
  @Mutation(() => ContractBuyerDecisionOutcome, {
    description:
      'Says a buyer name is not a council, for every contract under that name now and in later imports. Platform admins only.',
  })
  rejectContractBuyer(
    @CurrentActor() actor: Actor,
    @Args('nameKey', NAME_KEY) nameKey: string,
  ): Promise<ContractBuyerDecisionOutcome> {
    return this.decisions.reject(actor, nameKey);
  }

  @Access.platformRole('ADMIN')
  @Mutation(() => ContractBuyerDecisionOutcome, {
    description:
      'Forgets the decision for a buyer name and matches its contracts again without it. Platform admins only.',
  })
  undoContractBuyerDecision(
    @CurrentActor() actor: Actor,
    @Args('nameKey', NAME_KEY) nameKey: string,
  ): Promise<ContractBuyerDecisionOutcome> {
    return this.decisions.undo(actor, nameKey);
  }
}
