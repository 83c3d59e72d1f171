/**
 * Capitalised words that are not names: function words and adverbs that
 * open sentences ("The", "However", "Inside"), calendar words ("Wednesday",
 * "September"), and common plural nouns that often start news sentences
 * ("Authorities", "Officials", "Police"). A sentence-initial word is also
 * rejected when the same article uses it in lower case elsewhere.
 *
 * Not handled yet: a name that is also an English word at the start of a
 * sentence ("Bill Smith" → "Smith" when "bill" appears lower case elsewhere).
 */

const FUNCTION_WORDS = `a|an|the|this|that|these|those|it|its|he|she|they|we|i|you|his|her|their|our|my|your|him|them|us|
who|whom|whose|what|when|where|why|how|which|whatever|whoever|if|as|so|but|and|or|nor|for|yet|with|without|
within|in|inside|outside|on|at|by|to|from|of|off|up|down|out|over|under|above|below|into|onto|upon|toward|
towards|through|throughout|across|along|among|amid|amidst|against|about|around|after|before|during|since|until|
till|while|whilst|although|though|because|unless|whether|despite|per|via|like|unlike|including|instead|even|
just|only|also|still|already|again|however|nevertheless|nonetheless|meanwhile|furthermore|moreover|besides|
therefore|thus|hence|then|now|today|yesterday|tomorrow|tonight|here|there|yes|no|not|never|always|often|
sometimes|once|twice|first|second|third|finally|later|earlier|recently|currently|previously|soon|initially|
eventually|overall|indeed|perhaps|maybe|instead|otherwise|elsewhere|nearby|all|both|each|every|either|neither|
some|many|much|more|most|few|fewer|less|least|several|other|another|such|same|any|none|one|two|three|four|five|
six|seven|eight|nine|ten|according|following|amid|regarding|concerning|considering|given|read|watch|click|
see|photo|photos|video|videos|image|images|update|updated|breaking|editor|note|related|advertisement|share|
please|subscribe|sign|follow|listen|live|opinion|analysis|exclusive|explainer|warning|caption|credit|
source|sources|pictured|above|below|left|right|top|bottom|dear|hello|thanks|thank|oh|well|so-called|ms|mr`;

const CALENDAR = `monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|
january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|
jul|aug|sep|sept|oct|nov|dec|christmas|easter|ramadan|eid|today|weekend|spring|summer|autumn|fall|winter`;

const COMMON_STARTERS = `authorities|officials|police|troops|soldiers|residents|witnesses|rescuers|firefighters|members|
reports|experts|analysts|critics|protesters|protestors|demonstrators|inmates|prisoners|families|relatives|
survivors|victims|doctors|nurses|workers|students|children|women|men|people|locals|investigators|prosecutors|
lawmakers|voters|supporters|opponents|scientists|researchers|journalists|reporters|farmers|villagers|
citizens|migrants|refugees|officers|guards|gangs|gang|rebels|militants|fighters|forces|government|
emergency|security|health|hospitals|schools|buildings|homes|houses|roads|floods|flooding|fires|fire|
earthquake|aftershocks|rain|heavy|strong|large|small|local|national|international|regional|federal|
state|new|old|former|top|senior|chief|general|public|private|major|minor|several|hundreds|thousands|
dozens|millions|scores|tens|pictures|footage|images|videos|photos|buckets|wild|sniper|gang-run|
interior|foreign|prime|vice|deputy|acting|former|late|young|elderly|mr|mrs|ms|dr`;

function words(list: string): Set<string> {
  return new Set(list.split("|").map((w) => w.trim()).filter((w) => w !== ""));
}

/** lower-case function words: never the first word of a name */
export const functionWords: ReadonlySet<string> = words(FUNCTION_WORDS);

/** lower-case weekdays, months, seasons and holidays: dates, not names */
export const calendarWords: ReadonlySet<string> = words(CALENDAR);

/** lower-case common nouns and adjectives that open news sentences in capitals */
export const commonStarters: ReadonlySet<string> = words(COMMON_STARTERS);
