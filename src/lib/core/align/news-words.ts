/**
 * The bundled trilingual news lexicon: one concept a line, `en | hy | ru`, stems separated by
 * spaces (how a stem matches a word, and `$` for an exact form, is in lexicon.ts). `#` lines
 * head the sections.
 *
 * The first section was hand-compiled from general news vocabulary (politics, security,
 * reporting verbs, time). The others were written from general knowledge of the three
 * languages, field by field, without looking at the development or evaluation articles, so
 * that the lexical evidence covers what any news text says rather than what one set of
 * articles says. Places are listed only where their three names are not plain
 * transliterations (Germany, Գերմանիա, Германия): the aligner's name matching pairs the
 * others. The first general section's stems were checked against Debian's word lists for
 * unrelated words they would also match (`again` in "against", `спас` in "спасибо"). Where two
 * fields gave one stem to two concepts, the concepts were merged, so that a stem belongs to
 * one concept. Stems use `е` for `ё` and no hyphens: the tokenizer folds `ё` and splits words
 * at hyphens.
 */
export const NEWS_WORDS = `
# Politics, security, reporting, time (the first, hand-compiled list)
russia russian russians | ռուսաստան ռուսական ռուս$ ռուսներ | росси российск русск
armenia armenian armenians | հայաստան հայկական հայ$ հայեր հայերը հայերի | армени армянск армян
kazakhstan kazakh kazakhstani | ղազախստան ղազախական ղազախ | казахстан казах
azerbaijan azerbaijani azerbaijanis | ադրբեջան | азербайджан
belarus belarusian | բելառուս | беларус белорус
kyrgyzstan kyrgyz | ղրղզստան ղրղզ | киргиз кыргыз
tajikistan tajik | տաջիկստան տաջիկ | таджик
us$ usa$ america american americans washington | ամն$ ամերիկ վաշինգտոն | сша$ америк вашингтон
ukraine ukrainian | ուկրաին | украин
afghanistan afghan | աֆղանստան աֆղան | афганистан афган
turkey turkish | թուրքիա թուրքական | турци турецк
iran iranian | իրան | иран
georgia georgian | վրաստան վրացական | грузи
china chinese | չինաստան չինական | кита
europe european | եվրոպ | европ
yerevan | երևան | ереван
moscow | մոսկվա | москв
almaty | ալմաթի | алматы
karabakh | ղարաբաղ | карабах
nagorno | լեռնային | нагорн
csto | հապկ | одкб
un$ | մակ$ | оон$
nato | նատո | нато
kremlin | կրեմլ | кремл
president presidents presidential presidency chair$ chairs$ chaired chairman chairmanship chairing presiding presided | նախագահ նախագահող | президент председател председательств
prime$ premier | վարչապետ | премьер
minister ministers | նախարար | министр
ministry ministries | նախարարութ | министерств минобороны мид$ ведомств
government governments governmental | կառավարութ կառավարական | правительств
parliament parliamentary | խորհրդարան | парламент
lawmaker lawmakers deputy deputies mp$ mps$ | պատգամավոր | депутат
opposition | ընդդիմութ ընդդիմադիր | оппозиц
election elections electoral vote votes voted voting | ընտրութ ընտրական քվե | выбор голосов
party parties | կուսակցութ | парти
authorities authority authoritarian power$ powers$ | իշխանութ իշխան | власт
state$ states$ statehood | պետութ պետական | государств
leader leaders leadership | ղեկավար առաջնորդ | лидер руковод
official officials officially | պաշտոնական պաշտոնյա պաշտոնապես | официальн чиновник
secretary | քարտուղար | секретар госсекретар
spokesman spokesperson spokeswoman | խոսնակ | представител
council | խորհուրդ խորհրդի խորհրդում խորհրդին | совет
security | անվտանգութ | безопасност
defense defence | պաշտպանութ | оборон
foreign foreigners | արտաքին օտարերկրյա արտասահման | иностран внешн зарубеж
national nationwide | ազգային համազգային | национальн
assembly | ժողով | собрани
organization organizations organisation | կազմակերպութ | организац
treaty agreement | պայմանագ համաձայնագ | договор соглашени
collective | հավաքական | коллективн
member members membership | անդամ | член участни
alliance bloc$ | դաշինք | альянс блок
international | միջազգային | международн
community | հանրութ | сообществ
republic | հանրապետութ | республик
country countries nation nations | երկիր երկր | стран
region regions regional province provinces | մարզ տարածաշրջան | регион област
territory territories territorial | տարածք | территор
border borders | սահման | границ
city cities | քաղաք$ քաղաքի քաղաքում քաղաքը քաղաքներ քաղաքների | город
society | հասարակութ | обществ
citizen citizens civilians civilian | քաղաքացի խաղաղ | граждан мирн
resident residents population inhabitants | բնակիչ բնակչութ | жител населен
people | մարդ ժողովուրդ | люд человек народ
political politics politician | քաղաքական քաղաքագետ | политич политолог
military militarily | ռազմական զինվորական | военн
army armies | բանակ | арми
troops$ troop$ forces$ | զորք զորամաս ուժեր ուժերի ուժերը | войск сил$ силы$ силам силами силах
soldier soldiers servicemen serviceman personnel | զինծառայող զինվոր | военнослужащ солдат
peacekeeper peacekeepers peacekeeping | խաղաղապահ | миротвор
war$ wars$ wartime | պատերազմ | войн
weapon weapons arms$ armed | զենք զինված | оруж вооруж
attack attacks attacked | հարձակ գրոհ | атак напад
terrorist terrorists terrorism terror | ահաբեկ | террор
militant militants | զինյալ գրոհայ | боевик
mercenary mercenaries | վարձկան | наемник
commander | հրամանատար | командир командующ
mission | առաքելութ | мисси
operation operations | գործողութ | операц
contingent | զորախումբ կոնտինգենտ | контингент
deploy deployed deployment | տեղակայ | развер дислокац размещ
withdraw withdrawal withdrawing withdrawn pullout | դուրսբեր | вывод выход вывест
intervention intervene intervened | միջամտ | вмешательств интервенц
aggression | ագրես | агресс
coup$ | հեղաշրջ | переворот
violence violent | բռնութ բռնի | насил
unrest riot riots | անկարգութ | беспоряд
protest protests protesters protesting demonstrations demonstrators rally | բողոք ցույց ցուցարար | протест демонстрац митинг
clash clashes clashed | բախում | столкновен
killed kill death deaths dead$ toll$ | զոհ սպանվ սպան մահ | погиб убит убий смерт
wounded injured | վիրավոր | ранен
police | ոստիկան | полиц
emergency | արտակարգ | чрезвычайн
stability stabilize stabilization stabilise | կայուն | стабил
situation | իրավիճակ | ситуац обстановк положени
threat threats threaten threatened | սպառնալ վտանգ | угроз
sovereignty sovereign | ինքնիշխանութ | суверен
said$ say$ says$ saying told$ tell$ stated claimed noted announce announced declared | ասել ասաց ասում հայտարարել հայտարարեց հայտնել հայտնեց նշել նշեց պնդել պնդեց | заяв сказал говор отмет сообщил утвержд объяв
statement statements | հայտարարութ | заявлени
report reported reports reporting | հաղորդ զեկուց | сообщ доклад
agency agencies | գործակալութ | агентств информагентств
news$ | լուր լրատվ | новост
media$ | լրատվամիջոց մեդիա | сми$ медиа
press$ | մամուլ | пресс
interview | հարցազրույց | интервью
decision decided decide | որոշ | решени реши
request requested asked appeal appealed | խնդրան խնդրել խնդրեց դիմ | просьб просил попрос обрат
help helped assist assistance aid$ | օգնութ օգնել օգնի | помощ помог
support supported supporting supporters | աջակց սատար | поддерж
meeting meet$ met$ summit session | հանդիպ նիստ գագաթնաժողով | встреч заседан саммит
conference videoconference | խորհրդաժողով տեսակոնֆերանս | конференц видеоконференц
send sent$ sending dispatch dispatched | ուղարկ | направ отправ
monday | երկուշաբթի | понедельник
tuesday | երեքշաբթի | вторник
wednesday | չորեքշաբթի | среду$ среда$ среды$
thursday | հինգշաբթի | четверг
friday | ուրբաթ | пятниц
sunday | կիրակի | воскресень
week weeks weekly | շաբաթ | недел
day$ days$ daily | օր$ օրը օրվա օրեր օրում օրից | день$ дня$ дней$ дни$ днях днями сутк
year$ years$ | տարի տարվա | год$ года$ году$ годом годы$ годов лет$
month months | ամիս ամս | месяц
today | այսօր | сегодня
yesterday | երեկ | вчера
first | առաջին | перв
second | երկրորդ | втор
hundred hundreds | հարյուր | сотн сотен
thousand thousands | հազար | тысяч
million millions | միլիոն | миллион
billion | միլիարդ | миллиард
percent | տոկոս | процент
water | ջուր ջրի ջրա ջրամատակարար | вод
bread bakery | հաց | хлеб
factory plant$ plants$ | գործարան | завод
gas$ fuel petroleum | գազ վառելիք | газ топлив
price prices | գին գնի գներ գնային | цен$ цены$ цена$ цене$ ценам ценах
oil$ | նավթ | нефт
plane planes aircraft | ինքնաթիռ | самолет
airport airports | օդանավակայան | аэропорт
building buildings | շենք | здани
street streets | փողոց | улиц
economy economic | տնտես | эконом
law$ laws$ | օրենք | закон
court courts | դատարան | суд$ суда$ суде$ судом
investigation investigate | հետաքննութ | расследован следств
evidence | ապացույց | доказательств
criticism criticized critics critic criticize | քննադատ | критик
victory | հաղթանակ | побед
history historic | պատմութ պատմական | истори
central | կենտրոնական | центральн
asia asian | ասիա ասիական | азиат ази
west western | արևմուտ արևմտյան | запад
east eastern | արևել | восток восточн
largest large$ big$ biggest | ամենամեծ մեծ$ մեծագույն խոշոր | крупн
main$ mainly | հիմնական գլխավոր | главн основн
important | կարևոր | важн
strategic strategically | ռազմավարական | стратегич
normal normalize | բնականոն նորմալ | нормал
life$ lives$ | կյանք | жизн
efforts effort | ջանք | усили
response respond responded | արձագանք | ответ реагир реакц
problem problems issue issues task tasks objective objectives | խնդիր խնդրի | проблем задач
question questions | հարց | вопрос
analyst analysts | վերլուծաբան | аналитик
expert experts | փորձագետ | эксперт
group groups | խումբ խմբեր խմբի | групп
service | ծառայութ | служб
radio | ռադիո | радио
television televised | հեռուստա | телевиз телеканал
channel | ալիք | канал
video | տեսա | видео
online virtual virtually | առցանց վիրտուալ | онлайн виртуальн
legitimate legitimacy | լեգիտիմ օրինական | легитимн законн
# Politics, government, law, crime, conflict, economy and business
ambassador ambassadors ambassadorial | դեսպան | посол$ посла$ послу$ послом$ послы$ послов$ послам$ послами$ послах$
embassy embassies | դեսպանատ | посольств
diplomat diplomats diplomatic diplomatically diplomacy | դիվանագ | дипломат
consul consular consulate consulates | հյուպատոս | консул
consultation consultations consult consulted consulting consultant consultants | խորհրդակց | консультац консультир консультант
negotiation negotiations negotiate negotiated negotiating negotiator negotiators talks$ | բանակց | переговор
sanction sanctions sanctioned | պատժամիջոց | санкц
senate senator senators | սենատ | сенат
congress congressional congressman | կոնգրես | конгресс
constitution constitutional unconstitutional | սահմանադր | конституц
referendum referendums | հանրաքվե | референдум
campaign campaigns campaigning campaigned | քարոզարշավ | кампани
candidate candidates candidacy | թեկնածու | кандидат
ballot ballots | քվեաթերթիկ | бюллетен
voter voters electorate | ընտրող | избирател
participate participated participating participation participant participants turnout | մասնակց մասնակից | участв участи явк
mayor mayors mayoral | քաղաքապետ | мэр
governor governors gubernatorial | նահանգապետ մարզպետ | губернатор
municipality municipalities municipal communities | համայնք | муниципал
ombudsman | օմբուդսմեն | омбудсмен
rights$ | իրավունք | права$ прав$ правам$ правами$ правах$ правозащит
freedom freedoms liberty liberties release released releasing freed liberated liberation free$ freely | ազատութ ազատ անվճար | свобод освобо освобод бесплатн
democracy democracies democratic democrats | ժողովրդավար | демократ
dictator dictators dictatorship | բռնապետ | диктатор
regime regimes | ռեժիմ վարչակարգ | режим
reform reforms reformed reforming reformist | բարեփոխ | реформ
policy policies | քաղաքականութ | политик
decree decrees ordered | հրամանագ հրաման | указ$ указа$ указе$ указом$ указу$ указы$ указов$ указам$ приказ распоряжени
bill$ bills$ legislation legislative legislator legislators legislature | օրինագ օրենսդ | законопроект законодател
adopt adopted adopting adoption accept accepted accepting | ընդուն | принят принял приним приня принима
approve approved approval approves confirm confirmed confirmation endorse endorsed confirms | հաստատ հավանութ | одобр утверд подтверд подтвержд
institution institutions institutional institute institutes | հաստատութ ինստիտուտ | учреждени институт
ratify ratified ratification ratifying | վավերաց | ратифиц
judge judges | դատավոր | судья$ судьи$ судью$ судьей$ судей$ судьям$ судьями$
judicial judiciary trial trials | դատական դատավարութ դատաքննութ | судебн
prosecutor prosecutors prosecution prosecuted | դատախազ | прокурор прокуратур
accuse accused accuses accusing accusation accusations charged indictment indicted blame blamed | մեղադր | обвин
defendant defendants | ամբաստանյալ | подсудим
lawyer lawyers attorney attorneys | փաստաբան իրավաբան | адвокат юрист
verdict verdicts sentence sentenced sentencing | դատավճիռ | приговор
condemn condemned condemns condemning condemnation convicted conviction | դատապարտ | осужд осуди осуд
prison prisons prisoner prisoners jail jails jailed imprisoned imprisonment inmate inmates | բանտ բանտարկ | тюрьм тюрем
captive captives pow$ pows$ | գերի$ գերին$ գերիներ գերիի գերեվար | плен$ плена$ плену$ пленом$ пленн
arrest arrested arrests detain detained detainee detainees detention custody | ձերբակալ կալանք կալանավոր | арест задержан задержал
crime crimes criminal criminals offence offense | հանցագործ հանցանք հանցավոր քրեական | преступ криминал уголовн
suspect suspects suspected | կասկածյալ կասկածվ | подозр
theft thefts steal stole stolen robbery robbed robber | գողութ գողաց կողոպ | краж украл украд ограблен грабеж
hostage hostages | պատանդ | заложни
kidnap kidnapped kidnapping abduct abducted abduction | առևանգ | похищ похити
corrupt corruption anticorruption bribe bribes bribery bribed | կոռուպց հակակոռուպց կաշառ | коррупц антикоррупц взятк взяточ
fraud frauds fraudulent fraudster fraudsters scam | խարդախ | мошенн
embezzlement embezzled embezzling misappropriation | յուրաց վատնում | растрат хищени
smuggle smuggling smuggled smuggler smugglers contraband | մաքսանենգ | контрабанд
narcotic narcotics drugs$ | թմրանյութ թմրամիջոց | наркот наркоман
illegal illegally unlawful unlawfully | ապօրինի անօրինական | незаконн нелегальн
punish punished punishment punishing punitive | պատիժ պատժ | наказ
fined$ fines$ penalty penalties | տուգանք տուգանվ | штраф
investigator investigators investigative detective detectives | քննիչ քննչական | следовател следствен
committee committees commission commissions commissioner | կոմիտե հանձնաժողով | комитет комисси
witness witnesses testimony testified testify eyewitness eyewitnesses | վկա վկաներ վկայութ ցուցմունք ականատես վկա$ վկան$ | свидетел показани очевидц
victim victims suffer suffered | տուժած տուժող տուժ | жертв пострадавш пострада
intelligence spy spies spying espionage | հետախուզ լրտես | развед шпион
protect protected protecting protection protective | պաշտպան պաշտպանել պաշտպանված պաշտպանում | защит
missile missiles rocket rockets | հրթիռ | ракет
drone drones uav$ uavs$ unmanned | անօդաչու դրոն | беспилотн дрон
tank$ tanks$ | տանկ | танк
tanker tankers | տանկեր | танкер
artillery | հրետան | артиллер
shelling shelled shell$ | հրետակոծ գնդակոծ | обстрел
bomb bombs bombing bombings bombed bomber bombers bombardment | ռումբ ռմբակոծ | бомб бомбардир
explosion explosions explode exploded explosive explosives blast blasts | պայթ պայթուցիկ | взрыв
ceasefire truce armistice | հրադադար զինադադար | перемир
peace$ | խաղաղութ | мир$ миру$ миром$
settle settlement settlements regulate regulation regulations regulatory regulator regulators rule$ rules$ settled | կարգավոր կանոն | урегулир регулир правил
resolution resolutions | բանաձև | резолюц
conflict conflicts | հակամարտ կոնֆլիկտ | конфликт
escalation escalate escalated escalating | էսկալաց | эскалац обостр
tension tensions tense$ tense | լարված | напряж напряжен
invasion invade invaded invading invader invaders | ներխուժ | вторжен вторг
occupation occupied occupy occupying occupier occupiers | օկուպաց բռնազավթ | оккупац оккупир оккупант
offensive counteroffensive | հարձակողական | наступлен контрнаступлен
defeat defeated defeats | պարտութ պարտվ | поражени проигр
retreat retreated retreating | նահանջ | отступ
capture captured seize seized seizure | գրավել գրավեց գրավված գրավվել զավթ գրավվ | захват захвач
destroy destroyed destroying destruction | ոչնչաց ավեր ավերած | уничтож разруш
airstrike airstrikes | ավիահարված | авиаудар
strike strikes striking strikers struck hit$ blow$ | հարված գործադուլ | удар забастовк стачк
shooting shootings gunfire | կրակոց կրակել կրակեց | стрельб выстрел
landmine landmines minefield minefields demining | ականներ ականապատ ականազերծ | мины$ минами$ минных$ разминир
navy naval fleet fleets | նավատորմ | флот
ship$ ships$ vessel vessels warship warships | նավ նավ$ նավը$ նավի$ նավում$ նավեր նավակ | корабл судн
nuclear npp$ atomic atom$ | միջուկային աէկ$ ատոմային ատոմ ատոմակայան | ядерн аэс$ атомн атом
ammunition munitions | զինամթերք | боеприпас
base$ bases$ | ռազմաբազա բազա | база$ базы$ базу$ базой$ базе$ баз$ базам$ базами$ базах$
exercises drills$ maneuvers manoeuvres | զորավարժ | учения$ учений$ учениях$ учениям$ маневр
conscription conscript conscripts draftees | զորակոչ | призывник призывн
veteran veterans | վետերան | ветеран
officer officers | սպա$ սպաներ սպայական | офицер
colonel colonels | գնդապետ | полковник
lieutenant | լեյտենանտ | лейтенант
sergeant | սերժանտ | сержант
refugee refugees displaced | փախստական տեղահան | беженц
humanitarian | մարդասիրական հումանիտար | гуманитарн
evacuate evacuated evacuation evacuating evacuees | տարհան | эвакуац эвакуир
blockade blockaded besieged siege | շրջափակ | блокад осад
unblock unblocking unblocked | ապաշրջափակ | разблокир
sabotage saboteurs | դիվերսի | диверси
separatist separatists separatism | անջատողական | сепаратист
insurgent insurgents insurgency rebel rebels rebellion | ապստամբ | повстан мятеж
revolution revolutionary revolutions | հեղափոխ | революц
mobilization mobilisation mobilize mobilized mobilised | զորահավաք մոբիլիզաց | мобилизац мобилизов
frontline frontlines | առաջնագ | фронт
battle battles combat fighting fight fights fought struggle | մարտեր մարտական մարտնչ պայքար | бои$ боев$ боях$ боями$ бой$ боя$ боевы боевой борьб борют борол сраж
enemy enemies adversary adversaries | թշնամ հակառակորդ | враг противник вражеск
ally allies allied | դաշնակից | союзник
partner partners partnership partnerships colleague colleagues counterpart counterparts | գործընկեր | партнер коллег
cooperation cooperate cooperated cooperating | համագործակց | сотруднич
relations relationship relationships | հարաբերութ | отношени
bilateral | երկկողմ | двусторонн
multilateral | բազմակողմ | многосторонн
trilateral tripartite | եռակողմ | трехсторонн
visit visits visited visiting | այց այցել այցելութ այց$ այցը$ այցի$ այցով$ այցից$ | визит посет
delegation delegations | պատվիրակ | делегац
envoy envoys emissary | բանագնաց | посланник спецпосланник
mediator mediators mediation mediate mediated | միջնորդ | посредни
dialogue dialog | երկխոս | диалог
compromise compromises | փոխզիջ | компромисс
recognition recognize recognized recognise recognised recognizing recognising | ճանաչ | признан признал признать признает признают признав
independence independent | անկախ | независим
annexation annexed annex$ | բռնակց | аннекс
integration integrate integrated | ինտեգրաց | интеграц
union unions unionist | միութ արհմիութ | союз профсоюз
eurasian | եվրասիական | евразийск
cis$ | ապհ$ | снг$
eu$ | եվրամիութ | ес$ евросоюз
eaeu$ eeu$ | եատմ$ | еаэс$
osce | եահկ$ | обсе$
sco$ | շհկ$ | шос$
brics | բրիքս | брикс
imf$ | ամհ$ | мвф$
opec | օպեկ | опек$
pentagon | պենտագոն | пентагон
embargo embargoes | էմբարգո | эмбарго
visa visas | վիզա | виза визы$ визу$ визой$ визов визам$ визах$ безвиз
passport passports | անձնագ | паспорт
citizenship | քաղաքացիութ | гражданств
migration migrant migrants immigration immigrants immigrant emigration emigrants | միգրաց միգրանտ արտագաղթ ներգաղթ | миграц мигрант эмигра иммигра
minority minorities | փոքրամասնութ | меньшинств
ethnic ethnically | էթնիկ | этническ
genocide | ցեղասպանութ ցեղասպան | геноцид
massacre massacres pogrom pogroms | ջարդեր կոտորած | резн погром
memorial memory commemorate commemoration monument monuments | հուշահամալիր հիշատակ հուշարձան | мемориал памят памятник
duma | դումա | госдум дума$ думы$ думе$ думу$ думой$
federation federal | դաշնութ դաշնային ֆեդերաց | федерац федеральн
administration administrations | վարչակազմ ադմինիստրաց աշխատակազմ | администрац
resign resigned resigns resignation | հրաժարական | отставк
refuse refused refuses refusal reject rejected rejects rejection | հրաժար մերժ հրաժարվ | отказ отверг отклон
dismissed dismissal sacked | պաշտոնանկ | уволи увольн отстран
appoint appointed appointment appointments nominated nomination nominee | նշանակվ նշանակել նշանակեց նշանակման | назнач
inauguration inaugurated sworn$ | երդմնակալ | инаугурац
majority | մեծամասնութ | большинств
coalition coalitions | կոալիցի | коалиц
faction factions | խմբակցութ | фракц
enforcement | իրավապահ | правоохран
justice fair$ fairness unfair | արդարադատ արդար | юстиц правосуди справедлив
legal legally legality | իրավական | правов юридическ
activist activists | ակտիվիստ | активист
movement movements | շարժում | движени
nationalist nationalists nationalism | ազգայնական | националист
radical radicals | արմատական | радикал
extremist extremists extremism | ծայրահեղական | экстремис
propaganda | քարոզչ | пропаганд
censorship censored censor | գրաքնն | цензур
poll polls survey surveys | հարցման հարցումներ սոցհարցում | опрос
mandate mandates | մանդատ | мандат
cec$ | կըհ$ | цик$
impeachment impeach impeached | իմպիչմենթ | импичмент
rating ratings ranking rankings | վարկանիշ | рейтинг
market markets marketplace | շուկա | рынк рынок рыночн
company companies firm firms firm$ firms$ | ընկերութ | компани фирм
corporation corporations corporate | կորպորաց | корпорац корпоратив
business businesses businessman businessmen businesswoman entrepreneur entrepreneurs entrepreneurship | բիզնես գործարար ձեռներեց | бизнес предпринимател
enterprise enterprises | ձեռնարկութ | предприяти
industry industries industrial | արդյունաբեր | промышлен индустри
sector sectors | ոլորտ | сектор сфер отрасл
trade trades traded trader traders trading | առևտր առևտուր | торгов торги$
turnover | շրջանառութ | товарооборот оборот
export exports exported exporter exporters exporting | արտահան | экспорт
imports imported importer importers importing import$ | ներմուծ | импорт ввоз
customs tariff tariffs | մաքսային մաքսատ | тамож тариф пошлин
tax$ taxes taxation taxpayer taxpayers | հարկեր հարկային հարկի$ հարկը$ հարկատու հարկման | налог
budget budgets budgetary | բյուջե | бюджет
revenue revenues income incomes | եկամուտ եկամտ | доход
profit profits profitable profitability | շահույթ | прибыл
loss$ losses lose loses losing lost$ loss | կորուստ կորցր կորցն | потер убыт утрат
damage damaged damages | վնաս | ущерб повреж поврежд
investment investments investor investors invested investing invest$ | ներդր | инвест вложени
fund funds funding funded | ֆոնդ հիմնադրամ | фонд
finance financial financing financed | ֆինանս | финанс
bank banks banking banker bankers | բանկ | банк банковск
bankrupt bankruptcy bankruptcies | սնանկ սնանկութ | банкрот
loan loans lending lender lenders credit credits creditor creditors | վարկ$ վարկը$ վարկի$ վարկով$ վարկեր վարկային | кредит заем$ займа$ займы$ займов$
debt debts indebted | պարտք | долг$ долга$ долгу$ долги$ долгов$ долгом$ задолженн
inflation inflationary | գնաճ | инфляц
currency currencies | արժույթ | валют
dollar dollars | դոլար | доллар
euro euros eurozone | եվրո$ | евро$ еврозон
ruble rubles rouble roubles | ռուբլ | рубл
dram$ drams$ | դրամ | драм$ драмов$
tenge | տենգե | тенге
yuan | յուան | юан
money$ cash$ amount amounts amounted sum$ sums$ | փող փողեր գումար փող$ փողը$ փողի$ | денег деньг денеж сумм денежн
salary salaries wage wages | աշխատավարձ | зарплат заработн
pension pensions pensioner pensioners retirement | կենսաթոշակ թոշակ | пенси
unemployment unemployed jobless | գործազրկ | безработ
employment | զբաղվածութ | занятост трудоустрой
work works worked working labour labor worker workers employee employees staff$ works$ job$ jobs$ | աշխատանք աշխատ աշխատող աշխատակից | работ трудов труд$ труда$ труду$ трудом$ трудящ работник сотрудник рабоч
growth grow grows grew growing grown increase increased increases increasing rise rises rising rose$ rise$ rises$ risen raise raised | աճ աճում աճեց ավելաց բարձրաց աճ$ աճը$ աճի$ աճով$ աճել ավելացել ավելացավ ավելացում | рост$ роста$ росту$ ростом$ росте$ вырос вырастет растет растут увелич повыш повыси растет$ растут$ расти$ растущ повыс
decline declined declining decrease decreased decreasing reduce reduced reduction reductions decreases declines drop$ drops$ dropped fell$ falling | նվազ կրճատ անկում իջել իջեց | сниж снижени снизил снизит снизи сокращ сократ спад сниз паден упал упад
gdp$ | հնա$ | ввп$
crisis crises | ճգնաժամ | кризис
recession | ռեցեսի | рецесси
deficit deficits shortage shortages lack$ | դեֆիցիտ պակասուրդ պակաս | дефицит нехватк недостат
reserve reserves | պահուստ | резерв запас
shareholder shareholders stakeholder stakeholders | բաժնետեր | акционер
shares$ stocks$ securities | բաժնետոմս արժեթղթ | ценных$ бумаг
bond$ bonds$ eurobonds | պարտատոմս | облигац
exchange exchanged exchanges swap$ | փոխանակ | обмен
cost costs expense expenses expenditure expenditures spending spend spent | ծախս | расход затрат трат
value values worth$ cost$ costs$ costly | արժեք | стоимост ценност
consumer consumers consumption | սպառող սպառում սպառման | потребител потреблени потребля
goods commodity commodities merchandise | ապրանք | товар
product products production produce produced producer producers manufacturing manufacturer manufacturers | արտադր | производ продукт продукци
supply supplies supplied supplier suppliers delivery deliveries delivered | մատակարար | поставк поставщ поставля поставок
demand demands demanded requirement requirements require required requires | պահանջ | требова требуе спрос требу
contract contracts contractor contractors | կոնտրակտ | контракт
deal deals | գործարք | сделк
buy buys buying bought purchase purchases purchased purchasing acquisition acquisitions acquire acquired procurement buy$ buys$ | գնել$ գնեց$ գնելու$ գնումներ ձեռքբեր գնեց գնեցին գնման | покуп купил купит купить закуп приобрет приобрел приобрест купи купл
sell sells selling sold sale sales seller sellers sell$ sells$ sold$ sale$ sales$ | վաճառ | прода
retail retailer retailers | մանրածախ | розничн
wholesale | մեծածախ | оптов
shop shops store$ stores$ supermarket supermarkets store stores | խանութ | магазин
director directors ceo$ | տնօրեն | директор гендиректор
manager managers management manage managed managing | կառավարում կառավարիչ կառավարման | менеджер менеджмент управлен управля
owner owners ownership | սեփականատեր | владел собственник
property properties asset assets | գույք սեփականութ ակտիվներ | имуществ собственност активы$ активов$ активам$ активами$ активах$
privatization privatisation privatized privatised | սեփականաշնորհ | приватизац приватизир
nationalization nationalisation nationalized nationalised | ազգայնաց | национализац национализир
monopoly monopolies | մենաշնորհ | монопол
competition competitor competitors compete competing competitive tender$ tenders$ competitions contest$ contests$ rival rivals opponent opponents | մրցակց մրցակից տենդեր մրցույթ մրցում | конкурен тендер конкурс соревнован соперник
subsidy subsidies subsidized subsidised | սուբսիդ | субсиди дотац
grant$ grants$ | դրամաշնորհ գրանտ | грант
donor donors donation donations | դոնոր նվիրատվ | донор пожертвован
rate$ rates$ | տոկոսադրույք դրույք | ставк
mortgage mortgages | հիփոթեք | ипотек
insurance insurer insurers insured | ապահովագր | страхов
audit audits auditor auditors | աուդիտ | аудит$ аудита$ аудиту$ аудитом$ аудиторск аудитор$ аудиторы$ аудиторов$
poverty poor$ poorest | աղքատ | бедност бедн нищет
rich$ richest wealth wealthy | հարուստ հարստութ | богат
oligarch oligarchs oligarchic | օլիգարխ | олигарх
billionaire billionaires | միլիարդատեր | миллиардер
agriculture agricultural agrarian | գյուղատնտես | сельхоз сельскохоз аграр сельскохозяйств
farmer farmers peasants peasant | ֆերմեր գյուղացի | фермер крестьян
harvest harvests crop$ crops$ | բերք | урожа урож
grain wheat grain$ grains$ cereals | ցորեն հացահատիկ | зерн пшениц зернов
tourism tourist tourists touristic | զբոսաշրջ տուրիզմ | туризм турист
transport transportation logistics | տրանսպորտ փոխադր | транспорт перевоз логист
railway railways railroad railroads rail$ | երկաթուղ | железнодорож железной$ железная$ железную$ жд$ ржд$
port$ ports$ seaport seaports harbor$ harbour$ | նավահանգ նավահանգիստ նավահանգստ | порт$ порта$ порту$ портом$ порты$ портов$ портах$
pipeline pipelines | խողովակաշար գազատար նավթատար | трубопровод газопровод нефтепровод
energy | էներգ | энерг
electricity electric electrical | էլեկտրաէներգ էլեկտրական էլեկտրակայան էլեկտրամատակարար էլեկտր | электроэнерг электричеств электрическ электростанц электросет электроснабж электр
hydropower hydroelectric | հէկ$ հիդրոէլեկտր | гэс$ гидроэлектр
solar solar$ | արևային | солнечн
renewable renewables | վերականգնվող | возобновляем возобновля
coal | ածուխ ածխ | уголь$ угля$ углем$
gold golden gold$ | ոսկի ոսկու ոսկե ոսկու$ | золот
mining miners | հանքարդյունաբեր հանքավայր հանք | горнодобыв рудник шахт месторожд
copper | պղինձ պղնձ | медь$ меди$ медн
metal metals metallurgy metallurgical | մետաղ | металл
petrol gasoline diesel | բենզին դիզել | бензин дизел
refinery refineries | նավթավերամշակ | нефтеперераб
barrel barrels | բարել | баррел
uranium enrichment enriched | ուրան | уран$ урана$ урановы урановой обогащ
zone zones | գոտի գոտում | зон зона$ зоны$ зоне$ зону$ зоной$ зон$ зонах$ зонам$
transit transit$ | տարանցիկ տրանզիտ | транзит
corridor corridors | միջանցք | коридор
route routes | երթուղ | маршрут
communications | հաղորդակց | коммуникац
startup startups | ստարտափ | стартап
technology technologies technological | տեխնոլոգ | технолог
merger mergers merge merged | միաձուլ | слияни
dividend dividends | շահաբաժին | дивиденд
capital capitals capitalization capital$ | մայրաքաղաք կապիտալ | столиц капитал
economist economists | տնտեսագետ | экономист
airline airlines | ավիաընկերութ | авиакомпани
operator operators | օպերատոր | оператор
office offices office$ offices$ | գրասենյակ | офис
customer customers client clients | հաճախորդ | клиент
license licenses licence licences licensing licensed | լիցենզ արտոնագ | лиценз
permission permit permits authorization allow allowed allows allowing | թույլտվ թույլատր | разрешени разреш позвол
ban$ bans$ banned banning prohibit prohibited prohibition | արգել | запрет запрещ
restrict restrictions restriction restricted restrictive limit limited limits | սահմանափակ | огранич
standard standards | ստանդարտ չափանիշ | стандарт
infrastructure | ենթակառուցվածք | инфраструктур
construction constructed build builds built construct | շինարար կառուց | строительств строител построи построен строит строил строен постро стройк
estate$ realty | անշարժ | недвижим
rent rented rental lease leased leasing | վարձակալ | аренд
minimum minimal | նվազագույն | минимальн миним минимум
maximum | առավելագույն | максимальн максимум
social social$ socially | սոցիալական | социальн
allowance allowances benefits$ | նպաստ | пособи льгот
scandal scandals | սկանդալ | скандал
alleged allegedly allegation allegations supposedly | ենթադր | предполож якобы
transparency transparent | թափանցիկ | прозрачн
ideology ideological | գաղափարախոս | идеолог
liberal liberals | լիբերալ ազատական | либерал
conservative conservatives | պահպանողական | консерватив
communist communists communism | կոմունիստ կոմունիզմ | коммунист коммунизм
socialist socialists socialism | սոցիալիստ | социалист социализм
soviet ussr$ | խորհրդային | советск ссср$
empire imperial | կայսրութ | импери
king kings kingdom | թագավոր | корол
curfew | պարետային | комендантск
torture tortured | խոշտանգ | пытк
execution executions executed | մահապատիժ | казнь$ казни$ казнен казнил
asylum shelter shelters | ապաստան ապաստարան կացարան | убежищ укрыти
deport deported deportation expel expelled expulsion | արտաքս | депортац выслан высыл выслал
indicator indicators index | ցուցանիշ ինդեքս | показател индекс
statistics statistical statistic | վիճակագր | статисти
forecast forecasts forecasting predict predicted prediction forecasted | կանխատես | прогноз предсказ
quarter quarterly quarters | եռամսյակ քառորդ | квартал четверть$ четверти$ четвертью$
launch launched launching begin begins began begun beginning start starts started starting launches | գործարկ մեկնարկ սկսել սկսեց սկսվ սկսում սկսած սկիզբ սկզբ | запуск запуст нача начин начн начался$ началось$ началась$ старт
agree agreed agreeing agrees | համաձայնել համաձայնեց համաձայնվ համաձայնութ | согласил согласов договорил согласен согласна согласны согласи
implement implemented implementation implementing | իրականաց | реализ выполнени осуществ выполн
development develop developing developed | զարգաց | развит развива разработ
project projects | նախագիծ նախագծ | проект
program programs programme programmes | ծրագիր ծրագր | программ
plan plans planned planning plan$ plans$ | պլան նախատես | план$ плана$ плане$ планы$ планов$ планом$ планам$ планах$ планир
strategy strategies | ռազմավարութ | стратеги
sign$ signs$ signed signing signatory signature | ստորագր | подпис
discuss discussed discussing discussion discussions | քննարկ | обсужд обсуди обсуд
memorandum | հուշագիր | меморандум
declaration declarations | հռչակագ | декларац
protocol protocols | արձանագր | протокол
initiative initiatives | նախաձեռն | инициатив
proposal proposals propose proposed proposes offer offered offers suggest suggested | առաջարկ | предлож предлаг
guarantee guarantees guaranteed guarantor ensure ensured ensuring | երաշխ ապահովել ապահովեց ապահովում | гарант обеспеч
obligation obligations commitment commitments obliged | պարտավորութ պարտավոր | обязательств обязан
principle principles | սկզբունք | принцип
interest$ interests$ | շահեր | интерес$ интересы$ интересов$ интересам$ интересами$ интересах$ интереса$
diaspora | սփյուռք | диаспор
checkpoint checkpoints | անցակետ | кпп$ блокпост
delimitation demarcation | սահմանազատ սահմանագծ | делимитац демаркац
enclave enclaves exclave exclaves | անկլավ | анклав
headquarters hq$ | շտաբ | штаб
brigade brigades | բրիգադ | бригад
battalion battalions | գումարտակ | батальон
unit$ units$ | ստորաբաժան | подразделени
position positions stance | դիրք դիրքորոշ | позиц позици
helicopter helicopters | ուղղաթիռ | вертолет
armored armoured | զրահ | броне бронетехник бронирован
disarmament disarm | զինաթափ | разоружен
sniper snipers | դիպուկահար | снайпер
missing$ disappear disappeared | անհետ | пропавш безвест исчез пропал
provocation provocations provocative provoke provoked | սադր | провокац
violation violations violate violated violating | խախտ խախտումներ | нарушен нарушил наруш
incident incidents event events | միջադեպ իրադարձ | инцидент событи происшеств
tribunal tribunals | տրիբունալ | трибунал
hague | հաագա | гааг гаагск
echr$ | միեդ$ | еспч$
nss$ | աած$ | снб$
fsb$ | ադծ$ | фсб$
kgb$ | պակ$ | кгб$
internal interior domestic | ներքին | внутренн мвд$ внутрен
urge urged urges urging call$ calls$ | կոչ կոչ$ կոչը$ կոչով$ կոչեր$ կոչերը$ հորդոր | призва призыв призв
concern concerned concerns | մտահոգ մտավախ | обеспокоен озабочен озабоч беспоко
solidarity | համերաշխ | солидарн
integrity | ամբողջականութ | целостност
autonomy autonomous | ինքնավար | автоном
status | կարգավիճակ | статус
compatriot compatriots | հայրենակից | соотечественник
homeland motherland fatherland | հայրենիք հայրենի հայրենական | родин отчизн отечеств
patriot patriots patriotic patriotism | հայրենասեր | патриот
risk risks risky | ռիսկ | риск
warn warned warning warnings | զգուշաց նախազգուշ | предупрежд предупреди предупред
adviser advisers advisor advisors | խորհրդական | советник
aide aides assistant assistants | օգնական | помощник
chancellor | կանցլեր | канцлер
cabinet cabinets | կաբինետ | кабинет
bureaucracy bureaucratic bureaucrats | բյուրոկրատ | бюрократ
census | մարդահամար | перепись$ переписи$
hacker hackers hacked hacking | հաքեր | хакер
cyber cyberattack cyberattacks cybersecurity | կիբեռ կիբեր | кибер
extradition extradited extradite | արտահանձն | экстрадиц
pardon pardoned | ներում | помилов
amnesty | համաներում | амнист
lawsuit lawsuits sue$ sued$ suing | հայց | иск$ иска$ иску$ иском$ иски$ исков$ исках$ искам$
guilty guilt | մեղավոր մեղք | винов
innocent innocence | անմեղ | невинов невинн
rape$ raped | բռնաբար | изнасил
confiscate confiscated confiscation | առգրավ բռնագանձ | изъят изъял конфиск
gang gangs gangster gangsters | հանցախումբ | банд
mafia | մաֆի | мафи
patrol patrols patrolling | պարեկ | патрул
raid raids raided searches$ searched$ | խուզարկ | обыск
extortion extort blackmail | շորթ | вымогат шантаж
quota quotas | քվոտա | квот
surplus | ավելցուկ | профицит
blackout blackouts outage outages | հոսանքազրկ | отключени обесточ
heating | ջեռուցում | отоплени
reactor reactors | ռեակտոր | реактор
private privately | մասնավոր | частный$ частного$ частных$ частные$ частной$ частном$ частным$ частное$ частному$ частными$ частная$ частную$ частн
payment payments pay$ pays$ paid$ paying | վճար | оплат платеж платит платил платят выплат
compensation compensate compensated | փոխհատուց | компенсац
cryptocurrency cryptocurrencies bitcoin crypto | կրիպտո | крипто биткоин
supreme | գերագույն | верховн
cassation | վճռաբեկ | кассац
quorum | քվորում | кворум
agenda | օրակարգ | повестк
hearing hearings hear$ hears$ heard | լսումներ լսել լսեց լսում լսվել լսվեց լսվում | слушани слыш услыш
veto vetoed | վետո | вето
boycott boycotted | բոյկոտ | бойкот
lobby lobbying lobbyist lobbyists | լոբբի | лобби
fake falsified falsification forged forgery rigged rigging false | կեղծ | фальсиф поддел подтасов фейк ложн фальш
observer observers | դիտորդ | наблюдател
monitoring monitor monitored | մոնիտորինգ | мониторинг
inspection inspections inspector inspectors check checked checks | տեսչութ տեսուչ ստուգ | инспекц инспектор провер
control controlled controlling controls | վերահսկ հսկողութ | контрол
ultimatum | վերջնագիր | ультиматум
treason traitor traitors | դավաճան | госизмен предател измена$ измены$ измену$ изменник
overthrow overthrown fail failed failure fails | տապալ ձախող | сверж провал неудач
crimea crimean | ղրիմ | крым
# General news vocabulary: frequent verbs, adjectives, nouns of time, place, people and quantity, adverbs
give gives given giving gave | տալ$ տալու տալիս տվել տվեց տվեցին տրվել տրված տրվում | дать$ дал$ дала$ дали$ дало$ даст дают дает
provide provided provides providing | տրամադր | предостав
find finds finding found$ discover discovered discovery | գտնել գտավ գտան գտել գտնում հայտնաբեր | найти$ найд нашл обнаруж
show shows showed shown showing display displayed | ցուցադր | показ
end$ ends$ ended ending finish finished finishes complete completed completion | ավարտ վերջ$ վերջը$ վերջում$ | конец$ конца$ концу$ концом$ конце$ законч оконч заверш
try$ tries$ tried trying attempt attempts attempted | փորձ$ փորձը$ փորձի$ փորձել փորձեց փորձում փորձեր | пытал пытает пытают попыт попыта
win$ wins$ won$ winning winner winners | հաղթ | победил победит выигр победител
open$ opens$ opened opening | բացել բացեց բացվ բացում բացման | откры
closed closing closure closes$ shut$ shutdown | փակել փակեց փակվ փակում փակման | закры
died$ dies$ dying die$ dying$ | մահաց մահացել մահացավ մահացան մահացած | умер скончал умира
live$ lived living | ապրել ապրում ապրեց ապրող | живет живут живущ прожива жил$ жила$ жили$
leave$ leaves$ leaving departed departure departures departing | մեկնել մեկնեց լքել լքեց լքում | покину покида уеха
return returns returned returning | վերադարձ վերադառն | возвра верну вернет
phone telephone phones smartphone smartphones | հեռախոս սմարթֆոն | телефон смартфон
answer answers answered answering | պատասխան | ответил ответит отвеча
responsible responsibility | պատասխանատու | ответствен
think thinks thinking thought$ believe believes believed consider considers considered | կարծում կարծել կարծեց կարծես համարում$ համարել$ համարեց | счита полага думает$ думают$ думаю$
considerable considerably significant significantly substantial substantially | զգալի էական նշանակալի | значительн существенн
know knows known$ knew knowing knowledge | գիտեմ$ գիտի$ գիտեն$ գիտենք$ գիտեր$ գիտեք$ գիտես$ իմանալ իմացել իմացավ գիտելիք | знает знают знаю$ знал$ знала$ знали$ знать$ узна знани
famous | հայտնի հանրահայտ | известн знаменит
want wants wanted wanting wish$ | ուզում ուզել ուզեց ցանկան ցանկութ | хотел хочет хочу$ хотят$ желан желает желают
need$ needs$ needed necessary necessity | կարիք անհրաժեշտ պետք | нужн нужд необходим
hope hopes hoped hoping | հույս հուսով | надеж надея
reliable reliability | հուսալի | надежн
fear fears feared afraid | վախ$ վախը$ վախի$ վախից$ վախենում վախեցել | опасени опасает опасают боят боится$ боялись$ страх$ страха$ страхом$
danger dangerous | վտանգավոր | опасн
continue continues continued continuing continuation | շարունակ | продолж
stop$ stops$ stopped stopping halt halted | դադար կանգնեց կասեց | прекрат прекращ останов
change changes changed changing | փոփոխ փոխել փոխեց փոխվ | измен
remain remains remained stay stayed | մնալ մնաց մնում | остался$ осталась$ остались$ осталось$ остает остают
receive received receives receiving | ստաց | получ
prepare prepared preparing preparation preparations ready$ readiness | պատրաստ | подготов готов
use$ uses$ used$ using | օգտագործ կիրառ | использ примен
create created creates creating creation establish established establishment founded | ստեղծ հիմնադր | созда учред основан
rescue rescued rescuers save$ saved rescuer | փրկել փրկեց փրկվ փրկութ փրկարար | спасл спасти$ спасен спасат спасател
travel traveled travelled traveling travelling trip$ trips$ journey travelers travellers | ճանապարհորդ ուղևորութ | поездк путешеств
arrive arrived arrives arrival | ժամանել ժամանեց ժամանում | прибыл$ прибыла$ прибыт приеха
happen happened happens occur occurred occurs | պատահ | произош случил происход
hold$ holds$ held$ holding conduct conducted | անցկացն անցկացր անցկացվ | провод провел провест проведен
see$ sees$ saw$ seen$ seeing | տեսել տեսնել տեսնում տեսավ | видел видит увидел увидит
speech speeches speak speaks spoke$ spoken speaking | ելույթ խոսել խոսեց խոսում | выступ речь$ речи$ речью$
write writes wrote written writing | գրել գրեց գրում գրված | пишет пишут писал напис
writer writers author$ authors$ authored | գրող հեղինակ հեղինակ$ հեղինակը$ հեղինակի$ հեղինակներ հեղինակային | писател автор$ автора$ автором$ авторы$ авторов$ автору$ авторам$ авторск
expect expected expects expectation expectations wait$ waited waiting | սպասվ սպասում սպասել սպասեց ակնկալ | ожида ожид ждут$ ждет$ ждать$ ждал$
join joined joins joining | միանալ միացել միացավ միանում | присоедин
united unite unification | միացյալ միավորել միավորվ միավորում | соедин объедин
unity | միասնութ | единств
fire$ fires$ blaze wildfire wildfires firefighters firefighter | հրդեհ կրակ հրշեջ | пожар огон огня$ огнем$ огне$ огню$ огонь$
deny denied denies | հերք | опроверг отрица
promise promised promises pledge pledged | խոստաց խոստում | обеща
explain explained explains explanation | բացատր | объясн поясн
add$ adds$ added$ adding | ավելացրեց ավելացրել ավելացնել ավելացնում | добав
additional extra$ | լրացուցիչ | дополнительн
recall recalled remember remembered | հիշել հիշեց հիշում հիշեցն հիշեցր | напомн вспомн помнит помню$ помнят$
celebrate celebrated celebrating celebration celebrations holiday holidays celebrat | տոն$ տոնը$ տոնի$ տոնել տոնական տոնակատար տոներ | праздн
thank thanks thanked grateful gratitude | շնորհակալ | благодар
congratulate congratulated congratulations | շնորհավոր | поздрав
invite invited invitation | հրավեր հրավիր | приглас приглаш
born$ birth births birthday birthplace | ծնվել ծնված ծնվում ծնվեց ծնունդ ծննդ | родил рожден
expensive | թանկ | дорогост
cheap cheaper | էժան | дешев
night nights overnight | գիշեր | ночь$ ночи$ ночью$ ночам$ ночей$ ночн
morning mornings | առավոտ | утро$ утра$ утром$ утре$ утрен
evening evenings | երեկո | вечер
hour$ hours$ hourly | ժամ$ ժամը$ ժամում$ ժամեր$ ժամերի$ ժամերը$ ժամվա$ ժամից$ ժամով$ | час$ часа$ часов$ часам$ часами$ часах$ часу$
minute minutes | րոպե | минут
time$ | ժամանակ | время$ времени$ временем$ времена$
modern contemporary | ժամանակակից | современ
temporary temporarily | ժամանակավոր | временн
period periods | ժամանակահատված | период
times$ once$ twice$ | անգամ | раз$ раза$
decade decades | տասնամյակ | десятилет
century centuries | դար$ դարի$ դարում$ դարը$ դարեր | век$ века$ веке$ веков$ веку$
future | ապագա | будущ
past$ last$ previous latest final$ recent$ | անցյալ նախորդ վերջին$ վերջնական | прошл предыдущ последн окончательн
recently | վերջերս | недавн
soon$ shortly | շուտով | скоро$ вскоре
ago$ | առաջ$ | назад$
summer summer$ summers$ | ամառ ամռան | летом$ лето$ летн
winter winter$ winters$ | ձմեռ ձմռան | зима$ зимы$ зиме$ зиму$ зимой$ зимн
spring$ | գարուն գարնան | весн весен
autumn autumn$ | աշուն աշնան | осен
tomorrow | վաղը$ | завтра$ завтрашн
village villages villagers town$ towns$ | գյուղ ավան$ ավանում$ ավանի$ | село$ села$ селе$ селом$ сел$ селах$ селам$ деревн поселк поселок
district districts neighborhood neighbourhood | թաղամաս | район округ
framework frameworks | շրջանակ | рамк
house$ houses$ home$ homes$ | տուն տան$ տանը$ տնից$ տներ | дом$ дома$ доме$ домом$ домов$ домах$ домам$ дому$ домой$ домами$
apartment apartments flat$ flats$ housing | բնակարան | квартир жиль жилищ
road roads highway road$ roads$ highways | ճանապարհ մայրուղի | дорога$ дороги$ дорогу$ дороге$ дорог$ дорогам$ дорогах$ дорожн трасс шоссе автомагистрал
bridge bridges | կամուրջ կամրջ | мост
square$ | հրապարակ | площад
publish published publishes publication | հրապարակել հրապարակեց հրապարակվ հրատարակ | опубликов публикац
center centre centers centres | կենտրոն | центр
place$ places$ location | վայր$ վայրը$ վայրում$ վայրից$ վայրեր | место$ места$ месте$ местом$ мест$ местах$
local locally locals | տեղական տեղացի | местн
land$ lands$ | հող | земл
world$ worldwide global globally | աշխարհ համաշխարհային | мира$ мире$ миров глобальн
north northern | հյուսիս | север
south southern | հարավ | юг$ юга$ югу$ югом$ юге$ южны южна южно
sea$ seas$ maritime | ծով$ ծովը$ ծովի$ ծովում$ ծովեր ծովային | море$ моря$ морем$ морск морей$ морю$
river rivers | գետ$ գետը$ գետի$ գետում$ գետեր | река$ реки$ реке$ реку$ рекой$ рек$ рекам$ реках$
lake lakes lake$ lakes$ | լիճ$ լիճը$ լճի$ լճում$ լճից$ լճեր | озер
mountain mountains mountainous | լեռ$ լեռը$ լեռան$ լեռներ լեռան | гора$ горы$ гору$ горах$ гор$ горой$ горн
person persons individual individuals | անձ$ անձը$ անձի$ անձինք անձանց | лицо$ лица$ лицом$ лиц$ лицам$ лицами$
man$ men$ male$ males$ | տղամարդ | мужчин мужск
woman women wife wives female$ females$ | կին$ կինը$ կանայք կնոջ կանանց | женщин женск жена$ жены$ жене$ женой$ жену$ жен$
child children childhood kid$ kids$ | երեխա երեխաներ մանուկ մանկական մանկութ | ребен дети$ детей$ детям$ детьми$ детях$ детск детств
family families | ընտանիք ընտանեկ | семья$ семьи$ семью$ семье$ семьей$ семей$ семьям$ семьями$ семьях$ семейн
parent parents parent$ parents$ parental | ծնող | родител
mother mothers maternal maternity | մայր$ մայրը$ մոր$ մորը$ մայրեր մայր մորից$ | мать$ матери$ матерью$ матерей$ материнск мама$ мамы$ маму$ мамой$
father fathers paternal | հայր$ հայրը$ հոր$ հորը$ հայր հորից$ | отец$ отца$ отцу$ отцом$ отцов$ отцы$
brother brothers | եղբայր եղբոր | брат$ брата$ братом$ брату$ братья$ братьев$ братья братьев братск
sister sisters | քույր քրոջ | сестр сестер
son$ sons$ | որդի որդու | сын$ сына$ сыну$ сыном$ сыне$ сынов сыновья сыновей
daughter daughters | դուստր դստեր | дочь$ дочер дочери$ дочерей$ дочерью$ дочерям$ дочерьми$
boy$ boys$ | տղա$ տղան$ տղայի$ տղաներ | мальчик
girl girls girl$ girls$ | աղջիկ աղջկ | девочк девушк
young youth young$ younger youngest youngsters | երիտասարդ | молод
elderly | տարեց ծեր$ ծերեր ծերունի տարեց$ տարեցը$ տարեցներ | пожил престарел
ancient | հնագույն հին$ | древн
friend friends | ընկեր ընկեր$ ընկերը$ ընկերս$ ընկերներ ընկերոջ | друзья$ друзей$ друг$ друга$ другу$ другом$ друзья друзей
friendship friendly | բարեկամութ | дружб дружеск дружествен
neighbor neighbors neighbour neighbours neighboring neighbouring | հարևան | сосед
crowd crowds | ամբոխ բազմութ | толп
volunteer volunteers | կամավոր | доброволь волонтер
specialist specialists | մասնագետ | специалист
journalist journalists reporter reporters correspondent | լրագրող թղթակից | журналист корреспондент
hero$ heroes$ heroic heroism hero heroes | հերոս | геро
team teams team$ teams$ | թիմ$ թիմը$ թիմի$ թիմում$ թիմեր | команд команда$ команды$ команде$ команду$ командой$ командам$ командах$ сборн
public publicly | հանրային հասարակական | обществен публичн
especially particularly | հատկապես մասնավորապես | особен частност
special specially | հատուկ | специальн
small smaller smallest little | փոքր | небольш маленьк мелк малый$ малая$ малое$ малых$ малого$
high$ higher highest highly | բարձր բարձրագույն | высок высш выше$
low$ lower$ lowest$ | ցածր | низк ниже$
long$ longer longest lengthy | երկար | длин длител
short$ shorter$ shortest$ | կարճ | коротк кратк
possible possibly possibility | հնարավոր | возможн
impossible | անհնար | невозможн
opportunity opportunities chance$ chances$ | հնարավորութ առիթ | возможност шанс
difficult difficulty difficulties complicated | դժվար բարդ | трудн сложн
easy easier easily | հեշտ | легк
serious seriously | լուրջ լրջորեն | серьезн
full$ fully completely entire entirely whole$ | լրիվ ամբողջ | полн полност целиком
different difference differences differ various | տարբեր | различ разн
similar similarly | նման համանման | аналогичн похож подобн
former formerly ex$ | նախկին | бывш экс$
current currently | ներկայիս ներկայում ընթացիկ | нынешн текущ
permanent permanently constant constantly | մշտական մշտապես անընդհատ | постоянн
good$ better$ best$ | լավ$ լավը$ լավագույն | хорош лучш
bad$ worse worst | վատ$ վատը$ վատթար | плох хуже$ худш
real$ really actual actually | իրական | реальн фактическ действительн
truth truthful | ճշմարտ | правд истин
correct correctly | ճիշտ | правильн
strong stronger strongly strengthen strengthening | ուժեղ ամրապնդ | сильн укреп
weak weaker weakness weaken weakened | թուլաց | слаб ослаб
safe$ safely | անվտանգ | безопасн
available | հասանելի մատչելի | доступн
clear clearly obvious obviously | հստակ ակնհայտ | ясно$ ясный$ ясная$ ясное$ ясны$ ясна$ четк очевидн
simple simply | պարզ | простой$ простая$ простое$ простые$ простых$ просто$ простым$ простого$
popular popularity | հանրաճանաչ սիրված | популярн
usual usually ordinary | սովորական սովորաբար | обычн
unusual | անսովոր | необычн
total overall generally common$ | ընդհանուր | общий$ общая$ общее$ общего$ общих$ общей$ общим$ общую$ общие$
average middle$ | միջին | средн
human humans humanity mankind | մարդկային մարդկութ | человеческ человечеств
personal personally | անձնական | личн
huge enormous vast$ massive | հսկայական | огромн масштабн массов
active actively activity activities | ակտիվ գործունեութ | активн деятельн
annual annually | ամենամյա | ежегодн
next$ following$ subsequent | հաջորդ | следующ
result results resulted outcome | արդյունք | результат итог
reason reasons cause$ causes$ caused | պատճառ$ պատճառը$ պատճառն$ պատճառներ պատճառի$ պատճառել | причин
goal goals aim$ aims$ purpose target | նպատակ | цель$ цели$ целью$ целей$ целям$ целях$
idea$ ideas$ | գաղափար միտք | идея$ идеи$ идею$ идей$ идеей$ идеям$ идеях$
opinion opinions view$ views$ viewpoint | կարծիք տեսակետ | мнени
information informed inform$ informs$ | տեղեկատվ տեղեկութ տեղեկաց | информац сведени
fact$ facts$ | փաստ | факт$ факта$ факты$ фактов$ фактом$ факте$
document documents | փաստաթուղթ փաստաթղթ | документ
case$ cases$ | դեպք | случа
accident accidents crash crashed | վթար պատահար | авари дтп$
disaster disasters catastrophe catastrophic | աղետ | катастроф бедстви стихийн
level levels | մակարդակ | уровн уровен
half$ halves | կես$ կեսը$ կեսի$ կեսից$ կեսին$ | половин
part$ parts$ partly partial partially | մաս$ մասը$ մասում$ մասեր | часть$ части$ частью$ частей$ частям$ частях$ частичн
number numbers quantity | թիվ$ թիվը$ թվի$ թվով$ քանակ | число$ числа$ числом$ численн количеств
again$ | կրկին նորից դարձյալ վերստին | снова вновь опять
almost nearly | գրեթե համարյա | почти
never | երբեք | никогда
always | միշտ | всегда
often frequently | հաճախ | часто
sometimes | երբեմն | иногда порой
together jointly joint$ | միասին համատեղ | вместе совместн
approximately roughly | մոտավորապես մոտավոր | примерно приблизительн
finally eventually | վերջապես վերջիվերջո վերջո$ | наконец
immediately instantly | անմիջապես անհապաղ | немедленн сразу
quickly quick fast$ rapid rapidly | արագ | быстр
speed | արագութ | скорост
slow slowly | դանդաղ | медлен
direct directly | ուղղակի անմիջական | прям непосредственн
far$ | հեռու | далек далеко
near$ nearby nearest | մոտակա | близ рядом
suddenly sudden unexpected unexpectedly | հանկարծ անսպասելի | внезапн неожиданн
gradually | աստիճանաբար | постепенн
separate separately | առանձին | отдельн
instead | փոխարեն | вместо$
rarely rare$ | հազվադեպ | редк
unfortunately regret regrets regretted | ցավոք ափսոս | сожален сожале
side$ sides$ | կողմ$ կողմը$ կողմեր$ կողմերը$ կողմերի$ կողմի$ | сторона$ стороны$ сторону$ стороне$ стороной$ сторон$ сторонам$ сторонами$ сторонах$
direction directions | ուղղութ | направлени
type$ types$ | տեսակ | тип$ типа$ типов$ типы$ типом$
role$ roles$ | դեր$ դերը$ դերի$ դերում$ | роль$ роли$ ролью$
name$ names$ named | անուն անվան | имя$ имени$ именем$ назван назвал
letter letters | նամակ | письм
book books book$ books$ | գիրք գրքի$ գրքը$ գրքեր գրքում$ | книг книжн
photo photos photograph photographs photographer photographers | լուսանկար | фото фотограф снимк
message messages | ուղերձ | послани
list$ lists$ | ցանկ | списк список
system systems | համակարգ | систем
process processes | գործընթաց | процесс
structure structures | կառույց կառուցվածք | структур
progress | առաջընթաց | прогресс
condition conditions | պայման | услови
measure measures | միջոցներ | мер$ меры$ мерам$ мерами$ мерах$
step steps | քայլ | шаг$ шага$ шаги$ шагов$ шагом$ шагам$ шагах$
interest interests interested | հետաքրքր շահեր$ շահերը$ | интерес
attention | ուշադրութ | внимани
consequence consequences | հետևանք | последстви
tradition traditions traditional traditionally | ավանդույթ ավանդական ավանդակ | традиц
quality | որակ | качество$ качества$ качеством$ качествен
respect$ respects$ respected respectful | հարգ | уважен уважа
trust trusted confidence confident sure$ | վստահ | довери довер уверен
doubt doubts | կասկած | сомнен сомнева
mistake mistakes error errors | սխալ | ошиб
secret secretly | գաղտնի | секрет тайн
tragedy tragic | ողբերգ | трагед трагич
positive | դրական | положительн позитив
negative | բացասական | отрицательн негатив
critical | կրիտիկական | критическ
urgent urgently | հրատապ շտապ | срочн
unknown unidentified | անհայտ | неизвестн
effective effectively efficiency | արդյունավետ | эффектив
success$ successes$ successful successfully | հաջող | успех успеш
basic fundamental | հիմնարար | фундаментальн базов
enough sufficient | բավարար բավական | достаточн
able$ capable ability | ունակ ընդունակ | способн
single$ sole$ | միակ | единствен
equal equally equality | հավասար | равн
heavy heavily | ծանր | тяжел
wide widely broad$ | լայն | широк
calm | հանգիստ | спокойн
understand understood understanding | հասկան հասկաց | понима понял понят
include includes included including | ներառ | включ
emphasize emphasized emphasised stressed underlined underscored | ընդգծ շեշտ | подчерк
express expressed | արտահայտ | выраз выраж
organize organized organizer organizers organise organised | կազմակերպել կազմակերպեց կազմակերպվ կազմակերպիչ | организов организатор
preserve preserved maintain maintained keep$ keeps$ kept$ | պահպան | сохран
transfer transferred handed$ | փոխանց հանձնել հանձնեց | переда
instruct instructed instruction instructions | հանձնարար | поруч
comment comments commented | մեկնաբան | коммент
reveal revealed disclose disclosed | բացահայտ | раскры выяв
affect affected impact influence influenced | ազդել ազդեց ազդում ազդեցութ | влия
exist exists existed existence | գոյութ | существует существуют существовал
test$ tests$ tested testing | փորձարկ թեստ | испыта тест тестир
study studies studied research researchers researcher researched | ուսումնասիր հետազոտ | исслед изуч исследова исследовател
replace replaced replacement | փոխարին | замен
compare compared comparison | համեմատ | сравн
improve improved improvement | բարելավ | улучш
connection connections link links contact contacts | կապ$ կապը$ կապեր կապված | связ контакт
estimate estimated estimates assess assessment evaluate evaluation | գնահատ | оцен
prevent prevented prevention | կանխել կանխեց կանխվ կանխարգել | предотвра
avoid avoided | խուսափ | избежа избега
register registered registration | գրանց | регистр зарегистр
reach reached achieve achieved achievement achievements | հասնել հասնում հասել հասավ հասան$ | достиг достич достиж
search searched searching | որոնել որոնում որոնեց որոնվ | поиск искал
choose chose chosen choice | ընտրել ընտրեց | выбира выбрал выбрать
play$ plays$ played playing game games match$ matches$ game$ games$ | խաղ$ խաղը$ խաղի$ խաղեր խաղալ խաղաց խաղում խաղում$ | игра игры$ игре$ игру$ игр$ играл играет играют матч игра$ игрой$ играх$
flight flights | չվերթ թռիչք | рейс полет
kilometer kilometers kilometre kilometres km$ | կմ$ կիլոմետր | км$ километр
meter meters metre metres | մետր | метр
ton$ tons$ tonne tonnes | տոննա | тонн
kilogram kilograms kg$ | կգ$ կիլոգրամ | кг$ килограмм
air$ | օդ$ օդը$ օդի$ օդում$ օդային | воздух воздушн
flag flags | դրոշ$ դրոշը$ դրոշակ դրոշներ | флаг
wall walls | պատ$ պատը$ պատի$ պատերը$ | стена$ стены$ стене$ стену$ стен$
room rooms | սենյակ | комнат
hall$ | դահլիճ | зал$ зала$ зале$ залах$
car$ cars$ vehicle vehicles automobile automobiles | մեքենա ավտոմեքենա | автомобил машин
driver drivers | վարորդ | водител шофер
passenger passengers | ուղևոր | пассажир
language languages | լեզու լեզվ | язык
body$ bodies corpse bodies$ | մարմին դիակ մարմն | тело$ тела$ телом$ телах$ труп
generation generations | սերունդ սերնդ | поколени
season seasons seasonal | սեզոն | сезон
anniversary | տարեդարձ | годовщин юбиле
date$ dates$ | ամսաթիվ | дата$ даты$ дату$ датой$
moment$ moments$ | պահ$ պահը$ պահին$ պահից$ | момент
midnight | կեսգիշեր | полноч
age$ aged$ | տարիք | возраст$ возраста$ возрасте$ возрастом$ возрасту$ возрастн
ceremony | արարողութ | церемони
distance | հեռավորութ | расстояни
size$ | չափս | размер
dozen dozens | տասնյակ | десяток десятк
noon midday | կեսօր | полдень$ полудн
wedding weddings marriage married marry | հարսանիք ամուսնութ ամուսնաց | свадьб брак бракосочетан
funeral funerals burial buried | հուղարկավոր թաղում | похорон
graves$ cemetery cemeteries | գերեզման | могила$ могилы$ могиле$ могилу$ могилой$ могил$ могилам$ могилах$ кладбищ
delay delayed delays postpone postponed | հետաձգ | отлож отсроч
cancel cancelled canceled cancellation | չեղարկ | отмен
extend extended extension | երկարաձգ | продл
relocate relocated moved$ | տեղափոխ | переех переезд перевез перемещ
collect collected gather gathered | հավաք | собрал собира сбор$ сбора$
forget forgot forgotten | մոռան մոռաց | забыл забыть забыт забв
repair repaired repairs renovation | վերանորոգ | ремонт
appear appeared appears appearance emerged | հայտնվ | появил появл появит появят
become becomes becoming became | դարձել դարձավ դարձան դառնալ դառնում | стал$ стала$ стало$ стали$ станет станут становит стать$
happy glad pleased | ուրախ երջանիկ գոհ$ գոհունակ | рад$ рады$ рада$ счастлив доволен$ довольна$ довольны$
proud pride | հպարտ | горд
beautiful beauty | գեղեցիկ գեղեցկ | красив красот
probably likely probable probability | հավանաբար հավանական | вероятн
natural naturally | բնական | естественн природн
specific concrete | կոնկրետ որոշակի | конкретн
exact exactly precisely | ճշգրիտ | точн
double doubled | կրկնակի | двойн вдвое удво
# Health, science, education, environment, disasters, transport, sport, culture, family and daily life
hospital$ hospitals$ hospitalized hospitalised hospitalization hospitalisation | հիվանդանոց | больниц госпитал госпитализ стационар
doctor doctors physician physicians | բժիշկ բժշկի բժշկին բժշկից | врач доктор
medical medic medics medicine$ | բժշկական բժշկութ | медицин медик
nurse nurses | բուժքույր բուժքրոջ բուժքույրեր | медсестр медсестер медбрат
patient patients | հիվանդ հիվանդներ | пациент больн
disease diseases illness illnesses | հիվանդութ | заболеван болезн
virus viruses viral | վիրուս | вирус
coronavirus covid | կորոնավիրուս քորոնավիրուս կովիդ քովիդ covid | коронавирус ковид covid
pandemic pandemics | համավարակ | пандеми
epidemic epidemics epidemiologist epidemiologists epidemiological | համաճարակ | эпидеми
vaccine vaccines vaccinated vaccinate vaccinating vaccination vaccinations | պատվաստ | вакцин прививк привив привит
infect infected infection infections infectious | վարակ վարակված | инфекц инфицир зараж
treatment treatments treated$ treating$ | բուժում բուժվ բուժել | лечен лечит лечащ
surgery surgeries surgeon surgeons surgical | վիրահատ վիրաբույժ | хирург
health healthy healthcare | առողջ առողջութ առողջապահ | здоров здравоохранени
psychological psychologist psychologists psychology psychiatric psychiatrist mental$ | հոգեբան հոգեկան | психолог психическ психиатр
cancer oncology oncologist | քաղցկեղ ուռուցք | рак$ рака$ раком$ онколог
heart$ cardiac cardiology cardiovascular | սիրտ սրտի$ սրտային սրտանոթ ինֆարկտ | сердц сердеч инфаркт кардио
blood | արյուն արյան | кровь$ крови$ кровью$
brain brains | ուղեղ | мозг
medicines medication medications | դեղամիջոց դեղորայք դեղեր դեղը$ դեղ$ | лекарств медикамент препарат
pharmacy pharmacies pharmacist pharmacists pharmaceutical pharmaceuticals | դեղատ դեղագործ | аптек фарма
clinic clinics clinical polyclinic | կլինիկ պոլիկլինիկ | клиник поликлиник
symptom symptoms | ախտանիշ | симптом
diagnosis diagnosed diagnostic diagnostics | ախտորոշ | диагноз диагност
quarantine | կարանտին | карантин
mask$ masks$ | դիմակ$ դիմակը$ դիմակի$ դիմակով$ դիմակներ | маск
lockdown lockdowns | լոքդաուն լոկդաուն | локдаун
injury injuries | վնասվածք | травм
diabetes diabetic | շաքարախտ դիաբետ | диабет
hiv$ | միավ$ | вич$
tuberculosis | տուբերկուլ | туберкулез
flu$ influenza | գրիպ | грипп
smoking smokers tobacco cigarette cigarettes | ծխախոտ ծխել ծխող | курени курильщ табак сигарет
alcohol alcoholic | ալկոհոլ | алкогол
hygiene hygienic sanitary sanitation | հիգիենա սանիտար | гигиен санитар
disabled disability disabilities | հաշմանդամ | инвалид
pregnant pregnancy pregnancies | հղի$ հղիութ | беремен
dose doses | դեղաչափ չափաբաժին | доза$ дозы$ дозу$ дозой$ доз$
immunity immune | իմունիտետ իմուն | иммун
poisoning poisoned poison | թունավոր | отравл яд$ яда$ ядом$
suicide suicides | ինքնասպան | самоубийств суицид
science sciences | գիտութ | наук
scientific | գիտական | научн
scientist scientists | գիտնական | ученый$ ученые$ ученых$ ученым$ учеными$ ученого$ ученая$
innovation innovations innovative | նորարար ինովաց | инновац
computer computers | համակարգիչ համակարգչ | компьютер
internet | ինտերնետ համացանց | интернет
website websites site$ sites$ | կայք | сайт
network networks | ցանց | сеть$ сети$ сетью$ сетей$ сетях$ сетям$
artificial | արհեստական | искусствен
robot robots robotic robotics | ռոբոտ | робот
satellite satellites | արբանյակ | спутник
astronaut astronauts cosmonaut cosmonauts | տիեզերագնաց | космонавт астронавт
cosmos$ cosmic spacecraft | տիեզերք տիեզերական | космос космическ
data$ | տվյալ | данные$ данных$ данными$ данным$
digital digitalization digitalisation | թվային թվայնաց | цифров
engineer engineers engineering | ինժեներ ճարտարագետ | инженер
laboratory laboratories lab$ labs$ | լաբորատոր | лаборатор
experiment experiments experimental | գիտափորձ | эксперимент
physics physicist physicists | ֆիզիկա$ ֆիզիկայի ֆիզիկոս | физика$ физики$ физике$ физику$ физикой$ физиков
chemical chemicals chemistry | քիմիա քիմիկ | хими химическ
biology biological biologist biologists | կենսաբան | биолог
mathematics mathematical math$ maths$ | մաթեմատիկ | математ
invention inventions inventor$ inventors$ invented | գյուտ | изобрет
university universities | համալսարան բուհ$ բուհեր բուհի$ | университет вуз$ вуза$ вузы$ вузов$ вузах$ вузе$ вузам$
academy academies academic academician academicians | ակադեմի | академи
mobile$ cellular | բջջային | мобильн сотов
battery batteries | մարտկոց | батаре аккумулятор
equipment | սարքավորում | оборудовани
device devices | սարք | устройств прибор
radiation radioactive | ճառագայթ ռադիոակտիվ | радиац радиоактив
planet planets | մոլորակ | планет
moon lunar | լուսին լուսն | луна$ луны$ луну$ луне$ лунн
astronomy astronomer astronomers observatory telescope | աստղագ աստղադիտ | астроном обсерватор телескоп
genetic genetics | գենետիկ | генетик генетич
nobel | նոբել | нобел
camera cameras | տեսախցիկ | камер
school schools | դպրոց | школ школьн
student students | ուսանող | студент
pupil pupils schoolchildren schoolchild | աշակերտ | ученик школьник
teacher teachers | ուսուցիչ ուսուցչ մանկավարժ | учител педагог
education educational | կրթութ կրթական | образован
exam exams examination examinations | քննութ | экзамен
graduate graduates graduated graduation | շրջանավարտ | выпускник
kindergarten kindergartens preschool | մանկապարտեզ | детсад
textbook textbooks | դասագիրք դասագրք | учебник
scholarship scholarships | կրթաթոշակ | стипенди
teaching teach taught | դասավանդ | преподава
college colleges | քոլեջ | колледж
lecture lectures lecturer lecturers | դասախոս | лекци лектор
professor professors | պրոֆեսոր | профессор
library libraries | գրադարան | библиотек
literature literary | գրական | литератур
poet poets poetry poem poems | բանաստեղծ | поэт$ поэта$ поэты$ поэтов$ поэтесс поэзи стихотворен стихи$
environment environmental ecology ecological ecologist ecologists | շրջակա$ միջավայր էկոլոգ բնապահպան | эколог окружающ природоохран
climate climatic | կլիմա | климат
pollution polluted polluting pollutants | աղտոտ | загрязн
emission emissions | արտանետ | выброс
carbon | ածխած | углерод
warming | տաքացում | потеплен
temperature temperatures | ջերմաստիճան | температур
weather meteorological meteorologist meteorologists forecasters | եղանակ$ եղանակը$ եղանակի$ եղանակային օդերևութ | погод метео
rain$ rains$ rainfall rainy downpour downpours | անձրև | дождь$ дожди$ дождей$ дождя$ дождем$ дождям$ дождях$ ливн
snow snowfall snowfalls | ձյուն ձյան | снег снеж снегопад
storm$ storms$ stormy | փոթորիկ փոթորկ | шторм буря$ бури$ бурей$ бурю$
hurricane hurricanes | մրրիկ | ураган
typhoon typhoons | թայֆուն | тайфун
cyclone cyclones | ցիկլոն | циклон
flood floods flooded flooding | ջրհեղեղ հեղեղ | наводнен паводк подтоп затоп
drought droughts | երաշտ | засух
heatwave heatwaves heat$ | շոգ$ շոգը$ շոգի$ շոգեր | жара$ жары$ жару$ жарой$ зной
frost frosts | սառնամանիք | мороз
cold$ colder$ | ցուրտ | холод
wind$ winds$ windy$ | քամի | ветер$ ветр
hail$ hailstorm | կարկուտ | град$ града$ градом$
fog$ foggy | մառախուղ | туман
sun$ sunny sunshine | արև$ արևի$ արևը$ | солнц
forest forests forestry | անտառ | лес$ леса$ лесу$ лесов$ лесам$ лесах$ лесн
tree$ trees$ | ծառ$ ծառը$ ծառի$ ծառեր | дерево$ дерева$ деревья деревьев
animal animals | կենդանի | животн
nature$ | բնություն բնության | природ
waste$ garbage trash landfill | աղբ$ աղբի$ աղբը$ աղբահան աղբավայր | мусор отход свалк
recycling recycled recycle | վերամշակ | переработ
plastic plastics | պլաստիկ պլաստմաս | пластик пластмасс
ocean oceans | օվկիանոս | океан
green$ greens$ greenery | կանաչ | зелен
degrees$ degree$ celsius | աստիճան$ աստիճանի$ աստիճանից$ աստիճանով$ աստիճանը$ ցելսիուս | градус цельси
sanctuary sanctuaries | արգելոց | заповедн
park$ parks$ garden$ gardens$ | այգի զբոսայգի | парк сад$ сада$ саду$ сады$ садов$
irrigation irrigated | ոռոգ | орошен полив
reservoir reservoirs | ջրամբար | водохранилищ
sevan | սևան | севан
ice$ glacier glaciers | սառույց սառց | лед$ льда$ льдом$ ледник ледов
thunderstorm thunderstorms thunder$ | ամպրոպ | гроза$ грозы$ грозой$ грозу$
cloud$ clouds$ cloudy | ամպ$ ամպեր ամպամած | облак облач
blizzard snowstorm snowstorms | բուք ձնաբուք | метел буран
precipitation | տեղումներ | осадк
continent continents continental | մայրցամաք | континент материк
earthquake earthquakes quake$ | երկրաշարժ | землетрясен
magnitude | մագնիտուդ | магнитуд
tremor tremors aftershock aftershocks | ցնցում | толчк толчок
epicenter epicentre | էպիկենտրոն | эпицентр
seismic seismologist seismologists | սեյսմիկ սեյսմոլոգ | сейсм
tsunami | ցունամի | цунами
volcano volcanoes volcanic | հրաբուխ հրաբխ | вулкан
eruption eruptions erupted | ժայթքում | извержен
landslide landslides | սողանք | ополз
avalanche avalanches | ձնահյուս | лавин
collapse collapsed | փլուզ | обрушен рухнул обвал
homeless | անօթևան | бездомн
rubble debris | փլատակ | завал$ завалы$ завалов$ завалах$ завалами$ завалам$ обломк
bus$ buses$ | ավտոբուս | автобус
train$ trains$ | գնացք | поезд электричк
metro$ subway | մետրո$ մետրոյ | метро$ метрополитен
tram$ trams$ trolleybus trolleybuses | տրամվայ տրոլեյբուս | трамва троллейбус
taxi taxis | տաքսի | такси
traffic$ jam$ jams$ congestion | խցան երթևեկ | пробк трафик
pilot pilots | օդաչու | пилот летчик
aviation | ավիացի | авиац
ticket tickets | տոմս | билет
tunnel tunnels | թունել | тоннел туннел
truck trucks lorry lorries | բեռնատար | грузовик фура$ фуры$ фур$
bicycle bicycles bike$ bikes$ cycling cyclist cyclists | հեծանիվ հեծանվ | велосипед велогон
parking | կայանատեղ | парковк
motorcycle motorcycles | մոտոցիկլ | мотоцикл
station$ stations$ | կայարան | вокзал станци
pedestrian pedestrians | հետիոտն | пешеход
cargo freight | բեռ$ բեռը$ բեռներ բեռնափոխադր | груз$ груза$ грузы$ грузов$ грузом$ грузоперевоз
sport$ sports$ sporting | սպորտ մարզական | спорт
athlete athletes athletics sportsman sportsmen | մարզիկ աթլետ | спортсмен атлет легкоатлет
football soccer footballer footballers | ֆուտբոլ | футбол
player players | խաղացող | игрок
championship championships | առաջնութ չեմպիոնատ | чемпионат первенств
champion champions | չեմպիոն | чемпион
tournament tournaments | մրցաշար | турнир
olympic olympics olympiad | օլիմպիական օլիմպիադա | олимпи
paralympic paralympics | պարալիմպիկ | паралимпи
medal medals medalist medallist | մեդալ | медал
silver | արծաթ | серебр
bronze | բրոնզ | бронз
coach$ coaches$ | մարզիչ | тренер
training trainings | մարզումներ | трениров
boxing boxer boxers | բռնցքամարտ | бокс
wrestling wrestler wrestlers | ըմբշամարտ ըմբիշ | борц борец
chess | շախմատ | шахмат
tennis | թենիս | теннис
basketball | բասկետբոլ | баскетбол
volleyball | վոլեյբոլ | волейбол
hockey | հոկեյ | хокке
weightlifting weightlifter weightlifters | ծանրամարտ | тяжелоатлет
judo | ձյուդո | дзюдо
stadium stadiums | մարզադաշտ | стадион
fan$ fans$ | երկրպագու | болельщик фанаты$ фанатов$ фанатам$ фанатами$
referee referees | մրցավար | арбитр$ арбитра$ арбитры$ арбитров$ арбитром$ арбитру$
league leagues | լիգա | лига$ лиги$ лигу$ лигой$ лиге$
club clubs | ակումբ | клуб
cup$ cups$ | գավաթ | кубок кубк
finals$ | եզրափակիչ | финал
semifinal semifinals | կիսաեզրափակիչ | полуфинал
marathon | մարաթոն | марафон
swimming swimmer swimmers | լողորդ լողավազան | плаван пловц пловец
gymnastics gymnast gymnasts | մարմնամարզ | гимнаст
ski$ skiing skier skiers | դահուկ | лыжи$ лыжах$ лыжн
uefa | ուեֆա | уефа
fifa | ֆիֆա | фифа
culture cultural | մշակույթ մշակութ | культур
art$ arts$ artistic artwork artworks | արվեստ | искусств
artist artists painter painters painting paintings | նկարիչ նկարչ գեղանկար կտավ | художник живопис картин
exhibition exhibitions | ցուցահանդես | выставк
museum museums | թանգարան | музе
theater theatre theaters theatres theatrical | թատրոն թատերական | театр
concert$ concerts$ | համերգ | концерт
music musical | երաժշտ | музык
musician musicians | երաժիշտ | музыкант
song$ songs$ singer singers | երգ$ երգը$ երգի$ երգեր երգիչ երգչուհի | песн певиц певец певц
orchestra$ orchestras$ | նվագախումբ նվագախմբ | оркестр
opera$ operas$ | օպերա | опера$ оперы$ опере$ оперу$ оперой$ оперн
ballet | բալետ | балет
dance$ dances$ danced$ dancing dancer dancers | պար$ պարը$ պարի$ պարեր$ պարերը$ պարերի$ պարող պարախումբ | танц
film$ films$ movie movies cinema | ֆիլմ կինո կինոթատրոն | фильм кино кинотеатр
actor actors actress actresses performer performers | դերասան արտիստ | актер актрис артист
festival festivals | փառատոն | фестивал
award$ awards$ awarded prize prizes | մրցանակ պարգև | преми наград
heritage | ժառանգութ | наследи
architecture architectural architect architects | ճարտարապետ | архитект
sculpture sculptures sculptor sculptors | քանդակ | скульптур скульптор
composer composers | կոմպոզիտոր | композитор
fashion fashionable | նորաձև | мода$ моды$ моду$ модой$ модн
design$ designs$ designer designers | դիզայն | дизайн
clothes clothing | հագուստ | одежд
carpet carpets rug$ rugs$ | գորգ | ковер$ ковр
hotel hotels | հյուրանոց | гостиниц отел
jewelry jewellery jeweler jewellers jewelers | ոսկերչ | ювелир
jazz | ջազ$ ջազի$ ջազային | джаз
duduk | դուդուկ | дудук
album albums | ալբոմ | альбом
premiere premieres premiered | պրեմիերա | премьера$ премьеру$ премьерой$
documentary documentaries | վավերագրական | документальн
audience audiences spectators viewers | հանդիսատես | зрител
gallery galleries | պատկերասրահ | галере
unesco | յունեսկո | юнеско
choir choirs | երգչախումբ երգչախմբ | хор$ хора$ хором$ хоров$
piano pianist pianists | դաշնամուր դաշնակահար | фортепиано пианист
manuscript manuscripts | ձեռագիր ձեռագր | рукопис
matenadaran | մատենադարան | матенадаран
alphabet | այբուբեն | алфавит
church churches | եկեղեց | церков церкв
religion religions religious | կրոն | религи
priest priests clergy clergyman clergymen | քահանա հոգևորական | священник духовенств
patriarch | պատրիարք | патриарх
catholicos | կաթողիկոս | католикос
bishop bishops archbishop archbishops | եպիսկոպոս արքեպիսկոպոս | епископ архиепископ
christian christians christianity | քրիստոնե քրիստոնյա | христиан
muslim muslims islam islamic | մուսուլման իսլամ | мусульман ислам
mosque mosques | մզկիթ | мечет
jewish jew$ jews$ judaism | հրեա | евре еврейск
god$ gods$ | աստված աստծ | бог$ бога$ богу$ богом$
believers | հավատացյալ | верующ
prayer prayers pray$ prayed | աղոթ | молит
easter | զատիկ | пасх пасхал
saint saints holy sacred | սուրբ սրբազան սրբավայր | свят
monastery monasteries | վանք | монастыр
cathedral cathedrals temple temples | տաճար | собор храм кафедральн
pilgrim pilgrims pilgrimage | ուխտավոր ուխտագնաց | паломни
apostolic | առաքելական | апостольск
etchmiadzin echmiadzin | էջմիածն էջմիածին | эчмиадзин
bible biblical | աստվածաշունչ | библи
baptism baptized baptised | մկրտութ մկրտվ մկրտել | крещен
catholic catholics | կաթոլիկ | католи
orthodox | ուղղափառ | православн
diocese dioceses | թեմ$ թեմի$ թեմը$ թեմում$ | епархи
liturgy | պատարագ | литурги
spiritual | հոգևոր | духовн
husband husbands spouse spouses | ամուսին ամուսն | муж$ мужа$ мужу$ мужем$ супруг
divorce divorced | ամուսնալուծ | развод
grandchildren grandchild grandson grandsons granddaughter granddaughters | թոռ$ թոռը$ թոռն թոռներ | внук внуч
baby babies infant$ infants$ newborn newborns | նորածին | младен новорожден
teenager teenagers teen$ teens$ adolescent adolescents | դեռահաս | подрост
orphan orphans orphanage orphanages | որբ$ որբեր որբանոց | сирот
relatives$ | հարազատ բարեկամ$ բարեկամներ | родственник родн
gender | գենդեր | гендер
guest guests visitor visitors | հյուր | гост
eye$ eyes$ | աչք$ աչքը$ աչքի$ աչքեր | глаз
hair$ | մազեր | волос
tooth teeth dental dentist dentists | ատամ | зуб$ зубы$ зубов$ зубн стоматолог
skin$ | մաշկ | кожа$ кожи$ кожей$ кожн
bone$ bones$ | ոսկոր | кость$ кости$ костей$
food$ foods$ foodstuff foodstuffs | սնունդ սննդ սննդամթերք | продовольств пища$ пищи$ пищу$ пищев питани
meat$ | միս$ միսը$ մսի$ մսամթերք | мясо$ мяса$ мясом$ мясн
fruit$ fruits$ | միրգ մրգեր մրգային | фрукт
vegetable vegetables | բանջարեղեն | овощ
milk$ dairy | կաթ$ կաթը$ կաթի$ կաթնամթերք | молок молоч
cheese | պանիր պանր | сыр$ сыра$ сыры$
wine$ wines$ | գինի գինու | вино$ вином$ вин$
grape grapes vineyard vineyards | խաղող | виноград
winemaking winery wineries winemaker winemakers | գինեգործ | винодел
brandy cognac | կոնյակ | коньяк
beer$ | գարեջուր գարեջր | пиво$ пива$ пивом$ пивовар
coffee | սուրճ սրճի$ | кофе
cafe$ cafes$ restaurant restaurants | սրճարան ռեստորան | кафе$ ресторан
tea$ | թեյ$ թեյը$ թեյի$ | чай$ чая$ чаю$ чаем$
sugar | շաքար | сахар
rice$ | բրինձ բրնձ | рис$ риса$ рисом$
vodka | օղի$ օղին$ օղու$ | водк
flour | ալյուր | мука$ муку$ мукой$
potato potatoes | կարտոֆիլ | картофел картошк
fish$ fishing fishermen fisherman fishery | ձուկ ձկան ձկներ ձկնորս ձկնաբուծ | рыба$ рыбы$ рыбу$ рыбой$ рыбн рыбак рыболов
drink$ drinks$ beverage beverages | խմիչք | напит
cook$ cooks$ chef$ chefs$ | խոհարար | повар кулинар
dish$ dishes$ | ճաշատեսակ | блюд
hunger famine starvation | սով$ սովը$ սովի$ | голод
apricot apricots | ծիրան | абрикос
apple apples | խնձոր | яблок
breakfast | նախաճաշ | завтрак
dinner dinners | ընթրիք | ужин
lavash | լավաշ | лаваш
dog$ dogs$ | շուն$ շունը$ շան$ շանը$ շներ | собак
cat$ cats$ | կատու | кошк кот$ кота$ коты$ котов$
horse horses equestrian | ձի$ ձին$ ձիեր ձիու$ | лошад конь$ коня$ кони$ коней$
bird birds | թռչուն թռչն | птиц
livestock cattle | անասուն անասն | скот поголов
cow$ cows$ | կով$ կովը$ կովեր | корова$ коровы$ коров$ корову$
sheep | ոչխար | овца$ овцы$ овец$ овцам$ овцами$ овцах$
pig$ pigs$ swine pork | խոզ$ խոզի$ խոզեր խոզաբուծ | свин
wolf wolves | գայլ | волк
veterinary veterinarian veterinarians vets$ | անասնաբույժ անասնաբուժ | ветеринар
hunting hunter hunters | որսորդ որս$ | охота$ охоты$ охоту$ охотой$ охотник охотнич
# More general vocabulary: verbs and their nouns, abstract nouns, adjectives and adverbs
worry worried worries worrying anxiety anxious alarm alarmed alarming | անհանգստ տագնապ | тревог тревож
application applications applicant applicants apply$ applied$ applies$ applying | դիմում դիմորդ | заявк заявител
argument arguments argue argued argues arguing dispute disputes disputed controversy controversial | փաստարկ վեճ վիճել վիճում վիճարկ վիճահարույց | аргумент довод$ довода$ доводы$ доводов$ доводам$ доводами$ спор$ спора$ споры$ споров$ спорн спорам$ спорах$ оспарив оспори
attract attracted attracting attraction attractive involve involved involving involvement | ներգրավ գրավիչ | привлек привлеч вовлеч вовлек
bring brings brought bringing | բերել բերեց բերում բերին | принес принос привез
depend depends depended depending dependent dependence dependency | կախված | завис
describe described describes describing description descriptions | նկարագր | описа описыв описан
define defined defines defining definition determine determined determines determining | սահմանել սահմանեց սահմանվ | определ
identify identified identifies identifying identification identity | նույնականաց ինքնութ | идентифиц опознал опозна
split splits divided division divisions | պառակտ բաժանվ բաժանել | раскол разделен разделил раздели
earn earned earning earnings | վաստակ | заработ
encourage encouraged encourages encouraging | խրախուս | поощр
enter$ entered entering enters entry$ entrance | մուտք մտնել մտավ$ մտան մտել մտնում | вход$ входа$ входе$ входу$ въезд вошл вошел войти$ войдет
escape escaped escapes escaping flee fled fleeing | փախուստ փախչ փախել փախավ փախան | побег сбежал сбежа бегств бежал бежать$
expand expanded expanding expansion enlarge enlarged | ընդլայն | расшир
experience experiences experienced | փորձառութ | опыт
faced facing confront confronted confrontation | բախվ առճակատ | столкнул сталкива противостоя конфронтац
feel feels felt$ feeling feelings | զգում զգաց զգալ$ | чувств ощущ ощути
focus focused focuses focusing | կենտրոնաց | сосредоточ фокус
forced forcing compel compelled | ստիպ հարկադր | вынужд заставил заставит заставля принуд принужд
hide hid$ hidden hiding conceal concealed | թաքց թաքն թաքստ | скрыв скрыт скрыл спрята прята
ignore ignored ignores ignoring | անտես | игнорир проигнорир
intend intends intended intention intentions | մտադր | намерен намерева
represent represents represented representing representative representatives representation presented presenting presentation submit submitted submits submitting | ներկայաց | представ
love loved loves loving beloved | սեր$ սերը$ սիրո$ սիրել սիրում սիրեց սիրելի | любов любим люблю$ любит
notice noticed notices noticing | նկատել նկատեց նկատվ նկատում | замет замеч
perform performed performs performing fulfil fulfill fulfilled fulfilment commit committed commits | կատարել կատարեց կատարվ կատարում | исполн соверши соверша
prove proved proven$ proves proving | ապացուց | доказал доказать$ доказыва доказан
read$ reads$ reading reader readers | կարդալ կարդում կարդաց ընթերց | чита прочит прочел прочт
realize realized realizes realise realised awareness aware$ | գիտակց իրազեկ | осозна осведомл
reflect reflected reflects reflecting reflection | արտացոլ | отраж отрази
remove removed removes removing removal | հեռացնել հեռացրել հեռացրեց հեռացվ հեռացում | удален удалить удалил удаля убрал убрать$ убира
repeat repeated repeatedly repeating | կրկն | повтор
restore restored restoring restoration recover recovered recovery rebuild rebuilt reconstruction | վերականգն | восстанов реконструкц
review reviewed reviewing revise revised revision reconsider | վերանայ | пересмотр пересмотре пересматр
serve served serves serving servant | ծառայել ծառայում ծառայեց ծառայող | служит служил служа служен
spread spreads spreading | տարածվ տարածել տարածեց տարածում | распростран
distribute distributed distributing distribution | բաշխ | распредел раздач раздал
survive survived survives surviving survival survivor survivors | վերապր | выжил выжив выжить$ уцел
watch watched watches watching | դիտել դիտում դիտեց դիտող | смотр смотре просмотр посмотре
apologize apologized apologise apologised apology apologies | ներողութ | извин
dissatisfied dissatisfaction discontent displeasure | դժգոհ | недовол
complaint complaints complain complained complains | գանգատ | жалоб жалова пожалова жалуют
convince convinced persuade persuaded | համոզ | убед убежд
calculation calculations calculate calculated count$ counted counting | հաշվարկ հաշվել հաշվում | подсчет подсчит расчет рассчит
dream dreams dreamed dreamt dreaming | երազ | мечт
elect$ elected elects electing reelected | ընտրվ վերընտրվ | избран избрал переизбр
exceed exceeded exceeds exceeding surpass surpassed | գերազանց | превыш превыс превзош превосх
hate hated hatred | ատել ատելութ | ненавис ненавид
imagine imagined imagination unimaginable | պատկերաց երևակայ | вообраз воображ
laugh laughed laughing laughter | ծիծաղ | смех смея смеял рассмея
lie$ lies$ lied$ lying liar liars | սուտ$ սուտը$ ստախոս ստել ստում | ложь$ лжи$ лгал лгать$ лжец лжив вранье врет$ врал$ врут$
meaning meanings meaningful meaningless significance | նշանակութ իմաստ | значени означа смысл
prefer prefers preferred preference preferences | նախընտր | предпоч
print printed printing | տպագր տպել տպված | печат напечат
resist resisted resisting resistance | դիմադր | сопротивл
ruling$ | իշխող | правящ
sleep sleeps slept sleeping | քուն$ քնել քնած քնում | спать$ спал$ спала$ спали$ спит$ спят$ сна$ сон$ сном$
surprise surprised surprising surprisingly | զարմաց | удив
surround surrounded surrounding | շրջապատ | окруж
translate translated translation translations translator translators | թարգման | перевод перевел переведен перевест
eliminate eliminated eliminating elimination liquidate liquidated liquidation | վերացն վերացր վերացվ վերացում | ликвид устран
welcome welcomed welcomes welcoming greeting greetings | ողջուն ողջույն | приветств
hosted hosting host$ hosts$ | հյուրընկալ | принимающ гостеприим
burn burned burnt burning burns | այրվ այրել այրեց այրում | горел горит горят сгорел сгорев сжег сожж поджог поджиг
fly$ flew$ flying flies$ | թռչել թռավ թռչում | летел летит летать$ прилет вылет
cross$ crossed crossing crosses$ | հատել հատեց | пересек пересеч
learn learned learnt learns learning | սովորել սովորում սովորեց | учиться$ учится$ учатся$ учился$ учились$ научил научит выучил обучени обуча
contain contains contained containing | պարունակ | содержит содержат содержа
regarding concerning relate related relates relating | վերաբեր առնչ | касает касаю касательно относит относя
fill filled filling fills | լցնել լցրել լցված լրացնել լրացրել | заполн наполн
formation formed forming shape shaped | ձևավոր | формир
praise praised praises praising | գովեստ գովաբան գովել | хвал похвал восхвал
insult insults insulted insulting | վիրավորանք | оскорб
clarify clarified clarifies clarification | պարզաբան | уточн разъясн
summarize summarized summarise summarised summary | ամփոփ | подытож резюм
advantage advantages | առավելութ | преимуществ
analysis analyses analyze analyzed analyse analysed analyzing | վերլուծ | анализ
approach approaches | մոտեցում մոտեցման | подход
aspect aspects | ասպեկտ | аспект
basis$ | հիմք | основа$ основе$ основу$ основы$ основой$ основ$ основам$
behavior behaviour behaviors behaviours behave behaved | վարքագ պահվածք | поведени
benefit$ beneficial useful usefulness | օգուտ օգտակար | польза$ пользы$ пользу$ полезн выгод
care$ caring | խնամք խնամել խնամում հոգատար | забот
career careers | կարիերա | карьер
category categories | կատեգորիա | категори
character characters | բնույթ | характер
circumstance circumstances | հանգամանք | обстоятельств
content$ contents$ | բովանդակ | содержани
context contexts | համատեքստ | контекст
detail details detailed | մանրամասն | подробн детал
effect$ effects$ | էֆեկտ | эффект$ эффекта$ эффекты$ эффектом$ эффектов$
example examples | օրինակ | пример
feature features | առանձնահատկութ | особенност
format formats | ձևաչափ | формат
function functions functioning functional | գործառույթ գործառութ | функци
image images picture pictures | պատկեր | изображен имидж картинк
importance | կարևորութ | важност значимост
impression impressions impressed impressive | տպավորութ տպավորիչ | впечатл
key$ keys$ | բանալի առանցքային | ключ$ ключи$ ключей$ ключом$ ключев
line$ lines$ | գիծ$ գիծը$ գծի$ գծով$ գծեր | линия$ линии$ линию$ линией$ линий$
material materials | նյութ | материал
method methods methodology | մեթոդ | метод способ
object$ objects$ | օբյեկտ | объект
origin$ origins$ | ծագում ծագման | происхожд
phase phases stage stages | փուլ | этап фаза$ фазы$ фазе$ фазу$ стади
practice practices practical practically | պրակտիկ գործնական | практик практич
pressure pressured pressures | ճնշում ճնշման ճնշել | давлени надав
priority priorities prioritize | առաջնահերթ գերակա | приоритет
procedure procedures | ընթացակարգ | процедур
reality realities | իրականութ | реальност действительност
record$ records$ | ռեկորդ | рекорд
resource resources | ռեսուրս | ресурс
scale$ | մասշտաբ | масштаб$ масштаба$ масштабе$ масштабы$ масштабов$ масштабом$
volume volumes | ծավալ | объем
series | շարք$ շարքը$ շարքի$ | серия$ серии$ серию$ серий$ серией$
skill skills skilled | հմտութ հմուտ | навык мастерств
source sources | աղբյուր | источник
topic topics theme themes | թեմա | тема$ темы$ теме$ тему$ темой$ темам$ темах$ тематик
deadline deadlines term$ terms$ | ժամկետ | срок$ срока$ сроки$ сроков$ сроку$ сроком$ сроке$ срокам$ сроках$
theory theories theoretical theoretically | տեսութ տեսական | теори теорет
trend trends tendency tendencies | միտում | тенденц тренд
version versions option options variant variants | տարբերակ | верси вариант
word$ words$ | բառ$ բառը$ բառեր խոսք | слово$ слова$ слов$ словам$ словами$ словах$ словом$
thing$ things$ | բան$ բանը$ բաներ$ բաներից$ բաների$ | вещь$ вещи$ вещей$ вещам$ вещами$ вещах$
closely close$ closer$ | սերտ | тесн
clean cleaner cleaning cleanliness | մաքուր մաքր | чист очист
complex$ comprehensive | համալիր | комплекс
crucial decisive | վճռական | решающ
dark$ darkness | մութ$ մութը$ խավար | темн тьма$ тьмы$
deep$ deeper deepest deeply depth depths | խոր$ խորը$ խորապես խորութ | глубок глубин
early$ | վաղ$ վաղաժամ | ранн рано$
empty | դատարկ | пустой$ пустые$ пустых$ пусто$ пустая$ пустую$ пустом$ опустел
extreme extremely | ծայրահեղ | крайн экстремальн
fresh | թարմ | свеж
general$ generals$ | գեներալ | генерал
honest honestly honesty | ազնիվ ազնվ | честн
hot$ warm$ warmth | տաք$ տաքը$ ջերմ | горяч тепл жарк
moral morality morally | բարոյական բարոյ | морал нравствен
perfect perfectly ideal ideally | կատարյալ իդեալական | идеальн совершенн
physical physically | ֆիզիկական | физическ
powerful mighty | հզոր | мощн могуществ
capacity capacities | հզորութ տարողութ | мощност вместимост
appropriate corresponding accordance | համապատասխան | соответств надлежащ
regular regularly | պարբերաբար կանոնավոր | регулярн
sad$ sadness | տխուր տխրութ | грустн печальн
strict strictly severe severely harsh harshly tough tougher tighten tightened tightening | խիստ խստորեն խստաց | жестк суров строг ужесточ
sharp sharply | կտրուկ | резк
typical typically characteristic | բնորոշ տիպիկ | типичн характерн
unique | եզակի | уникальн
valuable precious | արժեքավոր թանկարժեք | ценн драгоцен
visible invisible visibility | տեսանելի | видим невидим
anger angry outrage outraged indignation | զայրույթ զայրաց վրդով | гнев возмущ злост
brave bravery courage courageous | քաջ$ քաջութ քաջաբար արիութ | храбр мужеств смел отваг
mutual mutually | փոխադարձ | взаимн
potential potentially | պոտենցիալ ներուժ | потенциал
profession professions professional professionals professionally | մասնագիտ պրոֆեսիոնալ | професси профессионал
electronic electronically | էլեկտրոնային | электрон
uncertain uncertainty unclear | անորոշ | неопределенн неясн
convenient comfortable comfort | հարմար | удобн комфорт
strange odd$ weird | տարօրինակ | странн
terrible horrible horror | սարսափ | ужас страшн
pain$ pains$ painful | ցավ ցավալի | боль$ боли$ болью$ болей$ болезнен
shock$ shocked shocking | ցնցված ցնցող | шок$ шока$ шоке$ шоком$ шокир
article articles | հոդված | статья$ статьи$ статью$ статьей$ статей$ статьям$ статьях$ статьями$
camp camps | ճամբար | лагер
coast coasts coastal coastline shore shores | ափ$ ափը$ ափի$ ափին$ ափից$ ափեր ափամերձ ափերին$ առափնյա ծովափ | берег побереж побережь прибрежн
door doors | դուռ դռն | двер
island islands | կղզի կղզու կղզում | остров
light$ lights$ lighting | լույս լուսավոր | свет$ света$ свете$ светом$ освещени
map$ maps$ mapping | քարտեզ | карта$ карты$ карте$ карту$ картой$ карт$ картах$
newspaper newspapers | թերթ | газет
magazine magazines journal journals | ամսագիր ամսագր | журнал
page pages | էջ$ էջը$ էջում$ էջի$ էջեր | страниц
stone stones | քար$ քարեր քարը$ | камен камн
window windows | պատուհան | окно$ окна$ окном$ окне$ окон$ окнам$ окнах$
honor honour honored honoured honorary | պատիվ պատվավոր պատվո$ | честь$ чести$ честью$ почет
fate destiny | ճակատագ | судьб
dignity | արժանապատվ | достоинств
tour tours touring | շրջագայ | турне гастрол
schedule schedules scheduled timetable | ժամանակացույց գրաֆիկ | график расписан
rest$ relax relaxation leisure weekend weekends | հանգստ | отдых выходн
vacation vacations | արձակուրդ | отпуск
gift gifts | նվեր | подар
conversation conversations | զրույց | разговор бесед
quote$ quoted quotes$ quotation | մեջբեր | цитир цитат
mail$ email emails postal | փոստ | почт
user users | օգտատեր | пользовател
adult adults | չափահաս մեծահասակ | взросл
founder founders cofounder | հիմնադիր | основател
head$ heads$ headed | գլուխ գլխին$ գլխի$ գլխից$ | глава$ главы$ главе$ главу$ главой$ возглав
chief$ chiefs$ | պետ$ պետը$ պետի$ | начальник
challenge challenges challenged challenging | մարտահրավեր | вызов$ вызова$ вызовы$ вызовом$ вызовов$ вызовам$
conclusion conclusions conclude concluded | եզրակաց | заключени заключил заключи заключа
consensus | կոնսենսուս | консенсус
debate debates debated debating | բանավեճ | дебат дискусси полемик
discrimination discriminatory | խտրական | дискриминац
duty duties | պարտականութ | обязанност
presence attend attended attending attendance | ներկայութ ներկա$ | присутств
prospect prospects perspective perspectives | հեռանկար | перспектив
signal signals | ազդանշան | сигнал
symbol symbols symbolic | խորհրդանիշ | символ
concept concepts | հայեցակարգ | концепц
doctrine | դոկտրին | доктрин
mechanism mechanisms | մեխանիզմ | механизм
tool tools instrument instruments | գործիք | инструмент
model models | մոդել | модел
platform platforms | հարթակ | платформ площадк
component components | բաղադրիչ | компонент составляющ
element elements | տարր | элемент
factor$ factors$ | գործոն | фактор
criterion criteria | չափորոշ | критери
parameter parameters | պարամետր | параметр
obstacle obstacles barrier barriers | խոչընդոտ արգելք | препятств барьер
desert$ deserts$ | անապատ | пустын
valley valleys | հովիտ հովտ | долин
field$ fields$ | դաշտ | поле$ поля$ полей$ полях$ полям$ полю$ полем$
hill hills hilltop | բլուր բլր բլրի$ բլրում բլրեր | холм
suburb suburbs outskirts suburban | արվարձան ծայրամաս | пригород окраин окрестност
yard$ courtyard | բակ$ բակը$ բակում$ բակի$ բակեր | двор$ двора$ дворе$ дворы$ дворов$ двором$ дворах$
palace palaces | պալատ | дворец дворц
castle fortress | ամրոց բերդ | крепост замок$ замка$
tower towers | աշտարակ | башн
black$ black | սև$ սևը$ սևի$ սևծով | черн черноморск
red$ | կարմիր | красный$ красная$ красное$ красные$ красного$ красной$ красном$ красным$ красных$ красную$
white$ | սպիտակ | белый$ белая$ белое$ белые$ белого$ белом$ белой$ белых$ белым$ белую$
blue$ | կապույտ | синий$ синяя$ синее$ синие$ синего$ синей$ синих$ синим$ синюю$ голуб
yellow | դեղին | желт
color$ colors$ colored colorful colour colours coloured | գույն գունավոր | цвет
perhaps maybe | գուցե միգուցե թերևս | пожалуй$ наверное$ наверно$
certainly definitely necessarily surely | անպայման անշուշտ անկասկած | обязательн непременн конечно$ несомненн безусловн
accompany accompanied accompanying | ուղեկց | сопровожд
adapt adapted adapting adaptation | հարմարվ հարմարեցն | адаптац адаптир приспособ
admire admired admiration | հիացմունք հիան | восхищ
advertising advertisement advertisements advert adverts | գովազդ | реклам
belong belongs belonged belonging | պատկան | принадлеж
cite$ cited citing refer$ referred referring reference references | հղում վկայակոչ | ссыла сослал
consist consists consisting composed comprising | բաղկացած | состоит$ состоят$ состоящ
dedicate dedicated dedication | նվիրված նվիրել | посвящ посвят
demolish demolished demolition | քանդել քանդվ քանդում | снос$ сноса$ сносе$ сносу$ снес снесен сносит
freeze froze frozen freezing | սառեցն | замороз
guard$ guards$ guarded$ guarding$ | պահակ պահնորդ | охран
inspire inspired inspiring inspiration | ոգեշնչ | вдохнов
install installed installing installation | տեղադր | установ
isolate isolated isolation | մեկուսաց | изоляц изолир
objection objections objected | առարկել առարկեց առարկութ | возраж
overcome overcoming overcame | հաղթահար | преодол
incentive incentives stimulus stimulate stimulated stimulating | խթան | стимул стимулир
qualify qualified qualification qualifications | որակավոր | квалифиц
reconcile reconciled reconciliation | հաշտ | примирен примири
recruit recruited recruitment recruiting | հավաքագր | вербов завербов
sink sank$ sunk$ sinking | խորտակ | затонул затону
sponsor sponsors sponsored sponsorship | հովանավոր | спонсор
storage warehouse warehouses | պահեստ | склад$ склада$ складе$ складу$ склады$ складов$ складах$ складам$ складск хранилищ
tolerate tolerance tolerant intolerance | հանդուրժ | терпим толерант
transform transformed transformation transformations | վերափոխ փոխակերպ | преобраз трансформ
modernize modernized modernization modernisation upgrade upgraded | արդիականաց | модерниз
balance balanced | հավասարակշռ | баланс равновес
chaos chaotic | քաոս | хаос
diversity diverse | բազմազան | разнообраз
emotion emotions emotional emotionally | հույզ էմոցիա | эмоц
ethics ethical | էթիկա էթիկայ | этик этич
flexibility flexible | ճկուն | гибк
habit$ habits$ | սովորութ | привычк
hostile hostility hostilities | թշնամանք | враждебн вражд
illusion illusions | պատրանք | иллюзи
inequality inequalities unequal | անհավասար | неравенств неравн
kindness goodness | բարի$ բարին$ բարիք բարութ | добр
loyalty loyal | հավատարիմ հավատարմութ | лояльн верност
luck lucky | բախտ | удач
motive motives motivation motivated | շարժառիթ մոտիվաց | мотив
optimism optimistic optimist optimists | լավատես | оптимизм оптимист
pessimism pessimistic | հոռետես | пессимиз пессимист
panic panicked | խուճապ | паник
prosperity prosperous welfare wellbeing | բարեկեցութ բարգավաճ | благосостоян благополуч процветан
reputation prestige prestigious | համբավ հեղինակավոր | репутац престиж
silence silent silently | լռութ լուռ | молча тишин
sympathy compassion | կարեկց | сочувств сострадан
talent talents talented | տաղանդ | талант
wisdom wise$ wiser wisest wisely | իմաստուն իմաստութ | мудр
advanced progressive | առաջադեմ | передов прогрессив
alternative alternatives | այլընտրանք | альтернатив
ambitious ambition ambitions | հավակն ամբիցիոզ | амбици амбициозн
anonymous anonymously | անանուն | аноним
automatic automatically | ավտոմատ | автомат
careful carefully caution cautious cautiously | զգույշ | осторожн аккуратн
commercial commercially | կոմերցիոն | коммерч
competent incompetent competence | իրավասու կոմպետենտ | компетент компетенц
consistent consistently | հետևողական | последовательн
constructive constructively | կառուցողական | конструктив
creative creativity | ստեղծագործ | творческ творчеств креатив
cruel cruelty brutal brutally brutality | դաժան | жесток
exception exceptions exceptional exclusive exclusively except$ exclude excluded excludes excluding | բացառ բացառութ | исключ эксклюзив
fatal deadly lethal | մահացու | смертельн летальн
inevitable inevitably | անխուսափելի | неизбежн
initial initially | սկզբնական | первоначальн изначальн
intense intensive intensity intensified | ինտենսիվ | интенсив
logical logic logically | տրամաբան | логик логич
moderate moderately | չափավոր | умерен
multiple numerous | բազմաթիվ | многочисленн
neutral neutrality | չեզոք | нейтрал
notable noteworthy remarkable | ուշագրավ | примечательн замечательн
parallel | զուգահեռ | параллельн
rural countryside | գյուղական | сельск
urban | քաղաքային | городск
sensitive sensitivity | զգայուն | чувствительн
slight slightly insignificant negligible | աննշան չնչին | незначительн
smart clever | խելացի | умный$ умная$ умное$ умные$ умных$ умно$ умного$
technical technically technique techniques | տեխնիկ | техник техническ
acceptable unacceptable inadmissible | ընդունելի անընդունելի | приемлем неприемлем допустим недопустим
universal universally | համընդհանուր | всеобщ универсальн
unprecedented | աննախադեպ | беспрецедентн
vulnerable vulnerability vulnerabilities | խոցելի | уязвим
absolutely absolute | բացարձակ | абсолютн
deliberately deliberate intentionally | միտումնավոր դիտավորյալ | умышленн преднамеренн
frankly$ sincere sincerely candid$ | անկեղծ | откровенн искренн
simultaneously | միաժամանակ | одновременн
headline headlines | վերնագիր վերնագր | заголов
title$ titles$ | կոչում տիտղոս | звани титул
issued$ issuing edition editions | թողարկ | выпуск выпущ выпусти
text$ texts$ | տեքստ | текст
footage | կադր | кадр
broadcast broadcasts broadcasting broadcaster aired | հեռարձակ եթեր | трансляц транслир эфир
screen screens | էկրան | экран
blog$ blogs$ blogger bloggers | բլոգ | блог
subscriber subscribers subscription | բաժանորդ | подписчик подписк
star$ stars$ celebrity celebrities | աստղ | звезд знаменитост
mystery mysterious | առեղծված խորհրդավոր | загад таинствен
gun$ guns$ pistol pistols rifle rifles firearm firearms | հրացան ատրճանակ | пистолет винтовк ружь огнестрел
knife knives | դանակ | нож$ ножа$ ножом$ ножи$ ножей$ ножев
bed$ beds$ | մահճակալ | кроват койк коек
hand$ hands$ | ձեռք | рук рукам$ руками$ руках$
leg$ legs$ foot$ feet$ | ոտք | ног
height heights altitude elevation | բարձրութ | высот
hectare hectares | հեկտար | гектар
liter$ liters$ litre$ litres$ | լիտր | литр
era$ epoch | դարաշրջան | эпох эра$ эры$ эру$ эрой$
eve$ | նախօրե | накануне$
surface surfaces | մակերես | поверхност
transition transitional | անցում | переход
block$ blocked blocking | արգելափակ | блокир заблокир
confess confessed confession confessions | խոստովան | признался$ призналась$ призналось$ признались$ признаться$ сознался$ сознались$
disagree disagreed disagreement disagreements | տարաձայն | разноглас
disrupt disrupted disruption | խաթար | сорва срыв
interrupt interrupted interruption | ընդհատ | прерв прерыв
justify justified justification unjustified | արդարաց | оправда оправдыв
undermine undermined undermining | խարխլ | подрыв подорва
ancestor ancestors | նախնի | предк предок$
descendant descendants heir heirs | հետնորդ ժառանգ | потомк потомок$ наследник
elite elites | վերնախավ էլիտա | элит
intellectual intellectuals intelligentsia | մտավորական | интеллигенц интеллектуал
slave slaves slavery | ստրուկ ստրկ | раб рабств рабск
racism racist racists | ռասիզմ ռասիստ | расизм расист
charity charitable philanthropist | բարեգործ | благотвор
petition petitions | խնդրագիր ստորագրահավաք | петици
slogan slogans | կարգախոս | лозунг
editor editors editorial | խմբագիր խմբագր | редактор редакц
briefing briefings | ճեպազրույց | брифинг
leak$ leaks$ leaked leaking | արտահոս | утечк
toy toys | խաղալիք | игрушк
discount discounts | զեղչ | скидк
deposit deposits depositor depositors savings | ավանդ$ ավանդը$ ավանդի$ ավանդներ ավանդային ավանդատու խնայող | вклад депозит сбережен
peninsula | թերակղզի թերակղզ | полуостров
gulf$ bay$ | ծոց$ ծոցի$ ծոցում$ ծոցը$ ծոցից$ | залив$ залива$ заливе$ заливу$ заливом$ заливы$ залив
strait straits | նեղուց | пролив$ пролива$ проливе$ проливу$ проливом$ проливы$ проливов$
leading$ | առաջատար | ведущ
outstanding prominent | ականավոր նշանավոր | выдающ
senior$ elder$ | ավագ$ | старш
acting$ interim | պաշտոնակատար | исполняющ
abroad overseas | արտերկր | рубежом$
confuse confused confusing confusion | շփոթ | путаниц запута перепута
copy$ copies$ copied | պատճեն | копия$ копии$ копию$ копий$ скопир
deceive deceived deception cheat cheated | խաբել խաբեց խաբեություն խաբված խաբեբա | обман
disappoint disappointed disappointing disappointment | հիասթափ | разочаров
drown drowned drowning | խեղդ | утону утонул
enthusiasm enthusiastic excited excitement | ոգևոր խանդավառ | энтузиазм воодушев
mourn mourned mourning grief grieving | սուգ$ սգո$ սգալ սգում | траур скорб
joke jokes joked joking | կատակ | шутк шути шутил
tear$ tears$ cry$ cried crying weep wept | արտասուք լաց$ լացել լացում | слез плакал плачет плачут плакать$
faith faithful | հավատ | вера$ веры$ веру$ верой$ вере$
soul souls | հոգի | душа$ души$ душу$ душой$ душе$ душам$ душами$ душах$
spirit$ spirits$ | ոգի | дух$ духа$ духом$ духе$ духу$
lesson lessons | դաս$ դասը$ դասի$ դասեր դասից$ | урок
path$ paths$ pathway | ուղի$ ուղին$ ուղիներ ուղու$ | путь$ пути$ путем$
contradiction contradictions contradict contradicts contradictory | հակասութ հակասական հակասում հակասել | противореч
dilemma | երկընտրանք | дилемм
discipline disciplined disciplinary | կարգապահ | дисциплин
distrust mistrust | անվստահ | недовер
essence essentially | էություն էությամբ | сущност суть$ сути$
humor humour humorous | հումոր | юмор
instability unstable | անկայուն | нестабильн
misunderstanding misunderstandings | թյուրիմացութ | недоразумен
patience | համբերութ | терпени
philosophy philosopher philosophers philosophical | փիլիսոփա | философ
stereotype stereotypes prejudice prejudices | կարծրատիպ | стереотип предрассуд
privilege privileges privileged | արտոնութ արտոնյալ | привилеги
revenge vengeance | վրեժ | месть$ мести$ местью$ отомст мстит
sacrifice sacrifices sacrificed | զոհաբեր | жертвова пожертвовал пожертвовать$ самопожертвов
scenario scenarios | սցենար | сценари
shame shameful ashamed disgrace | ամոթ | стыд позор
skepticism skeptical sceptical scepticism skeptic skeptics | թերահավատ | скептиц скептич скептик
stress$ stressful | սթրես | стресс
# Places as news names them: countries and their peoples, cities, regions, organisations, geography
germany german germans frg$ | գերման գֆհ$ | германи немецк немц фрг$
berlin | բեռլին | берлин
france french frenchman frenchmen | ֆրանսիա ֆրանսերեն | франц
paris$ parisian parisians | փարիզ | париж
britain british briton britons uk$ | բրիտան | британ великобритан
england english englishman | անգլիա անգլերեն | англи
london londoner londoners | լոնդոն | лондон
scotland scottish scots | շոտլանդ | шотланд
wales welsh | ուելս | уэльс
ireland irish | իռլանդ | ирланд
dublin | դուբլին | дублин
iceland icelandic | իսլանդ | исланд
italy italian italians | իտալիա իտալական իտալացի իտալերեն | итали итальян
rome roman$ romans$ | հռոմ | рим$ рима$ риме$ римом$ римск
vatican | վատիկան | ватикан
milan | միլան | милан
spain spanish spaniard spaniards | իսպանիա իսպանական իսպանացի իսպաներեն | испан
madrid | մադրիդ | мадрид
barcelona | բարսելոնա | барселон
catalonia catalan catalans | կատալոն | каталон
portugal portuguese | պորտուգալ | португал
lisbon | լիսաբոն | лиссабон
netherlands dutch holland | նիդեռլանդ նիդերլանդ հոլանդ | нидерланд голланд
amsterdam | ամստերդամ | амстердам
belgium belgian belgians | բելգիա | бельги
brussels | բրյուսել | брюссел
luxembourg | լյուքսեմբուրգ | люксембург
switzerland swiss | շվեյցար | швейцар
geneva | ժնև$ ժնևի$ ժնևում ժնևը$ ժնևից$ ժնևյան | женев
zurich | ցյուրիխ | цюрих
davos | դավոս | давос
austria austrian austrians | ավստրիա | австри
vienna | վիեննա | вена$ вене$ вену$ веной$ венск
sweden swedish swede swedes | շվեդիա շվեդական շվեդ$ շվեդներ | швеци швед шведск
stockholm | ստոկհոլմ | стокгольм
norway norwegian norwegians | նորվեգ | норвег норвеж
oslo | օսլո | осло$
finland finnish finn$ finns$ | ֆինլանդ ֆիննական ֆիններ | финлянд финск финн
helsinki | հելսինկի | хельсинк
denmark danish dane$ danes$ | դանիա | дания$ дании$ данию$ данией$ датск датчан
copenhagen | կոպենհագեն | копенгаген
greenland | գրենլանդ | гренланд
poland polish | լեհաստան լեհական լեհ$ լեհեր լեհերեն | польш польск поляк
warsaw | վարշավա | варшав
czech czechs czechia | չեխիա չեխական չեխ$ չեխեր | чехия$ чехии$ чехию$ чехией$ чехи$ чешск
prague | պրահա | прага$ праги$ праге$ прагу$ прагой$ пражск
slovakia slovak slovaks | սլովակ | словак словацк
hungary hungarian hungarians | հունգար | венгр венгерск
budapest | բուդապեշտ | будапешт
romania romanian romanians | ռումին | румын
bucharest | բուխարեստ | бухарест
bulgaria bulgarian bulgarians | բուլղար | болгар
serbia serbian serbs | սերբիա սերբական սերբ | серби сербск серб
belgrade | բելգրադ | белград
croatia croatian croats | խորվաթ | хорват
bosnia bosnian | բոսնիա | босни
kosovo | կոսովո | косово$ косовск
albania albanian albanians | ալբանիա ալբանական ալբանացի | албан
montenegro | չեռնոգորիա | черногор
macedonia macedonian | մակեդոն | македон
slovenia slovenian | սլովեն | словен
moldova moldovan moldavia | մոլդով | молдав молдов
chisinau kishinev | քիշնև | кишинев
latvia latvian latvians | լատվիա | латви латыш
riga | ռիգա | рига$ риги$ риге$ ригу$ ригой$ рижск
lithuania lithuanian lithuanians | լիտվ լիտվացի | литв литов
vilnius | վիլնյուս | вильнюс
estonia estonian estonians | էստոնիա էստոնական էստոնացի | эстон
tallinn | տալլին | таллин
baltic baltics | բալթ | балти прибалт
minsk | մինսկ | минск
kyiv kiev | կիև$ կիևի$ կիևում կիևը$ կիևից$ կիևին$ կիևյան | киев киевск
kharkiv kharkov | խարկով խարկիվ | харьков
odesa odessa | օդեսա | одесс
lviv lvov | լվով լվիվ | львов$ львова$ львове$ львову$ львовом$ львовск
dnipro dnieper | դնեպր | днепр
donbas donbass | դոնբաս | донбас
donetsk | դոնեցկ | донецк
luhansk lugansk | լուգանսկ լուհանսկ | луганск
mariupol | մարիուպոլ | мариупол
kherson | խերսոն | херсон
zaporizhzhia zaporozhye zaporizhia | զապորոժ | запорож
bakhmut | բախմուտ | бахмут
greece greek greeks | հունաստան հունական հույն | греци греческ грек
athens | աթենք | афин афинск
cyprus cypriot cypriots | կիպրոս կիպրական կիպրացի | кипр кипрск
malta maltese | մալթա | мальт
monaco | մոնակո | монако
petersburg | պետերբուրգ | петербург
sochi | սոչի | сочи$ сочинск
kazan | կազան | казан
rostov | ռոստով | ростов
krasnodar | կրասնոդար | краснодар
vladivostok | վլադիվոստոկ | владивосток
volgograd stalingrad | վոլգոգրադ ստալինգրադ | волгоград сталинград
novosibirsk | նովոսիբիրսկ | новосибирск
yekaterinburg | եկատերինբուրգ | екатеринбург
kaliningrad | կալինինգրադ | калининград
belgorod | բելգորոդ | белгород
kursk | կուրսկ | курск
stavropol | ստավրոպոլ | ставропол
sevastopol | սևաստոպոլ | севастопол
siberia siberian | սիբիր | сибир
urals ural | ուրալ | урал
chechnya chechen chechens | չեչնիա չեչեն | чечн чечен
dagestan | դաղստան | дагестан
tatarstan | թաթարստան | татарстан
uzbekistan uzbek uzbeks | ուզբեկ | узбек
turkmenistan turkmen | թուրքմեն | туркмен
tashkent | տաշքենդ | ташкент
bishkek | բիշքեկ | бишкек
dushanbe | դուշանբե | душанбе
ashgabat | աշխաբադ | ашхабад
astana | աստանա | астан
baku | բաքու բաքվ | баку бакинск
ganja | գյանջա | гяндж
sumgait sumgayit | սումգայիթ | сумгаит
nakhichevan nakhchivan | նախիջևան | нахичеван нахчыван
tbilisi | թբիլիսի | тбилис
batumi | բաթումի | батуми
abkhazia abkhaz | աբխազ | абхаз
ossetia ossetian | օսեթիա | осети
javakheti javakhk | ջավախք ջավախեթ | джавахет джавахк
akhalkalaki | ախալքալաք | ахалкалак
transnistria | մերձդնեստր | приднестров
istanbul constantinople | ստամբուլ կոստանդնուպոլիս | стамбул константинопол
ankara | անկարա | анкар
kars | կարս | карс$ карса$ карсе$ карсом$ карсу$ карсск
ottoman ottomans | օսմանյան | осман
byzantine byzantium | բյուզանդ | византи
syria syrian syrians | սիրիա | сирия$ сирии$ сирию$ сирией$ сирийск сирийц
damascus | դամասկոս | дамаск
aleppo | հալեպ | алеппо халеб
iraq iraqi iraqis | իրաք | ирак$ ирака$ ираке$ ираком$ ираку$ иракск иракц
baghdad | բաղդադ | багдад
lebanon lebanese | լիբանան | ливан
beirut | բեյրութ | бейрут
jordan jordanian | հորդանան | иордан
israel israeli israelis | իսրայել | израил
jerusalem | երուսաղեմ | иерусалим
aviv | ավիվ | авив
palestine palestinian palestinians | պաղեստին | палестин
golan | գոլան | голан
saudi saudis | սաուդ | саудовск саудит
arabia arab arabs arabic | արաբ | араб арабск арави
emirates emirate emirati uae$ | ամէ$ էմիրութ | оаэ$ эмират
dubai | դուբայ | дубай дубае
kuwait kuwaiti | քուվեյթ | кувейт
yemen yemeni | եմեն | йемен
egypt egyptian egyptians | եգիպտոս եգիպտական եգիպտացի | египет египт
cairo | կահիրե | каир
tehran | թեհրան | тегеран
persia persian persians | պարսկ | персидск персия$ персии$ персы$
kurd kurds kurdish kurdistan | քուրդ քրդեր քրդական քրդստան | курд курдск
yazidi yazidis yezidi yezidis | եզդի | езид езидск
beijing peking | պեկին | пекин
shanghai | շանհայ | шанха
hong$ | հոնկոնգ | гонконг
taiwan taiwanese | թայվան | тайван
tibet tibetan | տիբեթ | тибет
japan japanese | ճապոնիա ճապոնական ճապոնացի | япон
tokyo | տոկիո | токио
korea korean koreans dprk$ | կորեա կժդհ$ | корея$ кореи$ корею$ корее$ кореей$ корейск корейц кндр$
seoul | սեուլ | сеул
pyongyang | փհենյան | пхеньян
india indian indians | հնդկաստան հնդկական հնդիկ | индия$ индии$ индию$ индией$ индийск индиец индийц
pakistan pakistani pakistanis | պակիստան | пакистан
bangladesh | բանգլադեշ | бангладеш
kashmir | քաշմիր | кашмир
kabul | քաբուլ | кабул
indonesia indonesian | ինդոնեզիա | индонез
malaysia malaysian | մալայզիա | малайзи
singapore | սինգապուր | сингапур
thailand thai | թաիլանդ թայլանդ | таиланд тайланд тайск
bangkok | բանգկոկ | бангкок
vietnam vietnamese | վիետնամ | вьетнам
philippines philippine filipino | ֆիլիպին | филиппин
myanmar burma | մյանմար | мьянм
mongolia mongolian | մոնղոլ | монгол
australia australian australians | ավստրալիա | австрал
sydney | սիդնեյ | сидне
zealand | զելանդիա | зеланд
canada canadian canadians | կանադա | канад
toronto | տորոնտո | торонто
montreal | մոնրեալ | монреал
ottawa | օտտավա | оттав
vancouver | վանկուվեր | ванкувер
mexico mexican mexicans | մեքսիկա | мексик
brazil brazilian brazilians | բրազիլ | бразил
argentina argentine argentinian | արգենտին | аргентин
chile chilean | չիլի | чили$ чилийск
peru peruvian | պերու | перу$ перуанск
colombia colombian | կոլումբիա | колумби
venezuela venezuelan | վենեսուելա | венесуэл
caracas | կարակաս | каракас
cuba cuban cubans | կուբա | куба$ кубы$ кубе$ кубу$ кубой$ кубинск кубинц
ecuador | էկվադոր | эквадор
bolivia bolivian | բոլիվիա | боливи
uruguay | ուրուգվայ | уругва
panama | պանամա | панам
latin | լատինաամերիկյան լատինական | латиноамерик латинск
york | յորք | йорк
manhattan | մանհեթեն | манхэттен
angeles | անջելես | анджелес
chicago | չիկագո | чикаго
boston | բոստոն | бостон
francisco | ֆրանցիսկո | франциско
miami | մայամի | майами
vegas | վեգաս | вегас
hollywood | հոլիվուդ | голливуд
houston | հյուսթոն | хьюстон
detroit | դետրոյթ | детройт
philadelphia | ֆիլադելֆիա | филадельфи
seattle | սիեթլ | сиэтл
glendale | գլենդել | глендейл
california californian | կալիֆոռնիա կալիֆորնիա | калифорни
texas | տեխաս | техас
florida | ֆլորիդա | флорид
alaska | ալյասկա | аляск
hawaii hawaiian | հավայ | гавай
virginia | վիրջինիա | вирджини
michigan | միչիգան | мичиган
ohio | օհայո | огайо
pennsylvania | փենսիլվանիա | пенсильвани
arizona | արիզոնա | аризон
nevada | նևադա | невад
illinois | իլինոյս | иллинойс
colorado | կոլորադո | колорадо
massachusetts | մասաչուսեթս | массачусетс
jersey | ջերսի | джерси
minnesota | մինեսոտա | миннесот
wisconsin | վիսկոնսին | висконсин
oregon | օրեգոն | орегон
kentucky | կենտուկի | кентукки
tennessee | թենեսի | теннесси
louisiana | լուիզիանա | луизиан
alabama | ալաբամա | алабам
carolina | կարոլինա | каролин
missouri | միսուրի | миссури
statewide | նահանգ | штат$ штата$ штате$ штатов$ штатах$ штатом$ штату$ штаты$
africa african africans | աֆրիկ աֆրիկացի | африк
nigeria nigerian nigerians | նիգերիա | нигери
ethiopia ethiopian ethiopians | եթովպիա եթովպական | эфиоп
kenya kenyan | քենիա | кения$ кении$ кению$ кенией$ кенийск
sudan sudanese | սուդան | судан
libya libyan | լիբիա | ливия$ ливии$ ливию$ ливией$ ливийск
tripoli | տրիպոլի | триполи
tunisia tunisian | թունիս | тунис
algeria algerian | ալժիր | алжир
morocco moroccan | մարոկկ | марокк
somalia somali | սոմալի | сомали
congo congolese | կոնգո | конго
rwanda rwandan | ռուանդա | руанд
zimbabwe | զիմբաբվե | зимбабве
uganda | ուգանդա | уганд
tanzania | տանզանիա | танзани
senegal | սենեգալ | сенегал
cameroon | կամերուն | камерун
angola | անգոլա | ангол
mozambique | մոզամբիկ | мозамбик
madagascar | մադագասկար | мадагаскар
artsakh | արցախ | арцах
stepanakert | ստեփանակերտ | степанакерт
shusha$ shushi$ | շուշի | шуша$ шуши$ шушу$ шуше$ шушой$ шушинск
hadrut | հադրութ | гадрут
martakert | մարտակերտ | мартакерт
askeran | ասկերան | аскеран
lachin berdzor | լաչին բերձոր | лачин бердзор
kalbajar karvachar | քարվաճառ քելբաջար | кельбаджар карвачар
aghdam agdam | աղդամ | агдам
zangezur | զանգեզուր | зангезур
syunik | սյունիք | сюник
tavush | տավուշ | тавуш
shirak | շիրակ | ширак
lori$ | լոռի լոռու | лори$ лорийск
kotayk | կոտայք | котайк
aragatsotn | արագածոտն | арагацотн
armavir | արմավիր | армавир
gegharkunik | գեղարքունիք | гегаркуник
vayots | վայոց | вайоц
ararat | արարատ | арарат
aragats | արագած | арагац
gyumri | գյումրի | гюмри
vanadzor | վանաձոր | ванадзор
kapan | կապան$ կապանի$ կապանում կապանից$ կապանը$ կապանցի | капан
goris | գորիս | горис$ гориса$ горисе$ горису$ горисом$
meghri | մեղրի | мегри
dilijan | դիլիջան | дилижан
jermuk | ջերմուկ | джермук
ijevan | իջևան | иджеван
sisian | սիսիան | сисиан
artashat | արտաշատ | арташат
vagharshapat | վաղարշապատ | вагаршапат
zvartnots | զվարթնոց | звартноц
cilicia cilician | կիլիկիա կիլիկիո | килики
caucasus caucasian | կովկաս | кавказ
transcaucasia transcaucasian | անդրկովկաս | закавказ
balkans balkan | բալկան | балкан
scandinavia scandinavian | սկանդինավ | скандинав
mideast | մերձավոր | ближневосточн ближний$ ближнем$ ближнему$
slavic slavs slav$ | սլավոն | славян
turkic | թյուրք | тюрк тюркск
arctic | արկտիկ | арктик арктич
antarctica antarctic | անտարկտիդա անտարկտիկ | антаркти антарктид
caspian | կասպից | каспи
mediterranean | միջերկրական | средиземн
aegean | էգեյան | эгейск
pacific | խաղաղօվկիանոսյան | тихоокеанск
atlantic transatlantic | ատլանտ | атлант трансатлантич
bosphorus bosporus | բոսֆոր | босфор
suez | սուեզ | суэц
danube | դանուբ | дунай$ дуная$ дунае$ дунаем$ дунайск
volga | վոլգա | волг
euphrates | եփրատ | евфрат
araks arax aras$ | արաքս | аракс
alps alpine | ալպեր ալպյան | альпы$ альпах$ альпийск
himalaya himalayas himalayan | հիմալայ | гимала
everest | էվերեստ | эверест
elbrus | էլբրուս | эльбрус
who$ wto$ | ահկ$ | воз$ вто$
pace$ | եխխվ$ | пасе$
iaea$ | աէմգ$ մագատէ$ մագատե$ | магатэ$
unicef | յունիսեֆ | юнисеф
undp$ | մազծ$ | проон$
icrc$ | կխմկ$ | мккк$
oecd$ | տհզկ$ | оэср$
ebrd$ | վզեբ$ | еббр$
adb$ | ազբ$ | абр$
ecb$ | եկբ$ | ецб$
icc$ | մքդ$ | мус$
interpol | ինտերպոլ | интерпол
europol | եվրոպոլ | европол
asean | ասեան | асеан
nasa$ | նասա | наса$
roscosmos | ռոսկոսմոս | роскосмос
meps$ mep$ europarliament | եվրախորհրդարան եվրապատգամավոր | европарламент евродепутат
schengen | շենգեն | шенген
brexit | բրեքսիթ բրեքզիթ | брексит
hezbollah | հեզբոլլահ | хезболл
hamas | համաս$ համասը$ համասի$ համասին$ համասից$ համասով$ համասական | хамас
taliban | թալիբ | талиб
isis$ isil$ daesh | իպ$ | игил$
qaeda qaida | քաիդա | каид
pkk$ | քբկ$ | рпк$
houthi houthis | հութի | хусит
caliphate | խալիֆա | халифат
archipelago | արշիպելագ կղզեխումբ | архипелаг
lowland lowlands plains$ | հարթավայր | равнин
steppe$ steppes$ | տափաստան | степи$ степь$ степью$ степях$ степн
plateau | սարահարթ | плато$
highland highlands upland uplands | լեռնաշխարհ | нагорь
canyon canyons gorge$ gorges$ | կիրճ | ущель каньон
cave$ caves$ | քարանձավ | пещер
peak$ peaks$ | գագաթ | вершин пик$ пика$ пике$ пиком$
waterfall waterfalls | ջրվեժ | водопад
beach beaches | լողափ | пляж
swamp swamps marshes$ marshland wetlands | ճահիճ ճահճ | болот
basin$ basins$ | ավազան | бассейн
equator equatorial | հասարակած | экватор
hemisphere | կիսագունդ կիսագնդ | полушари
tropical tropics | արևադարձ | тропич тропик
polar | բևեռ | полярн полюс
latitude | լայնութ | широт
longitude | երկայնութ | долгот
coordinates | կոորդինատ | координат
geography geographic geographical geographically | աշխարհագր | географ
geopolitics geopolitical geopolitically | աշխարհաքաղաք | геополит
metropolis metropolitan megacity megalopolis | մետրոպոլ մեգապոլիս | мегаполис метрополи
baltimore | բալթիմոր | балтимор
indiana | ինդիանա | индиана$ индиане$ индиану$ индианой$ индианы$
arabkir | արաբկիր | арабкир
shengavit | շենգավիթ | шенгавит
erebuni | էրեբունի | эребуни
ajapnyak | աջափնյակ | аджапняк
davtashen | դավթաշեն | давташен
charentsavan | չարենցավան | чаренцаван
martuni | մարտունի | мартуни
vardenis | վարդենիս | варденис
yeghegnadzor | եղեգնաձոր | ехегнадзор
stepanavan | ստեփանավան | степанаван
alaverdi | ալավերդի | алаверди
kajaran | քաջարան | каджаран
metsamor | մեծամոր | мецамор
tsaghkadzor | ծաղկաձոր | цахкадзор
tatev | տաթև | татев
akhaltsikhe | ախալցխա | ахалцих
kutaisi | քութայիսի | кутаиси
nepal nepalese | նեպալ | непал
lanka | լանկա | ланка$ ланке$ ланки$ ланку$ ланкийск
cambodia cambodian | կամբոջա | камбодж
bahrain | բահրեյն | бахрейн
oman$ omani | օման | оман$ омана$ омане$ оманом$ оману$ оманск
haiti haitian | հայիթի | гаити
strasbourg | ստրասբուրգ | страсбург
munich | մյունխեն | мюнхен
frankfurt | ֆրանկֆուրտ | франкфурт
hamburg | համբուրգ | гамбург
venice venetian | վենետիկ | венеци
edinburgh | էդինբուրգ | эдинбург
oxford | օքսֆորդ | оксфорд
cambridge | քեմբրիջ | кембридж
mecca | մեքքա | мекк
izmir | իզմիր | измир
antalya | անթալիա | анталь анталия
tabriz | թավրիզ | тебриз
mosul | մոսուլ | мосул
idlib | իդլիբ | идлиб
kessab kasab | քեսաբ | кесаб
hiroshima | հիրոսիմա | хиросим
fukushima | ֆուկուսիմա | фукусим
chernobyl chornobyl | չեռնոբիլ | чернобыл
wuhan | ուհան | ухан
riyadh | ռիադ | рияд
mesopotamia | միջագետք | месопотам
ingushetia ingush | ինգուշ | ингуш
azov | ազով | азов
baikal | բայկալ | байкал
nile | նեղոս | нил$ нила$ ниле$ нилом$ нилу$
vorotan | որոտան | воротан
carpathian carpathians | կարպատ | карпат
ioc$ | մօկ$ | мок$
gazprom | գազպրոմ | газпром
rosatom | ռոսատոմ | росатом
elysee élysée | ելիսեյան | елисейск
capitol | կապիտոլիում | капитоли
bundestag | բունդեսթագ | бундестаг
knesset | քնեսեթ | кнессет
cia$ | կհվ$ | цру$
fbi$ | հդբ$ | фбр$
slope slopes | լանջ | склон$ склона$ склоне$ склоны$ склонах$ склонам$ склонов$
foothills | նախալեռ | предгорь
ridge ridges | լեռնաշղթա | хребет хребт
dam$ dams$ | ամբարտակ | дамб плотин
terrain | տեղանք | местност
landscape landscapes | լանդշաֆտ | ландшафт
`;
