/**
 * How Swedish, Danish and Norwegian (bokmål) employers, their applicant-tracking systems (Teamtailor,
 * ReachMee, Varbi, Jobylon, HR Manager) and recruiters phrase each step of a hiring process, in the
 * phrase notation of job-mail-knowledge.ts. Written from the usual wording of Scandinavian recruiting
 * mail: "Vi har tagit emot din ansökan", "Tak for din ansøgning", "Vi har valgt å gå videre med andre
 * kandidater". Phrases are written as the language spells them; they are folded like the mail ("ø" as "o", "æ" as "ae") before matching.
 */
// Norwegian is 'no', as language detection names it (tools/text/detect-language.ts); its phrases are written in bokmål.
type NordicLanguage = 'sv' | 'da' | 'no';
type NordicPhrasebook = Partial<Record<NordicLanguage, string[]>>;

export const nordicRejection: NordicPhrasebook = {
  sv: [ 'gått/gå/går … vidare med … kandidater/sökande … som/vars', 'gått/gå/går … vidare med … andra/annan … sökande/kandidat/kandidater/person', 'valt/beslutat/bestämt … andra/annan … sökande/kandidat/kandidater/kandidaten', 'inte … gå vidare med … dig/din ansökan', 'inte … gått vidare', 'inte … gå vidare … i processen/rekryteringen', 'tyvärr … inte … aktuell', 'inte … längre … aktuell', 'tjänsten … tillsatt', 'tillsatt … tjänsten', 'inte … blivit utvald/uttagen'],
  da: [ 'gå/går/gået … videre med … kandidater/ansøgere … der/som/hvis', 'gå/går/gået … videre med … andre/anden … kandidat/kandidater/ansøgere/ansøger', 'valgt … andre/anden … kandidat/kandidater/ansøger/ansøgere', 'ikke … gå videre med … dig/din ansøgning', 'ikke … gået videre', 'desværre … ikke … i betragtning', 'stillingen … besat', 'besat … stillingen', 'ikke … blevet udvalgt'],
  no: [ 'gå/går/gått … videre med … kandidater/søkere … som/med', 'gå/går/gått … videre med … andre/annen … kandidat/kandidater/søkere/søker', 'valgt … andre/annen … kandidat/kandidater/søker/søkere', 'ikke … gå videre med … deg/din søknad', 'ikke … gått videre', 'dessverre … ikke … aktuell', 'stillingen … besatt', 'besatt … stillingen', 'ikke … blitt valgt/utvalgt'],
};

export const nordicOffer: NordicPhrasebook = {
  sv: [ 'valt dig till tjänsten', 'anställningsbevis', 'vill … gärna … anställa dig', 'erbjuda … dig … tjänsten/anställning/jobbet/platsen', 'kan erbjuda … start/lön/månadslön', 'erbjudande om anställning', 'anställningsavtal', 'gärna ha … dig … teamet/gänget', 'gärna se dig hos oss', 'se dig hos oss som'],
  da: [ 'udvalgt til stillingen', 'valgt dig til stillingen', 'ansættelsesbrev', 'vil … gerne … ansætte dig', 'tilbyde … dig … stillingen/jobbet/ansættelse/start', 'tilbud om ansættelse', 'ansættelseskontrakt', 'gerne have dig … teamet', 'byde dig velkommen … som'],
  no: [ 'valgt deg til stillingen', 'ansettelsesbrev', 'arbeidsavtalen … til signering/underskrift', 'vil … gjerne … ansette deg', 'tilby … deg … stillingen/jobben/ansettelse/oppstart', 'tilbud om ansettelse', 'arbeidskontrakt', 'ansettelseskontrakt', 'gjerne ha deg … teamet', 'ønske deg velkommen … som'],
};

export const nordicPositionClosed: NordicPhrasebook = {
  sv: [ 'noterat/registrerat … att du … drar tillbaka', 'tjänsten … tillsätts inte', 'tjänsten …… inte … tillsättas', 'tjänsten/rekryteringen/processen …… =pausad/=pausats/=avbruten/=avbrutits/=stoppad/=stoppats/=frusen/=installd/=installts', 'tjänsten/rekryteringen … dragits tillbaka', 'avbryta/avbryter/avbrutit/pausa/pausar/stänga/stänger … rekryteringen/tjänsten/processen', 'avslutat … din ansökan', 'du tackar nej', 'tackat nej', 'återtagit/dragit tillbaka … ansökan'],
  da: [ 'noteret/registreret … at du … trækker dig', 'du … trækker dig', 'stillingen …… ikke … besættes', 'stillingen/rekrutteringen/processen …… =annulleret/=lukket/=aflyst', 'stillingen/rekrutteringen/processen …… =i =bero', 'stillingen/rekrutteringen/processen …… =pa =pause/=hold', 'stillingen … trukket tilbage', 'annulleret/annullere/lukket/lukke … stillingen/rekrutteringen', 'trukket … din ansøgning … tilbage', 'du takker nej', 'takket nej'],
  no: [ 'registrert … at du … trekker deg', 'du … trekker deg', 'arbeidsavtalen … annullert', 'stillingen …… ikke … besettes', 'stillingen/rekrutteringen/prosessen/ansettelsen …… =stanset/=stanses/=avlyst/=kansellert/=avbrutt', 'stillingen/rekrutteringen/prosessen/ansettelsen/ansettelser/nyansettelser …… =pa =vent/=is/=hold', 'stillingen/rekrutteringen/prosessen/ansettelsen/ansettelser/nyansettelser …… =i =bero', 'stillingen … trukket tilbake', 'stille/stilt … ansettelser/nyansettelser/stillingen … =i =bero', 'trukket … din søknad … tilbake', 'du takker nei', 'takket nei'],
};

export const nordicStillReviewing: NordicPhrasebook = {
  sv: [ 'blivit försenade/försenad', 'tar … längre tid än', 'du hör av oss … inom/senast', 'skjuta/skjutit … på/upp … processen/beslutet/intervjuerna', 'processen … försenad/försenats/försenas', 'processen … drar ut', 'processen … tar längre', 'drar ut på tiden', 'inte … tagit/fattat … beslut', 'återkommer … nästa vecka', 'återkommer … så snart', 'är sjukskriven', 'fortfarande … granskar'],
  da: [ 'blevet forsinket', 'vender tilbage … så snart', 'tager … længere tid end', 'du hører fra os … inden/senest', 'trækker … ud', 'processen … forsinket/udskudt', 'udskyde/udskudt … processen/samtalerne', 'ikke … truffet … beslutning', 'vender tilbage … senest/hurtigst', 'vender tilbage … næste uge', 'har været syg', 'stadig … gennemgår/vurderer'],
  no: [ 'blitt forsinket', 'tar … lengre tid enn', 'behandlingen … tar … lengre', 'du hører fra oss … innen', 'drar … ut', 'prosessen … forsinket/utsatt', 'utsette/utsatt … prosessen/intervjuene', 'ikke … tatt … beslutning', 'kommer tilbake … neste uke', 'kommer tilbake … så snart', 'har vært syk', 'fortsatt … vurderer'],
};

export const nordicAssessment: NordicPhrasebook = {
  sv: [ 'personlighetstest', 'logiktest', 'färdighetstest', 'arbetsprov', 'genomföra … test/tester', 'inspelad … videointervju'],
  da: [ 'personlighedstest', 'logiktest', 'færdighedstest', 'arbejdsprøve', 'gennemføre … test', 'optaget … videointerview'],
  no: [ 'personlighetstest', 'logikktest', 'ferdighetstest', 'arbeidsprøve', 'gjennomføre … test', 'innspilt … videointervju'],
};

export const nordicInterviewInvitation: NordicPhrasebook = {
  sv: [ 'prata … mer … med dig', 'passar det … =kl/=klockan/=mandag/=tisdag/=onsdag/=torsdag/=fredag', 'vill … träffa dig', 'bjuda in dig … intervju/samtal', 'inbjudan … intervju', 'boka … intervju/samtal/tid', 'anställningsintervju', 'telefonintervju', 'videointervju', 'intervju med', 'samtal … med … chefen/oss', 'passar … tid'],
  da: [ 'tale/snakke … mere … med dig', 'passer det … =kl/=klokken/=mandag/=tirsdag/=onsdag/=torsdag/=fredag', 'vil … møde dig', 'invitere dig … samtale/jobsamtale/interview', 'indkalde … samtale/samtaler', 'jobsamtale', 'ansættelsessamtale', 'telefonsamtale', 'telefoninterview', 'videosamtale', 'booke … samtale/tid'],
  no: [ 'snakke/prate … mer … med deg', 'passer det … =kl/=klokka/=klokken/=mandag/=tirsdag/=onsdag/=torsdag/=fredag', 'vil … møte deg', 'invitere deg … intervju/samtale', 'innkalle … intervju/samtale', 'jobbintervju', 'telefonintervju', 'telefonsamtale', 'videointervju', 'tid til … samtale/intervju', 'booke … intervju/samtale/tid'],
};

export const nordicInterviewScheduling: NordicPhrasebook = {
  sv: [ 'har bjudit in dig till ett möte', 'du har bjudits in till följande', 'intervjun/samtalet/mötet … bekräftad/bekräftat/flyttad/flyttat/ombokad/ombokat', 'påminnelse … intervju/samtal', 'teams möte', 'mötes id'],
  da: [ 'har inviteret dig til et møde', 'du er blevet inviteret til følgende', 'samtalen/interviewet/mødet … bekræftet/flyttet/ombooket', 'påmindelse … samtale/interview', 'teams møde', 'møde id'],
  no: [ 'har invitert deg til et møte', 'du har blitt invitert til følgende', 'intervjuet/samtalen/møtet … bekreftet/flyttet/ombooket', 'påminnelse … intervju/samtale', 'teams møte', 'møte id'],
};

export const nordicConfirmation: NordicPhrasebook = {
  sv: [ 'tack för … ansökan', 'tack för att du … sökt/ansökt', 'tagit emot … ansökan', 'mottagit … ansökan', 'ansökan …… =registrerad/=mottagen/=inskickad/=skickad', 'bekräftelse … ansökan'],
  da: [ 'tak for … ansøgning', 'modtaget … ansøgning/materiale', 'ansøgning …… =modtaget/=registreret/=sendt', 'bekræftelse … ansøgning'],
  no: [ 'takk for … søknad/søknaden', 'mottatt … søknad/søknaden', 'søknaden …… =mottatt/=registrert/=sendt', 'bekreftelse … søknad'],
};

export const nordicRecruiterReply: NordicPhrasebook = {
  sv: [ 'jag är … rekryterare', 'jag rekryterar', 'skickat … cv/ansökan … vidare', 'skicka gärna', 'din profil', 'tack för … frågan/mejlet'],
  da: [ 'jeg er … rekrutterer/rekrutteringskonsulent', 'hjælper … med at besætte', 'sendt … cv/ansøgning … videre', 'sende mig', 'din profil', 'tak for … henvendelsen/mailen'],
  no: [ 'jeg er … rekrutterer', 'hjelper … med å besette', 'sendt … cv/søknad … videre', 'sende meg', 'din profil', 'takk for henvendelsen'],
};
