// The built-in example year: the CSTO under Tajikistan's chairmanship, 2015.
import type { Chairmanship } from '../../domain/types';
import type { Seed } from './reference';
import { CHAIRMANSHIP_ID } from './action-plan';

export { APPOINTMENTS, BODIES, PARTIES, PERSONS } from './reference';
export { DOCUMENTS, PARTICIPANTS, SESSIONS } from './year';
export { ACTION_ITEMS, ACTION_PLAN, ACTION_UPDATES, CHAIRMANSHIP_ID } from './action-plan';
export type { Seed } from './reference';

export const CHAIRMANSHIP: Seed<Chairmanship> = {
  id: CHAIRMANSHIP_ID,
  organization: {
    name: { en: 'Collective Security Treaty Organization', ru: 'Организация Договора о коллективной безопасности' },
    acronym: { en: 'CSTO', ru: 'ОДКБ' },
  },
  chairState: { en: 'Tajikistan', ru: 'Таджикистан' },
  chairPartyId: 'ex-party-tj',
  year: 2015,
  homeTimeZone: 'Asia/Dushanbe',
  example: 1,
};
