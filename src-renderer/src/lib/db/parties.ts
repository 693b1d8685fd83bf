import { inProtocolOrder } from '../domain/protocol-order';
import type { Party, PartyKind } from '../domain/types';
import type { ChairdeskDB } from './db';
import { TableRepository, type Clock } from './table-repository';

export class PartiesRepository extends TableRepository<Party> {
  constructor(db: ChairdeskDB, clock?: Clock) {
    super(db, db.parties, clock);
  }

  async inProtocolOrder(): Promise<Party[]> {
    return inProtocolOrder(await this.table.toArray());
  }

  ofKind(kind: PartyKind): Promise<Party[]> {
    return this.table.where('kind').equals(kind).toArray();
  }
}
