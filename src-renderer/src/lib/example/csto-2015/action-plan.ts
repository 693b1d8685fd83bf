// An illustrative Action Plan. Its items are example data, each traceable to a theme the
// press release names (terrorism and extremism, drug trafficking and Afghanistan, weapons
// trafficking, organized crime, illegal migration, cooperation with the UN, OSCE, SCO and CIS,
// military-political integration and military-technical cooperation).
import type { ActionItem, ActionPlan, ActionStatus, ActionUpdate } from '../../domain/types';
import { sortKeyOf } from '../../domain/action-numbering';
import type { Seed } from './reference';

export const CHAIRMANSHIP_ID = 'ex-chairmanship-csto-2015';
export const PLAN_ID = 'ex-plan-2015';

export const ACTION_PLAN: Seed<ActionPlan> = {
  id: PLAN_ID,
  chairmanshipId: CHAIRMANSHIP_ID,
  title: {
    en: 'Action Plan to implement the decisions of the December 2014 CSC session and the priorities of the Republic of Tajikistan’s chairmanship (example data)',
    ru: 'План мероприятий по реализации решений сессии СКБ (декабрь 2014 г.) и приоритетов председательства Республики Таджикистан (пример)',
  },
  // The press release says the President approved the plan, not on which day: illustrative.
  approvedOn: '2015-01-20',
  approvedBy: {
    en: 'Emomali Rahmon, President of the Republic of Tajikistan, Chairman of the Collective Security Council',
    ru: 'Эмомали Рахмон, Президент Республики Таджикистан, Председатель Совета коллективной безопасности',
  },
  basis: [],
};

interface ItemSeed {
  n: string;
  theme: string;
  en: string;
  ru: string;
  status: ActionStatus;
  progress: number;
  parties?: string[];
  bodies?: string[];
  due?: string;
  dueSession?: string;
}

const ITEMS: ItemSeed[] = [
  {
    n: '1',
    theme: 'counter-terrorism',
    en: 'Countering international terrorism and religious extremism',
    ru: 'Противодействие международному терроризму и религиозному экстремизму',
    status: 'in-progress',
    progress: 40,
    bodies: ['cssc'],
  },
  {
    n: '1.1',
    theme: 'counter-terrorism',
    en: 'Update the coordinated list of organizations recognized as terrorist and extremist in the member states',
    ru: 'Актуализировать единый список организаций, признанных террористическими и экстремистскими в государствах-членах',
    status: 'in-progress',
    progress: 50,
    bodies: ['cssc'],
    dueSession: 'ex-session-2015-09-14-joint',
  },
  {
    n: '1.2',
    theme: 'cooperation-un',
    en: 'Contribute to the joint plan of action of the UN Global Counter-Terrorism Strategy in Central Asia',
    ru: 'Содействовать реализации Совместного плана действий по осуществлению Глобальной контртеррористической стратегии ООН в Центральной Азии',
    status: 'not-started',
    progress: 0,
    parties: ['tj'],
    due: '2015-11-30',
  },
  {
    n: '2',
    theme: 'drug-trafficking',
    en: 'Countering illicit drug trafficking, including threats emanating from Afghanistan',
    ru: 'Противодействие незаконному обороту наркотиков, включая угрозы, исходящие из Афганистана',
    status: 'in-progress',
    progress: 30,
  },
  {
    n: '2.1',
    theme: 'drug-trafficking',
    en: 'Conduct the regional anti-drug operation “Channel”',
    ru: 'Провести региональную антинаркотическую операцию «Канал»',
    status: 'done',
    progress: 100,
    parties: ['ru', 'tj'],
    due: '2015-06-30',
  },
  {
    n: '2.2',
    theme: 'afghanistan',
    en: 'Train staff of the Afghan counter-narcotics agencies',
    ru: 'Организовать подготовку кадров для антинаркотических ведомств Афганистана',
    status: 'in-progress',
    progress: 35,
    parties: ['ru'],
    due: '2015-10-31',
  },
  {
    n: '2.3',
    theme: 'afghanistan',
    en: 'Prepare proposals on anti-drug and financial security belts around Afghanistan',
    ru: 'Подготовить предложения по поясам антинаркотической и финансовой безопасности вокруг Афганистана',
    status: 'not-started',
    progress: 0,
    bodies: ['cfm'],
    dueSession: 'ex-session-2015-09-15-csc',
  },
  {
    n: '3',
    theme: 'afghanistan',
    en: 'Review security in Central Asia in the light of the situation in Afghanistan',
    ru: 'Рассмотреть ситуацию в сфере безопасности в Центральной Азии в свете развития обстановки в Афганистане',
    status: 'done',
    progress: 100,
    bodies: ['cfm'],
    dueSession: 'ex-session-2015-04-02-cfm',
  },
  {
    n: '4',
    theme: 'organized-crime',
    en: 'Counter weapons trafficking, transnational organized crime and illegal migration',
    ru: 'Противодействовать незаконному обороту оружия, транснациональной организованной преступности и незаконной миграции',
    status: 'in-progress',
    progress: 20,
    bodies: ['cssc'],
    due: '2015-12-15',
  },
  {
    n: '5',
    theme: 'international-cooperation',
    en: 'Develop cooperation with the OSCE, the SCO and the CIS',
    ru: 'Развивать сотрудничество с ОБСЕ, ШОС и СНГ',
    status: 'in-progress',
    progress: 25,
    bodies: ['cfm'],
  },
  {
    n: '5.1',
    theme: 'cooperation-osce',
    en: 'Hold consultations with the OSCE Chairmanship on post-conflict reconstruction of Afghanistan',
    ru: 'Провести консультации с Председательством ОБСЕ по постконфликтному восстановлению Афганистана',
    status: 'done',
    progress: 100,
    bodies: ['cfm'],
    dueSession: 'ex-session-2015-04-02-cfm',
  },
  {
    n: '5.2',
    theme: 'cooperation-sco-cis',
    en: 'Agree areas of cooperation with the SCO Regional Anti-Terrorist Structure and the CIS Anti-Terrorism Centre',
    ru: 'Согласовать направления сотрудничества с РАТС ШОС и АТЦ СНГ',
    status: 'not-started',
    progress: 0,
    due: '2015-12-31',
  },
  {
    n: '6',
    theme: 'military-cooperation',
    en: 'Intensify military-political integration and military-technical cooperation',
    ru: 'Активизировать военно-политическую интеграцию и военно-техническое сотрудничество',
    status: 'in-progress',
    progress: 45,
    bodies: ['cdm'],
    dueSession: 'ex-session-2015-09-15-csc',
  },
];

const itemId = (n: string): string => `ex-item-${n.replaceAll('.', '-')}`;

export const ACTION_UPDATES: Seed<ActionUpdate>[] = [
  {
    id: 'ex-update-3-1',
    actionItemId: itemId('3'),
    at: '2015-04-02T12:00:00.000Z',
    text: {
      en: 'Discussed by the Council of Foreign Ministers in Dushanbe.',
      ru: 'Рассмотрено на заседании Совета министров иностранных дел в Душанбе.',
    },
    statusFrom: 'in-progress',
    statusTo: 'done',
    sessionId: 'ex-session-2015-04-02-cfm',
  },
  {
    id: 'ex-update-2-1-1',
    actionItemId: itemId('2.1'),
    at: '2015-06-30T09:00:00.000Z',
    text: { en: 'Operation completed; results to be reported to the CSC.', ru: 'Операция завершена; итоги будут доложены СКБ.' },
    statusFrom: 'in-progress',
    statusTo: 'done',
  },
  {
    id: 'ex-update-5-1-1',
    actionItemId: itemId('5.1'),
    at: '2015-04-02T12:30:00.000Z',
    text: {
      en: 'Consultations held with the OSCE Chairperson-in-Office, Ivica Dačić, on the margins of the Council of Foreign Ministers.',
      ru: 'На полях заседания Совета министров иностранных дел проведены консультации с Действующим председателем ОБСЕ Ивицей Дачичем.',
    },
    statusFrom: 'in-progress',
    statusTo: 'done',
    sessionId: 'ex-session-2015-04-02-cfm',
  },
  {
    id: 'ex-update-1-1-1',
    actionItemId: itemId('1.1'),
    at: '2015-05-20T10:00:00.000Z',
    text: {
      en: 'Draft list reviewed by the Committee of Secretaries of Security Councils in Khujand.',
      ru: 'Проект перечня рассмотрен Комитетом секретарей советов безопасности в Худжанде.',
    },
    statusFrom: 'not-started',
    statusTo: 'in-progress',
    sessionId: 'ex-session-2015-05-19-cssc',
  },
];

export const ACTION_ITEMS: Seed<ActionItem>[] = ITEMS.map((it) => {
  const parent = it.n.includes('.') ? it.n.slice(0, it.n.lastIndexOf('.')) : undefined;
  return {
    id: itemId(it.n),
    planId: PLAN_ID,
    number: it.n,
    sortKey: sortKeyOf(it.n),
    ...(parent ? { parentId: itemId(parent) } : {}),
    title: { en: it.en, ru: it.ru },
    description: { en: '', ru: '' },
    theme: it.theme,
    responsible: {
      partyIds: (it.parties ?? []).map((p) => `ex-party-${p}`),
      bodyIds: (it.bodies ?? []).map((b) => `ex-body-${b}`),
      personIds: [],
    },
    ...(it.due ? { dueDate: it.due } : {}),
    ...(it.dueSession ? { dueSessionId: it.dueSession } : {}),
    status: it.status,
    progress: it.progress,
    // Reviewed at the sessions its progress notes were reported at.
    reviewedAt: [...new Set(ACTION_UPDATES.flatMap((u) => (u.actionItemId === itemId(it.n) && u.sessionId ? [u.sessionId] : [])))],
    documentIds: [],
  };
});
