"""Countries, in one table: each with its capital, short forms and demonyms. General world knowledge.

Part of the lexicon (generator.language.lexicon), which gives these tables to the stages; kept apart because it is
a table of the world rather than a word list of English.
"""

from __future__ import annotations

# name | capital | short forms | demonyms (a country on two lines has more of them).  General world knowledge.
_COUNTRIES = """
United States|Washington|U.S.,US,USA,U.S.A.,America|American,Americans
China|Beijing|PRC|Chinese
Taiwan|Taipei||Taiwanese
Russia|Moscow||Russian,Russians
Ukraine|Kyiv|Kiev|Ukrainian,Ukrainians
India|New Delhi||Indian,Indians
Japan|Tokyo||Japanese
South Korea|Seoul||South Korean
North Korea|Pyongyang||North Korean
United Kingdom|London|UK,U.K.,Britain,Great Britain|British,Briton
United Kingdom|London||Welsh,Welshman,Welshwoman,Scottish,Scot,Scotsman,Scotswoman,English,Englishman,Englishwoman
France|Paris||French,Frenchman,Frenchwoman
Germany|Berlin||German,Germans
Italy|Rome||Italian
Spain|Madrid||Spanish,Spaniard
Turkey|Ankara||Turkish
Iran|Tehran||Iranian
Iraq|Baghdad||Iraqi
Israel|Jerusalem||Israeli
Syria|Damascus||Syrian
Egypt|Cairo||Egyptian
Saudi Arabia|Riyadh||Saudi
Pakistan|Islamabad||Pakistani
Afghanistan|Kabul||Afghan
Mexico|Mexico City||Mexican
Canada|Ottawa||Canadian
Brazil|Brasilia||Brazilian
Argentina|Buenos Aires||Argentine
Australia|Canberra||Australian,Aussie
New Zealand|Wellington||New Zealander
South Africa|Pretoria||South African
Nigeria|Abuja||Nigerian
Kenya|Nairobi||Kenyan
Poland|Warsaw||Polish
Netherlands|Amsterdam||Dutch,Dutchman,Dutchwoman
Belgium|Brussels||Belgian
Switzerland|Bern||Swiss
Austria|Vienna||Austrian
Sweden|Stockholm||Swedish
Norway|Oslo||Norwegian
Denmark|Copenhagen||Danish
Greece|Athens||Greek
Ireland|Dublin||Irish,Irishman,Irishwoman
Portugal|Lisbon||Portuguese
Cyprus|Nicosia||Cypriot
Croatia|Zagreb||Croatian
Serbia|Belgrade||Serbian
Bosnia|Sarajevo||Bosnian
Macedonia|Skopje|North Macedonia|Macedonian
Hungary|Budapest||Hungarian
Indonesia|Jakarta||Indonesian
Philippines|Manila||Filipino
Vietnam|Hanoi||Vietnamese
Thailand|Bangkok||Thai
Malaysia|Kuala Lumpur||Malaysian
Singapore|Singapore||Singaporean
Venezuela|Caracas||Venezuelan
Colombia|Bogota||Colombian
Cuba|Havana||Cuban
Chile|Santiago||Chilean
Peru|Lima||Peruvian
Sri Lanka|Colombo||Sri Lankan,Sri Lankans
Bangladesh|Dhaka||Bangladeshi
Nepal|Kathmandu||Nepalese,Nepali
Myanmar|Naypyidaw|Burma|Burmese
Lebanon|Beirut||Lebanese
Qatar|Doha||Qatari
United Arab Emirates|Abu Dhabi|UAE|Emirati
Kuwait|Kuwait City||Kuwaiti
Yemen|Sanaa||Yemeni
Libya|Tripoli||Libyan
Tunisia|Tunis||Tunisian
Algeria|Algiers||Algerian
Morocco|Rabat||Moroccan
Sudan|Khartoum||Sudanese
Ethiopia|Addis Ababa||Ethiopian
Somalia|Mogadishu||Somali
Uganda|Kampala||Ugandan
Tanzania|Dodoma||Tanzanian
Ghana|Accra||Ghanaian
Zimbabwe|Harare||Zimbabwean
Zambia|Lusaka||Zambian
Senegal|Dakar||Senegalese
Cameroon|Yaounde||Cameroonian
Czech Republic|Prague||Czech
Slovakia|Bratislava||Slovak
Slovenia|Ljubljana||Slovenian
Romania|Bucharest||Romanian
Bulgaria|Sofia||Bulgarian
Finland|Helsinki||Finnish
Iceland|Reykjavik||Icelandic
Estonia|Tallinn||Estonian
Latvia|Riga||Latvian
Lithuania|Vilnius||Lithuanian
Belarus|Minsk||Belarusian
Armenia|Yerevan||Armenian
Azerbaijan|Baku||Azerbaijani
Kazakhstan|Astana||Kazakh
Uzbekistan|Tashkent||Uzbek
Mongolia|Ulaanbaatar||Mongolian
Cambodia|Phnom Penh||Cambodian
Ecuador|Quito||Ecuadorian
Bolivia|La Paz||Bolivian
Paraguay|Asuncion||Paraguayan
Uruguay|Montevideo||Uruguayan
Haiti|Port-au-Prince||Haitian
Panama|Panama City||Panamanian
Guatemala|Guatemala City||Guatemalan
Honduras|Tegucigalpa||Honduran
Luxembourg|Luxembourg||Luxembourger
Albania|Tirana||Albanian
Kosovo|Pristina||Kosovan,Kosovar
Montenegro|Podgorica||Montenegrin
Moldova|Chisinau||Moldovan
"""


# The nations of a country that field their own sides ("Darren Jones of Wales"): a country to a sports page.
HOME_NATIONS = frozenset({"england", "scotland", "wales", "northern ireland"})


def country_table() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Three maps from a folded form to the country's name: its name and short forms, its capital, its demonyms."""
    forms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for line in _COUNTRIES.strip().splitlines():
        name, capital, short, demonym = line.split("|")
        forms[name.casefold()] = name
        capitals[capital.casefold()] = name
        forms.update((form.casefold(), name) for form in short.split(",") if form)
        demonyms.update((form.casefold(), name) for form in demonym.split(",") if form)
    return forms, capitals, demonyms
