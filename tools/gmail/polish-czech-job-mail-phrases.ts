/**
 * How Polish and Czech employers, their applicant-tracking systems (eRecruiter, Teamio, SmartRecruiters,
 * Teamtailor), job boards (Pracuj.pl, Jobs.cz) and recruiters phrase each step of a hiring process, in the
 * phrase notation of job-mail-knowledge.ts. Written from the usual wording of recruiting mail in both
 * languages: "Dziękujemy za przesłanie aplikacji", "zdecydowaliśmy się na innego kandydata", "Vaši
 * přihlášku jsme přijali", "rozhodli jsme se pokračovat s jiným uchazečem".
 *
 * Neither language has a stemmer here: each word is written as the stem its inflections share
 * ("otrzymal" matches "otrzymaliśmy", "otrzymała"; "pohovor" matches "pohovoru") and matches every word
 * it begins; the mail is folded before matching ("ł" read as "l", "ř" as "r").
 */
type SlavicLanguage = 'pl' | 'cs';
type SlavicPhrasebook = Partial<Record<SlavicLanguage, string[]>>;

export const slavicRejection: SlavicPhrasebook = {
  pl: [
    'zdecydowal … na … innego/inna/innych … kandydat/osob', 'wybral … innego/inna/inną/innych … kandydat/osob', 'wybor … padl … na', 'nie … bedziemy … kontynuowac',
    'nie … zakwalifikowal', 'nie … przeszl … do … kolejnego/nastepnego … etapu', 'kolejnego/nastepnego … etapu … osoby/kandydat … wiekszym/lepiej/bardziej/ktor', 'kandydat/osob … ktor …… lepiej/bardziej … odpowiad/spelnia/pasuj',
    'niestety … nie … zostal/zostala … wybran/zakwalifikowan', 'stanowisko … zostalo … obsadzone', 'obsadzil … stanowisko', 'kontynuowac … z … innym/inna/innymi … kandydat/osob', 'nie … mozemy … zaproponowac … stanowisk/wspolprac/zatrudnien',
    'decyzja … negatywna', 'negatywna decyzj', 'kandydatura … nie … zostala … wybrana/przyjeta/zakwalifikowana', 'rozwazymy … pani/pana/twoja … kandydatur … przyszl/kolejn',
  ],
  cs: [
    'rozhodl … pokracovat … s … jinym/jinou/jinymi/kandidatem/kandidatkou/kandidaty/uchazec', 'rozhodl … pro … jineho/jinou/jine/jinym … kandidat/uchazec', 'vybral … jineho/jinou/jine/jinym … kandidat/uchazec', 'nevybral', 'zvolil … jineho/jinou/jine … kandidat/uchazec',
    'nepostoupil', 'nebudeme … pokracovat', 'nemuzeme … nabidnout', 'neuspel', 'pozice … byla … obsazena', 'obsadil … pozic/misto … jinym/jinou/intern', 'nebyl/nebyla … uspesn/vybran',
    'lepe … odpovida … pozadavk/profil', 'jehoz/jejichz/jejiz … profil/zkusenost …… lepe', 'bohuzel … vam … nemuzeme', 'nebude … pokracovat', 'v dalsim … kole … nepokracuj',
  ],
};

export const slavicOffer: SlavicPhrasebook = {
  pl: [
    'chetnie … zatrudni', 'zatrudnic … pania/pana/cie', 'zatrudnie/zatrudnimy … pania/pana/cie', 'propozycj … zatrudnienia', 'oferte/oferta … zatrudnienia', 'zlozyc … oferte', 'przedstawic … oferte … pracy/zatrudnienia',
    'zostal/zostala … wybran … na … stanowisk', 'z przyjemnoscia … informujemy … wybran', 'zaproponowac … pani/pana/ci … stanowisk/zatrudnien/umow', 'umowa/umowe … o prace … brutto', 'umow … do podpisu', 'dolaczyc … do … naszego/naszej … zespolu … od',
  ],
  cs: [
    'nabid/nabiz … vam … pozic/misto/pracovni/spolupraci/zamestnani', 'nabidk … zamestnani', 'pracovni smlouv …… podpis', 'vybrali … jsme … vas/vás', 'radi … vas … privitali/privitame', 'radi … bychom … vas … prijali/zamestnali',
    'nastup … od … mzd/plat', 'mzd/plat …… hrub … nastup', 'nastup/nastoupit … od … mesic/hrub',
  ],
};

export const slavicPositionClosed: SlavicPhrasebook = {
  pl: [
    'wstrzyma … rekrutac/proces/nabor/zatrudni/obsadzeni', 'rekrutacj/proces/stanowisk/nabor …… zawieszon/wstrzyman/anulowan/zamknie/zamkniet', 'zamkn … rekrutac/proces … na', 'anulow … rekrutac/stanowisk/proces',
    'stanowisko … nie … bedzie … obsadzone', 'rezygnac … z … rekrutacji/obsadzenia', 'wycofal … aplikac/kandydatur', 'wycofanie … aplikac/kandydatur', 'przyjmujemy … do wiadomosci … rezygnac/decyzj', 'szanujemy … decyzj', 'zamroz … rekrutac/zatrudnien/etat', 'zamykam/zamykamy … kandydatur/aplikac',
  ],
  cs: [
    'pozastav … obsazeni/nabor/vyberov/rizeni/pozic', 'zrus … vyberov/pozic/nabor', 'vyberove rizeni …… pozastaveno/zruseno/ukonceno', 'pozice …… zrusena/pozastavena/uzavrena/zmrazena', 'pozice … nebude … obsazena', 'respektujeme … rozhodnuti', 'stazeni … prihlask/kandidatur', 'stahl/stahla/stahujete … prihlask/kandidatur', 'pozice … znovu … otevre',
  ],
};

export const slavicStillReviewing: SlavicPhrasebook = {
  pl: [
    'proces/rekrutacj …… przedluz/wydluz/opozni', 'nadal/wciaz/jeszcze … rozpatrywan/analizowan/weryfikowan/rozwazan', 'nie … podjel … decyzji', 'odezwiemy/odezwe/skontaktujemy … do/w … polowy/konca/przyszlym/przyszlego/ciagu',
    'potrzebujemy … wiecej czasu', 'przepraszamy … za … zwloke/opoznienie/brak', 'jestesmy … w trakcie … analiz/rozmow/weryfikacji', 'po … zakonczeniu … wszystkich … rozmow', 'decyzje … podejmiemy',
  ],
  cs: [
    'proces/rizeni …… prodlouz/zpozd/protahuje', 'stale/jeste/nadale … posuzuj/vyhodnocuj/zvazuj/probiha', 'dosud … nerozhodl', 'jeste … nemame … rozhodnuti', 'ozveme … se … do/v/behem … konce/pristi/poloviny',
    'potrebujeme … vice casu', 'omlouvame … za … zpozdeni/prodleni', 'prihlaska/kandidatura … je … stale/nadale … v', 'po … dokonceni … vsech … pohovor',
  ],
};

export const slavicAssessment: SlavicPhrasebook = {
  pl: [ 'test/testy … online', 'zadanie … rekrutacyjne/domowe/praktyczne', 'test … kompetencji/wiedzy/umiejetnosci/excel/osobowosci', 'rozwiazac/rozwiazanie/wykonac/wykonanie … test/zadani', 'wypelnic … test/kwestionariusz', 'nagrac/nagranie … wideo/video … odpowiedz', 'zadanie … do … wykonania' ],
  cs: [ 'online … test', 'vyplnit/vyplneni … test/dotaznik', 'testov … zadani/ulohu', 'pripadov … studi', 'vypracovat/vypracovani … ukol/zadani/pripadov', 'osobnostni … test/dotaznik', 'test … dovednosti/znalosti' ],
};

export const slavicInterviewInvitation: SlavicPhrasebook = {
  pl: [
    'zaprosic/zapraszamy/zaprosil … na … rozmow/spotkan', 'zaproszenie … na … rozmow/spotkan', 'rozmow … kwalifikacyjn/rekrutacyjn', 'rozmow … telefoniczn/online/wideo', 'spotkani … rekrutacyjn', 'umowic … rozmow/spotkan',
    'dzien probny', 'przyjsc …… popracowac/porozmawiac', 'poznac … osobiscie', 'zaprosic … do … kolejnego/nastepnego … etapu', 'wybrac … termin', 'znajdzie … minut … na … rozmow',
  ],
  cs: [
    'pozvat/pozvali/pozvani/pozvanka/zveme … na/k … pohovor/schuzk/rozhovor', 'pohovor', 'videohovor … s', 'vami … rad/rada/radi … mluvil/promluvil/poznal/setkal/potkal', 'vyberte … termin', 'osobni … schuzk', 'telefonick … rozhovor/hovor', 'dalsi/druhe/finalni … kolo',
  ],
};

export const slavicInterviewScheduling: SlavicPhrasebook = {
  pl: [ 'potwierdzam/potwierdzamy … rozmow/spotkan/termin', 'przypomin … o … rozmowie/spotkaniu', 'przelozyc/przeniesc/przesunac … rozmow/spotkan', 'zmiana terminu', 'zaproszono … na … nastepujace … wydarzenie', 'do zobaczenia … w/we/jutro' ],
  cs: [ 'potvrzuji/potvrzujeme … pohovor/schuzk/termin', 'pripominame/pripominka … pohovor/schuzk', 'presunout/presunuti/presunuli … pohovor/schuzk/termin', 'zmena terminu', 'byli jste pozvani na nasledujici udalost', 'uvidime … v/ve/zitra' ],
};

export const slavicConfirmation: SlavicPhrasebook = {
  pl: [
    'dziekujemy/dziekuje … za … aplikacj/zgloszeni/przeslanie/kandydatur', 'aplikacj/zgloszeni/cv/kandydatur …… zostal/zostala/zostalo … wyslan/przeslan/przyjet/zarejestrowan/dostarczon', 'otrzymal … aplikacj/zgloszeni/cv/dokument',
    'potwierdzeni … otrzymania/zlozenia', 'cv/aplikacja/zgloszenie … dotarl', 'wyslana … do … pracodawcy',
  ],
  cs: [ 'dekujeme/dekuji … za … prihlask/zajem/reakci/odpoved/zivotopis', 'prihlask/odpoved/zivotopis/cv …… prijal/prijat/odeslan/dorucen/obdrzel', 'prijali … prihlask', 'obdrzeli … prihlask/zivotopis/cv', 'odpoved … na … inzerat …… odeslan', 'potvrzeni … prijeti' ],
};

export const slavicRecruiterReply: SlavicPhrasebook = {
  pl: [ 'moj klient', 'dla … klienta', 'przekaz … cv/aplikacj/kandydatur/dokument', 'oczekiwania … finansowe/placowe', 'okres wypowiedzenia', 'referencj', 'jestem … rekruter', 'rekrutuje … na/do', 'bylaby/bylby … zainteresowan' ],
  cs: [ 'muj klient', 'pro … klienta', 'predal … zivotopis/cv/prihlask', 'platove predstavy', 'vypovedni lhut', 'reference', 'mel/mela … byste … zajem', 'jsem … recruiter/naborar/personalist' ],
};
