/**
 * How Greek, Romanian and Turkish employers, their applicant-tracking systems (Workable, Oracle
 * Recruiting), job boards (Kariera.gr, eJobs.ro, BestJobs, Kariyer.net, Yenibiris, SecretCV) and
 * recruiters phrase each step of a hiring process, in the phrase notation of job-mail-knowledge.ts.
 * Written from the usual wording of recruiting mail in the three languages: "Η αίτησή σας στάλθηκε",
 * "δυστυχώς αποφασίσαμε να προχωρήσουμε με άλλον υποψήφιο", "din păcate am decis să continuăm cu alt
 * candidat", "başvurunuz olumsuz sonuçlanmıştır", "başka bir adayla ilerlemeye karar verdik".
 *
 * None of the three has a stemmer here: each word is written as the stem its inflections share
 * ("υποψηφι" matches "υποψήφιο", "υποψηφίους"; "basvur" matches "başvurunuz", "başvurduğunuz") and
 * matches every word it begins; the mail is folded before matching (accents dropped, "ς" read as "σ",
 * "ș" as "s", "ğ" as "g", "ı" as "i"), so the phrases are written folded.
 */
type AegeanLanguage = 'el' | 'ro' | 'tr';
type AegeanPhrasebook = Partial<Record<AegeanLanguage, string[]>>;

export const aegeanRejection: AegeanPhrasebook = {
  el: [
    'δυστυχωσ …… δεν … προχωρ/επιλεγ/συνεχισ/μπορουμε', 'προχωρ … με … αλλ/αλλουσ/αλλη/αλλον/διαφορετικ … υποψηφι/προφιλ', 'επιλεξαμε … αλλ/αλλον/αλλη … υποψηφι/προφιλ', 'αποφασισαμε …… αλλ/αλλον/αλλη … υποψηφι',
    'δεν … επιλεγηκατε/επιλεχθηκατε', 'δεν … θα … προχωρησουμε … με … την/τη … αιτησ/υποψηφιοτητ', 'αιτησ/υποψηφιοτητ …… δεν … προκριθηκε/προχωρ/επιλεχθηκε', 'λυπουμαστε …… ενημερωσ …… δεν',
    'υποψηφι …… ταιριαζ/ανταποκριν … καλυτερα/περισσοτερο', 'θεση …… καλυφθηκε', 'αρνητικ … απαντησ',
  ],
  ro: [
    'din pacate …… nu … am/ati/veti/putem/vom … continua/selectat/retinut/merge', 'continuam/continua/mergem … cu … alt/alti/alta/un/o … candidat', 'am ales/ales … alt/alta/un … candidat', 'am decis …… alt/alti … candidat',
    'nu … ati … fost … selectat/retinut', 'nu … veti … continua', 'nu … putem … continua/merge … mai departe', 'candidatura …… nu … a … fost … retinut/selectat/acceptat', 'profil …… nu … corespunde',
    'candidat …… potrivesc/potriveste … mai bine', 'regret …… informam …… nu', 'raspuns … negativ', 'nu … vom … da … curs',
  ],
  tr: [
    'maalesef …… olumsuz', 'olumsuz … sonuclan', 'baska/diger … aday/adaylar … ilerle/devam/karar/tercih/sec', 'aday/adayla …… ilerle … karar', 'aday/adayla …… devam … etme … karar', 'uygun … gorulmedi/bulunmadi/gorulmemistir/bulunmamistir',
    'basvurunuz …… olumlu … sonuclanmadi/degerlendirilemedi', 'maalesef …… devam … edemeyece/edemiyoruz/edemeyiz', 'surecine … devam … edemeyece', 'profili …… daha … uygun … aday', 'bu asamada … ilerleyemeye/ilerlemeyece',
  ],
};

export const aegeanOffer: AegeanPhrasebook = {
  el: [
    'σασ … προτεινουμε …… αποδοχ/μισθ/συμβασ', 'μικτ … αποδοχ/μισθ', 'αποδοχ/μισθ …… εναρξ/ξεκιν', 'προταση … εργασ/συνεργασ/προσληψ', 'σασ … προσφερ …… θεσ', 'επισυναπτ …… συμβασ', 'συμβασ …… υπογραφ',
    'χαρα … μασ … να … σασ … ανακοινωσ', 'καλωσ ηρθατε … στην ομαδα',
  ],
  ro: [
    'oferta …… angajare/munca/colaborare', 'va/iti … propun/propune/propunem/oferim …… salariu/pozitia/postul/contract', 'salariu …… inceper/incepere/start', 'data incepe', 'contract … de munca', 'contractul …… atasat/semnat/semnare',
    'bucurosi/bucuroasa/bucuros … sa … va … oferim', 'bun venit … in … echipa',
  ],
  tr: [
    'is teklif', 'teklif … mektub', 'size … teklif', 'teklifimiz', 'maas …… baslangic/baslama', 'ise baslama … tarih', 'brut/net … maas/ucret', 'sozlesme …… ekte/imza', 'aramiza … hos geldin',
  ],
};

export const aegeanPositionClosed: AegeanPhrasebook = {
  el: [
    'θεση …… δεν … θα … καλυφθ', 'παγω …… προσληψ', 'προσληψ …… παγω/αναστ/σταματ', 'αναστολ …… προσληψ/διαδικασ/θεσ', 'ακυρω …… θεσ/διαδικασ/αγγελ', 'θεση …… ακυρωθηκε/αποσυρθηκε/ανεσταλη/εκλεισε',
    'αποσυρ …… αιτησ/υποψηφιοτητ', 'σεβομαστε …… αποφασ', 'κλεισαμε/κλεινουμε …… θεσ/διαδικασ/αιτησ/φακελ',
  ],
  ro: [
    'inchidem/inchis/inchide …… dosar/candidatura/pozitia/postul/recrutarea/procesul', 'pozitia/postul/recrutarea/procesul …… anulat/suspendat/inchis/inghetat/retras/oprit', 'am oprit …… recrutar/angajar', 'inghet …… angajar/recrutar/posturi',
    'retrager … candidatur', 'ati … retras … candidatura', 'intelegem/inteleg …… decizi/perfect', 'nu … mai … recrutam/angajam', 'renunt …… recrutar/pozitia/postul',
  ],
  tr: [
    'ilan …… yayindan … kaldir', 'ilani …… kapat/iptal/geri', 'pozisyon …… iptal/kapat/dondur/askiya', 'ise alim …… durdur/dondur/askiya/iptal', 'pozisyonu … acmaktan … vazgec', 'alim … sureci …… iptal/durdur',
    'basvurunuzu … geri … cek', 'geri … cekme … talebiniz', 'kararinizi … saygi/anlayis', 'alimlari … dondur',
  ],
};

export const aegeanStillReviewing: AegeanPhrasebook = {
  el: [
    'διαδικασ …… καθυστερ', 'καθυστερ …… αξιολογ/διαδικασ/αποφασ', 'ακομα/ακομη …… δεν …… αποφασ/ολοκληρ/αξιολογ', 'αιτηση …… παραμενει … ενεργ', 'ακομα/ακομη … αξιολογ', 'χρειαζομαστε … λιγο … ακομα … χρονο',
  ],
  ro: [
    'proces/procesul/recrutarea …… intarzie/intarzier/prelungit/amanat', 'inca …… nu … am … luat … decizi', 'inca …… analizam/evaluam', 'candidatura …… este … inca/in … analiza/evaluare', 'dureaza … mai mult', 'nu … avem … inca … raspuns',
  ],
  tr: [
    'surec/sureci/surecimiz …… uzadi/uzamis/gecik/uzayacak', 'henuz …… karar … verilmedi/vermedik/verilmemistir', 'degerlendirme …… devam … ediyor', 'degerlendirme … asamasinda', 'en gec …… icinde … donus', 'biraz … daha … zaman', 'sabriniz … icin',
  ],
};

export const aegeanAssessment: AegeanPhrasebook = {
  el: [ 'τεστ …… δεξιοτητ/γνωσ/προσωπικοτητ/αξιολογ', 'online/διαδικτυακ … τεστ/αξιολογ', 'ασκηση …… αξιολογ', 'συμπληρωσ …… τεστ/ερωτηματολογ', 'ψυχομετρ', 'μελετη περιπτωσ' ],
  ro: [ 'test …… online/competente/aptitudini/personalitate/tehnic/cunostinte', 'completati/completezi/completa …… testul/testele/chestionarul', 'tema …… de casa', 'studiu de caz', 'proba …… practica/tehnica' ],
  tr: [ 'online …… test/sinav/degerlendirme', 'yetenek … test', 'kisilik … envanter/test', 'vaka … calisma', 'teknik … test/odev', 'odevi/odev …… teslim', 'testi/testleri/degerlendirmeyi …… tamamla' ],
};

export const aegeanInterviewInvitation: AegeanPhrasebook = {
  el: [
    'σασ … καλουμε …… συνεντευξ', 'προσκληση …… συνεντευξ', 'συνεντευξ …… θα … μπορουσατε/ημερομην/ωρα/διαθεσιμ', 'θα … θελαμε …… να … σασ … γνωρισ', 'να … περασετε …… γραφει',
    'τηλεφωνικ/βιντεο/διαδικτυακ … συνεντευξ', 'ραντεβου …… συνεντευξ', 'δευτερ/τελικ … συνεντευξ/συναντησ',
  ],
  ro: [
    'invit/invitam/invitatie/invitatia …… interviu/discutie', 'interviu/interviul …… online/telefonic/tehnic/fata/sediu/teams', 'programa/programam/stabili …… interviu/discutie', 'ar dori …… sa … va … cunoasca',
    'v ar conveni', 'va … asteptam …… interviu/sediu/birou', 'discutie …… online/telefonica/teams/zoom/meet', 'urmatoarea etapa …… interviu/discutie',
  ],
  tr: [
    'mulakata … davet', 'mulakat …… davet/planla/ayarla/tarih', 'gorusmeye … davet', 'sizinle … gorusmek … ist', 'tanismak … ist', 'gorusme …… planla/ayarla', 'online … gorusme/mulakat',
    'uygun … mu/musunuz …… gorusme/mulakat', 'saat …… uygun … mu', 'sonraki … asama …… mulakat/gorusme',
  ],
};

export const aegeanInterviewScheduling: AegeanPhrasebook = {
  el: [ 'επιβεβαιων …… συνεντευξ/ραντεβου/συναντησ', 'υπενθυμισ …… συνεντευξ/ραντεβου', 'αλλαγ …… ωρα/ημερομην …… συνεντευξ', 'μεταφερ/μετακιν …… συνεντευξ/ραντεβου', 'προσκληθηκατε … στην … ακολουθη … εκδηλωσ' ],
  ro: [ 'confirm …… interviu/intalnire/discutia/discutie', 'reamintire …… interviu/intalnire/discutie', 'reprogram …… interviu/discutie/intalnire', 'ati fost invitat', 'mut/mutam …… interviu/discutia/intalnirea' ],
  tr: [ 'gorusme/mulakat …… teyit/onay/hatirlat', 'gorusmemiz …… teyit/onay/hatirlat/ertele/degis', 'mulakat/gorusme … saati … degis', 'toplanti … daveti', 'ertele …… gorusme/mulakat' ],
};

export const aegeanConfirmation: AegeanPhrasebook = {
  el: [ 'αιτησ …… σταλθηκε/υποβληθηκε/καταχωρηθηκε/παραληφθηκε', 'λαβαμε …… αιτησ/βιογραφικ', 'ευχαριστουμε …… για … την … αιτησ/υποψηφιοτητ', 'παραλαβ …… αιτησ/βιογραφικ', 'επιτυχ …… αιτησ' ],
  ro: [ 'aplicat … cu succes', 'cv/candidatura/aplicatia …… fost … trimis/trimisa/inregistrat/inregistrata/primit/primita', 'am primit …… cv/candidatura/aplicatia', 'multumim …… pentru … aplicare/candidatura/aplicatie', 'aplicarea … ta/dvs … a fost' ],
  tr: [ 'basvurunuz/basvurun …… iletildi/iletilmistir/alindi/alinmistir/ulasti/tamamlandi', 'basvuru/basvurunuz/basvurdugunuz …… icin … tesekkur', 'basvurunuzu … aldik', 'ozgecmis …… aldik/ulasti', 'basvuru … basarili' ],
};

export const aegeanRecruiterReply: AegeanPhrasebook = {
  el: [ 'μισθολογικ … απαιτησ/προσδοκ', 'προσδοκ … αποδοχ', 'συστατικ', 'ο πελατησ … μασ', 'για … πελατη … μασ', 'θα … θελαμε … να … μασ … πειτε', 'μπορειτε … να … μασ … στειλετε' ],
  ro: [ 'preaviz', 'asteptari … salariale', 'pretentii … salariale', 'clientul … nostru', 'recrutez', 'ati … fi … interesat', 'referinte', 'ne … puteti … trimite', 'copie …… diplom' ],
  tr: [ 'maas … beklenti', 'ucret … beklenti', 'ihbar … sure', 'referans', 'musterimiz', 'ilgilenir … misiniz', 'ilettim', 'gonderebilir … misiniz' ],
};
