/**
 * Words around or inside a capitalised name that tell what kind of thing it
 * is: organisation head nouns ("Interior Ministry", "Atlas News"), common
 * nouns that follow or precede a name ("the X gang", "newspaper X", "X
 * prison", "the state of X"), and lower-case noun phrases that speak for an
 * institution ("the government said", "state media reported").
 *
 * Not handled yet: company suffixes written without a capital ("acme inc"),
 * and names whose kind only world knowledge tells ("Reuters" alone is an
 * organisation only when it is the subject of a report or after "according to").
 */

/** capitalised last word of an organisation's name */
export const orgHeads: ReadonlySet<string> = new Set([
  "Ministry", "Department", "Agency", "Service", "Services", "Police", "Army", "Navy", "Force", "Forces",
  "Guard", "Guards", "Corps", "Party", "Council", "University", "College", "Institute", "Academy", "School",
  "Times", "News", "Post", "Journal", "Herald", "Tribune", "Gazette", "Chronicle", "Telegraph", "Guardian",
  "Press", "Review", "Daily", "Weekly", "Magazine", "Radio", "Television", "TV", "Broadcasting", "Network",
  "Media", "Channel", "Crime", "Group", "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Company", "Co.",
  "Ltd", "Ltd.", "LLC", "PLC", "plc", "AG", "SA", "GmbH", "Bank", "Fund", "Foundation", "Trust", "Court",
  "Office", "Committee", "Commission", "Board", "Bureau", "Authority", "Union", "Federation", "Association",
  "Society", "Organization", "Organisation", "Alliance", "Coalition", "League", "Front", "Movement",
  "Brigade", "Brigades", "Battalion", "Regiment", "Division", "Command", "Cartel", "Church", "Club",
  "Airlines", "Airways", "Survey", "Observatory", "Parliament", "Senate", "Congress", "Assembly", "Cabinet",
  "Government", "Administration", "Secretariat", "Tribunal", "Watch", "International", "Initiative",
  "Project", "Partners", "Holdings", "Industries", "Technologies", "Systems", "Motors", "Energy", "Labs",
  "Laboratory", "Laboratories", "Centre", "Center", "Centres", "Centers", "Cross", "Crescent", "Programme", "Program", "Council",
  "Mission", "Directorate", "Prosecutor's", "Inspectorate", "Registry", "Gendarmerie", "Militia", "Rangers",
  "Unit", "Squad", "Team", "Platforms", "Store", "Stores", "Bros", "Brothers", "Insurance", "Reuters", "Bloomberg",
  // legal forms of companies in other languages (Portuguese, Spanish, Italian, Dutch, Nordic, Malay, Indian)
  "Ltda", "Ltda.", "S.A.", "SpA", "S.p.A.", "SRL", "S.r.l.", "SARL", "BV", "B.V.", "NV", "N.V.", "LLP", "Pty", "Bhd", "Tbk", "Pvt", "ASA", "KG",
]);

/** capitalised words that make a name a facility or site, typed as a place ("Evin Prison", "Al-Shifa Hospital") */
export const facilityHeads: ReadonlySet<string> = new Set([
  "Prison", "Penitentiary", "Jail", "Airport", "Hospital", "Stadium", "Square", "Bridge", "Palace", "Station",
  "Port", "Harbour", "Harbor", "Dam", "Mine", "Plant", "Camp", "Base", "Street", "Avenue", "Road", "Highway",
  "Boulevard", "Park", "Mountains", "Mountain", "Mount", "Volcano", "River", "Lake", "Valley", "Desert",
  "Island", "Islands", "Peninsula", "Coast", "Beach", "Bay", "Gulf", "Sea", "Ocean", "Strait", "Canal",
  "Province", "County", "District", "Region", "City", "Town", "Village", "Municipality", "Oblast",
  "Prefecture", "Governorate", "Territory", "Mosque", "Cathedral", "Temple", "Market", "Mall", "Hotel",
  "Tower", "Towers", "Building", "Hall", "Arena", "Neighborhood", "Neighbourhood", "Quarter",
]);

/** lower-case nouns right after a name that make it an organisation ("the X gang", "the X think tank") */
export const orgNounsAfter: ReadonlySet<string> = new Set([
  "gang", "gangs", "cartel", "group", "militia", "faction", "party", "movement", "organization",
  "organisation", "agency", "newspaper", "daily", "outlet", "broadcaster", "network", "channel", "magazine",
  "website", "company", "firm", "corporation", "conglomerate", "bank", "fund", "charity", "ngo", "tank",
  "institute", "university", "ministry", "department", "government", "administration", "authorities",
  "police", "army", "forces", "brigade", "union", "federation", "association", "coalition", "alliance",
  "consortium", "club", "team", "airline", "carrier", "operator", "manufacturer", "maker", "insurer",
  "regulator", "watchdog", "court", "tribunal", "council", "commission", "committee", "board", "syndicate",
  "mafia", "clan", "network's", "group's", "gang's", "cartel's",
]);

/** lower-case nouns right before a name that make it an organisation ("newspaper El Nacional") */
export const orgNounsBefore: ReadonlySet<string> = new Set([
  "newspaper", "daily", "outlet", "broadcaster", "agency", "network", "channel", "magazine", "website",
  "tabloid", "weekly", "portal", "station", "company", "firm", "group", "gang", "cartel", "militia",
  "party", "organization", "organisation", "ngo", "charity", "bank", "insurer", "airline", "carrier",
  "operator", "manufacturer", "maker", "watchdog", "regulator", "union", "club", "team", "think-tank",
  "publisher", "platform", "app", "service", "agency's", "syndicate",
]);

/** lower-case nouns right after a name that make it a place ("the X prison", "X state") */
export const placeNounsAfter: ReadonlySet<string> = new Set([
  "prison", "penitentiary", "jail", "state", "province", "city", "town", "village", "region", "district",
  "county", "municipality", "island", "islands", "peninsula", "river", "lake", "valley", "mountains",
  "mountain", "volcano", "desert", "coast", "border", "area", "neighborhood", "neighbourhood", "suburb",
  "airport", "port", "harbour", "harbor", "camp", "refugee", "capital", "region's", "province's",
  "state's", "city's", "hospital", "stadium", "square", "street", "highway", "road", "bridge", "dam",
  "plant", "mine", "base", "oblast", "prefecture", "governorate", "territory", "basin", "delta", "strait",
  "canal", "sea", "bay", "gulf", "ocean", "forest", "park", "reserve", "hills", "countryside", "metropolitan",
]);

/** lower-case nouns before "of X" that make X a place ("the state of X", "the city of X") */
export const placeNounsBeforeOf: ReadonlySet<string> = new Set([
  "state", "province", "city", "town", "village", "region", "district", "county", "municipality", "island",
  "islands", "capital", "outskirts", "suburbs", "centre", "center", "north", "south", "east", "west",
  "northeast", "northwest", "southeast", "southwest", "coast", "port", "republic", "kingdom", "streets",
  "people", "residents", "government", "president", "border", "heart", "part", "parts", "area", "areas",
]);

/** prepositions that put a name in space ("in X", "near X", "across X") */
export const placePrepositions: ReadonlySet<string> = new Set([
  "in", "near", "across", "throughout", "outside", "inside", "into", "toward", "towards", "around",
  "across", "within", "from", "to", "at", "via", "through", "off", "beyond", "between",
]);

/**
 * Heads of lower-case noun phrases that speak for an institution or a group
 * ("the government said", "state media reported", "officials told", "a spokesman said").
 */
export const sourceNouns: ReadonlySet<string> = new Set([
  "government", "ministry", "department", "agency", "authorities", "authority", "officials", "official",
  "police", "army", "military", "navy", "spokesman", "spokeswoman", "spokesperson", "media", "reports",
  "report", "statement", "witnesses", "witness", "residents", "resident", "sources", "source",
  "investigators", "analysts", "analyst", "experts", "expert", "observers", "rescuers", "doctors",
  "officers", "office", "prosecutors", "prosecutor", "court", "council", "commission", "committee",
  "company", "firm", "group", "organization", "organisation", "service", "services", "presidency",
  "administration", "regime", "junta", "cabinet", "palace", "embassy", "newspaper", "outlet", "broadcaster",
  "agency", "survey", "institute", "observatory", "ngo", "charity", "campaigners", "activists", "relatives",
  "families", "survivors", "locals", "journalists", "reporters", "investigations", "documents", "data",
  "figures", "statistics", "estimates", "studies", "study", "researchers", "scientists", "mayor", "governor",
  "minister", "president", "chief", "commander", "leader", "official's", "television", "radio", "press",
  "outlets", "newspapers", "sources", "insiders", "diplomats", "lawmakers", "legislators", "opposition",
]);

/** an institution's noun phrase heads that name the same body as an earlier organisation ("the ministry") */
export const institutionHeads: ReadonlySet<string> = new Set([
  "ministry", "department", "agency", "police", "army", "navy", "government", "council", "commission",
  "committee", "court", "office", "service", "company", "firm", "group", "organization", "organisation",
  "institute", "survey", "observatory", "authority", "bureau", "party", "union", "federation", "gang",
  "cartel", "militia", "newspaper", "broadcaster", "network",
]);
