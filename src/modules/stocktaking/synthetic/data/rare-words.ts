// Towns used as rare words (English, French and Spanish texts): one spelling each, single words.
// biome-ignore format: one country per line
export const TOWNS = `
KE Kisumu Garissa Lodwar Kakamega Marsabit Nyeri Kitui Malindi Machakos Eldoret
NG Maiduguri Sokoto Ilorin Makurdi Owerri Yola Calabar Jalingo Lokoja Gusau
GH Tamale Bolgatanga Techiman Sunyani Koforidua Navrongo Yendi Hohoe
ZA Polokwane Mthatha Mahikeng Upington Mbombela Giyani Kimberley
UG Gulu Mbarara Arua Lira Moroto Kasese Soroti Hoima
TZ Dodoma Mwanza Mtwara Kigoma Morogoro Iringa Tabora Songea
RW Musanze Huye Rubavu Nyagatare Rusizi Muhanga
ET Mekelle Gondar Jimma Hawassa Dessie Semera Gambela
SN Ziguinchor Tambacounda Kolda Matam Louga Kédougou Podor Fatick
CI Korhogo Bouaké Odienné Daloa Séguéla Bondoukou
CM Garoua Maroua Bamenda Bertoua Ngaoundéré Ebolowa Kribi
CD Bukavu Goma Kisangani Mbandaka Kananga Kindu Bunia
BF Koudougou Ouahigouya Dori Kaya Banfora Gaoua
ML Ségou Mopti Sikasso Kayes Kidal Koutiala
BJ Parakou Natitingou Abomey Djougou Lokossa Kandi
MG Toliara Mahajanga Fianarantsoa Toamasina Antsirabe Morondava
NE Agadez Zinder Tahoua Maradi Dosso Tillabéri
TG Sokodé Dapaong Atakpamé
GN Kankan Labé Nzérékoré Boké
TD Abéché Moundou Sarh
BI Gitega Ngozi Muyinga
ZM Kasama Mongu Chipata Solwezi Mansa Livingstone
ZW Bulawayo Masvingo Gweru Mutare Hwange Chinhoyi
MW Mzuzu Zomba Karonga Mangochi Dedza
MZ Nampula Pemba Quelimane Inhambane Lichinga
NA Rundu Oshakati Keetmanshoop Otjiwarongo
BW Maun Serowe Kasane Ghanzi Francistown
EG Aswan Asyut Minya Sohag Ismailia Damanhur
MA Ouarzazate Errachidia Tiznit Guelmim Taza Azilal Chefchaouen
TN Kasserine Gafsa Jendouba Kairouan Tataouine Medenine Siliana
DZ Tamanrasset Ouargla Adrar Béchar Djelfa
SA Tabuk Najran Jazan Abha
AE Fujairah Ajman
JO Mafraq Karak Tafilah Ajloun
LB Baalbek Nabatieh Zahle
OM Salalah Nizwa Sohar Ibri
QA Dukhan Mesaieed
SD Kassala Kadugli Dongola
PS Jenin Tulkarm Qalqilya
IQ Basra Erbil Najaf
KW Jahra
MR Kiffa Atar Rosso Néma
LY Sabha Derna
YE Taiz Mukalla
DJ Tadjourah Obock
BR Manaus Petrolina Santarém Marabá Juazeiro Tefé
MX Oaxaca Chilpancingo Tapachula Zacatecas Hermosillo Campeche Juchitán
CO Quibdó Leticia Mocoa Riohacha Popayán Yopal Tumaco
AR Jujuy Catamarca Ushuaia Neuquén
CL Temuco Chillán Arica Coyhaique Copiapó Calama
PE Ayacucho Huancavelica Puno Iquitos Cajamarca Abancay Moquegua
EC Esmeraldas Riobamba Latacunga Macas
BO Cochabamba Oruro Potosí Cobija Tarija
CR Puntarenas Guápiles Talamanca
GT Huehuetenango Quetzaltenango Cobán Chimaltenango Sololá
DO Barahona Higüey Dajabón Bonao
UY Tacuarembó Artigas Paysandú
PY Caaguazú Filadelfia
HN Choluteca Juticalpa
SV Chalatenango Usulután
PA Chitré Penonomé
CU Holguín Baracoa
US Tucson Fresno Albuquerque Duluth Spokane
CA Iqaluit Whitehorse Yellowknife Moncton Chicoutimi
JM Mandeville Portmore
TT Chaguanas Arima
HT Jacmel Hinche Gonaïves
IN Bhubaneswar Raipur Ranchi Dehradun Imphal Aizawl Kohima Shillong Jodhpur Madurai Visakhapatnam Guwahati Nagpur Kozhikode Bilaspur
BD Rangpur Sylhet Barisal Khulna Kurigram Satkhira Bogura
PK Quetta Peshawar Multan Gilgit Gwadar Sukkur
ID Makassar Jayapura Kupang Ambon Mataram Pontianak Manado Palu
PH Cotabato Zamboanga Tacloban Iloilo Legazpi Tuguegarao Baguio
MY Kuching Sandakan Ipoh Miri
TH Lampang Phitsanulok Yala Surin
VN Vinh Pleiku Haiphong Kontum
LK Jaffna Batticaloa Anuradhapura Trincomalee Ratnapura
NP Pokhara Biratnagar Dhangadhi Nepalgunj Birgunj Jumla
JP Sendai Kagoshima Tottori
KR Gangneung Jeonju Cheongju
AU Broome Karratha Toowoomba
FJ Labasa Lautoka Savusavu
PG Goroka Lae Madang Wewak
MN Erdenet Darkhan Khovd Ulaangom
KH Battambang Kampot Kratie Takeo
LA Pakse Savannakhet Phonsavan
AF Herat Kandahar Bamyan Jalalabad
IR Kerman Zahedan Tabriz
CN Guiyang Lanzhou Xining Kashgar Lhasa Nanning Kunming Hohhot
RU Yakutsk Petrozavodsk Tomsk Khabarovsk Magadan Norilsk Syktyvkar
KZ Aktobe Karaganda Kyzylorda Pavlodar Semey Taraz
UZ Samarkand Bukhara Nukus Fergana Termez Urgench
KG Osh Naryn Karakol Talas Batken
AZ Ganja Lankaran Sheki Shamakhi
AM Gyumri Vanadzor Goris Dilijan
BY Grodno Vitebsk Gomel Mogilev
TJ Khujand Khorog Kulob Bokhtar
TM Dashoguz Balkanabat Turkmenabat
CH Sion Delémont Chur Bellinzona
FR Guéret Aurillac Mende Mamoudzou
ES Teruel Soria Cáceres Lugo Huesca Zamora
DE Görlitz Cottbus Schwerin
GB Inverness Aberystwyth Carlisle
IT Matera Potenza Nuoro
PT Bragança Évora
PL Rzeszów Białystok Olsztyn
EE Tartu Narva Võru
UA Chernihiv Zhytomyr Uzhhorod Kherson
GE Kutaisi Batumi Telavi Zugdidi
MD Cahul Bălți Soroca Comrat
BE Arlon Namur
RS Niš Kragujevac Subotica
FI Rovaniemi Oulu Kajaani
TR Diyarbakır Erzurum Şanlıurfa Gaziantep Kars
SE Kiruna Östersund
NL Leeuwarden Emmen
`;

// Species named by their scientific names (the genus is the rare word), with the kind of project that would name
// them: crop pests and diseases, crops, wild species, and pathogens or disease vectors.
// biome-ignore format: one kind per line
export const SPECIES = `
pest|Spodoptera frugiperda|Bemisia tabaci|Tuta absoluta|Striga hermonthica|Puccinia graminis|Phytophthora infestans|Xanthomonas campestris|Helicoverpa armigera|Bactrocera dorsalis|Busseola fusca|Prostephanus truncatus|Schistocerca gregaria|Locusta migratoria|Ralstonia solanacearum|Fusarium oxysporum|Magnaporthe oryzae|Hemileia vastatrix|Cydia pomonella|Rhynchophorus ferrugineus|Chilo partellus|Maruca vitrata|Liriomyza huidobrensis|Phenacoccus manihoti|Mononychellus tanajoa|Quelea quelea|Ceratitis capitata|Pectinophora gossypiella
crop|Eragrostis tef|Digitaria exilis|Vigna subterranea|Sorghum bicolor|Pennisetum glaucum|Manihot esculenta|Ipomoea batatas|Colocasia esculenta|Dioscorea alata|Theobroma cacao|Coffea arabica|Chenopodium quinoa|Amaranthus cruentus|Moringa oleifera|Cajanus cajan|Lablab purpureus|Sesamum indicum|Arachis hypogaea|Vitellaria paradoxa|Ensete ventricosum|Oryza glaberrima|Phaseolus vulgaris|Eleusine coracana|Lupinus mutabilis|Smallanthus sonchifolius|Lepidium meyenii|Bixa orellana|Anacardium occidentale|Artocarpus altilis
env|Rhizophora mucronata|Avicennia marina|Posidonia oceanica|Acropora palmata|Eichhornia crassipes|Lates niloticus|Oreochromis niloticus|Loxodonta africana|Diceros bicornis|Chelonia mydas|Dermochelys coriacea|Balaenoptera musculus|Ailuropoda melanoleuca|Saiga tatarica|Panthera uncia|Cedrus libani|Argania spinosa|Boswellia sacra|Dracaena cinnabari|Polylepis tarapacana|Swietenia macrophylla|Bertholletia excelsa|Araucaria araucana|Nothofagus pumilio|Prosopis juliflora|Haloxylon ammodendron|Sclerocarya birrea|Adansonia digitata|Trichechus manatus|Dugong dugon|Pteropus rodricensis|Gorilla beringei|Pongo abelii|Vicugna vicugna|Tamarix aphylla|Juniperus procera|Podocarpus falcatus|Ceiba pentandra|Hippocampus kuda
health|Anopheles gambiae|Aedes aegypti|Plasmodium falciparum|Mycobacterium tuberculosis|Vibrio cholerae|Trypanosoma brucei|Schistosoma mansoni|Onchocerca volvulus|Wuchereria bancrofti|Leishmania donovani|Glossina morsitans|Salmonella typhi|Neisseria meningitidis|Dracunculus medinensis|Brucella melitensis|Treponema pallidum|Culex quinquefasciatus|Triatoma infestans|Shigella dysenteriae|Cryptosporidium parvum|Giardia lamblia
`;

export const SPECIES_THEMES: Readonly<Record<"pest" | "crop" | "env" | "health", readonly string[]>> = {
  pest: ["agri"],
  crop: ["agri"],
  env: ["climate", "science"],
  health: ["telemed", "hmis"],
};

/** Open-source tools and protocols, with the themes whose projects would name them. */
// biome-ignore format: one theme per line
export const TECH = `
telemed|OpenMRS|Bahmni|OpenEMR|Tamanu|Jitsi
hmis|DHIS2|iHRIS|SORMAS|CommCare|OpenIMIS|OpenELIS|OpenSRP|mUzima
opendata|CKAN|Wikidata|Dataverse|GeoNode|Metabase
schools|Kiwix|OpenWrt
elearning|Moodle|Kolibri|Siyavula|Chamilo|Sugarizer
agri|RapidPro|KoBoToolbox|FarmOS|ODK
cyber|Keycloak|Zabbix|OpenVPN|WireGuard|MISP|Suricata
radio|Icecast|Rivendell
library|Koha|DSpace|Omeka|eGranary
egov|MOSIP|OpenCRVS|OpenG2P|Drupal|Matomo
ecommerce|Mojaloop|Mifos|Odoo
broadband|LibreMesh|Freifunk|LoRaWAN
climate|QGIS|OpenStreetMap|Ushahidi|Grafana|PostGIS|GeoServer
science|Jupyter|Zenodo
gender|Arduino
heritage|Mukurtu
child|Primero
access|NVDA|eSpeak
telecentre|Nextcloud
media|Mastodon
`;
