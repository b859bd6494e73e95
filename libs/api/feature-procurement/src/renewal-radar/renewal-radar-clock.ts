import { Injectable } from '@nestjs/common';

/** Today, for the renewal radar's windows; tests replace it to fix the date. */
@Injectable()
export class RenewalRadarClock {
  /** Today as YYYY-MM-DD, in UTC. */
  today(): string {
    return new Date().toISOString().slice(0, 10);
  }
}
