import type { Body } from '../domain/types';
import type { ChairdeskDB } from './db';
import { TableRepository, type Clock } from './table-repository';

export class BodiesRepository extends TableRepository<Body> {
  constructor(db: ChairdeskDB, clock?: Clock) {
    super(db, db.bodies, clock);
  }
}
