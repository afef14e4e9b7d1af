/**
 * How Finnish employers, wellbeing-services counties, municipalities, their hiring systems
 * (Kuntarekry, Laura, Microsoft Bookings in Finnish) and recruiters phrase each step of a hiring
 * process, in the phrase notation of job-mail-knowledge.ts: "Kiitos hakemuksestasi", "Kutsumme sinut
 * haastatteluun", "Olemme valinneet tehtävään toisen hakijan". Finnish builds its cases and possessives
 * onto the end of a word ("hakemuksesi", "hakemuksestasi", "haastatteluun"), so every word is written
 * as a stem and matches the words it begins; phrases are folded like the mail ("ä" as "a", "ö" as "o").
 */
type FinnishPhrasebook = { fi: string[] };

export const finnishRejection: FinnishPhrasebook = {
  fi: [ 'valinne/valitsi/valitsimme … toise/muita/muun … hakij/ehdokka/henkilö', 'päätyne/päädyimme … toise/muihin … hakij/ehdokka', 'valinta … kohdistu … toise/muihin/muuhun', 'et … tullut … valituksi', 'emme … voi … tarjota … sinulle … paikka/tehtävä/työ', 'emme … jatka … kanssasi', 'ei … jatku … osaltasi', 'hakemuksesi … ei … eden', 'tehtävä/paikka/virka … on … täytetty', 'emme … valinneet … sinua', 'valitettavasti … et … edennyt'],
};

export const finnishOffer: FinnishPhrasebook = {
  fi: [ 'haluamme/haluaisimme … tarjota … sinulle … paikka/tehtävä/työ/vakituis/määräaikais', 'tarjoamme … sinulle … paikka/tehtävä/työ', 'olet … tullut … valituksi', 'sinut … on … valittu … tehtävä', 'työsopimu', 'työtarjou', 'haluamme … sinut … tiimi/joukkoo'],
};

export const finnishPositionClosed: FinnishPhrasebook = {
  fi: [ 'rekrytoin/haku/hakuprosessi …… keskeyte/keskeyty/peruttu/perutaan/jäädyte/lopetettu/tauolla/tauolle', 'keskeytä/keskeyttä/jäädytä/perumme … rekrytoin/haun', 'rekrytointikielt', 'rekrytointijäädy', 'tehtävä/paikka/virka …… ei … täytetä', 'poista … hakemukse … rekrytoin', 'hakemukse …… peruttu/poistettu', 'perunut/peruit/perut … hakemukse', 'vetäytymise', 'olet … vetäytynyt', 'kieltäydyit … tarjoukse', 'kiitos … tiedosta … onnea … uute'],
};

export const finnishStillReviewing: FinnishPhrasebook = {
  fi: [ 'viivästy', 'kestää … odotettua/suunniteltua/arvioitua … pidempä/kauemmi', 'emme … ole … vielä … tehneet … päätö', 'päätöksiä … ei … ole … vielä', 'valinta/käsittely/rekrytoin … on … vielä … kesken', 'palaamme … asiaan … viikolla/mahdollisimman/pian', 'ilmoitamme … tilantee', 'olemme … yhteydessä … viimeistään'],
};

export const finnishAssessment: FinnishPhrasebook = {
  fi: [ 'soveltuvuusarvio', 'soveltuvuustesti', 'persoonallisuustesti', 'suoritta … testi/testin/lääkelasku/soveltuvuus/tehtävä/arvioin', 'ennakkotehtävä', 'videohaastattelu … tallenn'],
};

export const finnishInterviewInvitation: FinnishPhrasebook = {
  fi: [ 'kutsu/kutsumme … haastattelu/tapaamise/keskustelu', 'haastattelukutsu', 'haluaisimme/haluamme … tavata … sinut', 'haluaisimme/haluamme … keskustella … kanssasi', 'työhaastattelu', 'puhelinhaastattelu', 'videohaastattelu', 'varaa … sopiva … aika', 'varaa … aika … haastattelu'],
};

export const finnishInterviewScheduling: FinnishPhrasebook = {
  fi: [ 'varau … vahvistet … haastattelu', 'haastattelu … varau … vahvistet', 'haastattelu …… vahvistet/siirret/siirrety/muutettu', 'muistutus … haastattelu', 'liity … microsoft teams', 'kokouksen tunnus', 'sinut on kutsuttu … tapahtuma'],
};

export const finnishConfirmation: FinnishPhrasebook = {
  fi: [ 'kiitos … hakemukse', 'kiitos … hakemisesta', 'hakemukse …… vastaanotet/vastaanotettu/saapunut/tallennet/lähetet', 'vastaanotta … hakemukse', 'olemme … vastaanottaneet'],
};

export const finnishRecruiterReply: FinnishPhrasebook = {
  fi: [ 'olen … rekrytoija', 'välitin/välitimme/lähetin … hakemukse/cv … eteenpäin', 'lähettäisitkö', 'voisitko … lähettää/kertoa', 'palkkatoive', 'palkkatoivee', 'irtisanomisaika', 'suosittelija'],
};
