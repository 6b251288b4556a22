/** What the event readers hand the aggregation, whatever the format: coded events and their coding. */
import type { Coding } from '../../../domain/dataset';

export interface EventActor {
  /** Who the actor is: the same key is the same node (name, or code alone, plus country). */
  key: string;
  /** How the node is labelled. */
  label: string;
  /** One of our kinds or of EVENT_KINDS; undefined when the source says nothing of it. */
  kind?: string;
  /** The country code (CAMEO/ISO alpha-3) or, for ICEWS, the country's name. */
  country?: string;
  /** The source's own code for the actor (GDELT's Actor1Code). */
  code?: string;
}

export interface EventRecord {
  /** The spreadsheet row it came from (the first line is row 1). */
  row: number;
  id?: string;
  /** YYYY-MM-DD. */
  date: string;
  /** The source's code for what happened (CAMEO `193`, PLOVER `ASSAULT`). */
  code: string;
  /** Our type id (`ASSAULT`) or the name of a type the dataset declares. */
  type: string;
  source: EventActor;
  target: EventActor;
  score?: number;
  url?: string;
  /** The source's own quad class for the event, in words, when it gives one. */
  quad?: string;
  /** POLECAT's event mode ("aerial", "firearms"), kept per relation. */
  mode?: string;
}

/** What a format's reader gives the aggregation. */
export interface EventReading {
  records: EventRecord[];
  coding: Coding;
}
