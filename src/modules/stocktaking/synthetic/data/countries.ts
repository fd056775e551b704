// Countries the texts can name. Fields: ISO code | weight (how often projects are about it) | languages whose
// entries favour it | English name (with "the" where English uses it) | French name, with its article, and
// "in" form | Spanish name and form with article | Russian nominative, "in" form (prepositional) and genitive |
// Arabic | Chinese. Every other ITU Member State can appear too, less often and without being named.

// biome-ignore format: one country per line
export const COUNTRY_TEXT = `
KE|8|en|Kenya|Kenya|le Kenya|au Kenya|Kenia|Kenia|Кения|в Кении|Кении|كينيا|肯尼亚
NG|8|en|Nigeria|Nigéria|le Nigéria|au Nigéria|Nigeria|Nigeria|Нигерия|в Нигерии|Нигерии|نيجيريا|尼日利亚
GH|6|en|Ghana|Ghana|le Ghana|au Ghana|Ghana|Ghana|Гана|в Гане|Ганы|غانا|加纳
ZA|6|en|South Africa|Afrique du Sud|l'Afrique du Sud|en Afrique du Sud|Sudáfrica|Sudáfrica|Южная Африка|в Южной Африке|Южной Африки|جنوب أفريقيا|南非
UG|5|en|Uganda|Ouganda|l'Ouganda|en Ouganda|Uganda|Uganda|Уганда|в Уганде|Уганды|أوغندا|乌干达
TZ|5|en|Tanzania|Tanzanie|la Tanzanie|en Tanzanie|Tanzanía|Tanzanía|Танзания|в Танзании|Танзании|تنزانيا|坦桑尼亚
RW|6|en,fr|Rwanda|Rwanda|le Rwanda|au Rwanda|Rwanda|Rwanda|Руанда|в Руанде|Руанды|رواندا|卢旺达
ET|4|en|Ethiopia|Éthiopie|l'Éthiopie|en Éthiopie|Etiopía|Etiopía|Эфиопия|в Эфиопии|Эфиопии|إثيوبيا|埃塞俄比亚
SN|6|fr|Senegal|Sénégal|le Sénégal|au Sénégal|Senegal|el Senegal|Сенегал|в Сенегале|Сенегала|السنغال|塞内加尔
CI|5|fr|Côte d'Ivoire|Côte d'Ivoire|la Côte d'Ivoire|en Côte d'Ivoire|Côte d'Ivoire|Côte d'Ivoire|Кот-д'Ивуар|в Кот-д'Ивуаре|Кот-д'Ивуара|كوت ديفوار|科特迪瓦
CM|5|fr,en|Cameroon|Cameroun|le Cameroun|au Cameroun|Camerún|el Camerún|Камерун|в Камеруне|Камеруна|الكاميرون|喀麦隆
CD|3|fr|the Democratic Republic of the Congo|République démocratique du Congo|la République démocratique du Congo|en République démocratique du Congo|República Democrática del Congo|la República Democrática del Congo|Демократическая Республика Конго|в Демократической Республике Конго|Демократической Республики Конго|جمهورية الكونغو الديمقراطية|刚果民主共和国
BF|4|fr|Burkina Faso|Burkina Faso|le Burkina Faso|au Burkina Faso|Burkina Faso|Burkina Faso|Буркина-Фасо|в Буркина-Фасо|Буркина-Фасо|بوركينا فاسو|布基纳法索
ML|3|fr|Mali|Mali|le Mali|au Mali|Malí|Malí|Мали|в Мали|Мали|مالي|马里
BJ|4|fr|Benin|Bénin|le Bénin|au Bénin|Benin|Benin|Бенин|в Бенине|Бенина|بنن|贝宁
MG|3|fr|Madagascar|Madagascar|Madagascar|à Madagascar|Madagascar|Madagascar|Мадагаскар|на Мадагаскаре|Мадагаскара|مدغشقر|马达加斯加
NE|2|fr|Niger|Niger|le Niger|au Niger|Níger|el Níger|Нигер|в Нигере|Нигера|النيجر|尼日尔
TG|2|fr|Togo|Togo|le Togo|au Togo|Togo|el Togo|Того|в Того|Того|توغو|多哥
GN|2|fr|Guinea|Guinée|la Guinée|en Guinée|Guinea|Guinea|Гвинея|в Гвинее|Гвинеи|غينيا|几内亚
TD|1|fr|Chad|Tchad|le Tchad|au Tchad|Chad|el Chad|Чад|в Чаде|Чада|تشاد|乍得
BI|2|fr|Burundi|Burundi|le Burundi|au Burundi|Burundi|Burundi|Бурунди|в Бурунди|Бурунди|بوروندي|布隆迪
ZM|3|en|Zambia|Zambie|la Zambie|en Zambie|Zambia|Zambia|Замбия|в Замбии|Замбии|زامبيا|赞比亚
ZW|3|en|Zimbabwe|Zimbabwe|le Zimbabwe|au Zimbabwe|Zimbabwe|Zimbabwe|Зимбабве|в Зимбабве|Зимбабве|زمبابوي|津巴布韦
MW|3|en|Malawi|Malawi|le Malawi|au Malawi|Malawi|Malawi|Малави|в Малави|Малави|ملاوي|马拉维
MZ|3|en|Mozambique|Mozambique|le Mozambique|au Mozambique|Mozambique|Mozambique|Мозамбик|в Мозамбике|Мозамбика|موزامبيق|莫桑比克
NA|2|en|Namibia|Namibie|la Namibie|en Namibie|Namibia|Namibia|Намибия|в Намибии|Намибии|ناميبيا|纳米比亚
BW|2|en|Botswana|Botswana|le Botswana|au Botswana|Botswana|Botswana|Ботсвана|в Ботсване|Ботсваны|بوتسوانا|博茨瓦纳
EG|7|ar,en|Egypt|Égypte|l'Égypte|en Égypte|Egipto|Egipto|Египет|в Египте|Египта|مصر|埃及
MA|6|ar,fr|Morocco|Maroc|le Maroc|au Maroc|Marruecos|Marruecos|Марокко|в Марокко|Марокко|المغرب|摩洛哥
TN|5|ar,fr|Tunisia|Tunisie|la Tunisie|en Tunisie|Túnez|Túnez|Тунис|в Тунисе|Туниса|تونس|突尼斯
DZ|3|ar,fr|Algeria|Algérie|l'Algérie|en Algérie|Argelia|Argelia|Алжир|в Алжире|Алжира|الجزائر|阿尔及利亚
SA|6|ar|Saudi Arabia|Arabie saoudite|l'Arabie saoudite|en Arabie saoudite|Arabia Saudita|Arabia Saudita|Саудовская Аравия|в Саудовской Аравии|Саудовской Аравии|المملكة العربية السعودية|沙特阿拉伯
AE|6|ar,en|the United Arab Emirates|Émirats arabes unis|les Émirats arabes unis|aux Émirats arabes unis|Emiratos Árabes Unidos|los Emiratos Árabes Unidos|Объединённые Арабские Эмираты|в Объединённых Арабских Эмиратах|Объединённых Арабских Эмиратов|الإمارات العربية المتحدة|阿拉伯联合酋长国
JO|4|ar|Jordan|Jordanie|la Jordanie|en Jordanie|Jordania|Jordania|Иордания|в Иордании|Иордании|الأردن|约旦
LB|3|ar,fr|Lebanon|Liban|le Liban|au Liban|Líbano|el Líbano|Ливан|в Ливане|Ливана|لبنان|黎巴嫩
OM|4|ar|Oman|Oman|Oman|à Oman|Omán|Omán|Оман|в Омане|Омана|سلطنة عمان|阿曼
QA|4|ar|Qatar|Qatar|le Qatar|au Qatar|Qatar|Qatar|Катар|в Катаре|Катара|قطر|卡塔尔
SD|2|ar|Sudan|Soudan|le Soudan|au Soudan|Sudán|el Sudán|Судан|в Судане|Судана|السودان|苏丹
PS|2|ar|the State of Palestine|État de Palestine|l'État de Palestine|dans l'État de Palestine|Estado de Palestina|el Estado de Palestina|Государство Палестина|в Государстве Палестина|Государства Палестина|دولة فلسطين|巴勒斯坦国
IQ|2|ar|Iraq|Iraq|l'Iraq|en Iraq|Iraq|el Iraq|Ирак|в Ираке|Ирака|العراق|伊拉克
KW|2|ar|Kuwait|Koweït|le Koweït|au Koweït|Kuwait|Kuwait|Кувейт|в Кувейте|Кувейта|الكويت|科威特
BH|2|ar|Bahrain|Bahreïn|Bahreïn|à Bahreïn|Bahrein|Bahrein|Бахрейн|в Бахрейне|Бахрейна|البحرين|巴林
MR|2|ar,fr|Mauritania|Mauritanie|la Mauritanie|en Mauritanie|Mauritania|Mauritania|Мавритания|в Мавритании|Мавритании|موريتانيا|毛里塔尼亚
LY|1|ar|Libya|Libye|la Libye|en Libye|Libia|Libia|Ливия|в Ливии|Ливии|ليبيا|利比亚
YE|1|ar|Yemen|Yémen|le Yémen|au Yémen|Yemen|el Yemen|Йемен|в Йемене|Йемена|اليمن|也门
DJ|1|ar,fr|Djibouti|Djibouti|Djibouti|à Djibouti|Djibouti|Djibouti|Джибути|в Джибути|Джибути|جيبوتي|吉布提
BR|6|en,es|Brazil|Brésil|le Brésil|au Brésil|Brasil|el Brasil|Бразилия|в Бразилии|Бразилии|البرازيل|巴西
MX|6|es|Mexico|Mexique|le Mexique|au Mexique|México|México|Мексика|в Мексике|Мексики|المكسيك|墨西哥
CO|6|es|Colombia|Colombie|la Colombie|en Colombie|Colombia|Colombia|Колумбия|в Колумбии|Колумбии|كولومبيا|哥伦比亚
AR|4|es|Argentina|Argentine|l'Argentine|en Argentine|Argentina|la Argentina|Аргентина|в Аргентине|Аргентины|الأرجنتين|阿根廷
CL|4|es|Chile|Chili|le Chili|au Chili|Chile|Chile|Чили|в Чили|Чили|شيلي|智利
PE|4|es|Peru|Pérou|le Pérou|au Pérou|Perú|el Perú|Перу|в Перу|Перу|بيرو|秘鲁
EC|3|es|Ecuador|Équateur|l'Équateur|en Équateur|Ecuador|el Ecuador|Эквадор|в Эквадоре|Эквадора|إكوادور|厄瓜多尔
BO|2|es|Bolivia|Bolivie|la Bolivie|en Bolivie|Bolivia|Bolivia|Боливия|в Боливии|Боливии|بوليفيا|玻利维亚
CR|3|es|Costa Rica|Costa Rica|le Costa Rica|au Costa Rica|Costa Rica|Costa Rica|Коста-Рика|в Коста-Рике|Коста-Рики|كوستاريكا|哥斯达黎加
GT|2|es|Guatemala|Guatemala|le Guatemala|au Guatemala|Guatemala|Guatemala|Гватемала|в Гватемале|Гватемалы|غواتيمالا|危地马拉
DO|3|es|the Dominican Republic|République dominicaine|la République dominicaine|en République dominicaine|República Dominicana|la República Dominicana|Доминиканская Республика|в Доминиканской Республике|Доминиканской Республики|الجمهورية الدومينيكية|多米尼加共和国
UY|3|es|Uruguay|Uruguay|l'Uruguay|en Uruguay|Uruguay|el Uruguay|Уругвай|в Уругвае|Уругвая|أوروغواي|乌拉圭
PY|2|es|Paraguay|Paraguay|le Paraguay|au Paraguay|Paraguay|el Paraguay|Парагвай|в Парагвае|Парагвая|باراغواي|巴拉圭
HN|2|es|Honduras|Honduras|le Honduras|au Honduras|Honduras|Honduras|Гондурас|в Гондурасе|Гондураса|هندوراس|洪都拉斯
SV|2|es|El Salvador|El Salvador|El Salvador|en El Salvador|El Salvador|El Salvador|Сальвадор|в Сальвадоре|Сальвадора|السلفادور|萨尔瓦多
PA|2|es|Panama|Panama|le Panama|au Panama|Panamá|Panamá|Панама|в Панаме|Панамы|بنما|巴拿马
CU|2|es|Cuba|Cuba|Cuba|à Cuba|Cuba|Cuba|Куба|на Кубе|Кубы|كوبا|古巴
US|3|en|the United States|États-Unis|les États-Unis|aux États-Unis|Estados Unidos|los Estados Unidos|Соединённые Штаты|в Соединённых Штатах|Соединённых Штатов|الولايات المتحدة|美国
CA|3|en,fr|Canada|Canada|le Canada|au Canada|Canadá|el Canadá|Канада|в Канаде|Канады|كندا|加拿大
JM|2|en|Jamaica|Jamaïque|la Jamaïque|en Jamaïque|Jamaica|Jamaica|Ямайка|на Ямайке|Ямайки|جامايكا|牙买加
TT|2|en|Trinidad and Tobago|Trinité-et-Tobago|la Trinité-et-Tobago|à Trinité-et-Tobago|Trinidad y Tabago|Trinidad y Tabago|Тринидад и Тобаго|в Тринидаде и Тобаго|Тринидада и Тобаго|ترينيداد وتوباغو|特立尼达和多巴哥
HT|2|fr|Haiti|Haïti|Haïti|en Haïti|Haití|Haití|Гаити|на Гаити|Гаити|هايتي|海地
IN|9|en|India|Inde|l'Inde|en Inde|India|la India|Индия|в Индии|Индии|الهند|印度
CN|6|zh|China|Chine|la Chine|en Chine|China|China|Китай|в Китае|Китая|الصين|中国
BD|5|en|Bangladesh|Bangladesh|le Bangladesh|au Bangladesh|Bangladesh|Bangladesh|Бангладеш|в Бангладеш|Бангладеш|بنغلاديش|孟加拉国
PK|4|en|Pakistan|Pakistan|le Pakistan|au Pakistan|Pakistán|el Pakistán|Пакистан|в Пакистане|Пакистана|باكستان|巴基斯坦
ID|5|en|Indonesia|Indonésie|l'Indonésie|en Indonésie|Indonesia|Indonesia|Индонезия|в Индонезии|Индонезии|إندونيسيا|印度尼西亚
PH|5|en|the Philippines|Philippines|les Philippines|aux Philippines|Filipinas|Filipinas|Филиппины|на Филиппинах|Филиппин|الفلبين|菲律宾
MY|3|en,zh|Malaysia|Malaisie|la Malaisie|en Malaisie|Malasia|Malasia|Малайзия|в Малайзии|Малайзии|ماليزيا|马来西亚
TH|3|en|Thailand|Thaïlande|la Thaïlande|en Thaïlande|Tailandia|Tailandia|Таиланд|в Таиланде|Таиланда|تايلند|泰国
VN|3|en|Viet Nam|Viet Nam|le Viet Nam|au Viet Nam|Viet Nam|Viet Nam|Вьетнам|во Вьетнаме|Вьетнама|فييت نام|越南
LK|3|en|Sri Lanka|Sri Lanka|Sri Lanka|à Sri Lanka|Sri Lanka|Sri Lanka|Шри-Ланка|в Шри-Ланке|Шри-Ланки|سري لانكا|斯里兰卡
NP|3|en|Nepal|Népal|le Népal|au Népal|Nepal|Nepal|Непал|в Непале|Непала|نيبال|尼泊尔
JP|2|en|Japan|Japon|le Japon|au Japon|Japón|el Japón|Япония|в Японии|Японии|اليابان|日本
KR|2|en|the Republic of Korea|République de Corée|la République de Corée|en République de Corée|República de Corea|la República de Corea|Республика Корея|в Республике Корея|Республики Корея|جمهورية كوريا|大韩民国
AU|2|en|Australia|Australie|l'Australie|en Australie|Australia|Australia|Австралия|в Австралии|Австралии|أستراليا|澳大利亚
FJ|2|en|Fiji|Fidji|les Fidji|aux Fidji|Fiji|Fiji|Фиджи|на Фиджи|Фиджи|فيجي|斐济
PG|1|en|Papua New Guinea|Papouasie-Nouvelle-Guinée|la Papouasie-Nouvelle-Guinée|en Papouasie-Nouvelle-Guinée|Papua Nueva Guinea|Papua Nueva Guinea|Папуа — Новая Гвинея|в Папуа — Новой Гвинее|Папуа — Новой Гвинеи|بابوا غينيا الجديدة|巴布亚新几内亚
MN|2|en,ru|Mongolia|Mongolie|la Mongolie|en Mongolie|Mongolia|Mongolia|Монголия|в Монголии|Монголии|منغوليا|蒙古国
KH|2|en,fr|Cambodia|Cambodge|le Cambodge|au Cambodge|Camboya|Camboya|Камбоджа|в Камбодже|Камбоджи|كمبوديا|柬埔寨
LA|1|en,fr|the Lao People's Democratic Republic|République démocratique populaire lao|la République démocratique populaire lao|en République démocratique populaire lao|República Democrática Popular Lao|la República Democrática Popular Lao|Лаосская Народно-Демократическая Республика|в Лаосской Народно-Демократической Республике|Лаосской Народно-Демократической Республики|جمهورية لاو الديمقراطية الشعبية|老挝
AF|2|en|Afghanistan|Afghanistan|l'Afghanistan|en Afghanistan|Afganistán|el Afganistán|Афганистан|в Афганистане|Афганистана|أفغانستان|阿富汗
IR|1|en|Iran|Iran|l'Iran|en Iran|Irán|el Irán|Иран|в Иране|Ирана|إيران|伊朗
SG|2|en,zh|Singapore|Singapour|Singapour|à Singapour|Singapur|Singapur|Сингапур|в Сингапуре|Сингапура|سنغافورة|新加坡
RU|7|ru|the Russian Federation|Fédération de Russie|la Fédération de Russie|en Fédération de Russie|Federación de Rusia|la Federación de Rusia|Российская Федерация|в Российской Федерации|Российской Федерации|الاتحاد الروسي|俄罗斯联邦
KZ|5|ru|Kazakhstan|Kazakhstan|le Kazakhstan|au Kazakhstan|Kazajstán|Kazajstán|Казахстан|в Казахстане|Казахстана|كازاخستان|哈萨克斯坦
UZ|4|ru|Uzbekistan|Ouzbékistan|l'Ouzbékistan|en Ouzbékistan|Uzbekistán|Uzbekistán|Узбекистан|в Узбекистане|Узбекистана|أوزبكستان|乌兹别克斯坦
KG|3|ru|Kyrgyzstan|Kirghizistan|le Kirghizistan|au Kirghizistan|Kirguistán|Kirguistán|Кыргызстан|в Кыргызстане|Кыргызстана|قيرغيزستان|吉尔吉斯斯坦
AZ|3|ru|Azerbaijan|Azerbaïdjan|l'Azerbaïdjan|en Azerbaïdjan|Azerbaiyán|Azerbaiyán|Азербайджан|в Азербайджане|Азербайджана|أذربيجان|阿塞拜疆
AM|2|ru|Armenia|Arménie|l'Arménie|en Arménie|Armenia|Armenia|Армения|в Армении|Армении|أرمينيا|亚美尼亚
BY|3|ru|Belarus|Bélarus|le Bélarus|au Bélarus|Belarús|Belarús|Беларусь|в Беларуси|Беларуси|بيلاروس|白俄罗斯
TJ|2|ru|Tajikistan|Tadjikistan|le Tadjikistan|au Tadjikistan|Tayikistán|Tayikistán|Таджикистан|в Таджикистане|Таджикистана|طاجيكستان|塔吉克斯坦
TM|1|ru|Turkmenistan|Turkménistan|le Turkménistan|au Turkménistan|Turkmenistán|Turkmenistán|Туркменистан|в Туркменистане|Туркменистана|تركمانستان|土库曼斯坦
CH|4|fr,en|Switzerland|Suisse|la Suisse|en Suisse|Suiza|Suiza|Швейцария|в Швейцарии|Швейцарии|سويسرا|瑞士
FR|4|fr|France|France|la France|en France|Francia|Francia|Франция|во Франции|Франции|فرنسا|法国
ES|4|es|Spain|Espagne|l'Espagne|en Espagne|España|España|Испания|в Испании|Испании|إسبانيا|西班牙
DE|3|en|Germany|Allemagne|l'Allemagne|en Allemagne|Alemania|Alemania|Германия|в Германии|Германии|ألمانيا|德国
GB|3|en|the United Kingdom|Royaume-Uni|le Royaume-Uni|au Royaume-Uni|Reino Unido|el Reino Unido|Соединённое Королевство|в Соединённом Королевстве|Соединённого Королевства|المملكة المتحدة|英国
IT|2|en|Italy|Italie|l'Italie|en Italie|Italia|Italia|Италия|в Италии|Италии|إيطاليا|意大利
PT|2|en,es|Portugal|Portugal|le Portugal|au Portugal|Portugal|Portugal|Португалия|в Португалии|Португалии|البرتغال|葡萄牙
PL|2|en|Poland|Pologne|la Pologne|en Pologne|Polonia|Polonia|Польша|в Польше|Польши|بولندا|波兰
EE|3|en|Estonia|Estonie|l'Estonie|en Estonie|Estonia|Estonia|Эстония|в Эстонии|Эстонии|إستونيا|爱沙尼亚
UA|3|en,ru|Ukraine|Ukraine|l'Ukraine|en Ukraine|Ucrania|Ucrania|Украина|в Украине|Украины|أوكرانيا|乌克兰
GE|2|en,ru|Georgia|Géorgie|la Géorgie|en Géorgie|Georgia|Georgia|Грузия|в Грузии|Грузии|جورجيا|格鲁吉亚
MD|2|en,ru|the Republic of Moldova|République de Moldova|la République de Moldova|en République de Moldova|República de Moldova|la República de Moldova|Республика Молдова|в Республике Молдова|Республики Молдова|جمهورية مولدوفا|摩尔多瓦共和国
BE|2|fr|Belgium|Belgique|la Belgique|en Belgique|Bélgica|Bélgica|Бельгия|в Бельгии|Бельгии|بلجيكا|比利时
RS|2|en|Serbia|Serbie|la Serbie|en Serbie|Serbia|Serbia|Сербия|в Сербии|Сербии|صربيا|塞尔维亚
FI|2|en|Finland|Finlande|la Finlande|en Finlande|Finlandia|Finlandia|Финляндия|в Финляндии|Финляндии|فنلندا|芬兰
TR|3|en|Türkiye|Türkiye|la Türkiye|en Türkiye|Türkiye|Türkiye|Турция|в Турции|Турции|تركيا|土耳其
SE|2|en|Sweden|Suède|la Suède|en Suède|Suecia|Suecia|Швеция|в Швеции|Швеции|السويد|瑞典
NL|2|en|the Netherlands|Pays-Bas|les Pays-Bas|aux Pays-Bas|Países Bajos|los Países Bajos|Нидерланды|в Нидерландах|Нидерландов|هولندا|荷兰
`;
