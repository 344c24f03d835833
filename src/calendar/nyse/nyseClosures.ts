/**
 * Days the NYSE closed outside its holiday rules, as listed (with their reasons) by
 * pandas_market_calendars `holidays/nyse.py` (`adhoc_holidays` of `calendars/nyse.py`), after the
 * NYSE's own "Closings" history; see `SOURCES.md`. Each entry is one reference list: its dates are
 * ISO `YYYY-MM-DD` or `FROM..TO` (every day between, both ends included). A closure on a day that
 * was not a session anyway (a Sunday in a range) changes nothing. Early closes and late opens are
 * sessions and are not here.
 */
export interface Closure {
  readonly reason: string;
  readonly dates: readonly string[];
  /** The reference's name for the list. */
  readonly source: string;
}

export const NYSE_CLOSURES: readonly Closure[] = [
  // Days next to a holiday, closed in some years only.
  { reason: 'Saturday after Good Friday', source: 'SatAfterGoodFridayAdhoc', dates: ['1900-04-14', '1901-04-06', '1902-03-29', '1903-04-11', '1905-04-22', '1907-03-30', '1908-04-18', '1909-04-10', '1910-03-26', '1911-04-15', '1913-03-22', '1920-04-03', '1929-03-30', '1930-04-19'] },
  { reason: 'Monday before Independence Day', source: 'MonBeforeIndependenceDayAdhoc', dates: ['1899-07-03'] },
  { reason: 'Saturday before Independence Day', source: 'SatBeforeIndependenceDayAdhoc', dates: ['1887-07-02', '1892-07-02', '1898-07-02', '1904-07-02', '1909-07-03', '1910-07-02', '1920-07-03', '1921-07-02', '1926-07-03', '1932-07-02', '1937-07-03'] },
  { reason: 'Saturday after Independence Day', source: 'SatAfterIndependenceDayAdhoc', dates: ['1890-07-05', '1902-07-05', '1913-07-05', '1919-07-05', '1930-07-05'] },
  { reason: 'Day after Independence Day', source: 'DaysAfterIndependenceDayAdhoc', dates: ['1901-07-05', '1901-07-06', '1968-07-05'] },
  { reason: 'Saturday before Labor Day', source: 'SatBeforeLaborDayAdhoc', dates: ['1888-09-01', '1898-09-03', '1900-09-01', '1901-08-31', '1902-08-30', '1903-09-05', '1904-09-03', '1907-08-31', '1908-09-05', '1909-09-04', '1910-09-03', '1911-09-02', '1912-08-31', '1913-08-30', '1917-09-01', '1919-08-30', '1920-09-04', '1921-09-03', '1926-09-04', '1929-08-31', '1930-08-30', '1931-09-05'] },
  { reason: 'Friday after Thanksgiving', source: 'FridayAfterThanksgivingAdHoc', dates: ['1888-11-30'] },
  { reason: 'Saturday before Christmas', source: 'SatBeforeChristmasAdhoc', dates: ['1887-12-24', '1898-12-24', '1904-12-24', '1910-12-24', '1911-12-23', '1922-12-23', '1949-12-24', '1950-12-23'] },
  { reason: 'Saturday after Christmas', source: 'SatAfterChristmasAdhoc', dates: ['1891-12-26', '1896-12-26', '1903-12-26', '1908-12-26', '1925-12-26', '1931-12-26', '1936-12-26'] },
  { reason: 'Christmas Eve', source: 'ChristmasEvesAdhoc', dates: ['1900-12-24', '1945-12-24', '1956-12-24'] },
  { reason: 'Day after Christmas', source: 'DayAfterChristmasAdhoc', dates: ['1958-12-26'] },
  { reason: 'Veterans Day', source: 'USVetransDayAdHoc', dates: ['1921-11-11', '1968-11-11'] },
  { reason: 'Saturday after Columbus Day', source: 'SatAfterColumbusDayAdHoc', dates: ['1917-10-13', '1945-10-13'] },
  { reason: "Lincoln's Birthday", source: 'LincolnsBirthDayAdhoc', dates: ['1968-02-12'] },
  { reason: "Grant's Birthday", source: 'GrantsBirthDayAdhoc', dates: ['1897-04-27'] },
  { reason: "Saturday before New Year's Day", source: 'SatBeforeNewYearsAdhoc', dates: ['1916-12-30'] },
  { reason: "Saturday before Washington's Birthday", source: 'SatBeforeWashingtonsBirthdayAdhoc', dates: ['1903-02-21'] },
  { reason: "Saturday after Washington's Birthday", source: 'SatAfterWashingtonsBirthdayAdhoc', dates: ['1901-02-23', '1907-02-23', '1929-02-23', '1946-02-23'] },
  { reason: "Saturday next to Lincoln's Birthday", source: 'SatBeforeAfterLincolnsBirthdayAdhoc', dates: ['1899-02-11', '1909-02-13'] },
  { reason: 'Saturday before Decoration Day', source: 'SatBeforeDecorationAdhoc', dates: ['1904-05-28', '1909-05-29', '1910-05-28', '1921-05-28', '1926-05-29', '1937-05-29'] },
  { reason: 'Saturday after Decoration Day', source: 'SatAfterDecorationAdhoc', dates: ['1902-05-31', '1913-05-31', '1919-05-31', '1924-05-31', '1930-05-31'] },
  { reason: 'Day before Decoration Day', source: 'DayBeforeDecorationAdhoc', dates: ['1899-05-29', '1961-05-29'] },
  // One-off closures.
  { reason: 'Funeral of Ulysses S. Grant', source: 'UlyssesGrantFuneral1885', dates: ['1885-08-08'] },
  { reason: 'Blizzard of 1888', source: 'GreatBlizzardOf1888', dates: ['1888-03-12', '1888-03-13'] },
  { reason: "Centennial of Washington's inauguration", source: 'WashingtonInaugurationCentennialCelebration1889', dates: ['1889-04-29..1889-05-01'] },
  { reason: 'Columbian Celebration', source: 'ColumbianCelebration1892', dates: ['1892-10-12', '1892-10-21', '1892-10-22', '1893-04-27'] },
  { reason: 'New York City Charter Day', source: 'CharterDay1898', dates: ['1898-05-04'] },
  { reason: 'Welcome of the naval commanders', source: 'WelcomeNavalCommander1898', dates: ['1898-08-20'] },
  { reason: 'Admiral Dewey Celebration', source: 'AdmiralDeweyCelebration1899', dates: ['1899-09-29', '1899-09-30'] },
  { reason: 'Funeral of Vice-President Garret A. Hobart', source: 'GarretHobartFuneral1899', dates: ['1899-11-25'] },
  { reason: 'Funeral of Queen Victoria', source: 'QueenVictoriaFuneral1901', dates: ['1901-02-02'] },
  { reason: 'Move to the Produce Exchange', source: 'MovedToProduceExchange1901, EnlargedProduceExchange1901', dates: ['1901-04-27', '1901-05-11'] },
  { reason: 'Death and funeral of President McKinley', source: 'McKinleyDeathAndFuneral1901', dates: ['1901-09-14', '1901-09-19'] },
  { reason: 'Coronation of King Edward VII', source: 'KingEdwardVIIcoronation1902', dates: ['1902-08-09'] },
  { reason: 'Opening of the new NYSE building', source: 'NYSEnewBuildingOpen1903', dates: ['1903-04-22'] },
  { reason: 'Hudson-Fulton Celebration', source: 'HudsonFultonCelebration1909', dates: ['1909-09-25'] },
  { reason: 'Funeral of Vice-President James S. Sherman', source: 'JamesShermanFuneral1912', dates: ['1912-11-02'] },
  { reason: 'Outbreak of World War I', source: 'OnsetOfWWI1914', dates: ['1914-07-31..1914-12-11'] },
  { reason: 'Draft registration day', source: 'DraftRegistrationDay1917, DraftRegistrationDay1918', dates: ['1917-06-05', '1918-09-12'] },
  { reason: 'Heat', source: 'WeatherHeatClosing1917', dates: ['1917-08-04'] },
  { reason: 'Heatless day', source: 'WeatherNoHeatClosing1918', dates: ['1918-01-28', '1918-02-04', '1918-02-11'] },
  { reason: 'Armistice signed', source: 'ArmisticeSigned1918', dates: ['1918-11-11'] },
  { reason: 'Homecoming of the 27th Division', source: 'Homecoming27Division1919', dates: ['1919-03-25'] },
  { reason: 'Parade of the 77th Division', source: 'ParadeOf77thDivision1919', dates: ['1919-05-06'] },
  { reason: 'Backlog relief', source: 'BacklogRelief1919', dates: ['1919-07-19', '1919-08-02', '1919-08-16'] },
  { reason: 'Return of General Pershing', source: 'GeneralPershingReturn1919', dates: ['1919-09-10'] },
  { reason: 'Many firms moved offices', source: 'OfficeLocationChange1920', dates: ['1920-05-01'] },
  { reason: 'Death and funeral of President Harding', source: 'HardingDeath1923, HardingFuneral1923', dates: ['1923-08-03', '1923-08-10'] },
  { reason: 'Lindbergh parade', source: 'LindberghParade1927', dates: ['1927-06-13'] },
  { reason: 'Backlog relief', source: 'BacklogRelief1928', dates: ['1928-04-07', '1928-04-21', '1928-05-05', '1928-05-12', '1928-05-19', '1928-05-26', '1928-11-24'] },
  { reason: 'Backlog relief', source: 'BacklogRelief1929', dates: ['1929-02-09', '1929-11-01', '1929-11-02', '1929-11-09', '1929-11-16', '1929-11-23', '1929-11-29', '1929-11-30'] },
  { reason: 'Funeral of former President Coolidge', source: 'CoolidgeFuneral1933', dates: ['1933-01-07'] },
  { reason: 'Banking holiday', source: 'BankHolidays1933', dates: ['1933-03-04..1933-03-14'] },
  { reason: 'Heavy volume', source: 'HeavyVolume1933', dates: ['1933-07-29', '1933-08-05', '1933-08-12', '1933-08-19', '1933-08-26', '1933-09-02'] },
  { reason: 'Saturday closing', source: 'SatClosings1944', dates: ['1944-08-19', '1944-08-26', '1944-09-02'] },
  { reason: 'Day of mourning for President Franklin D. Roosevelt', source: 'RooseveltDayOfMourning1945', dates: ['1945-04-14'] },
  { reason: 'V-J Day', source: 'VJday1945', dates: ['1945-08-15', '1945-08-16'] },
  { reason: 'Navy Day', source: 'NavyDay1945', dates: ['1945-10-27'] },
  { reason: 'Railroad strike', source: 'RailroadStrike1946', dates: ['1946-05-25'] },
  { reason: 'Severe weather', source: 'SevereWeather1948', dates: ['1948-01-03'] },
  { reason: 'Funeral of President Kennedy', source: 'KennedyFuneral1963', dates: ['1963-11-25'] },
  { reason: 'Day of mourning for Martin Luther King Jr.', source: 'MLKdayOfMourning1968', dates: ['1968-04-09'] },
  {
    reason: 'Paperwork crisis (Wednesday closing)',
    source: 'PaperworkCrisis1968',
    dates: ['1968-06-12', '1968-06-19', '1968-06-26', '1968-07-10', '1968-07-17', '1968-07-24', '1968-07-31', '1968-08-07', '1968-08-14', '1968-08-21', '1968-08-28', '1968-09-11', '1968-09-18', '1968-09-25', '1968-10-02', '1968-10-09', '1968-10-16', '1968-10-23', '1968-10-30', '1968-11-20', '1968-12-04', '1968-12-11', '1968-12-18'],
  },
  { reason: 'Snow', source: 'SnowClosing1969', dates: ['1969-02-10'] },
  { reason: 'Funeral of former President Eisenhower', source: 'EisenhowerFuneral1969', dates: ['1969-03-31'] },
  { reason: 'First lunar landing', source: 'FirstLunarLandingClosing1969', dates: ['1969-07-21'] },
  { reason: 'Funeral of former President Truman', source: 'TrumanFuneral1972', dates: ['1972-12-28'] },
  { reason: 'Funeral of former President Johnson', source: 'JohnsonFuneral1973', dates: ['1973-01-25'] },
  { reason: 'New York City blackout', source: 'NewYorkCityBlackout77', dates: ['1977-07-14'] },
  { reason: 'Hurricane Gloria', source: 'HurricaneGloriaClosings1985', dates: ['1985-09-27'] },
  { reason: 'Funeral of former President Nixon', source: 'NixonFuneral1994', dates: ['1994-04-27'] },
  { reason: 'September 11 attacks', source: 'September11Closings2001', dates: ['2001-09-11..2001-09-14'] },
  { reason: 'Day of mourning for former President Reagan', source: 'ReaganMourning2004', dates: ['2004-06-11'] },
  { reason: 'Day of mourning for former President Ford', source: 'FordMourning2007', dates: ['2007-01-02'] },
  { reason: 'Hurricane Sandy', source: 'HurricaneSandyClosings2012', dates: ['2012-10-29', '2012-10-30'] },
  { reason: 'Day of mourning for former President George H. W. Bush', source: 'GeorgeHWBushDeath2018', dates: ['2018-12-05'] },
  { reason: 'Day of mourning for former President Carter', source: 'JimmyCarterDeath2025', dates: ['2025-01-09'] },
];

/**
 * Saturdays were sessions until the exchange dropped them from 1952-09-29 on; from 1945 its summer
 * Saturdays were closed (`SatClosings1945` … `SatClosings1952`), so Saturday sessions ended with
 * 1952-05-24. Each pair is the first and last closed Saturday of a summer.
 */
export const LAST_SATURDAY_SESSIONS_BEFORE = '1952-09-29';
export const SUMMER_SATURDAY_CLOSINGS: readonly (readonly [string, string])[] = [
  ['1945-07-07', '1945-09-01'],
  ['1946-06-01', '1946-09-28'],
  ['1947-05-31', '1947-09-27'],
  ['1948-05-29', '1948-09-25'],
  ['1949-05-28', '1949-09-24'],
  ['1950-06-03', '1950-09-30'],
  ['1951-06-02', '1951-09-29'],
  ['1952-05-31', '1952-09-27'],
];
