/**
 * Words that stand before a person's name as a title ("President", "Interior
 * Minister", "Gen.", "Mr.") and lower-case role nouns that mark the name
 * next to them as a person ("journalist Ana Ruiz", "Ana Ruiz, a spokeswoman").
 *
 * Not handled yet: titles after the name ("Ana Ruiz, Mayor of X" is read
 * as two names), royal and religious styles with ordinals ("Pope Leo XIV").
 */

/** the head word of a capitalised title; modifiers before it ("Prime", "Interior and Justice") join the title */
export const titleHeads: ReadonlySet<string> = new Set([
  "President", "Vice-President", "Minister", "Secretary", "Secretary-General", "Governor", "Gov.", "Mayor",
  "Senator", "Sen.", "Rep.", "Representative", "Congressman", "Congresswoman", "Councillor", "Councilman",
  "Councilwoman", "Alderman", "General", "Gen.", "Lt.", "Lieutenant", "Colonel", "Col.", "Major", "Maj.",
  "Captain", "Capt.", "Sergeant", "Sgt.", "Admiral", "Adm.", "Commander", "Cmdr.", "Brigadier", "Marshal",
  "Chief", "Director", "Judge", "Justice", "Prosecutor", "Attorney", "Ambassador", "Spokesman",
  "Spokeswoman", "Spokesperson", "Chancellor", "Premier", "King", "Queen", "Prince", "Princess", "Pope",
  "Sheikh", "Emir", "Sultan", "Ayatollah", "Imam", "Rabbi", "Bishop", "Archbishop", "Cardinal", "Rev.",
  "Reverend", "Dr.", "Dr", "Doctor", "Prof.", "Professor", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss",
  "Sir", "Dame", "Lord", "Lady", "Officer", "Detective", "Inspector", "Superintendent", "Commissioner",
  "Sheriff", "Chairman", "Chairwoman", "Chairperson", "CEO", "Founder", "Coach", "Leader", "Speaker",
  "Deputy", "Dean", "Rector", "Patriarch", "Trooper", "Constable", "Magistrate", "Senator-elect",
  "President-elect", "Prime", "Lawmaker", "Legislator", "Envoy", "Commissioner-General", "Chief-of-Staff",
  "Regent", "Warden", "Consul", "Administrator",
  // courtesy titles of other languages, dropped from the name like "Mr." ("Dona Iraci Moraes" is Iraci Moraes);
  // "Don" and "Dom" are left out: both are common English given names (Don Lemon, Dom Phillips)
  "Dona", "Doña", "Sr.", "Sra.", "Srta.", "Señor", "Señora", "Senhor", "Senhora", "Signor", "Signora", "Mme", "Mme.",
  "Mlle", "Mlle.", "Frau", "Herr", "Haji", "Hajji", "Hajjah",
]);

/** titles of address before any person's name: after "and" they open the next person's name ("Ana Ruiz and Mr Sousa") */
export const courtesyTitles: ReadonlySet<string> = new Set([
  "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Dr.", "Dr", "Sir", "Dame", "Dona", "Doña", "Sr.", "Sra.", "Srta.", "Señor",
  "Señora", "Senhor", "Senhora", "Signor", "Signora", "Mme", "Mme.", "Mlle", "Mlle.", "Frau", "Herr", "Haji", "Hajji", "Hajjah",
]);

/** titles that also follow a name as a suffix ("John Smith Sr."): there they stay in the name */
export const suffixTitles: ReadonlySet<string> = new Set(["Sr.", "Sr"]);

/** title heads that may also be followed by "of (the) X" before the name ("Minister of the Interior Ana Ruiz") */
export const titlesTakingOf: ReadonlySet<string> = new Set([
  "President", "Minister", "Secretary", "Governor", "Mayor", "Director", "Chief", "Commander", "Head",
  "Leader", "Speaker", "Chairman", "Chairwoman", "Ambassador", "Attorney", "Deputy", "Commissioner",
]);

/** lower-case nouns for people, next to a name ("journalist X", "X, a spokesman", "X, the leader of") */
export const personRoles: ReadonlySet<string> = new Set([
  "journalist", "reporter", "correspondent", "editor", "writer", "author", "analyst", "expert", "researcher",
  "scientist", "professor", "academic", "spokesman", "spokeswoman", "spokesperson", "official", "officer",
  "minister", "president", "governor", "mayor", "senator", "lawmaker", "legislator", "politician", "leader",
  "chief", "head", "director", "commander", "general", "colonel", "captain", "sergeant", "judge", "lawyer",
  "attorney", "prosecutor", "witness", "resident", "survivor", "victim", "relative", "mother", "father",
  "son", "daughter", "wife", "husband", "brother", "sister", "doctor", "nurse", "surgeon", "teacher",
  "student", "worker", "farmer", "driver", "pilot", "engineer", "activist", "campaigner", "volunteer",
  "founder", "owner", "manager", "chairman", "chairwoman", "ceo", "executive", "economist", "historian",
  "diplomat", "ambassador", "envoy", "priest", "bishop", "imam", "rabbi", "pastor", "coach", "player",
  "singer", "actor", "actress", "artist", "businessman", "businesswoman", "boss", "kingpin", "inmate",
  "prisoner", "suspect", "defendant", "man", "woman", "boy", "girl", "mr", "mrs", "ms", "colleague", "aide",
  "adviser", "advisor", "deputy", "secretary", "member", "candidate", "opposition", "rapporteur", "criminologist",
  "sociologist", "psychologist", "geologist", "seismologist", "meteorologist", "firefighter", "paramedic",
  "rescuer", "vice", "fugitive", "ringleader", "mastermind",
]);

/** pronouns that stand for the last person named */
export const personPronouns: ReadonlySet<string> = new Set(["he", "she", "him", "her"]);
