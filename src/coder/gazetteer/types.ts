/**
 * The shape of the coder's tables: states, blocs and organisations, leaders, and titles. Data,
 * not code: each table is a typed constant list, tested for duplicates and shape.
 */

export interface StateEntry {
  /** A slug: "united-states". */
  id: string;
  /** The usual English short name: "United States". */
  name: string;
  /** Other names: "US", "USA", "the United States", "America", "United States of America". */
  aliases: readonly string[];
  /** "American", "Americans" (adjective and plural noun forms). */
  demonyms: readonly string[];
  /**
   * The capital and seats of government a text uses to mean the state: "Washington",
   * "the White House"; "Moscow", "the Kremlin"; "Kyiv", "Kiev"; "Downing Street".
   */
  metonyms: readonly string[];
}

export interface OrganizationEntry {
  id: string;
  name: string;
  aliases: readonly string[];
  /** bloc: a grouping of states (EU, BRICS, G7); organization: a body (UN, IAEA, WHO). */
  kind: 'bloc' | 'organization';
  /** A state or bloc id it is part of, for bodies of one (the UN General Assembly is part of the UN). */
  partOf?: string;
}

/** A head of state or government, or another senior office holder, as of `LEADERS_AS_OF`. */
export interface LeaderEntry {
  id: string;
  /** Full name as usually written in English: "Vladimir Putin". */
  name: string;
  /** Other spellings: "Volodymyr Zelensky", "Zelenskiy". */
  aliases: readonly string[];
  /** The state or organisation id. */
  of: string;
  /** "President", "Prime Minister", "Chancellor", "Secretary-General". */
  title: string;
  /** LEADS for heads of state or government (and of an organisation), OFFICIAL_OF otherwise. */
  tie: 'LEADS' | 'OFFICIAL_OF';
  /**
   * The words a text uses alone for them after the first mention ("Xi", "Lula"; "Zelenskyy",
   * "Zelensky"). Absent: the last word of the name. Empty when a bare surname would name too
   * many people to be useful ("Li", "Kim", "Lee").
   */
  surnames?: readonly string[];
}

/** A title that ties a named person to a state or organisation ("President", "Foreign Minister"). */
export interface TitleEntry {
  /** Lower case, as it may appear: "president", "prime minister", "pm", "treasury chief". */
  words: readonly string[];
  tie: 'LEADS' | 'OFFICIAL_OF';
}
