import { Injectable } from '@nestjs/common';

/** Now, for moderation deadlines; tests replace it to move time on. */
@Injectable()
export class ModerationClock {
  now(): Date {
    return new Date();
  }
}

/** A supplier's notice of complaint is answered within this time. */
export const COMPLAINT_HOURS = 48;
