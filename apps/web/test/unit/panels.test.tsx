import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EvidenceList } from '../../src/components/EvidenceList';
import { Panel } from '../../src/components/Panel';
import { ActorDetails, groupRelations } from '../../src/views/ActorPanel';
import { countedVia, RelationshipSummary, RelationshipView } from '../../src/views/RelationshipView';
import { israelDetail, opposes, relationship, rolledUpRelationship } from './fixtures';

describe('ActorDetails', () => {
  it('groups relations by type in ontology order', () => {
    expect(groupRelations(israelDetail.relations).map(([type]) => type)).toEqual(['opposes', 'criticizes']);
  });

  it('shows each relation with its quotes, document, outlet and date', () => {
    render(<ActorDetails actor={israelDetail} />);
    const group = screen.getByTestId('group-opposes');
    expect(within(group).getByText('Turkey')).toBeTruthy();
    expect(within(group).getByText(/strongly opposes any Turkish role/)).toBeTruthy();
    const link = within(group).getByRole('link', { name: 'Turkey hosts Islamic ministers on Gaza' });
    expect(link.getAttribute('href')).toBe('https://example.org/a');
    expect(within(group).getByText(/The Times of Israel/)).toBeTruthy();
    expect(within(group).getByText('· 3 Nov 2025')).toBeTruthy();
    // Undated evidence falls back to the publication date of its document.
    expect(within(group).getByText('· 4 Nov 2025')).toBeTruthy();
    expect(within(group).getByText('2 sources · 3 Nov 2025 – 4 Nov 2025')).toBeTruthy();
    // A document without a title is named by its id.
    expect(within(screen.getByTestId('group-criticizes')).getByText('doc-002')).toBeTruthy();
  });

  it('lets the user jump to a related actor or compare', () => {
    const picked: string[] = [];
    render(
      <ActorDetails
        actor={israelDetail}
        onSelectActor={(id) => picked.push(id)}
        onCompare={(id) => picked.push(`compare:${id}`)}
      />,
    );
    fireEvent.click(within(screen.getByTestId('group-opposes')).getByRole('button', { name: 'Turkey' }));
    fireEvent.click(screen.getByRole('button', { name: /Compare/ }));
    expect(picked).toEqual(['turkey', 'compare:israel']);
  });

  it('says so when an actor has no relations', () => {
    render(<ActorDetails actor={{ ...israelDetail, relations: [] }} />);
    expect(screen.getByText('No relations recorded for this actor.')).toBeTruthy();
  });
});

describe('EvidenceList', () => {
  it('renders every quote', () => {
    render(<EvidenceList evidence={opposes.evidence} total={2} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.queryByTestId('evidence-more')).toBeNull();
  });

  it('says how many pieces it leaves out when the API sent the first ones only', () => {
    render(<EvidenceList evidence={opposes.evidence} total={96_460} />);
    expect(screen.getByTestId('evidence-more').textContent).toContain(
      'The first 2 of 96,460 pieces of evidence',
    );
  });
});

describe('RelationshipSummary', () => {
  it('shows label, score and the evidence', () => {
    render(<RelationshipSummary data={relationship} />);
    expect(screen.getByText('Strained')).toBeTruthy();
    expect(screen.getByText('score -0.67')).toBeTruthy();
    // Relations and pieces of evidence apart (issue 13), contact shown as contact.
    expect(screen.getByText('Alignment: 0 relations, 0 pieces of evidence')).toBeTruthy();
    expect(screen.getByText('Contact: 1 relation, 1 piece of evidence')).toBeTruthy();
    expect(screen.getByText('Hostility: 1 relation, 2 pieces of evidence')).toBeTruthy();
    expect(screen.getAllByTestId('relation')).toHaveLength(1);
  });

  it('shows a third party mediating between the two as contact with both, and opens it', () => {
    const chosen: string[] = [];
    const egypt = { id: 'egypt', name: 'Egypt', kind: 'state' as const };
    render(
      <RelationshipSummary
        data={{ ...relationship, mediators: [{ mediator: egypt, evidence: 3 }] }}
        onSelectActor={(id) => chosen.push(id)}
      />,
    );
    const mediators = screen.getByTestId('mediators');
    expect(mediators.textContent).toContain('Mediated by Egypt (3 pieces of evidence)');
    expect(mediators.textContent).toContain('not an ally of either');
    fireEvent.click(within(mediators).getByRole('button', { name: 'Egypt' }));
    expect(chosen).toEqual(['egypt']);
  });

  it('explains an empty relationship', () => {
    render(
      <RelationshipSummary
        data={{
          ...relationship,
          label: 'none',
          score: 0,
          engagement: { relations: 0, evidence: 0 },
          hostility: { relations: 0, evidence: 0 },
          relations: [],
        }}
      />,
    );
    expect(screen.getByText('No tie on record')).toBeTruthy();
    expect(screen.getByText('No relation between Israel and Turkey in the corpus.')).toBeTruthy();
  });
});

describe('officials counted for their state', () => {
  it('names the people a rolled-up relation was counted through, and nobody for a direct one', () => {
    const [direct, hosting] = rolledUpRelationship.relations;
    expect(countedVia(direct!, rolledUpRelationship)).toEqual([]);
    expect(countedVia(hosting!, rolledUpRelationship).map((actor) => actor.name)).toEqual([
      'Hakan Fidan',
      'Badr Abdelatty',
    ]);
    render(<RelationshipSummary data={rolledUpRelationship} />);
    const cards = screen.getAllByTestId('relation');
    expect(within(cards[0]!).queryByTestId('relation-via')).toBeNull();
    expect(within(cards[1]!).getByTestId('relation-via').textContent).toBe(
      'via Hakan Fidan and Badr Abdelatty',
    );
    expect(within(cards[1]!).getByText(/hosts his Egyptian counterpart/)).toBeTruthy();
  });

  it('offers the choice as a checkbox that reflects and reports the state', () => {
    const choices: boolean[] = [];
    const view = (rollup: boolean) => (
      <RelationshipView
        pairA="turkey"
        pairB={null}
        rollup={rollup}
        onRollupChange={(next) => choices.push(next)}
        nameOf={(id) => id}
        onChange={() => {}}
        onClose={() => {}}
        onSelectActor={() => {}}
      />
    );
    const { rerender } = render(view(false));
    const box = screen.getByRole('checkbox', { name: 'Count officials for their state' }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    expect(choices).toEqual([true]);
    rerender(view(true));
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    expect(choices).toEqual([true, false]);
  });
});

describe('Panel', () => {
  it('closes on Escape and with its close button', () => {
    let closed = 0;
    render(
      <Panel title="Israel" onClose={() => closed++}>
        body
      </Panel>,
    );
    fireEvent.keyDown(window, { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Close panel' }));
    expect(closed).toBe(2);
  });
});
