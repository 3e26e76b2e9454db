/** The kinds of actor the graph knows. `force` covers coalitions and multinational forces (e.g. the ISF). */
export const ACTOR_KINDS = ['state', 'person', 'organization', 'armed_group', 'force', 'other'] as const;

export type ActorKind = (typeof ACTOR_KINDS)[number];

export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  state: 'State',
  person: 'Person',
  organization: 'Organization',
  armed_group: 'Armed group',
  force: 'Force / coalition',
  other: 'Other',
};

export function isActorKind(value: unknown): value is ActorKind {
  return typeof value === 'string' && (ACTOR_KINDS as readonly string[]).includes(value);
}

/** A position a person holds, e.g. foreign minister of Turkey. */
export interface Role {
  /** Lower-case title as written in text: "foreign minister", "president", "chief negotiator". */
  title: string;
  /** Actor id of the state or organization the role belongs to. */
  of?: string;
  /** ISO dates bounding the tenure, when known. */
  from?: string;
  until?: string;
}

/** A canonical actor as the gazetteer describes it. */
export interface Actor {
  /** Stable slug: "turkey", "hakan-fidan", "hamas". */
  id: string;
  name: string;
  kind: ActorKind;
  /** Other names that denote the actor itself ("Türkiye", "Fidan", "the PA"). */
  aliases?: string[];
  /** Adjectives of nationality that refer to the actor in noun phrases ("Turkish officials"). */
  demonyms?: string[];
  /** Place names used for the government by metonymy ("Ankara", "Jerusalem"). */
  metonyms?: string[];
  /** For persons: the roles they hold. */
  roles?: Role[];
  /** For persons and sub-organizations: the actor they act for (person → state/organization). */
  affiliation?: string;
  description?: string;
}
