import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ActorRef } from '../../src/api/types';
import { SearchBox } from '../../src/components/SearchBox';

const actors: ActorRef[] = [
  { id: 'israel', name: 'Israel', kind: 'state' },
  { id: 'israel-katz', name: 'Israel Katz', kind: 'person' },
];

/** Searches a fixed list the way the API's `actors(search)` does: case-insensitive substring. */
async function searchList(text: string): Promise<ActorRef[]> {
  return actors.filter((actor) => actor.name.toLowerCase().includes(text.toLowerCase()));
}

async function typeAndWait(input: HTMLElement, value: string) {
  await act(async () => {
    fireEvent.change(input, { target: { value } });
    await new Promise((resolve) => setTimeout(resolve, 250));
  });
}

describe('SearchBox', () => {
  it('suggests actors as the user types and picks one with the keyboard', async () => {
    const chosen: ActorRef[] = [];
    render(<SearchBox label="Search actors" search={searchList} onChoose={(actor) => chosen.push(actor)} />);
    const input = screen.getByRole('combobox', { name: 'Search actors' });
    await typeAndWait(input, 'isr');
    const options = screen.getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['IsraelState', 'Israel KatzPerson']);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(screen.getAllByRole('option')[1]?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(chosen.map((actor) => actor.id)).toEqual(['israel-katz']);
    expect((input as HTMLInputElement).value).toBe('Israel Katz');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('closes the list on Escape and shows search errors', async () => {
    render(
      <SearchBox
        label="Search actors"
        search={async () => {
          throw new Error('Cannot reach the Entente API. Is the server running?');
        }}
        onChoose={() => {}}
      />,
    );
    const input = screen.getByRole('combobox');
    await typeAndWait(input, 'tur');
    expect(screen.getByText(/Cannot reach the Entente API/)).toBeTruthy();
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('says when nothing matches', async () => {
    render(<SearchBox label="Search actors" search={searchList} onChoose={() => {}} />);
    const input = screen.getByRole('combobox');
    await typeAndWait(input, 'zzz');
    expect(screen.getByText('No actor matches “zzz”.')).toBeTruthy();
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });
});
