// The UN part of the founding example: a member state's envoy speaking at the Security Council
// (speaker, represented state and venue kept apart) and the accusations it answers.
import type { DemoClaim } from './demo-data';
import { chain, SF, UNSC, UNSC_DATE } from './demo-chain';

const NEBENZYA = { documentKey: SF, venue: UNSC, statedAt: UNSC_DATE } as const;
const EVENT = 'un-deconfliction-exit';
const SYRIA = { placeName: 'Syria', placePrecision: 'country' } as const;
const UN_INQUIRY =
  'a 2020 UN Board of Inquiry found it probable that the Syrian government and/or its allies struck several deconflicted sites';

export const DEMO_UN_CLAIMS: readonly DemoClaim[] = [
  {
    key: 'deconflicted-sites-terrorist-headquarters', eventKey: EVENT, ...SYRIA,
    text: 'Some facilities listed with the UN humanitarian deconfliction mechanism in Syria were used as headquarters of terrorists and should not have had humanitarian status.',
    credibility: 4,
    credibilityReason: `A party to the dispute asserting it without published evidence, while ${UN_INQUIRY}.`,
    parties: [
      { role: 'perpetrator', name: 'Terrorist groups (unnamed)' },
      { role: 'other', name: 'UN Office for the Coordination of Humanitarian Affairs', sourceKey: 'un-ocha' },
    ],
    attributions: chain(
      'deconflicted-sites-terrorist-headquarters',
      '"Our own investigations have repeatedly shown that some of the objects [listed using the mechanism] were used as headquarters of terrorists, therefore they should not have been given humanitarian status," he noted',
      'vasily-nebenzya',
      { ...NEBENZYA, quote: 'some of the objects [listed using the mechanism] were used as headquarters of terrorists' },
    ),
  },
  {
    key: 'russia-quits-deconfliction', eventKey: EVENT, ...SYRIA,
    text: 'Russia has quit the United Nations system of humanitarian deconfliction in Syria, as its envoy announced at the UN Security Council on 29 June 2020.',
    occurredAt: UNSC_DATE, occurredPrecision: 'day',
    credibility: 2,
    credibilityReason: "A state's own envoy announcing the state's own decision at the Security Council is authoritative about the decision, though not about its stated reasons.",
    parties: [
      { role: 'other', name: 'Russian Federation', sourceKey: 'russian-federation' },
      { role: 'other', name: 'UN Office for the Coordination of Humanitarian Affairs', sourceKey: 'un-ocha' },
    ],
    attributions: chain(
      'russia-quits-deconfliction',
      'Vasily Nebenzya said on June 29 at a meeting of the UN Security Council',
      'vasily-nebenzya',
      { ...NEBENZYA, quote: 'Russia has opted to quit the United Nations system of humanitarian deconfliction in Syria' },
    ),
  },
  {
    key: 'russia-bombed-humanitarian-targets', eventKey: EVENT, ...SYRIA,
    text: 'The Russian Aerospace Forces intentionally bombed civilian and humanitarian targets in Syria.',
    credibility: 3,
    credibilityReason: `The accusers are unnamed here; ${UN_INQUIRY}, but intent is not established in the record.`,
    parties: [
      { role: 'perpetrator', name: 'Russian Aerospace Forces', sourceKey: 'russian-federation' },
      { role: 'target', name: 'Civilian and humanitarian facilities' },
    ],
    attributions: chain(
      'russia-bombed-humanitarian-targets',
      'mainstream media and Western diplomats repeatedly accused the Russian Aerospace Forces of intentionally bombing civilian and humanitarian targets',
      'mainstream-media-and-western-diplomats',
    ),
  },
  {
    key: 'facilities-were-military-infrastructure', eventKey: EVENT, ...SYRIA,
    text: 'The supposed humanitarian facilities were in fact part of the military infrastructure of the terrorist groups.',
    credibility: 4,
    credibilityReason: `Unnamed government-side sources giving no evidence, while ${UN_INQUIRY}.`,
    parties: [{ role: 'other', name: 'Terrorist groups (unnamed)' }],
    attributions: chain(
      'facilities-were-military-infrastructure',
      'Russian and Syrian sources say that these supposed humanitarian facilities were in fact a part of the military infrastructure of the terrorist groups',
      'russian-and-syrian-sources',
    ),
  },
];
