/**
 * Names for the demo tenants, from several languages and scripts, with the usage location that fits them.
 * `latin` is the ASCII form used for the user principal name.
 */
export interface NamePart {
  readonly text: string;
  readonly latin: string;
}

export interface NamePool {
  readonly locations: readonly string[];
  readonly given: readonly NamePart[];
  readonly family: readonly NamePart[];
  /** How the display name is put together: "given family", "family given" (Japanese) or "familygiven" (Chinese). */
  readonly order: 'given-family' | 'family-given' | 'family-given-tight';
  /** Share of the tenant drawn from this pool. */
  readonly weight: number;
}

/** Same text in script and ASCII (after stripping accents). */
function plain(names: string): NamePart[] {
  return names.split(',').map((text) => ({ text, latin: ascii(text) }));
}

function pairs(entries: readonly (readonly [string, string])[]): NamePart[] {
  return entries.map(([text, latin]) => ({ text, latin }));
}

/** Lower-case ASCII for a principal name: å -> a, ü -> u, ß -> ss, ł -> l, apostrophes and spaces dropped. */
export function ascii(text: string): string {
  return text
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '');
}

export const NAME_POOLS: readonly NamePool[] = [
  {
    locations: ['SE'],
    order: 'given-family',
    weight: 15,
    given: plain('Åsa,Björn,Märta,Örjan,Sofia,Lars,Ingrid,Anders,Kerstin,Göran,Elin,Håkan,Linnéa,Ödön'),
    family: plain('Lindström,Åberg,Öberg,Ängström,Johansson,Karlsson,Sjögren,Bäckström,Nyström,Wahlgren,Ström'),
  },
  {
    locations: ['DE', 'AT', 'CH'],
    order: 'given-family',
    weight: 14,
    given: plain('Jürgen,Anneliese,Jörg,Sabine,Klaus,Günther,Lena,Maximilian,Bärbel,Uwe,Friederike'),
    family: plain('Müller,Schäfer,Weiß,Groß,Köhler,Schröder,Becker,Hoffmann,Fuchs,Krämer,Böhm'),
  },
  {
    locations: ['US', 'GB', 'IE', 'AU'],
    order: 'given-family',
    weight: 20,
    given: plain("Emily,James,Olivia,Michael,Aoife,Siobhán,Chloe,Daniel,Grace,William,Zoë,Jack"),
    family: plain("Smith,O'Brien,Johnson,Williams,Brown,Taylor,Davies,Walker,MacDonald,Nguyen,Anderson-Lee"),
  },
  {
    locations: ['ES', 'MX', 'AR'],
    order: 'given-family',
    weight: 11,
    given: plain('José,María José,Iñaki,Lucía,Álvaro,Begoña,Sofía,Andrés,Núria,Ramón'),
    family: plain('Núñez,García,Fernández,Muñoz,Peña,Ibáñez,Rodríguez,López,Castañeda'),
  },
  {
    locations: ['JP'],
    order: 'family-given',
    weight: 10,
    given: pairs([['花子', 'hanako'], ['太郎', 'taro'], ['健太', 'kenta'], ['さくら', 'sakura'], ['翔', 'sho'], ['美咲', 'misaki'], ['大輔', 'daisuke'], ['由美', 'yumi']]),
    family: pairs([['佐藤', 'sato'], ['鈴木', 'suzuki'], ['高橋', 'takahashi'], ['田中', 'tanaka'], ['渡辺', 'watanabe'], ['伊藤', 'ito'], ['山本', 'yamamoto'], ['中村', 'nakamura']]),
  },
  {
    locations: ['SA', 'AE', 'EG'],
    order: 'given-family',
    weight: 8,
    given: pairs([['محمد', 'mohammed'], ['فاطمة', 'fatima'], ['أحمد', 'ahmed'], ['ليلى', 'layla'], ['يوسف', 'youssef'], ['مريم', 'maryam'], ['عمر', 'omar'], ['نور', 'nour']]),
    family: pairs([['العلي', 'alali'], ['الحسن', 'alhassan'], ['المنصور', 'almansour'], ['حداد', 'haddad'], ['الشامي', 'alshami'], ['النجار', 'alnajjar']]),
  },
  {
    locations: ['FR', 'BE'],
    order: 'given-family',
    weight: 8,
    given: plain('Amélie,François,Zoé,Hélène,Loïc,Cécile,Gaël,Maëlle'),
    family: plain('Lefèvre,Dubois,Moreau,Girard,Bérenger,Rousseau,Faure'),
  },
  {
    locations: ['PL'],
    order: 'given-family',
    weight: 5,
    given: plain('Łukasz,Agnieszka,Paweł,Małgorzata,Wojciech,Zofia'),
    family: plain('Wójcik,Kowalczyk,Lewandowski,Dąbrowska,Szymański,Woźniak'),
  },
  {
    locations: ['IN'],
    order: 'given-family',
    weight: 5,
    given: plain('Priya,Arjun,Ananya,Rohan,Kavya,Vikram'),
    family: plain('Sharma,Patel,Iyer,Reddy,Gupta,Nair'),
  },
  {
    locations: ['CN'],
    order: 'family-given-tight',
    weight: 2,
    given: pairs([['伟', 'wei'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['磊', 'lei']]),
    family: pairs([['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen']]),
  },
  {
    locations: ['RU'],
    order: 'given-family',
    weight: 2,
    given: pairs([['Дмитрий', 'dmitry'], ['Анна', 'anna'], ['Ольга', 'olga'], ['Сергей', 'sergey'], ['Наталья', 'natalya']]),
    family: pairs([['Иванов', 'ivanov'], ['Смирнова', 'smirnova'], ['Кузнецова', 'kuznetsova'], ['Попов', 'popov'], ['Соколова', 'sokolova']]),
  },
];

export function displayName(pool: NamePool, given: NamePart, family: NamePart): string {
  switch (pool.order) {
    case 'family-given':
      return `${family.text} ${given.text}`;
    case 'family-given-tight':
      return `${family.text}${given.text}`;
    default:
      return `${given.text} ${family.text}`;
  }
}
