/**
 * CAMEO event codes: what each code means (the CAMEO 1.1b3 codebook's names for the 20 roots and
 * their three-digit codes; a four-digit code is described by its three-digit parent), and which
 * of our PLOVER types each stands for. Pure data and lookups: the importers use it, and the
 * details load it when a relation lists CAMEO-coded events.
 */
import type { RelationTypeId } from '../../../domain/relationTypes';

// "code name" pairs, one per line: compact to ship, and easy to check against the codebook.
const CODEBOOK = `
01 Make public statement
010 Make statement
011 Decline comment
012 Make pessimistic comment
013 Make optimistic comment
014 Consider policy option
015 Acknowledge or claim responsibility
016 Deny responsibility
017 Engage in symbolic act
018 Make empathetic comment
019 Express accord
02 Appeal
020 Make an appeal or request
021 Appeal for material cooperation
022 Appeal for diplomatic cooperation
023 Appeal for aid
024 Appeal for political reform
025 Appeal to yield
026 Appeal to others to meet or negotiate
027 Appeal to others to settle dispute
028 Appeal to others to engage in or accept mediation
03 Express intent to cooperate
030 Express intent to cooperate
031 Express intent to engage in material cooperation
032 Express intent to provide diplomatic cooperation
033 Express intent to provide material aid
034 Express intent to institute political reform
035 Express intent to yield
036 Express intent to meet or negotiate
037 Express intent to settle dispute
038 Express intent to accept mediation
039 Express intent to mediate
04 Consult
040 Consult
041 Discuss by telephone
042 Make a visit
043 Host a visit
044 Meet at a third location
045 Mediate
046 Engage in negotiation
05 Engage in diplomatic cooperation
050 Engage in diplomatic cooperation
051 Praise or endorse
052 Defend verbally
053 Rally support on behalf of
054 Grant diplomatic recognition
055 Apologize
056 Forgive
057 Sign formal agreement
06 Engage in material cooperation
060 Engage in material cooperation
061 Cooperate economically
062 Cooperate militarily
063 Engage in judicial cooperation
064 Share intelligence or information
07 Provide aid
070 Provide aid
071 Provide economic aid
072 Provide military aid
073 Provide humanitarian aid
074 Provide military protection or peacekeeping
075 Grant asylum
08 Yield
080 Yield
081 Ease administrative sanctions
082 Ease political dissent
083 Accede to requests or demands for political reform
084 Return, release
085 Ease economic sanctions, boycott or embargo
086 Allow international involvement
087 De-escalate military engagement
09 Investigate
090 Investigate
091 Investigate crime or corruption
092 Investigate human rights abuses
093 Investigate military action
094 Investigate war crimes
10 Demand
100 Demand
101 Demand material cooperation
102 Demand diplomatic cooperation
103 Demand material aid
104 Demand political reform
105 Demand that target yields
106 Demand meeting or negotiation
107 Demand settling of dispute
108 Demand mediation
11 Disapprove
110 Disapprove
111 Criticize or denounce
112 Accuse
113 Rally opposition against
114 Complain officially
115 Bring lawsuit against
116 Find guilty or liable (legally)
12 Reject
120 Reject
121 Reject material cooperation
122 Reject request or demand for material aid
123 Reject request or demand for political reform
124 Refuse to yield
125 Reject proposal to meet, discuss or negotiate
126 Reject mediation
127 Reject plan or agreement to settle dispute
128 Defy norms or law
129 Veto
13 Threaten
130 Threaten
131 Threaten non-force
132 Threaten with administrative sanctions
133 Threaten political dissent or protest
134 Threaten to halt negotiations
135 Threaten to halt mediation
136 Threaten to halt international involvement
137 Threaten with violent repression
138 Threaten to use military force
139 Give ultimatum
14 Protest
140 Engage in political dissent
141 Demonstrate or rally
142 Conduct hunger strike
143 Conduct strike or boycott
144 Obstruct passage or block
145 Protest violently or riot
15 Exhibit force posture
150 Demonstrate military or police power
151 Increase police alert status
152 Increase military alert status
153 Mobilize or increase police power
154 Mobilize or increase armed forces
155 Mobilize or increase cyber-forces
16 Reduce relations
160 Reduce relations
161 Reduce or break diplomatic relations
162 Reduce or stop material aid
163 Impose embargo, boycott or sanctions
164 Halt negotiations
165 Halt mediation
166 Expel or withdraw
17 Coerce
170 Coerce
171 Seize or damage property
172 Impose administrative sanctions
173 Arrest, detain or charge with legal action
174 Expel or deport individuals
175 Use tactics of violent repression
176 Attack cybernetically
18 Assault
180 Use unconventional violence
181 Abduct, hijack or take hostage
182 Physically assault
183 Conduct suicide, car or other non-military bombing
184 Use as human shield
185 Attempt to assassinate
186 Assassinate
19 Fight
190 Use conventional military force
191 Impose blockade or restrict movement
192 Occupy territory
193 Fight with small arms and light weapons
194 Fight with artillery and tanks
195 Employ aerial weapons
196 Violate ceasefire
20 Use unconventional mass violence
200 Use unconventional mass violence
201 Engage in mass expulsion
202 Engage in mass killings
203 Engage in ethnic cleansing
204 Use weapons of mass destruction
`;

const NAMES = new Map<string, string>(
  CODEBOOK.trim()
    .split('\n')
    .map((line) => {
      const space = line.indexOf(' ');
      return [line.slice(0, space), line.slice(space + 1)] as const;
    }),
);

/** A CAMEO event code as the codebook writes it: two to four digits, the root first. */
export const CAMEO_CODE = /^(?:0[1-9]|1\d|20)\d{0,2}$/;

/** The codebook's name for a CAMEO code; a four-digit code is named by its three-digit parent. */
export function cameoName(code: string): string | undefined {
  const exact = NAMES.get(code);
  if (exact !== undefined) return exact;
  if (code.length === 4) return NAMES.get(code.slice(0, 3));
  return undefined;
}

/**
 * "193 Fight with small arms and light weapons"; a four-digit code not in the codebook keeps its
 * own number ("0874 De-escalate military engagement").
 */
export function describeCameo(code: string): string {
  const name = cameoName(code);
  return name === undefined ? code : `${code} ${name}`;
}

/**
 * The dataset type for CAMEO's statements and appeals (roots 01 and 02), which PLOVER has no
 * counterpart for. They are kept, not dropped: in GDELT they are a large share of all events, and
 * a reader can hide them with one filter. Their class is GDELT's QuadClass for them.
 */
export const STATEMENT_TYPE = {
  name: 'Statement or appeal',
  class: 'verbal-cooperation',
  description:
    'CAMEO 01 (make a public statement) and 02 (appeal): coded events that PLOVER has no type for.',
  active: 'makes a statement about',
  passive: 'is the subject of a statement by',
} as const;

/**
 * Where our mapping departs from the published CAMEO2PLOVER table, and why. The README repeats
 * these; tests pin each.
 */
export const MAPPING_CHOICES = {
  /**
   * CAMEO 163 "impose embargo, boycott or sanctions": the table files it under COERCE; it is
   * SANCTION here, because PLOVER defines SANCTION as exactly that (embargoes, sanctions, cut aid)
   * and a reader who filters on Sanction expects embargoes in it.
   */
  '163': 'SANCTION',
} as const satisfies Record<string, RelationTypeId>;

/** The roots of CAMEO 08 "yield" that are acts rather than words: PLOVER's RETREAT. */
const RETREAT_CODES = ['084', '087'];

const ROOT_TYPES: Record<string, RelationTypeId | typeof STATEMENT_TYPE.name> = {
  '01': STATEMENT_TYPE.name,
  '02': STATEMENT_TYPE.name,
  '03': 'AGREE',
  '04': 'CONSULT',
  '05': 'SUPPORT',
  '06': 'COOPERATE',
  '07': 'AID',
  '08': 'CONCEDE',
  '09': 'ACCUSE',
  '10': 'REQUEST',
  '11': 'ACCUSE',
  '12': 'REJECT',
  '13': 'THREATEN',
  '14': 'PROTEST',
  '15': 'MOBILIZE',
  '16': 'SANCTION',
  '17': 'COERCE',
  '18': 'ASSAULT',
  '19': 'ASSAULT',
  '20': 'ASSAULT',
};

/**
 * Our type for a CAMEO code: a PLOVER type id, or STATEMENT_TYPE's name for roots 01 and 02;
 * undefined for a code that is not CAMEO.
 */
export function ploverTypeOfCameo(
  code: string,
): RelationTypeId | typeof STATEMENT_TYPE.name | undefined {
  if (!CAMEO_CODE.test(code)) return undefined;
  const chosen = MAPPING_CHOICES[code.slice(0, 3) as keyof typeof MAPPING_CHOICES];
  if (chosen) return chosen;
  const root = code.slice(0, 2);
  if (root === '08' && RETREAT_CODES.includes(code.slice(0, 3))) return 'RETREAT';
  return ROOT_TYPES[root];
}

/** GDELT's QuadClass (1–4) as words; GDELT derives it from the root code. */
export const GDELT_QUAD_NAMES: Record<string, string> = {
  '1': 'Verbal cooperation',
  '2': 'Material cooperation',
  '3': 'Verbal conflict',
  '4': 'Material conflict',
};
