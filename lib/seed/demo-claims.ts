// The founding example's claims from the battlefield part of the report; the UN part is in
// demo-claims-un.ts.
import type { DemoClaim, DemoRelation } from './demo-data';
import { chain, ONE_SIDED } from './demo-chain';
import { DEMO_UN_CLAIMS } from './demo-claims-un';

const KANSAFRAH = { placeName: 'Kansafrah, Al-Ruwayha and Bayanin, southern Idlib', latitude: 35.69, longitude: 36.47 } as const;

export const DEMO_CLAIMS: readonly DemoClaim[] = [
  {
    key: 'retreat', eventKey: 'kansafrah-clashes',
    text: 'The Syrian Army and the National Defense Forces tried to advance near Kansafrah, Al-Ruwayha and Bayanin, but were forced to retreat after several hours of clashes.',
    occurredAt: '2020-06-30T00:00:00Z', occurredPrecision: 'day', ...KANSAFRAH, placePrecision: 'town',
    credibility: 6, credibilityReason: 'One side\'s unnamed sources, relayed by a hostile outlet and contradicted by the other side; nothing independent either way.',
    parties: [
      { role: 'perpetrator', name: 'Syrian Arab Army', sourceKey: 'syrian-arab-army' },
      { role: 'perpetrator', name: 'National Defense Forces' },
      { role: 'target', name: 'Turkish-backed militants' },
    ],
    attributions: chain('retreat', 'Pro-militant sources claimed that the Syrian Army and the National Defense Forces tried to advance there, but were forced to retreat after several hours of clashes', 'pro-militant-sources'),
  },
  {
    key: 'provocation', eventKey: 'kansafrah-clashes',
    text: 'The fighting in southern Idlib came as a result of a provocation by militants.',
    occurredAt: '2020-06-30T00:00:00Z', occurredPrecision: 'day', ...KANSAFRAH, placePrecision: 'district',
    credibility: 6, credibilityReason: 'One side\'s unnamed sources blaming the other; no independent account of who started the fighting.',
    parties: [
      { role: 'perpetrator', name: 'Turkish-backed militants' },
      { role: 'target', name: 'Syrian Arab Army', sourceKey: 'syrian-arab-army' },
    ],
    attributions: chain('provocation', 'pro-government sources say that the fighting in southern Idlib came as a result of a provocation by militants', 'pro-government-sources'),
  },
  {
    key: 'jabal-al-zawiyah-shelling', eventKey: 'kansafrah-clashes',
    text: 'Intense artillery shelling targeted positions of Hayat Tahrir al-Sham across the Jabal al-Zawiyah area.',
    occurredAt: '2020-06-30T00:00:00Z', occurredPrecision: 'day', placeName: 'Jabal al-Zawiyah, southern Idlib',
    latitude: 35.7, longitude: 36.5, placePrecision: 'district',
    credibility: 3, credibilityReason: 'Consistent with both sides\' accounts of renewed fighting that night, but only South Front reports the shelling itself.',
    parties: [{ role: 'target', name: 'Hayat Tahrir al-Sham', sourceKey: 'hayat-tahrir-al-sham' }],
    attributions: chain('jabal-al-zawiyah-shelling', 'Intense artillery shelling also targeted positions of Hayat Tahrir al-Sham across the Jabal Al-Zawiyah area'),
  },
  {
    key: 'frontline-stabilised', eventKey: 'kansafrah-clashes',
    text: 'By the morning of 1 July 2020 the situation on the southern Idlib frontline had stabilised.',
    occurredAt: '2020-07-01T00:00:00Z', occurredPrecision: 'day', ...KANSAFRAH, placePrecision: 'district',
    credibility: 6, credibilityReason: ONE_SIDED,
    parties: [],
    attributions: chain('frontline-stabilised', 'by the morning of July 1 the situation on the frontline had stabilized'),
  },
  {
    key: 'daraa-soldiers-killed', eventKey: 'daraa-kahil-jizah',
    text: 'At least 5 soldiers were killed in the countryside of Daraa city.',
    occurredAt: '2020-06-24T00:00:00Z', occurredPrecision: 'week', placeName: 'Countryside of Daraa city',
    latitude: 32.62, longitude: 36.1, placePrecision: 'district',
    credibility: 6, credibilityReason: 'An unsourced figure from one partisan outlet; no names, dates or places of the deaths are given.',
    parties: [
      { role: 'target', name: 'Syrian Arab Army', sourceKey: 'syrian-arab-army' },
      { role: 'perpetrator', name: 'Reconciled former militants' },
    ],
    figures: [{ measure: 'killed', subject: 'soldiers', min: 5, max: null, wording: 'at least 5 soldiers were recently killed' }],
    attributions: chain('daraa-soldiers-killed', 'at least 5 soldiers were recently killed in the countryside of the provincial capital'),
  },
  {
    key: 'kahil-jizah-withdrawal', eventKey: 'daraa-kahil-jizah',
    text: 'The Syrian Army withdrew from the village of Kahil Jizah in Daraa province.',
    occurredAt: '2020-06-24T00:00:00Z', occurredPrecision: 'week', placeName: 'Kahil Jizah, Daraa province', placePrecision: 'town',
    credibility: 6, credibilityReason: ONE_SIDED,
    parties: [{ role: 'other', name: 'Syrian Arab Army', sourceKey: 'syrian-arab-army' }],
    attributions: chain('kahil-jizah-withdrawal', 'the army withdrew from the village of Kahil Jizah'),
  },
  {
    key: 'kahil-jizah-checkpoints', eventKey: 'daraa-kahil-jizah',
    text: 'Local fighters seized all the checkpoints around Kahil Jizah and removed pro-government banners.',
    occurredAt: '2020-06-24T00:00:00Z', occurredPrecision: 'week', placeName: 'Kahil Jizah, Daraa province', placePrecision: 'town',
    credibility: 6, credibilityReason: ONE_SIDED,
    parties: [
      { role: 'perpetrator', name: 'Local fighters (reconciled former militants)' },
      { role: 'target', name: 'Syrian Arab Army', sourceKey: 'syrian-arab-army' },
    ],
    attributions: chain('kahil-jizah-checkpoints', 'Local fighters seized all the checkpoints surrounding the village and removed pro-government banners from the area'),
  },
  {
    key: 'kashal-ubayd-shelling', eventKey: 'kashal-ubayd-shelling',
    text: 'Turkish-backed militant groups shelled Syrian Democratic Forces positions near Kashal Ubayd, northwest of Ayn Issa; no casualties were reported.',
    occurredAt: '2020-06-24T00:00:00Z', occurredPrecision: 'week', placeName: 'Kashal Ubayd, northwest of Ayn Issa',
    latitude: 36.39, longitude: 38.86, placePrecision: 'district',
    credibility: 6, credibilityReason: ONE_SIDED,
    parties: [
      { role: 'perpetrator', name: 'Turkish-backed militant groups' },
      { role: 'target', name: 'Syrian Democratic Forces', sourceKey: 'syrian-democratic-forces' },
    ],
    attributions: chain('kashal-ubayd-shelling', 'forces of Turkish-backed militant groups shelled positions of the Syrian Democratic Forces near Kashal Ubayd, northwest of Ayn Issa. However, no casualties were reported there'),
  },
  {
    key: 'hasakah-perimeter-closed', eventKey: 'hasakah-prison',
    text: 'SDF security forces closed the perimeter of the prison for ISIS members in al-Hasakah city.',
    occurredAt: '2020-06-24T00:00:00Z', occurredPrecision: 'week', placeName: 'al-Hasakah city',
    latitude: 36.5, longitude: 40.75, placePrecision: 'town',
    credibility: 3, credibilityReason: 'A routine, observable security step that is plausible, but reported here by one outlet only.',
    parties: [
      { role: 'other', name: 'Syrian Democratic Forces', sourceKey: 'syrian-democratic-forces' },
      { role: 'other', name: 'ISIS detainees' },
    ],
    attributions: chain('hasakah-perimeter-closed', 'SDF security forces closed the perimeter of the prison for ISIS members in al-Hasakah city'),
  },
  {
    key: 'hasakah-escape', eventKey: 'hasakah-prison',
    text: 'Several ISIS members may have fled the prison in al-Hasakah city.',
    occurredAt: '2020-06-24T00:00:00Z', occurredPrecision: 'week', placeName: 'al-Hasakah city',
    latitude: 36.5, longitude: 40.75, placePrecision: 'town',
    credibility: 6, credibilityReason: 'Speculation by unnamed local sources; the report itself says it remains unconfirmed.',
    parties: [
      { role: 'perpetrator', name: 'ISIS members' },
      { role: 'other', name: 'Syrian Democratic Forces', sourceKey: 'syrian-democratic-forces' },
    ],
    attributions: chain('hasakah-escape', 'Local sources speculate that several ISIS members may have fled there. These reports remain unconfirmed.', 'local-sources'),
  },
  ...DEMO_UN_CLAIMS,
];

export const DEMO_RELATIONS: readonly DemoRelation[] = [
  { key: 'retreat-contradicts-provocation', type: 'contradicts', claimKeys: ['retreat', 'provocation'],
    disputes: ['responsibility', 'characterisation'],
    note: 'One side says the army attacked and was repelled; the other says militants provoked the fighting.' },
  { key: 'bombing-contradicts-military-infrastructure', type: 'contradicts',
    claimKeys: ['russia-bombed-humanitarian-targets', 'facilities-were-military-infrastructure'],
    disputes: ['characterisation'],
    note: 'Same strikes, opposite descriptions of what was hit: civilian and humanitarian sites, or terrorist military infrastructure.' },
  { key: 'bombing-contradicts-terrorist-headquarters', type: 'contradicts',
    claimKeys: ['russia-bombed-humanitarian-targets', 'deconflicted-sites-terrorist-headquarters'],
    disputes: ['characterisation'],
    note: 'Whether listed humanitarian sites were protected facilities or terrorist headquarters.' },
  { key: 'checkpoints-support-withdrawal', type: 'supports', subjectKey: 'kahil-jizah-checkpoints', objectKey: 'kahil-jizah-withdrawal',
    note: 'Fighters holding every checkpoint around the village fits the army having left it; both come from the same outlet.' },
  { key: 'perimeter-supports-escape', type: 'supports', subjectKey: 'hasakah-perimeter-closed', objectKey: 'hasakah-escape',
    note: 'Closing the perimeter is consistent with, though no proof of, an escape.' },
];
