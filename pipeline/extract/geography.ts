/**
 * Country, US-state and world-region names (typed as places) and demonyms
 * ("Venezuelan", "Filipino"), which are adjectives, not entities, but tell
 * that a following "Interior Ministry" belongs to a country.
 *
 * Not handled yet: cities (typed by cues such as "in X" or "the city of X"
 * instead), historical and alternative names of countries.
 */

const COUNTRIES = `Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|
Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Herzegovina|
Bosnia and Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|
Central African Republic|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|
Czechia|Denmark|Djibouti|Dominica|Dominican Republic|East Timor|Timor-Leste|Ecuador|Egypt|El Salvador|
Equatorial Guinea|Eritrea|Estonia|Eswatini|Swaziland|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|
Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|
Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|
Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|
Maldives|Mali|Malta|Marshall Islands|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|
Morocco|Mozambique|Myanmar|Burma|Namibia|Nauru|Nepal|Netherlands|Holland|New Zealand|Nicaragua|Niger|Nigeria|
North Korea|North Macedonia|Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|
Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saint Lucia|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|
Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|South Africa|South Korea|South Sudan|
Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|
Trinidad and Tobago|Tunisia|Turkey|Türkiye|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|UAE|
United Kingdom|UK|U.K.|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|United States|
United States of America|US|U.S.|USA|U.S.A.|America|Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|Vietnam|
Viet Nam|Yemen|Zambia|Zimbabwe|Gaza|Gaza Strip|West Bank|Hong Kong|Macau|Puerto Rico|Greenland|Crimea|
Kashmir|Tibet|Xinjiang|Catalonia|Kurdistan|Somaliland|Western Sahara|Chechnya|Donbas|Darfur`;

const US_STATES = `Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|
Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|
Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|
Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|
Washington|West Virginia|Wisconsin|Wyoming`;

const REGIONS = `Africa|Asia|Europe|North America|South America|Latin America|Central America|the Americas|Americas|
Middle East|Near East|Far East|Oceania|Antarctica|Arctic|Caribbean|Balkans|Baltics|Scandinavia|Sahel|Maghreb|
Southeast Asia|South Asia|East Asia|Central Asia|West Africa|East Africa|North Africa|Southern Africa|
Horn of Africa|Sub-Saharan Africa|Eastern Europe|Western Europe|Pacific|Atlantic|Mediterranean|Amazon|Andes|
Himalayas|Alps|Sahara|Patagonia|Siberia|Caucasus|Persian Gulf|Red Sea|Black Sea|Caspian Sea|Indian Ocean`;

const DEMONYMS = `Afghan|Albanian|Algerian|American|Andorran|Angolan|Argentine|Argentinian|Armenian|Australian|
Austrian|Azerbaijani|Azeri|Bahamian|Bahraini|Bangladeshi|Barbadian|Belarusian|Belgian|Belizean|Beninese|
Bhutanese|Bolivian|Bosnian|Brazilian|British|Bruneian|Bulgarian|Burkinabe|Burmese|Burundian|Cambodian|
Cameroonian|Canadian|Chadian|Chilean|Chinese|Colombian|Congolese|Costa Rican|Croatian|Cuban|Cypriot|Czech|
Danish|Dominican|Dutch|Ecuadorian|Egyptian|Emirati|English|Eritrean|Estonian|Ethiopian|European|Fijian|
Filipino|Finnish|French|Gabonese|Gambian|Georgian|German|Ghanaian|Greek|Guatemalan|Guinean|Guyanese|Haitian|
Honduran|Hungarian|Icelandic|Indian|Indonesian|Iranian|Iraqi|Irish|Israeli|Italian|Ivorian|Jamaican|Japanese|
Jordanian|Kazakh|Kenyan|Korean|Kosovar|Kuwaiti|Kyrgyz|Lao|Laotian|Latvian|Lebanese|Liberian|Libyan|Lithuanian|
Luxembourgish|Malagasy|Malawian|Malaysian|Maldivian|Malian|Maltese|Mauritanian|Mauritian|Mexican|Moldovan|
Mongolian|Montenegrin|Moroccan|Mozambican|Namibian|Nepalese|Nepali|Nicaraguan|Nigerian|Nigerien|Norwegian|
Omani|Pakistani|Palestinian|Panamanian|Paraguayan|Persian|Peruvian|Polish|Portuguese|Qatari|Romanian|Russian|
Rwandan|Salvadoran|Salvadorean|Samoan|Saudi|Scottish|Senegalese|Serbian|Sierra Leonean|Singaporean|Slovak|
Slovenian|Somali|South African|Spanish|Sri Lankan|Sudanese|Surinamese|Swedish|Swiss|Syrian|Taiwanese|Tajik|
Tanzanian|Thai|Togolese|Tongan|Trinidadian|Tunisian|Turkish|Turkmen|Ugandan|Ukrainian|Uruguayan|Uzbek|
Venezuelan|Vietnamese|Welsh|Yemeni|Zambian|Zimbabwean|African|Asian|Latin|Latino|Latina|Hispanic|Arab|Arabic|
Kurdish|Kurd|Pashtun|Baloch|Tamil|Sikh|Hindu|Muslim|Christian|Catholic|Protestant|Orthodox|Jewish|Sunni|
Shia|Shiite|Buddhist|Western|Eastern|Northern|Southern|Central|Caribbean|Andean|Amazonian|Balkan|Baltic|
Scandinavian|Nordic|Arctic|Pacific|Atlantic|Mediterranean|Middle Eastern|Soviet|Yugoslav|Californian|Texan|
Floridian|Catalan|Basque|Quebecois|Bavarian|Sicilian|Corsican|Tibetan|Uyghur|Uighur|Rohingya|Yazidi|Druze|
Maori|Aboriginal|Indigenous|Crimean|Chechen|Dagestani|Siberian|Patagonian|Galician`;

function words(list: string): Set<string> {
  return new Set(list.split("|").map((w) => w.trim()).filter((w) => w !== ""));
}

/** names that are places whatever surrounds them */
export const knownPlaces: ReadonlySet<string> = new Set([...words(COUNTRIES), ...words(US_STATES), ...words(REGIONS)]);

/** adjectives of nationality, region or faith: not entities themselves */
export const demonyms: ReadonlySet<string> = words(DEMONYMS);
