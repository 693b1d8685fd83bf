import { describe, expect, it } from 'vitest';
import { participantsInOrder, type Orderable } from './participant-order';
import type { ParticipantRole, Party } from './types';
import { MEMBERS, OSCE, SERBIA, UN } from './test-fixtures';

const byId = new Map([...MEMBERS, OSCE, UN, SERBIA].map((p) => [p.id, p]));

function row(name: string, partyId: string, role: ParticipantRole, representsPersonId?: string): Orderable & { name: string } {
  const party: Party | undefined = byId.get(partyId);
  return { name, sortName: name, party, participant: { personId: name, role, ...(representsPersonId ? { representsPersonId } : {}) } };
}

describe('participants in protocol order', () => {
  it('lists member states in Russian alphabetical order, then observers, then organizations', () => {
    const rows = [
      row('Jenča', 'un', 'guest'),
      row('Lavrov', 'ru', 'head'),
      row('Dačić', 'osce', 'guest'),
      row('Observer', 'rs', 'observer'),
      row('Aslov', 'tj', 'chair'),
      row('Nalbandian', 'am', 'head'),
      row('Idrissov', 'kz', 'head'),
      row('Makei', 'by', 'head'),
      row('Abdyldaev', 'kg', 'head'),
    ];
    expect(participantsInOrder(rows).map((r) => r.name)).toEqual([
      'Nalbandian',
      'Makei',
      'Idrissov',
      'Abdyldaev',
      'Lavrov',
      'Aslov',
      'Observer',
      'Dačić',
      'Jenča',
    ]);
  });

  it('puts the head of a delegation first, and a substitute right after the person he represents', () => {
    const rows = [
      row('Expert', 'ru', 'expert'),
      row('Adviser', 'ru', 'member'),
      row('Deputy', 'ru', 'member', 'Lavrov'),
      row('Lavrov', 'ru', 'head'),
    ];
    expect(participantsInOrder(rows).map((r) => r.name)).toEqual(['Lavrov', 'Deputy', 'Adviser', 'Expert']);
  });

  it('keeps participants without a known party at the end', () => {
    const rows = [row('Nobody', 'zz', 'guest'), row('Lavrov', 'ru', 'head')];
    expect(participantsInOrder(rows).map((r) => r.name)).toEqual(['Lavrov', 'Nobody']);
  });
});
