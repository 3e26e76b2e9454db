/** API-shaped data (as `graph(filter)`, `actor(id)` and `relationship(a,b)` answer) for component tests. */
import type { ActorDetail, GraphViewData, RelationData, RelationshipData } from '../../src/api/types';

export const view: GraphViewData = {
  totalNodes: 5,
  totalEdges: 5,
  nodes: [
    { id: 'israel', label: 'Israel', kind: 'state', community: 0, degree: 2, centrality: 0.5, mentions: 9 },
    { id: 'turkey', label: 'Turkey', kind: 'state', community: 1, degree: 3, centrality: 0.8, mentions: 12 },
    {
      id: 'hamas',
      label: 'Hamas',
      kind: 'armed_group',
      community: 1,
      degree: 2,
      centrality: 0.1,
      mentions: 7,
    },
    {
      id: 'hakan-fidan',
      label: 'Hakan Fidan',
      kind: 'person',
      community: 1,
      degree: 1,
      centrality: 0,
      mentions: 4,
    },
    { id: 'oic', label: 'OIC', kind: 'organization', community: null, degree: 0, centrality: 0, mentions: 1 },
  ],
  edges: [
    {
      id: 'israel|opposes|turkey',
      source: 'israel',
      target: 'turkey',
      type: 'opposes',
      polarity: 'conflictual',
      directed: true,
      weight: 2,
      firstSeen: '2025-11-03',
      lastSeen: '2025-11-04',
    },
    {
      id: 'hamas|meets|turkey',
      source: 'hamas',
      target: 'turkey',
      type: 'meets',
      polarity: 'neutral',
      directed: false,
      weight: 1,
      firstSeen: '2025-11-03',
      lastSeen: '2025-11-03',
    },
    {
      id: 'hakan-fidan|represents|turkey',
      source: 'hakan-fidan',
      target: 'turkey',
      type: 'represents',
      polarity: 'neutral',
      directed: true,
      weight: 3,
      firstSeen: null,
      lastSeen: null,
    },
    {
      id: 'israel|criticizes|hamas',
      source: 'israel',
      target: 'hamas',
      type: 'criticizes',
      polarity: 'conflictual',
      directed: true,
      weight: 1,
      firstSeen: '2025-10-10',
      lastSeen: '2025-10-12',
    },
    {
      id: 'hakan-fidan|urges|hamas',
      source: 'hakan-fidan',
      target: 'hamas',
      type: 'urges',
      polarity: 'neutral',
      directed: true,
      weight: 1,
      firstSeen: '2025-11-03',
      lastSeen: '2025-11-03',
    },
  ],
};

const israel = { id: 'israel', name: 'Israel', kind: 'state' as const };
const turkey = { id: 'turkey', name: 'Turkey', kind: 'state' as const };
const hamas = { id: 'hamas', name: 'Hamas', kind: 'armed_group' as const };

export const opposes: RelationData = {
  id: 'israel|opposes|turkey',
  type: 'opposes',
  polarity: 'conflictual',
  directed: true,
  weight: 2,
  firstSeen: '2025-11-03',
  lastSeen: '2025-11-04',
  source: israel,
  target: turkey,
  evidenceCount: 2,
  evidence: [
    {
      quote:
        'Jerusalem has voiced suspicion of Ankara’s diplomatic outreach and strongly opposes any Turkish role.',
      date: '2025-11-03',
      confidence: 0.9,
      about: null,
      aboutActors: [],
      document: {
        id: 'doc-000',
        title: 'Turkey hosts Islamic ministers on Gaza',
        source: 'The Times of Israel',
        url: 'https://example.org/a',
        publishedAt: '2025-11-03',
      },
    },
    {
      quote:
        'Israel has long viewed Turkey’s diplomatic overtures with suspicion and adamantly opposes its joining the force.',
      date: null,
      confidence: 0.8,
      about: null,
      aboutActors: [],
      document: {
        id: 'doc-001',
        title: 'Muslim ministers meet in Istanbul',
        source: 'AP',
        url: null,
        publishedAt: '2025-11-04',
      },
    },
  ],
};

export const criticizes: RelationData = {
  id: 'israel|criticizes|hamas',
  type: 'criticizes',
  polarity: 'conflictual',
  directed: true,
  weight: 1,
  firstSeen: '2025-10-12',
  lastSeen: '2025-10-12',
  source: israel,
  target: hamas,
  evidenceCount: 1,
  evidence: [
    {
      quote: 'Israel accused Hamas of violating the ceasefire.',
      date: '2025-10-12',
      confidence: 0.7,
      about: null,
      aboutActors: [],
      document: { id: 'doc-002', title: null, source: 'Reuters', url: null, publishedAt: '2025-10-12' },
    },
  ],
};

export const israelDetail: ActorDetail = {
  __typename: 'Actor',
  ...israel,
  aliases: ['State of Israel', 'Jerusalem'],
  mentions: 9,
  degree: 2,
  community: 0,
  centrality: 0.5,
  affiliation: null,
  relations: [criticizes, opposes],
};

export const relationship: RelationshipData = {
  __typename: 'Relationship',
  a: israel,
  b: turkey,
  score: -0.67,
  label: 'strained',
  alignment: { relations: 0, evidence: 0 },
  engagement: { relations: 1, evidence: 1 },
  hostility: { relations: 1, evidence: 2 },
  relations: [opposes],
  mediators: [],
};

const egypt = { id: 'egypt', name: 'Egypt', kind: 'state' as const };
const fidan = { id: 'hakan-fidan', name: 'Hakan Fidan', kind: 'person' as const };
const abdelatty = { id: 'badr-abdelatty', name: 'Badr Abdelatty', kind: 'person' as const };
const cairoDocument = {
  id: 'doc-004',
  title: 'Fidan hosts Abdelatty in Ankara',
  source: 'Ahram Online',
  url: null,
  publishedAt: '2025-11-05',
};

/** Turkey–Egypt as `relationship(rollup: true)` answers: the ministers' hosting counts for their states. */
export const rolledUpRelationship: RelationshipData = {
  __typename: 'Relationship',
  a: turkey,
  b: egypt,
  score: 1,
  label: 'allied',
  alignment: { relations: 1, evidence: 1 },
  engagement: { relations: 1, evidence: 1 },
  hostility: { relations: 0, evidence: 0 },
  relations: [
    {
      id: 'egypt|cooperates|turkey',
      type: 'cooperates',
      polarity: 'cooperative',
      directed: false,
      weight: 1,
      firstSeen: '2025-11-05',
      lastSeen: '2025-11-05',
      source: egypt,
      target: turkey,
      evidenceCount: 1,
      evidence: [
        {
          quote: 'Cairo and Ankara are set to take another step toward deepening diplomatic coordination.',
          date: null,
          confidence: 0.8,
          about: null,
          aboutActors: [],
          document: cairoDocument,
        },
      ],
    },
    {
      id: 'hakan-fidan|hosts|badr-abdelatty',
      type: 'hosts',
      polarity: 'neutral',
      directed: true,
      weight: 1,
      firstSeen: '2025-11-05',
      lastSeen: '2025-11-05',
      source: fidan,
      target: abdelatty,
      evidenceCount: 1,
      evidence: [
        {
          quote:
            'Turkish Foreign Minister Hakan Fidan hosts his Egyptian counterpart Badr Abdelatty in Ankara.',
          date: null,
          confidence: 0.9,
          about: null,
          aboutActors: [],
          document: cairoDocument,
        },
      ],
    },
  ],
  mediators: [],
};
