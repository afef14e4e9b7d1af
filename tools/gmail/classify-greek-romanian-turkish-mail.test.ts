import { describe, expect, it } from 'vitest';
import { classifyWithCertainty } from './classify.ts';

const person = { name: 'Γιάννης Δημητρίου', email: 'g.dimitriou@attiki-kataskeves.example' };
const read = (message: { from?: { name: string | null; email: string }; subject: string; snippet: string }, fromEmployer = true) =>
  classifyWithCertainty({ from: person, labelIds: ['INBOX'], ...message }, { fromEmployer })?.kind;

describe('Greek hiring mail', () => {
  it('reads a job board receipt and an employer thanking for the application as confirmations, with or without accents', () => {
    expect(read({ from: { name: 'Kariera.gr', email: 'noreply@kariera.gr' }, subject: 'Η αίτησή σας υποβλήθηκε', snippet: 'Η αίτησή σας για τη θέση Λογιστή υποβλήθηκε επιτυχώς στην Αττική Κατασκευές.' }, false)).toBe('application_confirmation');
    expect(read({ subject: 'ΑΙΤΗΣΗ ΓΙΑ ΤΗ ΘΕΣΗ ΛΟΓΙΣΤΗ', snippet: 'ΛΑΒΑΜΕ ΤΗΝ ΑΙΤΗΣΗ ΣΑΣ ΚΑΙ ΘΑ ΕΠΙΚΟΙΝΩΝΗΣΟΥΜΕ ΣΥΝΤΟΜΑ.' })).toBe('application_confirmation');
  });

  it('reads a regretful no, an offer as pay and a start, a frozen post and a delay', () => {
    expect(read({ subject: 'Re: Θέση Λογιστή', snippet: 'Δυστυχώς αποφασίσαμε να προχωρήσουμε με άλλον υποψήφιο για τη θέση. Σας ευχαριστούμε.' })).toBe('rejection');
    expect(read({ subject: 'Re: Θέση Λογιστή', snippet: 'Σας προτείνουμε μικτό μισθό 1.900€ και έναρξη την 1η Φεβρουαρίου.' })).toBe('offer');
    expect(read({ subject: 'Re: Θέση Λογιστή', snippet: 'Λόγω αναδιάρθρωσης η θέση δεν θα καλυφθεί τελικά φέτος.' })).toBe('position_closed');
    expect(read({ subject: 'Re: Θέση Λογιστή', snippet: 'Η διαδικασία αξιολόγησης καθυστερεί λίγο λόγω αδειών. Θα σας ενημερώσουμε σύντομα.' })).toBe('still_reviewing');
  });

  it('reads an invitation to an interview', () => {
    expect(read({ subject: 'Πρόσκληση σε συνέντευξη', snippet: 'Θα θέλαμε να σας καλέσουμε σε συνέντευξη την Τετάρτη στις 10:00 στα γραφεία μας.' })).toBe('interview_invitation');
  });

  it('leaves a master’s interview, a housing loan, a flat to rent and a newspaper interview alone', () => {
    expect(read({ from: { name: 'Πανεπιστήμιο – Μεταπτυχιακό', email: 'msc@uni.example' }, subject: 'Πρόσκληση σε συνέντευξη', snippet: 'Στο πλαίσιο της αξιολόγησης για το Μεταπτυχιακό Πρόγραμμα σας καλούμε σε συνέντευξη.' }, false)).toBeUndefined();
    expect(read({ from: { name: 'Τράπεζα', email: 'noreply@bank.example' }, subject: 'Έγκριση δανείου', snippet: 'Η αίτησή σας για στεγαστικό δάνειο εγκρίθηκε.' }, false)).toBeUndefined();
    expect(read({ from: { name: 'Μεσιτικό', email: 'info@akinita.example' }, subject: 'Αίτηση μίσθωσης διαμερίσματος', snippet: 'Λάβαμε την αίτησή σας για το διαμέρισμα, ο ιδιοκτήτης θα επικοινωνήσει.' }, false)).toBeUndefined();
    expect(read({ from: { name: 'Εφημερίδα', email: 'news@efimerida.example' }, subject: 'Αίτημα για συνέντευξη', snippet: 'Ετοιμάζουμε αφιέρωμα και θα θέλαμε μια συνέντευξη για την εφημερίδα.' }, false)).toBeUndefined();
  });
});

describe('Romanian hiring mail', () => {
  it('reads a job board receipt as a confirmation and a choice of another candidate as a rejection', () => {
    expect(read({ from: { name: 'BestJobs', email: 'noreply@bestjobs.eu' }, subject: 'Aplicarea ta a fost trimisă', snippet: 'CV-ul tău a fost trimis cu succes angajatorului pentru postul de Contabil.' }, false)).toBe('application_confirmation');
    expect(read({ subject: 'Re: Candidatura Contabil', snippet: 'Din păcate, am decis să continuăm procesul cu un alt candidat. Vă mulțumim pentru interes.' })).toBe('rejection');
  });

  it('reads an offer as salary and start date, a cancelled recruitment, a delay and an interview invitation', () => {
    expect(read({ subject: 'Re: Candidatura Contabil', snippet: 'Vă propunem un salariu brut de 9.000 lei, cu data începerii 1 martie. Contractul de muncă este atașat.' })).toBe('offer');
    expect(read({ subject: 'Re: Candidatura Contabil', snippet: 'Vă anunțăm că recrutarea pentru acest post a fost suspendată până la noi ordine.' })).toBe('position_closed');
    expect(read({ subject: 'Re: Candidatura Contabil', snippet: 'Procesul de recrutare a fost prelungit, încă nu am luat o decizie.' })).toBe('still_reviewing');
    expect(read({ subject: 'Invitație la interviu', snippet: 'Vă invităm la un interviu la sediul nostru joi, la ora 11. V-ar conveni?' })).toBe('interview_invitation');
  });

  it('leaves a mortgage, a master’s admission and a flat rental alone', () => {
    expect(read({ from: { name: 'Banca', email: 'noreply@banca.example' }, subject: 'Credit ipotecar aprobat', snippet: 'Cererea dumneavoastră de credit ipotecar a fost aprobată.' }, false)).toBeUndefined();
    expect(read({ from: { name: 'Universitatea', email: 'admitere@univ.example' }, subject: 'Interviu admitere masterat', snippet: 'Sunteți invitat la interviul de admitere la masterat luni.' }, false)).toBeUndefined();
    expect(read({ from: { name: 'Agenția imobiliară', email: 'office@imobiliare.example' }, subject: 'Cerere închiriere apartament', snippet: 'Am primit cererea dumneavoastră pentru apartament, proprietarul vă va contacta.' }, false)).toBeUndefined();
  });
});

describe('Turkish hiring mail', () => {
  it('reads a job board receipt, even after a company’s abbreviated legal form, as a confirmation', () => {
    expect(read({ from: { name: 'Yenibiris', email: 'bilgi@yenibiris.com' }, subject: 'Başvurunuz Deniz Lojistik A.Ş. firmasına iletildi', snippet: 'Muhasebe Uzmanı ilanına yaptığınız başvuru Deniz Lojistik Ltd. Şti. firmasına iletilmiştir.' }, false)).toBe('application_confirmation');
  });

  it('reads maalesef and olumsuz, a choice of another candidate, an offer, a cancelled posting and a slower process', () => {
    expect(read({ subject: 'Re: Muhasebe Uzmanı', snippet: 'Maalesef başvurunuz bu aşamada olumsuz sonuçlanmıştır. İlginiz için teşekkür ederiz.' })).toBe('rejection');
    expect(read({ subject: 'Re: Muhasebe Uzmanı', snippet: 'Değerlendirmelerimiz sonucunda başka bir adayla ilerlemeye karar verdik.' })).toBe('rejection');
    expect(read({ subject: 'İş teklifi', snippet: 'Size aylık brüt 60.000 TL maaş ve 3 Şubat işe başlama tarihi ile iş teklifimizi iletmekten memnuniyet duyarız.' })).toBe('offer');
    expect(read({ subject: 'Re: Muhasebe Uzmanı', snippet: 'Bütçe nedeniyle pozisyon iptal edildi ve ilanı yayından kaldırdık.' })).toBe('position_closed');
    expect(read({ subject: 'Re: Muhasebe Uzmanı', snippet: 'Değerlendirme sürecimiz biraz uzadı, henüz bir karar verilmedi.' })).toBe('still_reviewing');
  });

  it('reads an invitation to an interview and a person handing the CV on as a reply', () => {
    expect(read({ subject: 'Mülakat daveti', snippet: 'Sizi salı günü saat 10:00’da ofisimizde mülakata davet etmek istiyoruz.' })).toBe('interview_invitation');
    expect(read({ from: { name: 'Ayşe Kaya', email: 'ayse.kaya@deniz-lojistik.example' }, subject: 'Muhasebe Uzmanı başvurunuz', snippet: 'Başvurunuz için teşekkür ederiz. CV’nizi finans müdürümüze ilettim, kendisi sizinle ilgilendi.' }, false)).toBe('recruiter_reply');
  });

  it('leaves a loan, a visa appointment, a press interview and a newsletter alone', () => {
    expect(read({ from: { name: 'Banka', email: 'bilgi@banka.example' }, subject: 'Kredi başvurunuz onaylandı', snippet: 'İhtiyaç kredisi başvurunuz onaylanmıştır.' }, false)).toBeUndefined();
    expect(read({ from: { name: 'Vize Merkezi', email: 'info@vize.example' }, subject: 'Vize randevusu', snippet: 'Vize başvurunuz için görüşme randevunuz onaylandı.' }, false)).toBeUndefined();
    expect(read({ from: { name: 'Gazete', email: 'haber@gazete.example' }, subject: 'Röportaj talebi', snippet: 'Dergimiz için sizinle bir röportaj yapmak isteriz, uygun musunuz?' }, false)).toBeUndefined();
    expect(read({ from: { name: 'Kariyer.net', email: 'ik-bulten@kariyer.net' }, subject: 'İK Bülteni', snippet: 'Mülakat süreçlerini hızlandırmanın yolları ve aday deneyimi.' }, false)).toBeUndefined();
  });
});
