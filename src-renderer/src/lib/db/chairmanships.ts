import type { Chairmanship } from '../domain/types';
import type { ChairdeskDB } from './db';
import { TableRepository, type Clock } from './table-repository';

export class ChairmanshipsRepository extends TableRepository<Chairmanship> {
  constructor(db: ChairdeskDB, clock?: Clock) {
    super(db, db.chairmanships, clock);
  }

  /** Newest year first. */
  async list(): Promise<Chairmanship[]> {
    return (await this.table.orderBy('year').toArray()).reverse();
  }
}
