import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import { Args, Query, Resolver } from '@nestjs/graphql';

import { CouncilPeers } from './peers.object';
import { PeersService } from './peers.service';

/** Councils like mine: a council's map beside similar councils', for its officers. */
@Resolver(() => CouncilPeers)
export class PeersResolver {
  constructor(private readonly peers: PeersService) {}

  @Access.officer()
  @Query(() => CouncilPeers, {
    description:
      "A council's own digital ambition map beside the figures of similar councils (whole groups of at least 5, itself left out) and the published case studies that peers' published maps mark live: for the council's own officers.",
  })
  councilPeers(@CurrentActor() actor: Actor, @Args('councilCode') councilCode: string) {
    return this.peers.councilPeers(actor, councilCode);
  }
}
