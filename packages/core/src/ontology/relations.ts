/**
 * What a relation says about the tie between two actors (issue 13). An analyst asking "who is allied with
 * whom" means alignment, not contact: a mediator, a host or a counterpart met is in contact with a party,
 * not aligned with it.
 * - alignment: the source sides with the target (supports, praises, cooperates, aids);
 * - engagement: the two are in contact (meets, hosts, invites, mediates, urges), whatever their stance;
 * - hostility: the source sets itself against the target (opposes, criticizes, blocks).
 */
export const TIE_KINDS = ['alignment', 'engagement', 'hostility'] as const;

export type TieKind = (typeof TIE_KINDS)[number];

/**
 * Every relation type's kind: a kind of tie, or `role` for `represents` (who speaks for whom), which is
 * used to roll officials up to their state and counts as no tie at all.
 */
export const RELATION_KINDS = [...TIE_KINDS, 'role'] as const;

export type RelationKind = (typeof RELATION_KINDS)[number];

/**
 * Whether a relation brings two actors closer, sets them apart, or neither: the sign the relationship
 * score gives its kind, so it follows from the kind (see `KIND_POLARITY`) and is never set on its own.
 */
export const POLARITIES = ['cooperative', 'conflictual', 'neutral'] as const;

export type Polarity = (typeof POLARITIES)[number];

/** Alignment brings closer, hostility sets apart; contact and roles say neither. */
export const KIND_POLARITY: Record<RelationKind, Polarity> = {
  alignment: 'cooperative',
  engagement: 'neutral',
  hostility: 'conflictual',
  role: 'neutral',
};

export const RELATION_TYPES = [
  'hosts',
  'meets',
  'mediates',
  'supports',
  'praises',
  'cooperates',
  'invites',
  'urges',
  'aids',
  'represents',
  'opposes',
  'criticizes',
  'blocks',
] as const;

export type RelationType = (typeof RELATION_TYPES)[number];

export interface RelationTypeSpec {
  type: RelationType;
  label: string;
  kind: RelationKind;
  /** Derived from `kind` (KIND_POLARITY), kept for the callers that colour and filter by it. */
  polarity: Polarity;
  /** Symmetric relations (meets) merge A→B and B→A into one edge. */
  directed: boolean;
  /** CAMEO event code (or family) the relation maps to, where one fits. */
  cameo?: string;
  description: string;
}

const SPECS: Record<RelationType, Omit<RelationTypeSpec, 'polarity'>> = {
  hosts: {
    type: 'hosts',
    label: 'hosts',
    kind: 'engagement',
    directed: true,
    cameo: '043',
    description: 'Source receives target (a visit, a delegation, a meeting it convenes).',
  },
  meets: {
    type: 'meets',
    label: 'meets',
    kind: 'engagement',
    directed: false,
    cameo: '040',
    description: 'Source and target hold talks or attend the same meeting.',
  },
  mediates: {
    type: 'mediates',
    label: 'mediates',
    kind: 'engagement',
    directed: true,
    cameo: '045',
    description:
      'Source brokers or mediates for target (a party to a conflict or agreement). Mediation is a three-way fact: the mediator has one such relation with each party, and is in contact with each, not aligned with it.',
  },
  supports: {
    type: 'supports',
    label: 'supports',
    kind: 'alignment',
    directed: true,
    cameo: '05',
    description: 'Source backs, endorses or sides with target or its position.',
  },
  praises: {
    type: 'praises',
    label: 'praises',
    kind: 'alignment',
    directed: true,
    cameo: '051',
    description: 'Source praises or thanks target.',
  },
  cooperates: {
    type: 'cooperates',
    label: 'cooperates with',
    kind: 'alignment',
    directed: false,
    cameo: '06',
    description: 'Source and target work together (joint groups, coordination, alignment).',
  },
  invites: {
    type: 'invites',
    label: 'invites',
    kind: 'engagement',
    directed: true,
    cameo: '039',
    description: 'Source invites target to a meeting or role.',
  },
  urges: {
    type: 'urges',
    label: 'urges',
    kind: 'engagement',
    directed: true,
    cameo: '02',
    description: 'Source calls on or presses target to act.',
  },
  aids: {
    type: 'aids',
    label: 'aids',
    kind: 'alignment',
    directed: true,
    cameo: '07',
    description: 'Source provides material or humanitarian aid to target.',
  },
  represents: {
    type: 'represents',
    label: 'represents',
    kind: 'role',
    directed: true,
    description: 'Source (a person or delegation) acts for target (a state or organization).',
  },
  opposes: {
    type: 'opposes',
    label: 'opposes',
    kind: 'hostility',
    directed: true,
    cameo: '12',
    description: 'Source rejects or opposes target or a role for target.',
  },
  criticizes: {
    type: 'criticizes',
    label: 'criticizes',
    kind: 'hostility',
    directed: true,
    cameo: '11',
    description: 'Source criticizes, accuses, condemns or blames target.',
  },
  blocks: {
    type: 'blocks',
    label: 'blocks',
    kind: 'hostility',
    directed: true,
    cameo: '16',
    description: 'Source restricts, refuses entry to or obstructs target.',
  },
};

export const RELATION_SPECS = Object.fromEntries(
  RELATION_TYPES.map((type) => [type, { ...SPECS[type], polarity: KIND_POLARITY[SPECS[type].kind] }]),
) as Record<RelationType, RelationTypeSpec>;

export function isRelationType(value: unknown): value is RelationType {
  return typeof value === 'string' && (RELATION_TYPES as readonly string[]).includes(value);
}

export function isPolarity(value: unknown): value is Polarity {
  return typeof value === 'string' && (POLARITIES as readonly string[]).includes(value);
}

export function isRelationKind(value: unknown): value is RelationKind {
  return typeof value === 'string' && (RELATION_KINDS as readonly string[]).includes(value);
}

export function relationKindOf(type: RelationType): RelationKind {
  return RELATION_SPECS[type].kind;
}

/** The kind of tie a relation type belongs to; null for a role (`represents`), which is no tie. */
export function tieKindOf(type: RelationType): TieKind | null {
  const kind = relationKindOf(type);
  return kind === 'role' ? null : kind;
}

export function polarityOf(type: RelationType): Polarity {
  return RELATION_SPECS[type].polarity;
}

export function isDirected(type: RelationType): boolean {
  return RELATION_SPECS[type].directed;
}

/** +1 for cooperative, -1 for conflictual, 0 for neutral: the sign analytics work with. */
export function polaritySign(polarity: Polarity): 1 | -1 | 0 {
  return polarity === 'cooperative' ? 1 : polarity === 'conflictual' ? -1 : 0;
}
