/** Whether a relation brings two actors closer, sets them apart, or neither. */
export const POLARITIES = ['cooperative', 'conflictual', 'neutral'] as const;

export type Polarity = (typeof POLARITIES)[number];

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
  polarity: Polarity;
  /** Symmetric relations (meets) merge A→B and B→A into one edge. */
  directed: boolean;
  /** CAMEO event code (or family) the relation maps to, where one fits. */
  cameo?: string;
  description: string;
}

export const RELATION_SPECS: Record<RelationType, RelationTypeSpec> = {
  hosts: {
    type: 'hosts',
    label: 'hosts',
    polarity: 'cooperative',
    directed: true,
    cameo: '043',
    description: 'Source receives target (a visit, a delegation, a meeting it convenes).',
  },
  meets: {
    type: 'meets',
    label: 'meets',
    polarity: 'cooperative',
    directed: false,
    cameo: '040',
    description: 'Source and target hold talks or attend the same meeting.',
  },
  mediates: {
    type: 'mediates',
    label: 'mediates',
    polarity: 'cooperative',
    directed: true,
    cameo: '045',
    description: 'Source brokers or mediates for target (a party to a conflict or agreement).',
  },
  supports: {
    type: 'supports',
    label: 'supports',
    polarity: 'cooperative',
    directed: true,
    cameo: '05',
    description: 'Source backs, endorses or sides with target or its position.',
  },
  praises: {
    type: 'praises',
    label: 'praises',
    polarity: 'cooperative',
    directed: true,
    cameo: '051',
    description: 'Source praises or thanks target.',
  },
  cooperates: {
    type: 'cooperates',
    label: 'cooperates with',
    polarity: 'cooperative',
    directed: false,
    cameo: '06',
    description: 'Source and target work together (joint groups, coordination, alignment).',
  },
  invites: {
    type: 'invites',
    label: 'invites',
    polarity: 'cooperative',
    directed: true,
    cameo: '039',
    description: 'Source invites target to a meeting or role.',
  },
  urges: {
    type: 'urges',
    label: 'urges',
    polarity: 'neutral',
    directed: true,
    cameo: '02',
    description: 'Source calls on or presses target to act.',
  },
  aids: {
    type: 'aids',
    label: 'aids',
    polarity: 'cooperative',
    directed: true,
    cameo: '07',
    description: 'Source provides material or humanitarian aid to target.',
  },
  represents: {
    type: 'represents',
    label: 'represents',
    polarity: 'neutral',
    directed: true,
    description: 'Source (a person or delegation) acts for target (a state or organization).',
  },
  opposes: {
    type: 'opposes',
    label: 'opposes',
    polarity: 'conflictual',
    directed: true,
    cameo: '12',
    description: 'Source rejects or opposes target or a role for target.',
  },
  criticizes: {
    type: 'criticizes',
    label: 'criticizes',
    polarity: 'conflictual',
    directed: true,
    cameo: '11',
    description: 'Source criticizes, accuses, condemns or blames target.',
  },
  blocks: {
    type: 'blocks',
    label: 'blocks',
    polarity: 'conflictual',
    directed: true,
    cameo: '16',
    description: 'Source restricts, refuses entry to or obstructs target.',
  },
};

export function isRelationType(value: unknown): value is RelationType {
  return typeof value === 'string' && (RELATION_TYPES as readonly string[]).includes(value);
}

export function isPolarity(value: unknown): value is Polarity {
  return typeof value === 'string' && (POLARITIES as readonly string[]).includes(value);
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
