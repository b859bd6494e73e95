import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { type AddressObject, simpleParser } from 'mailparser';

/** A message the local SMTP catcher kept, as the dev mailbox shows it. */
export interface CaughtMessage {
  id: string;
  subject?: string;
  from: string;
  to: string;
  date?: Date;
  text: string;
}

// File names the catcher writes (`<timestamp>-<random>.eml`); anything else, such as "../x", is no id.
const ID = /^[A-Za-z0-9_-]{1,100}$/;

function addresses(value: AddressObject | AddressObject[] | undefined): string {
  if (!value) return '';
  return (Array.isArray(value) ? value : [value]).map((address) => address.text).join(', ');
}

/** Reads the .eml files the mail catcher writes into MAIL_CATCHER_DIR. */
export class DevMailboxStore {
  constructor(readonly dir: string) {}

  /** The newest messages first, at most `limit` of them, and how many there are in all. */
  async list(limit = 100): Promise<{ messages: CaughtMessage[]; total: number }> {
    let names: string[];
    try {
      names = (await readdir(this.dir)).filter((name) => name.endsWith('.eml'));
    } catch (error) {
      // The catcher creates the folder; until it has, the mailbox is just empty.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { messages: [], total: 0 };
      throw error;
    }
    // Names start with the arrival time in milliseconds, so they sort by arrival.
    const newest = names.sort().reverse().slice(0, limit);
    const messages = await Promise.all(newest.map((name) => this.get(name.slice(0, -4))));
    return {
      messages: messages.filter((message): message is CaughtMessage => message !== undefined),
      total: names.length,
    };
  }

  /** One message by id, or undefined when there is no such message. */
  async get(id: string): Promise<CaughtMessage | undefined> {
    if (!ID.test(id)) return undefined;
    let source: Buffer;
    try {
      source = await readFile(path.join(this.dir, `${id}.eml`));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    const parsed = await simpleParser(source, { skipImageLinks: true, skipTextToHtml: true });
    return {
      id,
      subject: parsed.subject,
      from: addresses(parsed.from),
      to: addresses(parsed.to),
      date: parsed.date,
      text: parsed.text ?? '',
    };
  }
}
