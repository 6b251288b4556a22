/**
 * What community detection takes and gives, shared by the page and the worker without loading
 * the algorithm: only louvain.ts imports graphology. Types only, and the one message the page
 * shows whichever step fails.
 */

/** A tie between two actors as the algorithm reads it: undirected, with how much there is of it. */
export interface CommunityLink {
  source: string;
  target: string;
  /** How much of the tie there is; 1 when absent. */
  weight?: number;
}

export interface Community {
  /** Its number, from 0: the largest community is 0, ties in the order of their first actor. */
  index: number;
  /** How many actors it holds. */
  size: number;
  /** The actor with the most relations in it (the first of them in the dataset's order). */
  largestMember: string;
}

export interface Communities {
  /** Each actor's community index. */
  communityOf: Map<string, number>;
  /** Largest first; `communities[i].index === i`. */
  communities: Community[];
}

export interface CommunityOptions {
  /** Seeds Louvain's random walk: the same seed and graph give the same communities. */
  seed?: number;
}

/** What the page asks the worker: a dataset's actors and ties. */
export interface CommunityRequest {
  actorIds: string[];
  links: CommunityLink[];
}

/** Where finding a dataset's communities stands (see client.ts); the worker answers the last two. */
export type CommunityState =
  | { status: 'idle' }
  | { status: 'computing' }
  /** `colorOf`: each actor's colour in the community look. */
  | { status: 'ready'; communities: Communities; colorOf: Map<string, string> }
  | { status: 'failed'; message: string };

/** What the worker answers. */
export type CommunityMessage = Extract<CommunityState, { status: 'ready' | 'failed' }>;

/** The message of a failure, for people. */
export const failure = (error: unknown): string =>
  `Communities could not be found (${error instanceof Error ? error.message : String(error)}). Try again, or reload the page.`;
