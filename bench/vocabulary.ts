// Word lists for the synthetic archive: the most frequent real words of each language, with
// conflict-reporting vocabulary mixed in, then a long tail of pronounceable made-up words in
// the same script, drawn with Zipf frequencies (rank r has weight 1/r^s) as natural text is.
import type { Random } from './random';

export type Language = 'en' | 'ar' | 'ru' | 'fr';

const HEAD: Record<Language, string> = {
  en: `the of and to in a that was is for on said by with as at from it were army forces he had
    have which after be they their has civilians not been killed an this town sources near syrian
    attack who government militants reported are village also two or but more people city fighting
    positions military clashes area shelling claimed its one airstrikes his three during against
    ceasefire since other than some into troops rebels local hospital wounded while there province
    security council statement russian turkish observatory report regime strikes south north east
    west children women drone artillery rocket casualties humanitarian aid convoy opposition
    monitor ministry defence spokesman officials denied confirmed accused independent residents
    displaced bombing targets infrastructure mechanism deconfliction human rights violations
    weapons chemical evidence investigation journalists video footage images satellite retreat
    advance offensive counteroffensive frontline checkpoint corridor evacuation negotiations truce`,
  ar: `في من على إلى أن عن مع هذا التي الذي كان قد قال ما لا هذه بعد بين وقد كما أو ذلك عند حيث
    قوات الجيش السوري مدينة قرية ريف إدلب حلب حماة دمشق قصف غارات طائرات الطيران الروسي مقتل
    مدنيين أطفال نساء جرحى مستشفى المعارضة الفصائل المسلحة النظام الحكومة مصادر محلية المرصد
    حقوق الإنسان اشتباكات هجوم تقدم انسحاب مواقع الجبهة وقف إطلاق النار مجلس الأمن الأمم المتحدة
    بيان المتحدث وزارة الدفاع التركية الروسية اتهم نفى أكد تقرير صواريخ مدفعية طائرة مسيرة
    المساعدات الإنسانية قافلة النازحين مخيم الحدود معبر المنطقة العسكرية البنية التحتية`,
  ru: `и в не на что с по как он это к из за от о то для у все но так же был бы было быть они
    войска армия сирийской города деревни провинции идлиб алеппо хама дамаск удары авиации
    российской боевики террористы мирных жителей погибли ранены больница оппозиции правительство
    источники местные наблюдатели права человека столкновения наступление отступление позиции
    фронт прекращение огня совет безопасности оон заявление представитель министерство обороны
    турецкие российские обвинил опроверг подтвердил доклад ракеты артиллерия беспилотник помощь
    гуманитарной колонна беженцы лагерь граница переход район военной инфраструктуры`,
  fr: `de la le et les des en un du une que est pour qui dans a par plus pas au sur ne se son il
    armée forces syrienne ville village province idleb alep hama damas frappes aviation russe
    rebelles terroristes civils tués blessés hôpital opposition gouvernement sources locales
    observatoire droits homme affrontements offensive retrait positions front cessez feu conseil
    sécurité nations unies déclaration porte parole ministère défense turcs russes accusé démenti
    confirmé rapport roquettes artillerie drone aide humanitaire convoi déplacés camp frontière
    passage zone militaire infrastructures enquête preuves vidéo`,
};

const SYLLABLES: Record<Language, string[]> = {
  en: ['ba', 'ro', 'ten', 'mar', 'kel', 'vin', 'do', 'sal', 'ter', 'gran', 'mo', 'lis', 'par', 'den', 'shi', 'wol', 'ick', 'an', 'ber', 'ly'],
  ar: ['ال', 'مر', 'سا', 'قب', 'نو', 'حد', 'ري', 'كا', 'طب', 'جو', 'لم', 'بي', 'فر', 'شا', 'عي', 'زن', 'دي', 'هو', 'يت', 'خل'],
  ru: ['ка', 'ро', 'ми', 'ско', 'ва', 'ле', 'ни', 'тов', 'ра', 'ше', 'до', 'зу', 'бы', 'ль', 'ен', 'гор', 'пи', 'ст', 'ки', 'ча'],
  fr: ['ba', 'rou', 'mé', 'lan', 'ché', 'vi', 'teau', 'gne', 'pe', 'sol', 'ré', 'mon', 'il', 'dé', 'cou', 'fra', 'sé', 'ain', 'bou', 'lé'],
};

export const TAIL_SIZE = 20_000;
const ZIPF_S = 1.05;

export type Vocabulary = { words: string[]; cumulative: Float64Array };

function madeUpWord(language: Language, random: Random): string {
  const n = 2 + Math.floor(random.next() * 3);
  let w = '';
  for (let i = 0; i < n; i++) w += random.pick(SYLLABLES[language]);
  return w;
}

export function buildVocabulary(language: Language, random: Random): Vocabulary {
  const words = [...new Set(HEAD[language].split(/\s+/).filter(Boolean))];
  const seen = new Set(words);
  const size = words.length + TAIL_SIZE;
  while (words.length < size) {
    const w = madeUpWord(language, random);
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  const cumulative = new Float64Array(words.length);
  let total = 0;
  for (let r = 0; r < words.length; r++) cumulative[r] = total += 1 / (r + 1) ** ZIPF_S;
  for (let r = 0; r < words.length; r++) cumulative[r] /= total;
  return { words, cumulative };
}

/** A word drawn with its Zipf frequency (binary search on the cumulative weights). */
export function drawWord(v: Vocabulary, random: Random): string {
  const x = random.next();
  let lo = 0;
  let hi = v.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.cumulative[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return v.words[lo];
}

export function sentence(v: Vocabulary, random: Random, min: number, max: number): string {
  const n = min + Math.floor(random.next() * (max - min + 1));
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(drawWord(v, random));
  const text = out.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
