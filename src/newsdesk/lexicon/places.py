"""Place names a news paragraph may open with: countries, capitals, dateline cities, regions.

Data, not code. Text-mode furniture (``recognise.places``) uses it to tell a place from an outlet
(``Hong Kong: protesters marched ...`` names where, not who reports) and to
recognise a dateline that names only its place (``ROME — ...``). Sources, as
the English-language press spells the names:

- the member and observer states of the United Nations, with their usual
  short forms (``Britain``, ``Ivory Coast``) and a few territories that
  datelines name on their own (``Hong Kong``, ``Gaza``, ``Kosovo``);
- their capitals;
- the cities that stand alone in a dateline without their state or country,
  from the dateline rules of the AP Stylebook (domestic and international);
- the U.S. states, the provinces of Canada, the states of Australia and India;
- continents and the world regions news reports are filed from.

Names are stored lower case, with ``St.``/``Saint`` and accents as written in
English datelines; ``recognise.places.is_place`` folds case and the ``.``/accents of a name. A
name the lists miss may still end with a place noun (``Marrow Bay``).
"""

from __future__ import annotations

#: Function words that put a run of capitals in a sentence, not a place name (``WHAT WE
#: KNOW``, ``HERE IS THE DEAL``); labels are the words of ``phrases.NOT_CREDIT``.
DATELINE_FUNCTION_WORDS = frozenset(
    {
        "the", "a", "an", "we", "i", "you", "it", "is", "are", "was", "this", "that", "here",
        "there", "our", "my", "your", "his", "her", "their", "in", "on", "to", "for", "with",
        "at", "from", "as", "if",
    }
)  # fmt: skip
#: Acronyms of the organisations news reports name in capitals at a sentence's start
#: (``NATO, Ukraine and ...``), lower case: the intergovernmental bodies, agencies and
#: sports federations of the wire services' acronym lists (AP Stylebook, Reuters).
ORGANISATION_ACRONYMS = frozenset(
    {
        "nato", "opec", "un", "eu", "imf", "iaea", "unicef", "unhcr", "unesco", "unrwa", "wto",
        "who", "wfp", "oecd", "osce", "asean", "ecowas", "icc", "icrc", "ioc", "fifa", "uefa",
        "nasa", "fbi", "cia", "ecb", "interpol", "brics", "g7", "g20", "au", "ifad", "undp",
    }
)  # fmt: skip

COUNTRIES = """
Afghanistan; Albania; Algeria; Andorra; Angola; Antigua and Barbuda; Argentina; Armenia;
Australia; Austria; Azerbaijan; Bahamas; Bahrain; Bangladesh; Barbados; Belarus; Belgium; Belize;
Benin; Bhutan; Bolivia; Bosnia; Bosnia and Herzegovina; Botswana; Brazil; Brunei; Bulgaria;
Burkina Faso; Burundi; Cambodia; Cameroon; Canada; Cape Verde; Cabo Verde;
Central African Republic; Chad; Chile; China; Colombia; Comoros; Congo; Costa Rica;
Ivory Coast; Cote d'Ivoire; Croatia; Cuba; Cyprus; Czech Republic; Czechia; Denmark; Djibouti;
Dominica; Dominican Republic; DR Congo; East Timor; Timor-Leste; Ecuador; Egypt; El Salvador;
Equatorial Guinea; Eritrea; Estonia; Eswatini; Swaziland; Ethiopia; Fiji; Finland; France;
Gabon; Gambia; Georgia; Germany; Ghana; Greece; Grenada; Guatemala; Guinea; Guinea-Bissau;
Guyana; Haiti; Honduras; Hungary; Iceland; India; Indonesia; Iran; Iraq; Ireland; Israel;
Italy; Jamaica; Japan; Jordan; Kazakhstan; Kenya; Kiribati; Kuwait; Kyrgyzstan; Laos; Latvia;
Lebanon; Lesotho; Liberia; Libya; Liechtenstein; Lithuania; Luxembourg; Madagascar; Malawi;
Malaysia; Maldives; Mali; Malta; Marshall Islands; Mauritania; Mauritius; Mexico; Micronesia;
Moldova; Monaco; Mongolia; Montenegro; Morocco; Mozambique; Myanmar; Burma; Namibia; Nauru;
Nepal; Netherlands; Holland; New Zealand; Nicaragua; Niger; Nigeria; North Korea;
North Macedonia; Macedonia; Norway; Oman; Pakistan; Palau; Palestine; Panama;
Papua New Guinea; Paraguay; Peru; Philippines; Poland; Portugal; Qatar; Romania; Russia;
Rwanda; Saint Kitts and Nevis; Saint Lucia; Saint Vincent and the Grenadines; Samoa;
San Marino; Sao Tome and Principe; Saudi Arabia; Senegal; Serbia; Seychelles; Sierra Leone;
Singapore; Slovakia; Slovenia; Solomon Islands; Somalia; South Africa; South Korea; Korea;
South Sudan; Spain; Sri Lanka; Sudan; Suriname; Sweden; Switzerland; Syria; Tajikistan;
Tanzania; Thailand; Togo; Tonga; Trinidad and Tobago; Tunisia; Turkey; Turkiye; Turkmenistan;
Tuvalu; Uganda; Ukraine; United Arab Emirates; UAE; United Kingdom; UK; Britain;
Great Britain; England; Scotland; Wales; Northern Ireland; United States; USA; U.S.; America;
Uruguay; Uzbekistan; Vanuatu; Vatican; Vatican City; Venezuela; Vietnam; Yemen; Zambia;
Zimbabwe; Taiwan; Hong Kong; Macau; Macao; Gaza; Gaza Strip; West Bank; Kosovo;
Puerto Rico; Greenland; Western Sahara; Tibet; Xinjiang; Crimea; Donbas; Kashmir; Chechnya;
Catalonia; Kurdistan; Abkhazia; Transnistria; Somaliland; Guam; Bermuda; Gibraltar
"""
CAPITALS = """
Kabul; Tirana; Algiers; Luanda; Buenos Aires; Yerevan; Canberra; Vienna; Baku; Nassau; Manama;
Dhaka; Bridgetown; Minsk; Brussels; Belmopan; Porto-Novo; Thimphu; La Paz; Sucre; Sarajevo;
Gaborone; Brasilia; Bandar Seri Begawan; Sofia; Ouagadougou; Gitega; Bujumbura; Phnom Penh;
Yaounde; Ottawa; Praia; Bangui; N'Djamena; Santiago; Beijing; Bogota; Moroni; Brazzaville;
Kinshasa; San Jose; Yamoussoukro; Abidjan; Zagreb; Havana; Nicosia; Prague; Copenhagen;
Roseau; Santo Domingo; Dili; Quito; Cairo; San Salvador; Malabo; Asmara; Tallinn; Mbabane;
Addis Ababa; Suva; Helsinki; Paris; Libreville; Banjul; Tbilisi; Berlin; Accra; Athens;
Guatemala City; Conakry; Bissau; Georgetown; Port-au-Prince; Tegucigalpa; Budapest; Reykjavik;
New Delhi; Delhi; Jakarta; Tehran; Baghdad; Dublin; Jerusalem; Tel Aviv; Rome; Kingston; Tokyo;
Amman; Astana; Nur-Sultan; Almaty; Nairobi; Tarawa; Kuwait City; Bishkek; Vientiane; Riga;
Beirut; Maseru; Monrovia; Tripoli; Vaduz; Vilnius; Antananarivo; Lilongwe; Kuala Lumpur;
Male; Bamako; Valletta; Majuro; Nouakchott; Port Louis; Mexico City; Palikir; Chisinau;
Ulaanbaatar; Podgorica; Rabat; Maputo; Naypyidaw; Yangon; Rangoon; Windhoek; Kathmandu;
Amsterdam; The Hague; Wellington; Managua; Niamey; Abuja; Lagos; Pyongyang; Skopje; Oslo;
Muscat; Islamabad; Ramallah; Panama City; Port Moresby; Asuncion; Lima; Manila; Warsaw; Lisbon;
Doha; Bucharest; Moscow; Kigali; Basseterre; Castries; Kingstown; Apia; Sao Tome; Riyadh;
Dakar; Belgrade; Victoria; Freetown; Bratislava; Ljubljana; Honiara; Mogadishu; Pretoria;
Cape Town; Seoul; Juba; Madrid; Colombo; Khartoum; Paramaribo; Stockholm; Bern; Damascus;
Taipei; Dushanbe; Dodoma; Dar es Salaam; Bangkok; Lome; Nuku'alofa; Port of Spain; Tunis;
Ankara; Ashgabat; Funafuti; Kampala; Kyiv; Kiev; Abu Dhabi; London; Washington; Montevideo;
Tashkent; Port Vila; Caracas; Hanoi; Sanaa; Aden; Lusaka; Harare; Pristina; Edinburgh; Cardiff;
Belfast
"""
#: AP Stylebook: U.S. and foreign cities that stand alone in datelines, and other large cities
#: that reports are often filed from.
DATELINE_CITIES = """
Atlanta; Baltimore; Boston; Chicago; Cincinnati; Cleveland; Dallas; Denver; Detroit; Honolulu;
Houston; Indianapolis; Las Vegas; Los Angeles; Miami; Milwaukee; Minneapolis; New Orleans;
New York; Oklahoma City; Philadelphia; Phoenix; Pittsburgh; St. Louis; Saint Louis;
Salt Lake City; San Antonio; San Diego; San Francisco; Seattle; United Nations;
Barcelona; Frankfurt; Geneva;
Hamburg; Istanbul; Johannesburg; Milan; Montreal; Munich; Quebec City; Rio de Janeiro;
Sao Paulo; Shanghai; Sydney; Toronto; Vancouver; Zurich; Melbourne; Mumbai; Bombay; Kolkata;
Calcutta; Chennai; Madras; Bangalore; Bengaluru; Hyderabad; Karachi; Lahore; Peshawar;
Kandahar; Mosul; Basra; Erbil; Aleppo; Homs; Idlib; Benghazi; Alexandria; Dubai; Jeddah;
Mecca; Medina; Osaka; Kyoto; Busan; Guangzhou; Shenzhen; Wuhan; Chengdu; Chongqing; Tianjin;
Ho Chi Minh City; Saigon; St. Petersburg; Saint Petersburg; Odesa; Odessa; Kharkiv; Lviv;
Donetsk; Luhansk; Kherson; Mariupol; Sevastopol; Gdansk; Krakow; Marseille; Lyon; Nice;
Strasbourg; Cologne; Dusseldorf; Stuttgart; Naples; Turin; Florence; Venice; Seville; Valencia;
Porto; Manchester; Birmingham; Liverpool; Glasgow; Leeds; Rotterdam; Antwerp; Guadalajara;
Monterrey; Tijuana; Medellin; Cali; Recife; Kano; Mombasa; Durban; Casablanca; Marrakech;
Goma; Lubumbashi; Auckland; Perth; Brisbane; Adelaide;
Calgary; Edmonton; Winnipeg; Halifax; Austin; Sacramento; Portland; Nashville; Memphis;
Charlotte; Orlando; Tampa; Jacksonville; Columbus; Kansas City; Omaha; Albuquerque; Tucson;
Anchorage; Brooklyn; Manhattan; Hollywood; Silicon Valley; Davos; Bethlehem;
Hebron; Nablus; Jenin; Rafah; Khan Younis; Gaza City; Sderot; Haifa; Eilat; Tabriz; Isfahan;
Mashhad; Qom; Shiraz; Tikrit; Fallujah; Ramadi; Kirkuk; Raqqa; Deir ez-Zor; Daraa; Latakia;
Grozny; Novosibirsk; Yekaterinburg; Vladivostok; Kaliningrad; Belgorod; Kursk
"""
STATES_AND_PROVINCES = """
Alabama; Alaska; Arizona; Arkansas; California; Colorado; Connecticut; Delaware; Florida;
Georgia; Hawaii; Idaho; Illinois; Indiana; Iowa; Kansas; Kentucky; Louisiana; Maine; Maryland;
Massachusetts; Michigan; Minnesota; Mississippi; Missouri; Montana; Nebraska; Nevada;
New Hampshire; New Jersey; New Mexico; New York State; North Carolina; North Dakota; Ohio;
Oklahoma; Oregon; Pennsylvania; Rhode Island; South Carolina; South Dakota; Tennessee; Texas;
Utah; Vermont; Virginia; Washington State; West Virginia; Wisconsin; Wyoming;
District of Columbia; Alberta; British Columbia; Manitoba; New Brunswick; Newfoundland;
Nova Scotia; Ontario; Quebec; Saskatchewan; New South Wales; Queensland; Tasmania;
South Australia; Western Australia; Northern Territory; Bihar; Gujarat; Karnataka; Kerala;
Maharashtra; Punjab; Rajasthan; Tamil Nadu; Uttar Pradesh; West Bengal; Assam; Manipur;
Sindh; Balochistan; Khyber Pakhtunkhwa; Bavaria; Saxony; Lombardy; Sicily; Sardinia; Corsica;
Andalusia; Basque Country; Flanders; Wallonia; Siberia; Darfur; Tigray; Amhara; Oromia
"""
REGIONS = """
Africa; Asia; Europe; Oceania; Antarctica; Arctic; North America; South America;
Latin America; Central America; Caribbean; Middle East; Near East; Far East; Gulf;
Persian Gulf; Balkans; Baltics; Caucasus; Central Asia; South Asia; Southeast Asia;
East Asia; East Africa; West Africa; North Africa; Southern Africa; Horn of Africa; Sahel;
Scandinavia; Eastern Europe; Western Europe; Mediterranean; Pacific; Atlantic;
Indian Ocean; South China Sea; Black Sea; Red Sea; Korean Peninsula; Sinai; Golan Heights
"""
#: The abbreviations of the U.S. states a dateline gives after a town the lists miss
#: (``SPRINGFIELD, Ill. —``): the AP Stylebook's state abbreviations (the eight states
#: it spells out are in ``_STATES_AND_PROVINCES``), with the District of Columbia.
US_STATE_ABBREVIATIONS = frozenset(
    {
        "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.",
        "Ind.", "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.",
        "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.",
        "R.I.", "S.C.", "S.D.", "Tenn.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.", "D.C.",
    }
)  # fmt: skip
#: Nouns a place name ends with (``Marrow Bay``, ``Orange County``, ``Gaza Strip``): the
#: feature types of gazetteers (GeoNames' classes, in the words English names use). An
#: outlet's name rarely ends with one (those that do carry an outlet word: ``Gulf News``).
PLACE_NOUNS = frozenset(
    {
        "city", "town", "village", "county", "province", "region", "district", "state",
        "territory", "island", "islands", "isles", "bay", "harbour", "harbor", "port", "coast",
        "beach", "valley", "springs", "falls", "heights", "hills", "lake", "river", "mountains",
        "peninsula", "strip", "sea", "desert", "plain", "plains", "delta", "canyon", "creek",
    }
)  # fmt: skip
