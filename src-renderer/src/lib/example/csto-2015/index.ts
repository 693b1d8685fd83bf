// The built-in example year: the CSTO under Tajikistan's chairmanship, 2015.
import type { Chairmanship } from '../../domain/types';
import type { Seed } from './reference';
import { CHAIRMANSHIP_ID } from './action-plan';
import { ORGANIZATION } from './reference';

export { APPOINTMENTS, BODIES, ORGANIZATION, PARTIES, PERSONS, THEMES } from './reference';
export { DOCUMENTS, PARTICIPANTS, SESSIONS } from './year';
export { ACTION_ITEMS, ACTION_PLAN, ACTION_UPDATES, CHAIRMANSHIP_ID } from './action-plan';
export type { Seed } from './reference';

export const CHAIRMANSHIP: Seed<Chairmanship> = {
  id: CHAIRMANSHIP_ID,
  organizationId: ORGANIZATION.id,
  chairState: { en: 'Tajikistan', ru: 'Таджикистан' },
  chairPartyId: 'ex-party-tj',
  year: 2015,
  firstDay: '2015-01-01',
  lastDay: '2015-12-31',
  homeTimeZone: 'Asia/Dushanbe',
  example: 1,
};
