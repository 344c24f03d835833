import { fromDayNumber } from '../../src/calendar/dayNumber.js';

/** One session of a hand-made history; prices in cents so every dialect can print them exactly. */
export interface Session {
  readonly day: number;
  readonly closeCents: number;
  readonly highCents: number;
}

export type DialectName = 'iso' | 'yahoo-null' | 'yfinance' | 'investing' | 'nasdaq' | 'wsj' | 'spreadsheet' | 'semicolon' | 'european' | 'tab-time' | 'named' | 'fred';

export const DIALECTS: readonly DialectName[] = ['iso', 'yahoo-null', 'yfinance', 'investing', 'nasdaq', 'wsj', 'spreadsheet', 'semicolon', 'european', 'tab-time', 'named', 'fred'];

/** Day/month order a dialect writes numeric dates in (what `--date-order` would say). */
export const DATE_ORDER: Partial<Record<DialectName, 'mdy' | 'dmy'>> = { investing: 'mdy', nasdaq: 'mdy', wsj: 'mdy', spreadsheet: 'mdy', european: 'dmy' };

const pad = (n: number): string => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const plain = (cents: number): string => (cents / 100).toFixed(2);
const grouped = (cents: number, thousands: string, decimal: string): string => {
  const [int, frac] = plain(cents).split('.');
  return `${int.replace(/\B(?=(\d{3})+$)/g, thousands)}${decimal}${frac}`;
};

/** Writes `sessions` (in the given row order) as the named site would export them. */
export function writeHistory(sessions: readonly Session[], dialect: DialectName): string {
  const d = (s: Session) => fromDayNumber(s.day);
  const iso = (s: Session) => ((x) => `${x.year}-${pad(x.month)}-${pad(x.day)}`)(d(s));
  const mdy = (s: Session) => ((x) => `${pad(x.month)}/${pad(x.day)}/${x.year}`)(d(s));
  switch (dialect) {
    case 'iso':
      return ['date,high,close', ...sessions.map((s) => `${iso(s)},${plain(s.highCents)},${plain(s.closeCents)}`)].join('\n');
    case 'yahoo-null':
      return ['Date,Open,High,Low,Close,Adj Close,Volume', ...sessions.flatMap((s) => [
        `${iso(s)},null,null,null,null,null,null`,
        `${iso(s)},${plain(s.closeCents)},${plain(s.highCents)},${plain(s.closeCents)},${plain(s.closeCents)},1,0`,
      ])].join('\n');
    case 'yfinance':
      return ['Price,Close,High,Low,Open,Volume', 'Ticker,^X,^X,^X,^X,^X', 'Date,,,,,', ...sessions.map((s) => `${iso(s)},${plain(s.closeCents)},${plain(s.highCents)},${plain(s.closeCents)},${plain(s.closeCents)},0`)].join('\n');
    case 'spreadsheet':
      return ['Date,Close,High', ...sessions.map((s) => ((x) => `${x.month}/${x.day}/${x.year},"${grouped(s.closeCents, ',', '.')}","${grouped(s.highCents, ',', '.')}"`)(d(s)))].join('\n');
    case 'semicolon':
      return `\ufeff${['Date;High;Close', ...sessions.map((s) => `${iso(s)};${plain(s.highCents)};${plain(s.closeCents)}`)].join('\r\n')}\r\n`;
    case 'investing':
      return `\ufeff"Date","Price","Open","High","Low","Vol.","Change %"\n${sessions
        .map((s) => `"${mdy(s)}","${grouped(s.closeCents, ',', '.')}","${grouped(s.closeCents, ',', '.')}","${grouped(s.highCents, ',', '.')}","${grouped(s.closeCents, ',', '.')}","","0.00%"`)
        .join('\n')}\n`;
    case 'nasdaq':
      return ['Date,Close/Last,Volume,Open,High,Low', ...sessions.map((s) => `${mdy(s)},$${plain(s.closeCents)},100,$${plain(s.closeCents)},$${plain(s.highCents)},$${plain(s.closeCents)}`)].join('\r\n');
    case 'wsj':
      return ['Date, Open, High, Low, Close', ...sessions.map((s) => ((x) => `${pad(x.month)}/${pad(x.day)}/${pad(x.year % 100)}, ${plain(s.closeCents)}, ${plain(s.highCents)}, ${plain(s.closeCents)}, ${plain(s.closeCents)}`)(d(s)))].join('\n');
    case 'european':
      return ['Datum;Eröffnung;Hoch;Tief;Schluss', ...sessions.map((s) => ((x) => `${pad(x.day)}.${pad(x.month)}.${x.year};${grouped(s.closeCents, '.', ',')};${grouped(s.highCents, '.', ',')};${grouped(s.closeCents, '.', ',')};${grouped(s.closeCents, '.', ',')}`)(d(s)))].join('\n');
    case 'tab-time':
      return ['date\thigh\tclose', ...sessions.map((s) => `${iso(s)} 00:00:00\t${plain(s.highCents)}\t${plain(s.closeCents)}`)].join('\n');
    case 'named':
      return ['Date,High,Close*,Adj Close**', ...sessions.map((s) => ((x) => `"${MONTHS[x.month - 1]} ${pad(x.day)}, ${x.year}","${grouped(s.highCents, ',', '.')}","${grouped(s.closeCents, ',', '.')}",1`)(d(s)))].join('\n');
    case 'fred':
      return ['observation_date,SP500', ...sessions.flatMap((s) => [`${iso(s)},${plain(s.closeCents)}`])].join('\n');
  }
}
