import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import type { SignalKind } from './classify.ts';

/**
 * How employers, recruiters and the systems that write for them phrase each step of a hiring
 * process, in English, German, French, Spanish, Dutch, Italian and Portuguese: written from how
 * recruiting mail is worded in each language (templates of ATSs, schedulers and HR departments, and
 * how recruiters write), not from any mailbox.
 *
 * A phrase is words in order. Each word is reduced to its stem in the phrase's language and matches
 * any inflection of it ("decidido" matches "decidimos", "mitteilen" matches "mitteilt", "retenue"
 * matches "retenu"); `a/b` is either word; `…` lets up to four words stand between; `=word` is that
 * exact word (for short words whose stems would catch too much); `……` lets up to ten words stand
 * between, for a subject and its verb ("the recruitment for the role of … has been suspended"). Text is folded first (lower case,
 * no accents, apostrophes as spaces), as the phrases are.
 */
type Language = 'en' | 'de' | 'fr' | 'es' | 'nl' | 'it' | 'pt';
type Phrasebook = Partial<Record<Language, string[]>>;

const stemmers: Record<Language, (word: string) => string> = { en: english, de: german, fr: french, es: spanish, nl: dutch, it: italian, pt: portuguese };

/** The candidacy is over: however politely said, in any language. */
const rejection: Phrasebook = {
  en: [ 'chosen/selected/picked … another/other … finalist/finalists/candidate/candidates/applicant/applicants/person', 'candidates/applicants/others … who/whose …… more closely/better … match/fit/align', '=not/=t … extending/extend/make/making … an offer', 'not … inviting/invite … you … to … interview', 'unable to take … application … further', 'not … good news', '=gone/=went … another/a different … way/direction', 'not be taking … further', 'were not successful', 'not … moving/move/progress/progressing … to … next round/stage', 'chosen/decided/opted/elected … proceed/continue … with … candidate/applicant/someone/person/profile', 'progressing/proceeding … with other/another … applicants/candidates', 'gone/went/going/=go … with … candidate/applicant/someone … who/whose/with', 'gone/went … with someone else', 'offered … role/position/job … to someone/another', 'offer/offered … the position/role/job/post … to another/someone/a different', 'appointed/hired/selected … another/someone else', 'the successful candidate', 'filled internally', 'unsuccessful on this occasion', 'not … successful … this time/occasion', 'decided/chosen/opted … move/go/proceed … forward/ahead … with … candidate/candidates/applicant/applicants/profile/someone whose', 'chosen/decided/opted … to pursue … candidates/applicants/others',
    'decided/chosen/opted/elected … move/go/proceed/continue forward/ahead … other/another/different candidate/applicant/profile',
    'decided/chosen/opted … pursue/proceed/continue … other/another candidate/applicant/profile/person',
    'move/moving forward with other/another candidate/applicant',
    'proceed/proceeding with other/another candidate/applicant',
    'not/unable … be … progress/progressing/proceed/moving … your application/candidacy',
    'will not be progressing', 'won\'t be progressing', 'won\'t be moving forward', 'will not be moving forward', 'not moving forward with your',
    'decided not to proceed/progress/continue/move/pursue', 'not been successful', 'was unsuccessful', 'were unsuccessful', 'not been selected', 'not selected for',
    'not shortlisted', 'not been shortlisted', 'unable to offer you', 'not in a position to offer', 'position/role/vacancy … been filled',
    'other candidates whose … more closely', 'regret to inform …… =not/=unsuccessful/=other/=unable/=another', 'no longer under consideration', 'not be taking your application further',
    'closer match', 'stronger match for', 'decided to go in a different direction', 'forward with … candidates/applicants whose', 'candidates/applicants whose … more closely',
    '=not … able to … move/progress/proceed/continue', '=won =t … able to … move/progress/proceed/continue', 'unable to … progress/proceed/continue … application/candidacy',
    'unable to move forward', 'not be moving ahead', 'decided not to … further',
  ],
  de: [ 'anderen weg … entschieden', 'keine … stelle … anbieten', 'anders entschieden', 'mit … kandidaten/kandidatinnen/kandidatin/bewerbern/bewerberinnen/bewerberin/personen …… fortsetzen/fortzusetzen/fortführen/weiterführen', 'deren/dessen … profil …… besser/genauer/eher/näher …… passt/entspricht', 'uns … für … eine/einen … kandidatin/kandidaten/bewerberin/bewerber …… entschieden', 'stelle … mit … einer/einem … zu besetzen', 'stelle … mit … einer/einem … besetzen', 'stelle … mit … anderen/anderer/einer anderen … besetzen/besetzt', 'profil … passt … leider nicht', 'leider … nicht … in betracht', 'leider … keine … berücksichtigung', 'dir … leider … absagen', 'uns … gegen … eine zusammenarbeit', 'intern besetzt', 'jemand anderen/anderes entschieden', 'anderen … den vorzug', 'nicht … zum zug', 'nicht … in die nächste runde', 'für … bewerber/bewerberin/kandidaten/kandidatin … entschieden … deren/dessen/die',
    'leider … mitteilen … nicht', 'leider … absage … bewerbung', 'absage … bewerbung', 'bewerbung … absage', 'nicht … berücksichtigen', 'nicht weiter … berücksichtigt',
    'für … anderen/andere … bewerber/kandidaten/kandidatin/bewerberin/person/profil … entschieden', 'andere/anderen … bewerber/bewerberin/kandidaten/kandidatin … ausgewählt/vorzug/entschieden',
    'können … ihnen … keine … zusage', 'keine positive rückmeldung', 'nicht in die engere auswahl', 'bewerbung … nicht … weiterverfolgen',
    'nicht weiter verfolgen', 'stelle … anderweitig besetzt', 'anderweitig vergeben', 'leider … nicht … weiter … prozess', 'nicht für sie entscheiden',
    'müssen … leider … absagen', 'leider nicht … angebot machen', 'gegen … bewerbung … entschieden', 'gegen sie entschieden', 'zu unserem bedauern', 'bewerbung … nicht erfolgreich',
  ],
  fr: [ 'fait un autre choix', 'pas … aller plus loin', 'pas en mesure … retenir', 'classé … autres/autre … candidatures/candidats/candidature', 'ne correspond pas … aux … besoins/attentes/exigences/critères', 'ne pourrons pas … poursuivre/continuer/avancer', 'pas retenu … pour la suite', 'confier … poste … à =un/=une/=quelqu/=autre', 'retenu … un/une … candidat/candidate/profil … plus', 'fait le choix … autre/autres … candidat/candidature/profil', 'pas en mesure … donner … suite', 'pas en mesure … favorablement', 'ne correspond pas … au poste/profil/besoins/attentes', 'pas … poursuivre … processus … avec vous/toi', 'pourvu en interne', 'poste … =pourvu', 'ne retiendrons pas', 'ne sera pas retenue', 'pas … sélectionné/sélectionnée', 'pas … été sélectionné/sélectionnée', 'avons/avoir … retenu … candidature/candidat/profil … dont/qui', 'poursuivre … avec … candidat/candidats/profil/profils … dont/qui',
    'ne … pas … donner suite', 'pas … suite favorable', 'ne donnerons pas suite', 'pas été retenue', 'pas retenu votre candidature', 'ne pas retenir',
    'retenu … autre/autres … candidat/candidature/profil', 'poursuivre … avec … autre/autres … candidat/profil/candidature', 'choisi … autre/autres … candidat/profil',
    'candidature … pas … retenue', 'regret … informer … pas', 'réponse négative', 'pas … poursuivre … votre candidature', 'profil … correspond … davantage',
    'privilégié … autre/autres … candidat/profil/candidature', 'ne pas … poursuivre', 'ne … pouvoir/pouvons … donner … suite', 'au regret de', 'regret de ne',
  ],
  es: [ 'optado/decidido/elegido … avanzar/continuar/seguir … con … perfil/perfiles/candidato/candidata/candidatos/persona', 'no continuarás/continuaras/avanzarás/avanzaras', 'plaza/vacante/posición … =cubierta/=cubierto', 'cubierto/cubierta … con … otro/otra … candidato/candidata/perfil', 'optado … por … otro/otra … candidato/candidata/perfil', 'cubierto internamente', 'puesto … =cubierto', 'no … continuarás … proceso', 'no has/ha sido … seleccionado/seleccionada', 'hemos decidido …… avanzar/seguir/continuar … con … candidato/candidata/perfil/persona',
    'no … sido seleccionado/seleccionada', 'continuar … con otros/otras/otro … candidato/candidata/perfil/candidatura', 'seguir adelante con otro/otros/otra',
    'decidido/seleccionado/elegido/optado … otro/otra/otros/otras … candidato/candidata/perfil/candidatura',
    'avanzar/seguir/continuar/quedarnos … con otro/otra/otros/otras … candidato/candidata/perfil/persona', 'perfil … encaja mejor', 'no … continuar … tu/su candidatura', 'no … avanzar … tu/su candidatura',
    'lamentamos comunicarte/comunicarle/informarte/informarle …… =no', 'descartado/descartada', 'perfil … más … ajusta', 'no … seguir … proceso … contigo/usted',
    'finalizado … proceso … para ti', 'decidido no continuar', 'decidido no avanzar', 'respuesta negativa', '=no … seguir adelante', '=no … continuar … proceso',
  ],
  nl: [ 'niet voort … zetten', 'traject …… niet … voortzetten/voort', 'voor iemand anders … gekozen', 'niet weerhouden', 'kandidatuur … niet … weerhouden/verder', 'gekozen/kiezen … voor iemand', 'gaan verder met … kandidaat/kandidaten/iemand', 'gekozen … voor … andere … kandidaat', 'gekozen … voor … een … kandidaat … die/met', 'functie … vergeven', 'intern ingevuld', 'vacature … =ingevuld', 'keuze … niet op jou/u … gevallen', 'andere kandidaat … aangenomen', 'niet … uitgekozen', 'verder … gaan … met … kandidaten/kandidaat/profiel … die', 'kiezen/gekozen/besloten … voor … kandidaten/kandidaat … die', 'kiezen/gekozen … ervoor … verder … met',
    'gekozen voor … andere … kandidaat/kandidaten', 'besloten … andere … kandidaat/kandidaten', 'verder met … andere … kandidaat/kandidaten', 'andere kandidaat … gekozen', 'niet … verder … procedure', 'niet verder gaan met', 'helaas … moeten … mededelen … niet',
    'helaas … niet … verder', 'afwijzing', 'niet … geselecteerd', 'afgewezen', 'sollicitatie … niet … verder', 'besloten … niet … verder', 'beter … aansluit',
  ],
  it: [ 'orientarci/orientati/orientare/orientato … verso … altro/altri/altra/un/una … profilo/profili/candidato/candidata/candidati', 'scelta diversa', 'scelto/deciso/preferito … proseguire/procedere/continuare … con … profilo/profili/candidato/candidata/candidati', 'candidatura … non … proseguirà/proseguire/avanzerà/continuerà', 'non … proseguirà … fasi', 'posto/ruolo … =coperto/=coperta … con/da … altro/altra', 'coperta internamente', 'posizione … =coperta', 'non … stata scelta/scelto', 'abbiamo deciso/scelto …… proseguire/procedere/continuare … con … candidato/candidata/profilo',
    'non … proseguire … candidatura', 'proseguire/procedere/continuare … con … altri/altro/altra/altre … candidat/profil', 'scelto/selezionato/individuato … altri/altro/altra … candidat/profil', 'non … stato/stata selezionato/selezionata',
    'deciso di non … proseguire/procedere', 'esito negativo', 'non … stata accolta', 'profilo … più in linea', 'non … procedere … candidatura', 'purtroppo … non … selezione',
  ],
  pt: [ 'seguimos/seguiremos … com … outra/outro … pessoa/perfil/candidato/candidata', 'optamos/decidimos/escolhemos … seguir/avançar/prosseguir/continuar … com … perfil/candidato/candidata/pessoa', 'vaga/função … =preenchida/=preenchido … com/por … outro/outra', 'preenchida internamente', 'vaga … =preenchida', 'não … foi escolhido/escolhida', 'optámos/optamos/decidimos/escolhemos …… avançar/prosseguir/seguir/continuar … com … perfil/candidato/candidata/candidatos/pessoa',
    'não … avançar … candidatura', 'não … prosseguir … candidatura', 'avançar/seguir/prosseguir/continuar … com … outro/outros/outra/outras … candidat/perfi',
    'selecionado/escolhido/optado … outro/outros/outra/outras … candidat/perfi',
    'não … selecionado/selecionada', 'decidimos não avançar/prosseguir/continuar', 'não … seguir/seguiremos … candidatura', 'perfil … mais … adequado', 'lamentamos informar … não', 'não … dar seguimento',
  ],
};

/** The job is offered, or the contract that carries it is ready. */
const offer: Phrasebook = {
  en: [ 'extend/extending … you … the/an/our … position/role/job/offer', 'bring/brought … you on as', 'want/like/love … you … in … the/our … team', 'formal letter', 'your contract … for … role/position/post', 'contract …… sign … return', 'discuss/go through/talk … terms', 'have you join/on … team/board', 'role/job/position/post … is yours', 'you got the job/role/position', '=hiring/=hire/=appoint/=appointing … you … as', 'move/moving/go/going … ahead/forward … with hiring/appointing you', '=successful …… appoint/appointing', 'package … attached', 'pleased/happy/delighted/thrilled/excited … confirm … want/like/love … you', 'want/like/love … you on board/aboard', 'bring/get … you … on board/aboard', 'welcome you aboard', 'join … as our next', 'offer … =letter/=pack/=paperwork', 'want/like/love … you to join … as', 'want you to join', 'welcome you … as … our/the', 'pleased/delighted … attach … offer', 'make/making you an offer', 'conditional offer', 'offer … the role/position … to you',
    'offer you the position/role/job/post', 'offer of employment', 'offer letter', 'job offer', 'formal/verbal/written/conditional offer', 'extend … offer',
    'pleased/delighted/happy/thrilled/excited … offer you', 'review … accept … your offer', 'your offer … ready', '=your … employment contract', 'employment contract … attached/enclosed/sign/signature/review', 'attached/attaching … employment contract', 'contract … sign … start',
    'love you to join', 'like you to join', 'welcome you … team … offer', 'confirm … our offer', 'attached … offer', 'employment agreement', 'contract of employment',
  ],
  de: [ 'bestätigen … ihre/deine … einstellung', 'ihnen/dir …… stelle/position/funktion …… anbieten', 'sie/dich … gerne … als …… anstellen/einstellen', 'dienstvertrag', 'ihnen/dir … stelle/position … anbieten', 'vertragsunterlagen', 'sie/dich … einstellen … möchten', 'willkommen … an bord … vertrag', 'uns … für sie entschieden', 'uns … für dich entschieden', 'freuen … ihnen … mitteilen … für sie', 'vertrag … zusenden','arbeitsvertrag', 'vertragsangebot', 'zusage … für … stelle', 'freuen … ihnen … stelle … anbieten', 'ihnen … angebot … unterbreiten', 'jobangebot', 'stellenangebot für sie', 'vertragsentwurf'],
  fr: [ 'recevrez … contrat', 'envoyer/envoyons/envoie … votre … contrat', 'confirmer/confirmons/confirme … votre/ton … embauche/engagement/recrutement', 'vous/te … proposer … poste … en cdi/cdd', 'vous/t … embaucher', 'signer … contrat … travail', 'ravis/heureux … vous/t … annoncer … retenue/retenu/sélectionné/sélectionnée', 'lettre d offre', 'proposition … salariale', 'vous proposer … un cdi/cdd', 'vous faire … proposition', 'plaisir … vous annoncer … candidature … retenue', 'souhaitons … vous proposer … poste', 'vous proposer … le poste', 'proposer … un contrat', 'proposition d embauche', 'promesse d embauche', 'proposition de contrat', 'plaisir … proposer … poste', 'contrat de travail … signer', 'offre … embauche'],
  es: [ 'propuesta económica', 'propuesta … salarial', 'enviamos … contrato', 'confirmar/confirmarte/confirmarle … contratación/incorporación', 'hacerte/hacerle … una … oferta/propuesta', 'carta de oferta', 'carta … oferta … puesto', 'incorporarte/incorporarse … como', 'ofrecerte/ofrecerle …… puesto/plaza/posición', 'queremos … que … te unas/incorpores', 'has sido seleccionada/seleccionado para', 'ofrecerte … puesto', 'oferta … puesto … ti', 'propuesta de contratación', 'seleccionado/seleccionada para el puesto', 'alegra … ofrecer', 'carta oferta', 'oferta formal', 'ofrecerte el puesto', 'ofrecerle el puesto', 'complace … ofrecer', 'contrato … firmar', 'oferta … incorporación'],
  nl: [ 'contract … aanbieden', 'bevestigen … aanstelling/aanname/indiensttreding', 'bieden … je/u …… functie …… aan', 'aannemen … als', 'willen … je/u … graag aannemen', 'gekozen voor jou/u', 'aanbod … doen', 'voorstel … arbeidsvoorwaarden','arbeidsovereenkomst', 'functie … aan te bieden', 'aanbieden … functie', 'contractvoorstel', 'aanbod … functie', 'jobaanbieding', 'graag … aanbieden … functie', 'arbeidsvoorwaardenvoorstel', 'aanbiedingsbrief'],
  it: [ 'scelto/scelta … per … posizione/ruolo', 'invieremo/inviare/inviamo … contratto', 'confermar/confermarle/confermarti/confermiamo … inserimento/assunzione', 'lettera … offerta', 'offrirti … posizione/ruolo/posto', 'assumerla/assumerti', 'lieti … comunicarle … selezionata/selezionato', 'offrirle … posizione/ruolo', 'proposta … economica','proposta di assunzione', 'selezionata/selezionato per la posizione', 'lieti … offrir', 'lettera di assunzione', 'lettera di offerta', 'offerta di assunzione', 'lieti … offrirle … posizione', 'contratto … firmare'],
  pt: [ 'aprovada/aprovado … processo seletivo', 'proposta … salário/benefícios/remuneração', 'fazer/fazemos … uma … proposta', 'confirmar … aprovação/contratação/admissão', 'carta de oferta', 'carta … proposta', 'oferecer-lhe … posição/vaga/função/cargo', 'contratá-la/contratá-lo', 'selecionada/selecionado para … função/vaga/posição', 'fazer-lhe … proposta', 'apresentar … proposta', 'proposta de emprego', 'nossa proposta para … posição/vaga/função', 'selecionado/selecionada para a vaga/função/posição', 'proposta de contratação', 'proposta de trabalho', 'carta proposta', 'carta oferta', 'oferecer … posição/vaga/cargo', 'contrato … assinar'],
};

/** The role is closed or frozen without a decision about the candidate, or the candidate's withdrawal is acknowledged. */
const positionClosed: Phrasebook = {
  en: [ 'posting/listing/vacancy/advert … =expired', 'will not be filled', 'role/position/opening …… re scoped/rescoped/restructured/reorganised/reorganized', 'no longer accepting applications', 'not … go/going ahead … hiring/recruiting/recruitment', 'budget … role/position/hire …… cut/frozen/pulled', 'budget … =cut', 'not/won t … be hiring for', 'put on =pause', 'position/role …… no longer exists', 'withdraw …… updated … your application', 'accepted … another/other … offer/role/position/job', 'closed … your … file', 'respect … your … decision', '=pull/=pulled/=pulling … the … req/requisition/role/position/opening', 'req/requisition/role/position/opening/search …… =pulled', 'on =ice', 'search …… on =ice', '=close/=closed/=closing/=freeze/=frozen/=froze/=pause/=paused/=pausing/=cancel/=cancelled/=canceled/=shelved/=halted …… =opening/=role/=position/=vacancy/=requisition/=hire/=hiring/=recruitment/=search', '=opening/=role/=position/=vacancy/=requisition/=hire/=hiring/=recruitment/=search …… =closed/=frozen/=paused/=cancelled/=canceled/=shelved/=halted/=hold', 'not … fill … position/role/vacancy … at this time', 'opening/launch/project …… pushed back/postponed/delayed … next/until', 'decided not to … hire/recruit … for', 'pausing … all … hiring/recruitment', '=closed/=closing … the opening/position/role/requisition/vacancy', 'position/role/vacancy/opening …… been =eliminated/=removed/=closed',
    'position/role/vacancy/requisition/opening/recruitment/search …… put/placed on =hold', 'position/role/vacancy/requisition/opening/search …… =cancelled/=canceled/=withdrawn/=frozen/=paused/=suspended',
    'no longer recruiting/hiring for', 'decided not to fill', 'hiring freeze', 'received/acknowledge/noted/confirm … your withdrawal', 'withdrawn your application', 'withdraw/withdrawn … from the process',
    'offer … declined', 'sorry … decline … offer', 'role … no longer available', 'position … no longer open', '=close/=closing … position/role/requisition/vacancy … without', '=pause/=paused/=pausing … hiring/recruitment/recruiting', 'wish/want/decided … to withdraw', 'withdrawal … application',
    'decided … =close … position/role/requisition/vacancy',
  ],
  de: [ 'stelle …… vorerst … nicht … besetzt/besetzen', '=wird …… nicht … besetzt', 'doch nicht besetzt', 'ihre/deine … absage … vermerkt/erhalten/respektieren/bedauern', 'respektieren/akzeptieren … ihre/deine … entscheidung', 'stelle/position/besetzung/auswahlverfahren/ausschreibung/rekrutierung/einstellung/suche …… =geschlossen/=eingefroren/=pausiert/=gestoppt/=abgebrochen/=ausgesetzt/=eis', '=schliessen/=einfrieren/=pausieren/=stoppen/=aussetzen …… stelle/position/besetzung/auswahlverfahren/suche', 'stelle … vorerst … nicht … besetzen/besetzt', 'suche … eingestellt/pausiert', 'ausschreibung … beendet', 'stelle/position …… =entfallt/=entfallen/=weggefallen/=geschlossen', 'besetzungsverfahren …… =eingestellt/=abgebrochen', 'verfahren … =abgebrochen','stelle …… =gestrichen/=gestoppt/=zuruckgezogen', 'auf eis gelegt', 'rückzug … bewerbung', 'besetzung … gestoppt', 'stelle … nicht mehr … besetzt', 'ausschreibung … zurückgezogen', 'einstellungsstopp', 'absage … zur kenntnis', 'stelle … nicht besetzt', 'rücknahme … bewerbung', 'bewerbung … zurückziehen/zurückgezogen'],
  fr: [ 'poste …… plus ouvert', 'respectons … votre/ta … décision', 'avez/as accepté … autre … poste/offre/proposition', 'fermer/fermé/clôturer/clôturé/geler/gelé/suspendre/suspendu/annuler/annulé …… poste/recrutement/processus/offre/annonce/embauche', 'poste/recrutement/processus/offre/annonce/embauche …… =pause/=suspens/=ferme/=fermee/=gele/=gelee/=suspendu/=suspendue/=annule/=annulee/=clos/=cloture', 'recrutons … plus', 'retiré … annonce', 'annonce … retirée', 'plus … besoin … recruter', 'poste …… =supprime/=ferme/=clos/=cloture', 'recrutement …… =clos/=cloture/=ferme/=arrete', 'mettre fin … recrutement','retrait … candidature', 'poste …… =annule/=gele/=suspendu', 'recrutement …… =suspendu/=annule/=gele', 'plus … recruter … poste', 'prenons bonne note … retrait', 'désistement'],
  es: [ 'respetamos … tu/su … decisión', 'aceptado … otra … oferta/propuesta', 'cerrar/cerrado/cerramos/congelar/congelado/congelada/pausar/pausado/cancelar/cancelado/suspender/suspendido …… vacante/puesto/posición/proceso/contratación/búsqueda/plaza', 'vacante/puesto/posición/proceso/contratación/búsqueda/plaza …… =pausa/=suspenso/=cerrado/=cerrada/=congelado/=congelada/=cancelado/=cancelada/=suspendido/=suspendida', 'ya no … buscamos/seleccionamos', 'retirado … oferta', 'oferta … retirada', '=congelado/=congelada/=cancelado/=cancelada/=cerrado/=cerrada … la/el … vacante/puesto/proceso', 'puesto/vacante …… =eliminado/=eliminada/=suprimido/=suprimida/=cerrado/=cerrada','proceso/vacante/puesto …… =cancelado/=cancelada/=suspendido/=suspendida/=congelado/=congelada', 'retirada … candidatura', 'retirar … candidatura', 'ya no … cubrir … puesto', 'congelación de contrataciones', 'vacante … cerrada'],
  nl: [ 'respecteren … je/jouw/uw … beslissing', 'vacature/functie/procedure/werving …… =gesloten/=bevroren/=gepauzeerd/=hold/=wacht/=geannuleerd/=stopgezet', 'sluiten/bevriezen/pauzeren/annuleren/stopzetten …… vacature/functie/procedure/werving', 'vacature … ingetrokken', 'zoeken … niet meer', 'vacature/functie …… =gesloten/=geschrapt/=vervallen/=opgeheven','vacature …… =ingetrokken/=vervallen/=stopgezet', 'functie …… on =hold', 'terugtrekking', 'teruggetrokken', 'werving … stopgezet/gepauzeerd', 'vacaturestop'],
  it: [ 'rinuncia', 'rispettiamo … sua/tua … decisione', 'posizione/ruolo/posto/ricerca …… non … più … aperta/aperto/disponibile/attiva', 'posizione/ricerca/selezione/processo/assunzione …… =pausa/=stand/=chiusa/=chiuso/=congelata/=congelato/=sospesa/=sospeso/=annullata/=annullato', 'chiudere/congelare/sospendere/annullare …… posizione/ricerca/selezione/processo/assunzione', 'ricerca … =sospesa/=annullata/=chiusa', 'non … più … cerchiamo', 'posizione/ricerca/selezione …… =cancellata/=soppressa/=congelata', 'chiuso/sospeso … la ricerca/selezione','posizione/selezione/ricerca …… =sospesa/=sospeso/=annullata/=annullato/=chiusa/=chiuso', 'ritiro … candidatura', 'blocco delle assunzioni', 'non … più … ricerca'],
  pt: [ 'respeitamos … sua/tua … decisão', 'aceitou … outra … proposta/oportunidade', 'vaga/posição/função/processo/recrutamento/contratação …… =pausa/=espera/=fechada/=fechado/=encerrada/=encerrado/=congelada/=congelado/=suspensa/=suspenso/=cancelada/=cancelado', 'fechar/encerrar/congelar/suspender/cancelar …… vaga/posição/função/processo/recrutamento/contratação', 'já não … procuramos/recrutamos', 'anúncio … retirado', 'vaga/posição/função …… =extinta/=fechada/=encerrada/=eliminada', 'encerrar/encerrámos/fechámos … processo/vaga','recrutamento/processo/vaga …… =suspenso/=suspensa/=cancelado/=cancelada/=congelado/=congelada', 'desistência', 'retirada … candidatura', 'congelamento … contratações', 'vaga … encerrada'],
};

/** A status note without a decision: still reviewing, delayed, someone away, an answer promised later. */
const stillReviewing: Phrasebook = {
  en: [ 'affected by … leave/absence/absences/holidays', 'interviews …… will now … take place/be held', 'timing/timeline … may/might/could/will … slip', 'update … for you … within', 'still … under consideration', 'still no decision', 'no decision … on our end/side', 'chasing … for feedback', 'gathering/collecting … feedback', 'haven/hasn/haven =t … made/reached … decision', 'yet to … make/reach … decision', 'not … made … decision', 'slowed down', 'currently being reviewed', 'being reviewed by', 'contact/reach … you … once … decision', 'no update yet', 'still open … interviewing', 'hiring manager … travelling/traveling/away/out', 'little/bit/slightly … behind', 'no news yet', 'panel/committee/team … meets/meeting … to decide', 'taking/take … a while', 'still … shortlisting/deciding/finalising/finalizing/working', 'still … in the running', 'expect … to make/reach … decision', 'update you … soon/shortly/next week', 'still finalizing/finalising', 'circle back', 'short pause', '=on medical/sick/parental/maternity/paternity/annual/personal leave', 'out … leave', 'won t be … scheduling … until', 'not … scheduling … until', 'get back to you … answer/decision … by', 'syncing … on … candidates', 'answer by', 'still … speaking/talking … to/with … candidates', 'keep you in the loop', 'on parental/maternity/paternity/sick/annual leave', 'only be able to … after', 'sorry/apologies … for the silence/delay', 'final decision … will/after/once', 'decision … expected/likely … by/next', 'waiting on/for … feedback', 'waiting … hiring manager', 'hope to have … update', 'few more days/weeks', 'wanted to give you … update', 'be in touch … once … decision/decided', 'still going/working through', 'still … interviewing/interviews … other', 'finishing … interviews', 'expect … to start … calls/interviews', 'sorry for the wait', 'not … finished … interviews/process',
    'still reviewing', 'still under review', 'still being reviewed', 'still considering', 'under review', 'no decision yet', 'not yet … decision', 'taking longer than',
    'process … delayed', 'delay … process', 'behind … schedule', 'behind with', 'we are … behind', 'out … on leave', 'been out', 'been away', 'out of office', 'on annual leave', 'haven\'t forgotten', 'have not forgotten',
    'update … by … end of … week', 'still interviewing', 'still in process', 'still in progress', 'still meeting … candidates', 'back to you … next week', 'keep you updated/posted', 'bear with us', 'thank you for your patience', 'appreciate … patience', 'continue/continuing … to … review/reviewing/assess', 'cv has been viewed', 'viewed your application',
  ],
  de: [ 'zieht/ziehen … sich … hin', 'ist … krank/erkrankt', 'noch … auf … baustellen/reisen/dienstreise', 'im urlaub … daher', 'noch … gespräche … führen', 'halten … sie … auf dem laufenden', 'dauert … länger', 'länger als … vorgesehen/geplant/erwartet/gedacht', 'um … geduld', 'bitten … geduld', 'entscheidung … fällt/fallen … erst', 'bewerbungsprozess … länger', 'sichten … noch', 'befindet … sich … prüfung', 'noch … in … prüfung', 'leider … noch … keine … rückmeldung', 'warten … noch … rückmeldung', 'noch … abstimmung', 'sobald … entscheidung', 'noch … nicht … abgeschlossen', 'noch … gespräche … anderen', 'noch … einige tage','zwischenbescheid', 'noch mitten', 'noch im auswahlprozess', 'auswahlprozess … noch … gange', 'noch … keine entscheidung', 'noch … prüfung', 'verzögert', 'verzögerung', 'etwas länger', 'noch etwas geduld', 'noch etwas zeit', 'benötigen … zeit', 'melden … uns … sobald', 'derzeit … urlaub', 'bewerbung … gesichtet', 'noch im prozess'],
  fr: [ 'toujours … sur … bureau', 'dès … son/leur … retour', 'tiendrons … informé', 'encore … rencontrer … candidats', 'désolé/désolée/pardon … silence', 'décision … sera prise', 'prendrons … décision', 'pas encore … pu … revenir', 'en cours d analyse', 'encore … en cours', 'pas encore … retour', 'toujours … processus … recrutement', 'attendons … retour', 'toujours en attente', 'dès que … décision', 'pas encore … pu … finaliser/terminer/conclure', 'pas encore … finalisé/terminé', 'revenons/reviendrons vers … courant/semaine/prochainement', 'été absent/absente', 'encore … quelques jours','toujours … étude', 'toujours en cours', 'processus … toujours', 'cours d étude', 'à l étude', 'pas oublié', 'retard', 'retardé', 'prend plus de temps', 'en congé', 'reviens vers … dès', 'reviendrons vers vous … dès', 'pas encore … décision', 'merci … patience'],
  es: [ 'seguimos con … proceso', 'en cuanto tengamos … novedades/noticias', 'daremos … respuesta … cuanto', 'todavía/aún … no … toma/tomado/tomamos/tomar … decisión', 'disculpa/perdón/perdona … demora/retraso', 'estuvo/está … de viaje/vacaciones', 'te/le mantendremos informado/informada', 'seguimos … hablando/entrevistando/valorando/revisando', 'decisión final … tomará/tomaremos', 'perdona/perdón/disculpa … silencio', 'te/le digo algo', 'esperando … respuesta/feedback/valoración', 'en cuanto … decisión', 'todavía/aún … estamos … terminando/revisando/valorando/entrevistando', 'aún no … tenemos … respuesta', 'todavía no … tenemos … respuesta', 'te/le escribo … en cuanto', 'escribimos … en cuanto','sigues en proceso', 'sigue en proceso', 'todavía … revisando', 'aún … revisando', 'retraso', 'se está alargando', 'ha leído tu cv', 'visto tu candidatura', 'aún no … decisión', 'gracias … paciencia', 'en revisión'],
  nl: [ 'nog … druk bezig', 'nog bezig met', 'hoe … ervoor staat', 'nog geen besluit', 'nog … kandidaten … spreken', 'geven … daarna … feedback', 'houd/houden … je/u … op de hoogte', 'sorry … stilte', 'beslissing … valt/nemen … pas', 'wachten … op … terugkoppeling/reactie/feedback', 'zodra … besluit/beslissing', 'nog … niet … afgerond', 'nog … enkele dagen', 'nog … even … geduld','nog geen beslissing', 'nog in gesprek', 'nog … gesprekken … kandidaten', 'procedure … loopt nog', 'nog … beoordeling', 'vertraging', 'vertraagd', 'langer duren', 'afwezig', 'met vakantie', 'kom … terug … zodra', 'in behandeling', 'bedankt/dank … geduld'],
  it: [ 'sta/stiamo/stanno … ancora … completando/valutando/terminando/incontrando/sentendo', 'prima di decidere', 'settimana in più', 'scusi/scusa … silenzio', 'decisione … prenderemo/presa … entro', 'attesa … riscontro/feedback', 'appena … decisione', 'ci serve/servono … ancora', 'ancora qualche giorno', 'le/ti faremo sapere', 'completare … valutazione','rallentamento', 'ritardo', 'ancora … valutazione', 'in fase di valutazione', 'non … ancora … decisione', 'riscontro entro', 'grazie … pazienza', 'ancora in corso'],
  pt: [ 'ainda … em andamento', 'devemos/teremos … ter … retorno', 'ainda … finalizando/avaliando/analisando/entrevistando', 'processo … segue … andamento', 'desculpe … silêncio', 'decisão final … tomada', 'aguardamos/aguardar … feedback/resposta/decisão', 'assim que … decisão', 'ainda estamos … analisar/avaliar/entrevistar/terminar', 'ainda não … temos … resposta', 'mais alguns dias','atraso', 'ainda … decorrer', 'ainda … curso', 'atrasado', 'ainda … análise', 'em análise', 'ainda não … decisão', 'obrigado/obrigada … paciência', 'daremos … notícias', 'processo … demorar'],
};

/** A test or work to be assessed. */
const assessment: Phrasebook = {
  en: [ 'situational judgement/judgment … questionnaire/test', 'values … questionnaire', 'writing sample', 'sample … task/tasks/tickets/emails', 'short/small/quick … exercise/task/assignment', 'technical task', 'prepare … presentation', 'complete … assignment', 'brief … attached', 'role play/role-play', 'mock … call/pitch/demo/presentation', 'prepare … pitch/presentation … for', 'run … mock', 'sales pitch', 'take/sit … test/exam/assessment', 'technical/written/practical … test/exam', 'design/product/ux/ui challenge/exercise/task', 'portfolio presentation', 'record … answers/responses/yourself', 'digital/asynchronous/pre-recorded interview', 'logic/aptitude/cognitive/situational judgement test/tests/assessment', 'complete … tests/questionnaires', 'design/technical/practical/written/home exercise/assignment/task', '=exercise/=assignment/=task … at home', 'home assignment',
    'online test/assessment', 'coding challenge/exercise/test/assignment', 'take home', 'take-home', 'case study', 'numerical/verbal/logical/abstract reasoning', 'psychometric',
    'personality test/questionnaire', 'recorded/one-way/on-demand video interview', 'skills assessment/test', 'complete … assessment/test/questionnaire/challenge/exercise', 'technical test',
    'assessment link', 'work sample', 'prepare … lesson', 'invite/invited … to take … test/assessment/challenge', 'take the … test/assessment',
    '=complete/=take/=do … sql/python/excel/coding/technical/statistics/analytics … =test/=exercise/=challenge/=assignment',
  ],
  de: [ 'schriftlicher/schriftliche … test/aufgabe', 'konstruktionsaufgabe', 'programmieraufgabe', 'praxisaufgabe', 'aufgabe … zu lösen', 'designaufgabe', 'design-aufgabe', 'design challenge', 'antworten … aufzeichnen/aufnehmen', 'online-fragebogen', 'eignungsdiagnostik', 'logiktest', 'online-assessment', 'testaufgabe', 'fachliche aufgabe', 'arbeitsprobe', 'code-challenge', 'persönlichkeitsfragebogen', 'aufgabe … zuhause','online-test', 'online test', 'eignungstest', 'testverfahren', 'fallstudie', 'probeaufgabe', 'case study', 'coding challenge', 'persönlichkeitstest', 'aufgabe … bearbeiten', 'video-interview … aufzeichnen'],
  fr: [ 'épreuve/épreuves … écrite/écrites', 'test écrit', 'exercice … design', 'défi … design', 'questionnaires … compléter/répondre', 'tests … en ligne', 'répondre … questionnaires', 'exercice … à réaliser/rendre', 'test … à réaliser/passer', 'cas … à préparer', 'questionnaire … à compléter/remplir','test en ligne', 'tests … raisonnement', 'étude de cas', 'mise en situation', 'exercice technique', 'test technique', 'test de personnalité', 'cas pratique', 'entretien vidéo différé', 'préparer … séance/leçon/cours'],
  es: [ 'ejercicio práctico', 'desde casa … días', 'prueba/examen … escrita/escrito', 'reto … diseño/técnico/práctico', 'prueba … diseño', 'ejercicio … diseño', 'grabar … respuestas', 'prueba … lógica/aptitudes', 'cuestionarios','prueba técnica', 'prueba online', 'pruebas psicotécnicas', 'caso práctico', 'test de personalidad', 'ejercicio técnico', 'evaluación online', 'entrevista en diferido', 'videoentrevista grabada'],
  nl: [ 'schriftelijke … toets/test', 'toets/test/assessment … maken/afleggen/invullen', 'vakinhoudelijke/technische/online … toets', 'ontwerpopdracht', 'design opdracht', 'capaciteitentest', 'vragenlijst … invullen/maken', 'opnemen … antwoorden','online toets', 'online assessment', 'casusopdracht', 'proefopdracht', 'capaciteitentest', 'persoonlijkheidstest', 'thuisopdracht', 'praktijkopdracht'],
  it: [ 'esercizio pratico', 'da svolgere a casa', 'prova scritta', 'questionario … online', 'esercizio … design', 'sfida … design', 'registrare … risposte', 'questionari','test online', 'valutazione online', 'test attitudinali', 'caso di studio', 'prova tecnica', 'video colloquio registrato', 'test di personalità', 'esercitazione'],
  pt: [ 'desafio prático', 'fazer em casa', 'prova escrita', 'case … técnico/prático', 'desafio … design', 'exercício … design', 'gravar … respostas', 'questionários', 'exercício … casa', 'exercício prático', 'trabalho prático','avaliação online', 'teste online', 'testes de raciocínio', 'estudo de caso', 'teste técnico', 'prova técnica', 'teste de personalidade', 'desafio técnico'],
};

/** An invitation to an interview, screening call or trial day, with or without a time. */
const interviewInvitation: Phrasebook = {
  en: [ 'screening call/interview', 'slot … on/in … my/our … calendar', 'grab/pick/choose/book … any/a … slot/time', 'would/could/do … you have …… minutes', 'meet … the … team/manager/founders/em/cto/ceo', 'time for … chat/call/conversation', 'bring you in', 'availability … look like', 'set up … time … to talk/chat/speak', 'when works for you', 'send … me … slots/times', 'conversation with … team/manager/lead/founder', 'up for … call/chat/interview', 'video/phone/zoom/teams call', 'grab/have … coffee', 'meet … for … coffee', 'hop/jump … on … call', 'could/can … we … meet/chat/talk/speak', 'move you forward … to … panel/interview/round/call', 'selection day', 'available … for … call/interview/chat', 'spend … day with … team', 'come in/by … office/studio', 'are/would … you … free … to meet', 'come in … to meet', 'meet … in our … office',
    'invite/invited/invitation … interview', 'like to … interview you', 'like to invite you', 'like to meet you', 'love to meet you', 'schedule … interview/call/chat/screen',
    'book … interview/slot/time', 'arrange … interview/call', 'phone/video/teams/zoom/technical/panel/final/onsite/on-site interview', 'phone/recruiter/technical screen',
    'intro/introductory call/chat', 'set up … first/initial call/chat/conversation', 'next step …… interview/call/conversation/stage', 'next round', 'final round', 'move you … next stage/round/step',
    'shortlisted for interview', 'availability … interview/call', 'pick a time', 'select/choose/pick/book … time/slot … interview/call', 'self-schedule', 'trial shift', 'meet … hiring manager', 'values conversation', 'assessment =day/=centre/=center',
  ],
  de: [ '=zu … fachgespräch …… einladen', 'fachgespräch', 'videocall', 'gerne/gern …… kennenlernen', 'auf einen kaffee', 'vorbeizukommen', 'lust auf … telefonat/gespräch/kennenlernen', 'wann passt es', 'auswahltag', 'zeit … für … gespräch/telefonat/kennenlernen', 'einen tag … mit … team', 'zu uns … ins büro', 'sie/dich …… zu … gespräch/interview/kennenlernen/telefonat …… einladen', 'vorbeikommen', 'persönlich … vorstellen', 'sie/dich … zu … gespräch/interview/kennenlernen/telefonat/videocall … einladen', 'kennenlerntermin', 'gesprächstermin … vereinbaren', 'kurzes telefonat', 'erstes kennenlernen', 'persönlich … kennenlernen', 'würden … sie/dich … gerne … sprechen',
    'einladung … gespräch/interview/vorstellungsgespräch/kennenlernen', 'vorstellungsgespräch', 'bewerbungsgespräch', 'kennenlerngespräch', 'persönliches gespräch', 'telefoninterview',
    'videointerview', 'videogespräch', 'probearbeit', 'probetag', 'laden … sie/dich … ein … gespräch', 'gerne … kennenlernen', 'termin … gespräch', 'nächste runde', 'zweites gespräch', 'assessment =center',
  ],
  fr: [ 'entrevue', 'choisir/choisissez … créneau', 'disponible … pour … appel/entretien/échange/visio', 'appel vidéo', 'journée de sélection', 'passer la journée … avec', 'venir … bureaux/atelier/agence', 'pour rencontrer', 'passer … nous voir', 'venir … rencontrer', 'proposer … créneau/créneaux', 'caler … rendez-vous/appel/échange/entretien', 'premier contact téléphonique', 'vous/te … convier … entretien/échange', 'organiser … entretien/échange/rencontre',
    'entretien', 'convoqué/convoquée … entretien', 'convocation', 'vous rencontrer', 'te rencontrer', 'échange téléphonique', 'échanger avec vous', 'premier échange', 'journée d essai',
    'visio', 'prochaine étape … processus', 'disponibilités … échange/entretien/appel', 'appel … découverte',
  ],
  es: [ 'hueco … llamada/entrevista/charla', 'llamada con … responsable/equipo/gerente', 'charla con', 'elige/escoge … horario', 'disponible … para … llamada/entrevista/videollamada', 'venir … al estudio/a la oficina/a nuestras oficinas', 'pasar el día … con el equipo', 'pasarte … por', 'venir … a conocernos', 'invitarte/invitarle … entrevista', 'primera entrevista','entrevista', 'conocerte', 'conocerle', 'videollamada', 'llamada … telefónica', 'siguiente fase', 'próxima fase', 'siguiente paso … proceso', 'disponibilidad … entrevista/llamada', 'día de prueba', 'citarte', 'citarle'],
  nl: [ 'tijd voor … belletje/gesprek/kennismaking', 'kort belletje', 'nodigen/nodigt … uit … gesprek/kennismaking/selectiedag', 'meedraaien', 'meelopen', 'selectiedag', 'geselecteerd voor … gesprek/selectiedag', 'dag … meelopen', 'langskomen op kantoor', 'langskomen', 'kennis … te maken','sollicitatiegesprek', 'kennismakingsgesprek', 'uitnodiging … gesprek', 'uitnodigen … gesprek', 'eerste gesprek', 'tweede gesprek', 'videogesprek', 'telefonisch gesprek', 'kennismaken', 'volgende ronde', 'meeloopdag', 'proefdag'],
  it: [ 'tempo … per … chiamata/colloquio/chiacchierata', 'chiamata con … responsabile/team', 'scegli/scegliere … orario/slot', 'disponibile … per … colloquio/chiamata/videochiamata', 'passare la giornata … con', 'venire … in ufficio/sede', 'passare … in/da … negozio/farmacia/ufficio/sede','colloquio', 'invitarla … incontro', 'conoscerla', 'conoscerti', 'videochiamata', 'chiamata conoscitiva', 'prossimo step', 'fase successiva', 'disponibilità … colloquio', 'giornata di prova'],
  pt: [ 'bater … papo', 'papo … vídeo', 'conversa … por vídeo', 'disponibilidade … conversa/entrevista', 'conversa rápida', 'bate-papo', 'escolha/escolhe … horário', 'podemos … fazer … entrevista/conversa', 'disponível … para … conversa/entrevista/chamada', 'passar o dia … com', 'vir … ao escritório', 'passar … pelo/pela … escritório/loja/sede', 'convidar/convidá … para … conversa/entrevista', 'conversa presencial', 'receber … entrevista', 'receber … para … conversa','entrevista', 'conversa … inicial', 'primeira conversa', 'marcar … conversa', 'videochamada', 'conhecê-la', 'conhecê-lo', 'conhecer … pessoalmente', 'avançou/passou … próxima/nova … fase/etapa', 'próxima fase/etapa … entrevista/conversa', 'dia de experiência'],
};

/** A booked interview confirmed, moved, reminded or rebooked (schedulers, calendars, recruiters). */
const interviewScheduling: Phrasebook = {
  en: [ 'you re confirmed for', 'confirmed for … monday/tuesday/wednesday/thursday/friday/tomorrow', 'we … need … to reschedule/rearrange', 'speak/talk … then', 'thanks/thank … for confirming', '=booked … =room/=meeting/=slot', 'push/move/shift/bump … our … chat/call/interview/meeting/conversation … to', 'something came up … could/can … we', 'sent … calendar invite/invitation', 'you re all set', 'all set for … interview/call', 'interviews … =scheduled/=confirmed/=booked', 'move/moving/push/reschedule … interview/call … to', 'change of time/date', 'microsoft teams meeting', 'join on your computer', 'join zoom meeting', 'google meet invitation', 'confirm/confirming … our/your/the … call/interview/meeting/chat … on/at/for/tomorrow', 'look/looking forward … speaking/meeting/seeing/talking … you … on/tomorrow/at', 'see you on/tomorrow', 'teams/zoom/meet/webex link', 'link to join',
    'interview … =confirmed/=booked/=rescheduled/=moved', '=confirmed … interview', '=booked … interview', 'reminder … interview', 'interview … =tomorrow/=today', 'new event … =scheduled', 'event … been =scheduled',
    'interview … been =scheduled', 'interview =confirmation', 'updated invitation', 'has been =rescheduled', 'has been =moved', '=cancelled/=canceled … =rebook/=reschedule', 'meeting id', 'calendar invitation',
  ],
  de: [ 'termin/gespräch …… absagen … stattdessen', 'stattdessen … passen', 'verschieben … gespräch/termin/interview', 'gespräch/termin/interview … verschieben … auf', 'teams-besprechung', 'microsoft teams besprechung', 'raumgerät', 'zoom-meeting beitreten', 'ihr/dein … termin … am', 'einladung : … gespräch/interview', 'bestätige/bestätigen … termin/gespräch/interview', 'teams-link/zoom-link', 'freuen … uns … auf … gespräch … am', '=einladung … =teams','termin … =bestatigt', 'gesprach … =bestatigt', 'erinnerung … gespräch/termin/interview', 'termin … =verschoben', 'terminbestätigung', 'terminänderung', 'gesprach/vorstellungsgesprach/interview/termin …… =verschoben/=abgesagt/=bestatigt'],
  fr: [ 'c est noté pour', 'envoie/envoyons … invitation … teams/zoom/meet/visio', 'entrevue … =confirmee', 'rappel … entrevue', 'décaler/déplacer/reporter/avancer … entretien/rendez-vous/échange … au/à', 'changement d horaire/heure/date', 'réunion microsoft teams', 'rejoindre … réunion', 'invitation google meet', 'confirmation … entretien/rendez-vous', 'invitation : entretien', 'vous/te confirme … entretien/rendez-vous/échange/appel', 'lien … visio/teams/zoom', 'confirmons … entretien/rendez-vous','entretien … =confirme', 'rappel … entretien', 'entretien … =deplace/=reporte/=reprogramme', 'nouvel événement', 'rendez-vous … =confirme'],
  es: [ 'quedamos … el/a las', 'te/le … envío … invitación', 'mover/cambiar/aplazar/retrasar/adelantar/pasar … entrevista/reunión/llamada … al/a la/para', 'cambio de hora/fecha', 'confirmo/confirmamos … videollamada/llamada', 'reunión de microsoft teams', 'invitación de google meet', 'unirse … reunión', 'confirmo/confirmamos … entrevista/reunión/llamada/cita', 'enlace … reunión/videollamada/teams/zoom','entrevista … =confirmada', 'recordatorio … entrevista', 'entrevista … =reprogramada/=cambiada/=movida', 'nuevo evento', 'cita … =confirmada'],
  nl: [ 'tot … maandag/dinsdag/woensdag/donderdag/vrijdag/morgen', 'stuur … uitnodiging', 'schuift/verschuift … door/naar', 'gesprek/afspraak …… verzet/verschoven/verplaatst … naar', 'verzetten/verplaatsen … gesprek/afspraak', 'wijziging … tijdstip', 'microsoft teams-vergadering', 'deelnemen … vergadering', 'bevestig/bevestigen … afspraak/gesprek', 'teams-link/zoom-link', 'link … gesprek/videogesprek','gesprek … =bevestigd', 'herinnering … gesprek/afspraak', 'gesprek … =verplaatst', 'afspraak … =bevestigd'],
  it: [ 'ci vediamo … alle/in/giovedì/lunedì/martedì/mercoledì/venerdì/domani', 'chieda/chiedi … di me', 'spostare/anticipare/posticipare … colloquio/appuntamento', 'cambio di orario/data', 'riunione … microsoft teams', 'partecipa … riunione', 'confermo/confermiamo … colloquio/appuntamento/incontro', 'link … videochiamata/colloquio/teams/zoom','colloquio … =confermato', 'promemoria … colloquio', 'colloquio … =spostato/=riprogrammato', 'nuovo evento', 'appuntamento … =confermato'],
  pt: [ 'nos vemos … na/no/amanhã', 'envio … convite', 'mudar/remarcar/adiar/antecipar … entrevista/reunião/conversa', 'mudança de hora/data', 'reunião … microsoft teams', 'participar … reunião', 'confirmo/confirmamos … entrevista/reunião/conversa', 'link … reunião/videochamada/teams/zoom','entrevista … =confirmada', 'lembrete … entrevista', 'entrevista … =remarcada/=reagendada/=alterada', 'novo evento'],
};

/** The application arrived. */
const confirmation: Phrasebook = {
  en: [ 'acknowledge/acknowledges/acknowledging … receipt … application', 'application acknowledgement/acknowledgment', 'application …… sent/forwarded … to the employer/recruiter/hiring',
    'thank/thanks … for applying', 'thank/thanks … for your application', 'thank/thanks … for submitting', 'submitting your application', 'application … received', 'received your application', 'application … submitted', 'application … sent to',
    'confirm … receipt … application', 'application … successfully', 'we have your application', 'application confirmation',
  ],
  de: [ 'unterlagen …… eingegangen', 'bewerbung …… gesendet/übermittelt/versendet/verschickt', 'bedanken … uns … bewerbung', 'bewerbung … versendet/verschickt/gesendet/abgeschickt/übermittelt/weitergeleitet', 'unterlagen … erhalten', 'bewerbung … eingegangen','eingangsbestätigung', 'danke … für … bewerbung', 'bewerbung … eingegangen', 'bewerbung … erhalten', 'eingang … bewerbung', 'bewerbung … erfolgreich … übermittelt'],
  fr: [ 'candidature … envoyée/transmise', 'remercions/remercier … pour/de … candidature', 'transmise/envoyée … au recruteur', 'transmise/envoyée … à l employeur/entreprise', 'candidature …… envoyée/transmise … recruteur/employeur/entreprise', 'a été … envoyée/transmise … au recruteur/à l employeur','merci … pour … candidature', 'merci … d avoir postulé', 'bien reçu … candidature', 'accusé de réception', 'candidature … bien … envoyée/transmise/enregistrée/reçue', 'candidature reçue', 'bonne réception … candidature', 'confirmons … réception … candidature'],
  es: [ 'postulación … enviada/recibida/registrada', 'recibido … postulación', 'gracias por postularte/postularse', 'postulaste', 'candidatura …… enviada/inscrita … empresa/reclutador','gracias por … candidatura/solicitud', 'hemos recibido … candidatura/solicitud', 'confirmación … candidatura/solicitud', 'candidatura … enviada/registrada/recibida', 'solicitud … enviado/enviada/registrada', 'inscripción … oferta'],
  nl: [ 'bedankt/danken/dank … kandidatuur', 'kandidatuur … ontvangen/goed ontvangen','bedankt … sollicitatie', 'dank … sollicitatie', 'ontvangstbevestiging', 'sollicitatie … ontvangen', 'sollicitatie … verstuurd/verzonden', 'gegevens … ontvangen'],
  it: ['grazie … candidatura', 'grazie per esserti candidato/candidata', 'ricevuto … candidatura', 'conferma di ricezione', 'candidatura ricevuta', 'candidatura … inviata', 'ringraziamo … candidatura'],
  pt: [ 'candidatura …… registrada/realizada/efetuada/concluída/enviada', 'currículo …… enviado', 'candidatura … sucesso', 'candidatura … chegou', 'confirmamos … receção/recepção','obrigado/obrigada … candidatura', 'recebemos … candidatura', 'confirmação … candidatura', 'candidatura … recebida/enviada/submetida', 'receção … candidatura', 'recepção … candidatura', 'agradecemos … candidatura'],
};

/** A person on the employer's side writing about the role or the application, with no step to record. */
const recruiterReply: Phrasebook = {
  en: [ 'my client', 'sent/passed … your cv/profile … over/on', 'as discussed', 'lovely/great … to speak/chat … earlier',
    'recruiter for', 'i am … recruiting', 'i\'m … recruiting', 'came across your profile', 'your profile … caught', 'could you send/share/confirm', 'references', 'right to work',
    'pre-employment checks', 'start date', 'onboarding', 'welcome to the team', 'salary expectations', 'notice period', 'copy of your', 'open to … chat/conversation',
    'interested in … role/position', 'thanks for getting back', 'quick question', 'passed/forwarded/shared … your cv/application/profile/details … with/to',
  ],
  de: [ 'mein kunde/mandant', 'wie besprochen', 'wie telefonisch besprochen', 'rückfragen', 'kurze frage', 'könnten/können … sie/du … schicken/senden/zukommen', 'ihre/deine verfügbarkeit', 'frühestmöglich','ich bin … recruiter/recruiterin', 'weitergeleitet', 'zusenden', 'gehaltsvorstellung', 'kündigungsfrist', 'ihr profil', 'dein profil', 'zeugnisse', 'unterlagen … nachreichen/zusenden', 'willkommen … team', 'einarbeitung', 'onboarding', 'eintrittstermin', 'stelle … noch offen', 'interesse … stelle'],
  fr: [ 'mon client', 'comme convenu', 'suite à notre échange téléphonique', 'je me permets', 'quelques questions', 'pourriez-vous … préciser/indiquer', 'votre disponibilité … prise de poste','je recrute', 'faire parvenir', 'transmis … candidature/cv/profil/dossier', 'votre profil … intéress/retenu', 'ton profil', 'prétentions salariales', 'préavis', 'pourriez-vous … envoyer', 'pourrais … envoyer', 'pourriez … envoyer', 'pourrais … transmettre', 'bienvenue', 'votre accueil', 'date d arrivée', 'pièces justificatives … embauche', 'intégration'],
  es: [ 'mi cliente', 'como hablamos','tu perfil', 'trasladado … candidatura/cv', 'enviarme … cv', 'su perfil', 'expectativas salariales', 'pretensiones salariales', 'preaviso', 'podrías … enviar/confirmar', 'bienvenido/bienvenida', 'incorporación', 'fecha de inicio', 'documentación'],
  nl: [ 'mijn klant/opdrachtgever', 'zoals besproken','je profiel', 'doorgestuurd', 'cv … sturen', 'uw profiel', 'salarisindicatie', 'opzegtermijn', 'kun je … sturen', 'welkom … team', 'startdatum', 'inwerkprogramma', 'referenties'],
  it: [ 'il mio cliente', 'come d accordo','il suo profilo', 'inoltrato … candidatura/cv', 'inviarmi … cv', 'il tuo profilo', 'aspettative economiche', 'ral attuale', 'preavviso', 'potrebbe … inviare', 'benvenuto/benvenuta', 'inserimento', 'data di inizio', 'referenze'],
  pt: [ 'o meu cliente', 'como combinado','o seu perfil', 'encaminhei … candidatura/cv', 'enviar-me … cv', 'o teu perfil', 'expectativa salarial', 'pretensão salarial', 'pré-aviso', 'poderia … enviar', 'bem-vindo/bem-vinda', 'integração', 'data de início', 'referências'],
};

const kindsInOrder: [SignalKind, Phrasebook][] = [
  ['position_closed', positionClosed],
  ['rejection', rejection],
  ['offer', offer],
  ['assessment_invitation', assessment],
  ['interview_scheduling', interviewScheduling],
  ['interview_invitation', interviewInvitation],
  ['still_reviewing', stillReviewing],
  ['application_confirmation', confirmation],
  ['recruiter_reply', recruiterReply],
];

/** Text as the phrases are matched: lower case, no accents, every run of non-letters one space. */
export function foldForPhrases(text: string) {
  return ` ${text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/&#39;|&quot;|&amp;|&lt;|&gt;/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

const gap = '(?: [\\p{L}\\p{N}]+){0,4}';
const longGap = '(?: [\\p{L}\\p{N}]+){0,10}';

function wordPattern(word: string, language: Language) {
  if (word.startsWith('=')) return word.slice(1);
  const folded = foldForPhrases(word).trim();
  // A phrase word of several parts ("d avoir", "take-home") is those parts in order.
  return folded
    .split(' ')
    .map((part) => {
      if (part.length <= 3) return part;
      // Stemmers also respell ("gaan" → "gan", "happy" → "happi"): the word itself still counts.
      const stem = foldForPhrases(stemmers[language](part)).trim() || part;
      // A stem of three letters ("cit" of "citarle") would catch unrelated words ("city"), and so would a
      // short stem that cut much of its word ("retr" of "retrait" catches "retrouvez").
      const trusted = stem.length >= 5 || (stem.length >= 4 && part.length - stem.length <= 2);
      return trusted && stem !== part ? `(?:${stem}\\p{L}*|${part}\\p{L}*)` : `${part}\\p{L}*`;
    })
    .join(' ');
}

function compile(phrase: string, language: Language) {
  const slots = phrase.split(/\s+/).filter(Boolean);
  const parts: string[] = [];
  for (const slot of slots) {
    if (slot === '…' || slot === '……') {
      parts.push(slot === '…' ? gap : longGap);
      continue;
    }
    const alternatives = slot.split('/').map((word) => wordPattern(word, language));
    parts.push(` (?:${alternatives.join('|')})`);
  }
  return new RegExp(`${parts.join('')}(?= )`, 'u');
}

interface CompiledPhrase {
  kind: SignalKind;
  language: Language;
  phrase: string;
  pattern: RegExp;
}

const compiled: CompiledPhrase[] = kindsInOrder.flatMap(([kind, book]) =>
  (Object.entries(book) as [Language, string[]][]).flatMap(([language, phrases]) =>
    phrases.map((phrase) => ({ kind, language, phrase, pattern: compile(phrase, language) })),
  ),
);

export interface KnowledgeReading {
  kind: SignalKind;
  language: Language;
  /** The phrase of the knowledge base that decided, and the words of the message it matched. */
  phrase: string;
  words: string;
}

/** Every kind the text's phrases say, strongest first, with the phrase and words that said it. */
export function readWithKnowledge(text: string): KnowledgeReading[] {
  const folded = foldForPhrases(text);
  const readings: KnowledgeReading[] = [];
  for (const entry of compiled) {
    const found = entry.pattern.exec(folded);
    if (found) readings.push({ kind: entry.kind, language: entry.language, phrase: entry.phrase, words: found[0].trim() });
  }
  return readings;
}

/** The strongest kind the knowledge base reads in a text: a closed role, then a rejection, an offer, a test, an interview, a delay, a confirmation, a reply. */
export function knowledgeKind(text: string): KnowledgeReading | undefined {
  return readWithKnowledge(text)[0];
}
