import type { Actor } from '@lgx/api/core/auth';
import { type ContractEnding, ContractEndings, type ContractPeer } from '@lgx/api/core/contracts';
import { Injectable } from '@nestjs/common';

/** What a council reads on its radar: its soonest endings, and the nearest few peers of each. */
export const RADAR_ENDINGS = { maxContracts: 25, peerWithinMonths: 12, maxPeers: 5 } as const;

export interface CouncilEnding {
  contract: ContractEnding;
  peers: ContractPeer[];
}

const daysApart = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

/** One peer per contract, its reasons joined; both reasons first, then the nearest end. */
function nearestPeers(contract: ContractEnding, peers: ContractPeer[]): ContractPeer[] {
  const byId = new Map<string, ContractPeer>();
  for (const peer of peers) {
    const known = byId.get(peer.ending.id);
    byId.set(
      peer.ending.id,
      known
        ? {
            ...known,
            sameDivision: known.sameDivision || peer.sameDivision,
            sameSupplier: known.sameSupplier || peer.sameSupplier,
          }
        : peer,
    );
  }
  const reasons = (peer: ContractPeer) => Number(peer.sameDivision) + Number(peer.sameSupplier);
  return [...byId.values()]
    .sort(
      (a, b) =>
        reasons(b) - reasons(a) ||
        daysApart(a.ending.endsOn, contract.endsOn) - daysApart(b.ending.endsOn, contract.endsOn) ||
        a.ending.councilCode.localeCompare(b.ending.councilCode) ||
        a.ending.id.localeCompare(b.ending.id),
    )
    .slice(0, RADAR_ENDINGS.maxPeers);
}

/**
 * A council's contracts ending in its radar window, from every source of
 * contract endings, each with other councils' contracts in the same CPV
 * division or with the same supplier ending within a year of it: who to talk
 * to about buying together.
 */
@Injectable()
export class RenewalRadarEndingService {
  constructor(private readonly endings: ContractEndings) {}

  async forCouncil(
    actor: Actor,
    councilCode: string,
    endsFrom: string,
    endsTo: string,
  ): Promise<CouncilEnding[]> {
    const contracts = await this.endings.find({
      councilCodes: [councilCode],
      endsFrom,
      endsTo,
      limit: RADAR_ENDINGS.maxContracts,
      reader: actor,
    });
    const peers = await this.endings.findPeers({
      of: contracts,
      excludeCouncilCode: councilCode,
      withinMonths: RADAR_ENDINGS.peerWithinMonths,
      perContract: RADAR_ENDINGS.maxPeers,
      reader: actor,
    });
    return contracts.map((contract) => ({
      contract,
      peers: nearestPeers(
        contract,
        peers.filter((peer) => peer.peerOf === contract.id),
      ),
    }));
  }
}
