/**
 * Lower-case words that sit inside a multi-word name ("Tren de Aragua",
 * "Ludwig van Beethoven", "Osama bin Laden") and the capitalised words after
 * which "of"/"for"/"on" continue an organisation or title ("Ministry of
 * Health", "Council on Foreign Relations", "Minister of the Interior").
 *
 * Portuguese "do"/"da"/"dos"/"das" ("Maria do Socorro Cunha", "São Benedito
 * do Iracema"), Italian "di"/"della"/"dal", Dutch and German "van der", "von",
 * "vom", Spanish "de la" join like the others.
 *
 * Not handled yet: lower-case particles at the start of a name ("de Gaulle"
 * at a sentence start is fine, mid-sentence "de Gaulle" loses "de").
 */

/** particles of personal and organisation names in many languages */
export const nameParticles: ReadonlySet<string> = new Set([
  "de", "del", "della", "delle", "dei", "degli", "da", "das", "dos", "di", "du", "des", "la", "le", "las",
  "los", "van", "von", "der", "den", "ter", "ten", "zu", "zum", "af", "bin", "binti", "bint", "ibn", "ben",
  "al", "el", "y", "e", "lo", "st.", "do", "dello", "dalla", "dal", "vom", "zur",
]);

/**
 * Particles that are also English words joining two capitalised words in running text ("Why do Americans
 * …"): a name particle only after a word that can end a given name (not a function word or a demonym).
 */
export const englishWordParticles: ReadonlySet<string> = new Set(["do"]);

/** a particle joined to a name by a hyphen ("al-Assad", "el-Sisi") — a capitalised token for naming */
export const HYPHEN_PARTICLE = /^(?:al|el|ad|ash|as|at|az|an|ar|bin|ibn|abu|abd|ul|ud)-\p{Lu}/u;

/** words that may be followed by "of"/"for"/"on" (the) + capitalised word(s) inside one name */
export const ofHeads: ReadonlySet<string> = new Set([
  "Ministry", "Department", "Minister", "Secretary", "University", "College", "School", "Institute",
  "Academy", "Bank", "Republic", "Kingdom", "Emirate", "Emirates", "State", "States", "Province", "City",
  "County", "District", "Region", "Gulf", "Bay", "Sea", "Isle", "Island", "Islands", "Lake", "Mount",
  "Cape", "Strait", "Straits", "Council", "Court", "Office", "Board", "Commission", "Committee", "Union",
  "Federation", "Association", "Society", "Party", "Church", "Museum", "Army", "Forces", "Force", "Guard",
  "Corps", "Bureau", "Agency", "Authority", "Service", "Chamber", "House", "Senate", "Assembly", "Parliament",
  "Congress", "Organization", "Organisation", "Federation", "League", "Front", "Movement", "Coalition",
  "Alliance", "Director", "Governor", "President", "Mayor", "Chief", "Commander", "Head", "Speaker",
  "Leader", "Center", "Centre", "Centers", "Centres", "Hospital", "Port", "Bank", "Fund", "Foundation", "Friends", "Sisters",
  "Brothers", "Sons", "Daughters", "Knights", "Order", "Division", "Brigade", "Battalion", "Regiment",
  "Command", "Secretariat", "Tribunal", "Inspectorate", "Registry", "Prosecutor", "Attorney", "Chairman",
  "Deputy", "Ambassador", "Commissioner", "Statue", "Palace", "Cathedral", "Temple", "Tower", "Bridge",
]);

/** lower-case words that continue a name after an of-head */
export const ofWords: ReadonlySet<string> = new Set(["of", "for", "on"]);
