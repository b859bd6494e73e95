import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { AmbitionMapHistoryArgs, AmbitionObjectiveInput } from './ambition-map.input';
import { AmbitionEvidence, AmbitionMap, AmbitionMapVersionConnection } from './ambition-map.object';
import { AmbitionMapService } from './ambition-map.service';
import { AmbitionMapListService } from './ambition-map-list.service';

/** A council's digital ambition map: reading, saving an objective, publishing. */
@Resolver(() => AmbitionMap)
export class AmbitionMapResolver {
  constructor(
    private readonly maps: AmbitionMapService,
    private readonly list: AmbitionMapListService,
  ) {}

  @Access.public()
  @Query(() => AmbitionMap, {
    nullable: true,
    description:
      "A council's digital ambition map: its officers always see it; everyone else only once its admins publish it (null otherwise).",
  })
  ambitionMap(@CurrentActor() actor: Actor, @Args('councilCode') councilCode: string) {
    return this.list.one(actor, councilCode);
  }

  @Access.officer()
  @Query(() => AmbitionMapVersionConnection, {
    description: "How the council's map changed, newest first: for its officers.",
  })
  ambitionMapHistory(@CurrentActor() actor: Actor, @Args() args: AmbitionMapHistoryArgs) {
    return this.list.history(actor, args.councilCode, args);
  }

  @Access.officer()
  @Query(() => [AmbitionEvidence], {
    description:
      "What the council's editors may give as evidence: its published case studies and its component adoptions.",
  })
  ambitionEvidenceOptions(@CurrentActor() actor: Actor, @Args('councilCode') councilCode: string) {
    return this.list.evidenceOptions(actor, councilCode);
  }

  @Access.officer()
  @Mutation(() => AmbitionMap, {
    description:
      "Saves one objective of the council's map (its editors and admins); the map keeps a dated version.",
  })
  async saveAmbitionObjective(
    @CurrentActor() actor: Actor,
    @Args('input') input: AmbitionObjectiveInput,
  ) {
    return this.shown(actor, await this.maps.saveObjective(actor, input));
  }

  @Access.officer()
  @Mutation(() => AmbitionMap, {
    description: "Publishes the council's map so anyone can read it (its admins).",
  })
  async publishAmbitionMap(@CurrentActor() actor: Actor, @Args('councilCode') councilCode: string) {
    return this.shown(actor, await this.maps.setPublished(actor, councilCode, true));
  }

  @Access.officer()
  @Mutation(() => AmbitionMap, {
    description:
      "Makes the council's map private again: only its officers can read it (its admins).",
  })
  async unpublishAmbitionMap(
    @CurrentActor() actor: Actor,
    @Args('councilCode') councilCode: string,
  ) {
    return this.shown(actor, await this.maps.setPublished(actor, councilCode, false));
  }

  private async shown(actor: Actor, councilCode: string): Promise<AmbitionMap> {
    return (await this.list.one(actor, councilCode))!;
  }
}
