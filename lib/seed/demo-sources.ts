// Who speaks in the founding example, and the parties its claims name. Each carries an initial
// Admiralty grade with its reason; a represented source is listed before whoever represents it.
import type { DemoSource } from './demo-data';

const UNNAMED_F = (who: string) =>
  `Known only as ${who} in South Front's wording, with no identifiable speaker, so there is no track record to judge.`;

export const DEMO_SOURCES: readonly DemoSource[] = [
  {
    key: 'russian-federation', name: 'Russian Federation', kind: 'government', alignmentSlug: 'pro-government',
    country: 'RU', language: 'ru', aliases: ['Российская Федерация', 'Russia'],
    description: "The Russian state, at war in Syria on the government's side since its 2015 intervention.",
    rating: { reliability: 'D', rationale:
      'A belligerent whose accounts of its own strikes in Syria have been contradicted by UN war-crimes investigators, so its factual claims about the war need outside confirmation.' },
  },
  {
    key: 'vasily-nebenzya', name: 'Vasily Nebenzya', kind: 'official', alignmentSlug: 'pro-government',
    country: 'RU', language: 'ru', representsKey: 'russian-federation',
    aliases: ['Василий Небензя', 'Василий Алексеевич Небензя', 'Vassily Nebenzia', 'Vasily Nebenzia'],
    description: "Russia's Permanent Representative to the United Nations; at the Security Council he speaks for Russia, not for the UN.",
    rating: { reliability: 'C', rationale:
      "Reliably states Russia's official position, but his factual assertions about contested sites come from a party to the conflict and are seldom accompanied by checkable evidence." },
  },
  {
    key: 'south-front', name: 'South Front', kind: 'outlet', alignmentSlug: 'pro-government',
    language: 'en', aliases: ['SouthFront', 'South Front: Analysis & Intelligence'], homepage: 'https://southfront.org',
    description: 'Pro-Russian military-news site covering Syria from the government side; the US State Department named it in 2020 as part of Russia\'s disinformation ecosystem.',
    rating: { reliability: 'D', rationale:
      "Reports frontline movements quickly, but frames them in the Syrian and Russian governments' favour and seldom names its sources, so its claims need independent confirmation." },
  },
  {
    key: 'global-research', name: 'Global Research', kind: 'outlet', alignmentSlug: 'pro-government',
    country: 'CA', language: 'en', aliases: ['Centre for Research on Globalization', 'globalresearch.ca'],
    homepage: 'https://www.globalresearch.ca',
    description: 'Website of the Montreal-based Centre for Research on Globalization; republishes material favourable to Damascus and Moscow, here South Front\'s report verbatim.',
    rating: { reliability: 'D', rationale:
      'Republishes others\' reports without adding reporting or verification and has a record of carrying conspiracy content, so its carrying a claim is not corroboration.' },
  },
  {
    key: 'pro-militant-sources', name: 'pro-militant sources', kind: 'unnamed_group', alignmentSlug: 'pro-militant',
    description: "South Front's label for unnamed sources on the armed opposition's side in Idlib.",
    rating: { reliability: 'F', rationale: UNNAMED_F('"pro-militant sources"') },
  },
  {
    key: 'pro-government-sources', name: 'pro-government sources', kind: 'unnamed_group', alignmentSlug: 'pro-government',
    description: "South Front's label for unnamed sources on the Syrian government's side.",
    rating: { reliability: 'F', rationale: UNNAMED_F('"pro-government sources"') },
  },
  {
    key: 'local-sources', name: 'local sources', kind: 'unnamed_group', alignmentSlug: 'unknown',
    description: 'Unnamed people in or near al-Hasakah cited by South Front; their affiliation is not given.',
    rating: { reliability: 'F', rationale: UNNAMED_F('"local sources"') },
  },
  {
    key: 'mainstream-media-and-western-diplomats', name: 'mainstream media and Western diplomats',
    kind: 'unnamed_group', alignmentSlug: 'unknown',
    description: "South Front's umbrella for Russia's accusers. Recorded as unknown, not independent: it lumps independent newsrooms together with envoys of states opposed to Damascus and names none of them.",
    rating: { reliability: 'F', rationale:
      'A collective label naming no outlet or diplomat, so no record can be checked; the accusations belong to their named authors once recorded.' },
  },
  {
    key: 'russian-and-syrian-sources', name: 'Russian and Syrian sources', kind: 'unnamed_group', alignmentSlug: 'pro-government',
    description: "South Front's umbrella for unnamed Russian and Syrian government-side sources.",
    rating: { reliability: 'F', rationale: UNNAMED_F('"Russian and Syrian sources"') },
  },
  {
    key: 'un-ocha', name: 'UN Office for the Coordination of Humanitarian Affairs', kind: 'intergovernmental_body',
    alignmentSlug: 'un', language: 'en', aliases: ['OCHA', 'UN OCHA'], homepage: 'https://www.unocha.org',
    description: 'The UN office that ran the humanitarian notification (deconfliction) system in Syria; named as a party here.',
    rating: { reliability: 'B', rationale:
      'Its situation reports are careful and credit named partners, though it depends on access the parties grant and cannot always verify on the ground.' },
  },
  {
    key: 'syrian-arab-army', name: 'Syrian Arab Army', kind: 'armed_group', alignmentSlug: 'pro-government',
    country: 'SY', language: 'ar', aliases: ['الجيش العربي السوري', 'Syrian Army', 'SAA'],
    description: "The Syrian government's army; a party to the Idlib and Daraa claims.",
    rating: { reliability: 'F', rationale:
      'Named here only as a party to claims; none of its own statements are in the record yet to judge.' },
  },
  {
    key: 'hayat-tahrir-al-sham', name: 'Hayat Tahrir al-Sham', kind: 'armed_group', alignmentSlug: 'pro-militant',
    country: 'SY', language: 'ar', aliases: ['هيئة تحرير الشام', 'HTS'],
    description: 'Jihadist coalition that grew out of the al-Nusra Front and dominated Idlib in 2020.',
    rating: { reliability: 'F', rationale:
      'Named here only as a party to claims; none of its own statements are in the record yet to judge.' },
  },
  {
    key: 'syrian-democratic-forces', name: 'Syrian Democratic Forces', kind: 'armed_group', alignmentSlug: 'unknown',
    country: 'SY', aliases: ['قوات سوريا الديمقراطية', 'SDF'],
    description: 'Kurdish-led alliance holding north-east Syria; on neither side of the government–opposition split, so unknown until an admin adds an alignment such as pro-sdf.',
    rating: { reliability: 'F', rationale:
      'Named here only as a party to claims; none of its own statements are in the record yet to judge.' },
  },
];
