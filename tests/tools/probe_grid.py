#!/usr/bin/env python3
"""Write a grid of transfer sentences: for each language, verbs of sending,
sharing, storing, disclosing and moving data, each in the active, the
passive and as a noun, towards the United States or towards a provider or
partners there. Every line expects us_transfer, in the probe format of
tests/probes/*.txt, so that tests/probes.rs scores it:

    python3 tests/tools/probe_grid.py fr > tests/probes/grid.txt
    cargo test --release --test probes    # lists the lines it misses
    rm tests/probes/grid.txt

With 'government_access' first (then languages, or none for all six), it
writes the grid of disclosures to authorities instead (648 sentences); with
'us_place', hosting in US states and cities (168 sentences); with
'us_entity', the vendor as a US company (96 sentences); with 'us_access',
access to the data by people in the US (96 sentences); with 'mechanisms',
the SCCs, the DPF and the Privacy Shield named (162 sentences):

    python3 tests/tools/probe_grid.py government_access de nl

Some combinations are not grammatical ('shared to the US', 'hosten ... in
die USA'); read the misses before fixing anything. Session 22 used it to
find missing verbs (tests/probes/session22.txt, part 9)."""

import sys


def grid_en():
    verbs = [ # present 1pl, participle, noun
     ("transfer","transferred","the transfer"),("transmit","transmitted","the transmission"),("send","sent","the sending"),
     ("share","shared","the sharing"),("disclose","disclosed","the disclosure"),("export","exported","the export"),
     ("store","stored","the storage"),("host","hosted","the hosting"),("process","processed","the processing"),
     ("forward","forwarded","the forwarding"),("replicate","replicated","the replication"),("back up","backed up","the backup"),
     ("move","moved","the movement"),("provide","provided","the provision"),("make available","made available","making available"),
     ("communicate","communicated","the communication"),("upload","uploaded","the upload"),("route","routed","the routing"),
    ]
    dests = ["to the United States", "to the US", "to a provider based in the United States", "to partners located in the USA", "on servers located in the United States"]
    out=[]
    for p, pp, noun in verbs:
        for d in dests:
            if p == "back up" or p=="make available":
                out.append(f"us_transfer | We may {p} some of your data {d}.")
            else:
                out.append(f"us_transfer | We {p} some of your personal data {d}.")
            out.append(f"us_transfer | Some of your personal data is {pp} {d}.")
            out.append(f"us_transfer | Your data may be {pp} {d}.")
        out.append(f"us_transfer | This involves {noun} of your data to the United States.")
    return out


def grid_fr():
    verbs = [  # (1pl present, passive participle fem pl, infinitive, noun phrase or None)
     ("transférons","transférées","transférer","le transfert de vos données"),
     ("transmettons","transmises","transmettre","la transmission de vos données"),
     ("communiquons","communiquées","communiquer","la communication de vos données"),
     ("partageons","partagées","partager","le partage de vos données"),
     ("envoyons","envoyées","envoyer","l'envoi de vos données"),
     ("hébergeons","hébergées","héberger","l'hébergement de vos données"),
     ("stockons","stockées","stocker","le stockage de vos données"),
     ("conservons","conservées","conserver","la conservation de vos données"),
     ("traitons","traitées","traiter","le traitement de vos données"),
     ("sauvegardons","sauvegardées","sauvegarder","la sauvegarde de vos données"),
     ("répliquons","répliquées","répliquer","la réplication de vos données"),
     ("exportons","exportées","exporter","l'exportation de vos données"),
     ("divulguons","divulguées","divulguer","la divulgation de vos données"),
     ("archivons","archivées","archiver","l'archivage de vos données"),
     ("externalisons","externalisées","externaliser","l'externalisation de vos données"),
    ]
    dests = ["aux États-Unis", "vers les États-Unis", "à un prestataire établi aux États-Unis", "avec des partenaires situés aux États-Unis", "sur des serveurs situés aux États-Unis"]
    out=[]
    for p1, pp, inf, noun in verbs:
        for d in dests:
            prep_ok = True
            out.append(f"us_transfer | Nous {p1} certaines de vos données {d}.")
            out.append(f"us_transfer | Certaines de vos données sont {pp} {d}.")
            out.append(f"us_transfer | Nous pouvons être amenés à {inf} vos données {d}.")
        out.append(f"us_transfer | Cela implique {noun} vers les États-Unis.")
    return out


def verb_second_grid(verbs, dests, active, passives, noun_frame):
    """German and Dutch: the active with the verb second and a separable
    particle ("geben ... weiter", "geven ... door") sent to the end of the
    clause, the passives, and one sentence with the noun per verb."""
    out = []
    for act, pp, noun in verbs:
        a, _, b = act.partition(" ... ")
        for d in dests:
            out.append("us_transfer | " + active.format(a=a, d=d, b=" " + b if b else ""))
            out.extend("us_transfer | " + f.format(d=d, pp=pp) for f in passives)
        out.append("us_transfer | " + noun_frame.format(noun=noun))
    return out


def grid_de():
    # (verb-second active 1pl "Wir X ... in die USA", passive "werden ... in die USA Y", infinitive-ish noun)
    verbs = [
     ("übermitteln","übermittelt","die Übermittlung"),
     ("übertragen","übertragen","die Übertragung"),
     ("senden","gesendet","die Versendung"),
     ("schicken","geschickt","das Versenden"),
     ("exportieren","exportiert","den Export"),
     ("geben ... weiter","weitergegeben","die Weitergabe"),
     ("leiten ... weiter","weitergeleitet","die Weiterleitung"),
     ("speichern","gespeichert","die Speicherung"),
     ("verarbeiten","verarbeitet","die Verarbeitung"),
     ("hosten","gehostet","das Hosting"),
     ("sichern","gesichert","die Sicherung"),
     ("replizieren","repliziert","die Replikation"),
     ("legen ... offen","offengelegt","die Offenlegung"),
     ("teilen","geteilt","das Teilen"),
     ("lagern ... aus","ausgelagert","die Auslagerung"),
     ("verschieben","verschoben","die Verlagerung"),
    ]
    dests_dat = ["in die USA", "in die Vereinigten Staaten", "an einen Dienstleister in den USA", "an Partner mit Sitz in den USA", "auf Server in den USA"]
    return verb_second_grid(
        verbs,
        dests_dat,
        "Wir {a} einige Ihrer Daten {d}{b}.",
        ["Einige Ihrer Daten werden {d} {pp}.", "Ihre Daten können {d} {pp} werden."],
        "Dies umfasst {noun} Ihrer Daten in die USA.",
    )


def grid_es():
    verbs = [ # (1pl, passive plural participle (son X), se-passive 3pl, infinitive, noun)
     ("transferimos","transferidos","se transfieren","transferir","la transferencia"),
     ("transmitimos","transmitidos","se transmiten","transmitir","la transmisión"),
     ("comunicamos","comunicados","se comunican","comunicar","la comunicación"),
     ("compartimos","compartidos","se comparten","compartir","el intercambio"),
     ("enviamos","enviados","se envían","enviar","el envío"),
     ("alojamos","alojados","se alojan","alojar","el alojamiento"),
     ("almacenamos","almacenados","se almacenan","almacenar","el almacenamiento"),
     ("conservamos","conservados","se conservan","conservar","la conservación"),
     ("tratamos","tratados","se tratan","tratar","el tratamiento"),
     ("exportamos","exportados","se exportan","exportar","la exportación"),
     ("cedemos","cedidos","se ceden","ceder","la cesión"),
     ("revelamos","revelados","se revelan","revelar","la revelación"),
     ("replicamos","replicados","se replican","replicar","la replicación"),
     ("remitimos","remitidos","se remiten","remitir","la remisión"),
     ("facilitamos","facilitados","se facilitan","facilitar","la puesta a disposición"),
     ("trasladamos","trasladados","se trasladan","trasladar","el traslado"),
    ]
    dests = ["a Estados Unidos", "a los Estados Unidos", "a un proveedor con sede en Estados Unidos", "a socios ubicados en EE. UU.", "en servidores situados en Estados Unidos"]
    out=[]
    for p1, pp, se, inf, noun in verbs:
        for d in dests:
            out.append(f"us_transfer | {p1.capitalize()} algunos de sus datos {d}.")
            out.append(f"us_transfer | Algunos de sus datos son {pp} {d}.")
            out.append(f"us_transfer | Algunos de sus datos {se} {d}.")
            out.append(f"us_transfer | Podemos {inf} sus datos {d}.")
        out.append(f"us_transfer | Esto implica {noun} de sus datos a Estados Unidos.")
    return out


def grid_it():
    verbs = [ # 1pl, passive participle m pl, infinitive, noun
     ("trasferiamo","trasferiti","trasferire","il trasferimento"),
     ("trasmettiamo","trasmessi","trasmettere","la trasmissione"),
     ("comunichiamo","comunicati","comunicare","la comunicazione"),
     ("condividiamo","condivisi","condividere","la condivisione"),
     ("inviamo","inviati","inviare","l'invio"),
     ("ospitiamo","ospitati","ospitare","l'hosting"),
     ("conserviamo","conservati","conservare","la conservazione"),
     ("archiviamo","archiviati","archiviare","l'archiviazione"),
     ("trattiamo","trattati","trattare","il trattamento"),
     ("esportiamo","esportati","esportare","l'esportazione"),
     ("cediamo","ceduti","cedere","la cessione"),
     ("divulghiamo","divulgati","divulgare","la divulgazione"),
     ("inoltriamo","inoltrati","inoltrare","l'inoltro"),
     ("memorizziamo","memorizzati","memorizzare","la memorizzazione"),
     ("spostiamo","spostati","spostare","lo spostamento"),
     ("mettiamo a disposizione","messi a disposizione","mettere a disposizione","la messa a disposizione"),
    ]
    dests = ["negli Stati Uniti", "verso gli Stati Uniti", "a un fornitore con sede negli Stati Uniti", "a partner situati negli USA", "su server situati negli Stati Uniti"]
    out=[]
    for p1, pp, inf, noun in verbs:
        for d in dests:
            out.append(f"us_transfer | {p1.capitalize()} alcuni dei suoi dati {d}.")
            out.append(f"us_transfer | Alcuni dei suoi dati sono {pp} {d}.")
            out.append(f"us_transfer | Possiamo {inf} i suoi dati {d}.")
        out.append(f"us_transfer | Ciò comporta {noun} dei suoi dati verso gli Stati Uniti.")
    return out


def grid_nl():
    verbs = [ # wij-present (verb second; particle at end if separable), passive participle, noun
     ("geven ... door","doorgegeven","het doorgeven"),
     ("sturen ... door","doorgestuurd","het doorsturen"),
     ("dragen ... over","overgedragen","de overdracht"),
     ("verzenden","verzonden","de verzending"),
     ("sturen","gestuurd","het versturen"),
     ("versturen","verstuurd","het versturen"),
     ("delen","gedeeld","het delen"),
     ("verstrekken","verstrekt","de verstrekking"),
     ("slaan ... op","opgeslagen","de opslag"),
     ("bewaren","bewaard","de bewaring"),
     ("verwerken","verwerkt","de verwerking"),
     ("hosten","gehost","de hosting"),
     ("exporteren","geëxporteerd","de export"),
     ("brengen ... over","overgebracht","het overbrengen"),
     ("maken ... bekend","bekendgemaakt","de bekendmaking"),
     ("verplaatsen","verplaatst","de verplaatsing"),
    ]
    dests = ["naar de Verenigde Staten", "naar de VS", "aan een leverancier in de Verenigde Staten", "aan partners die in de VS gevestigd zijn", "op servers in de Verenigde Staten"]
    return verb_second_grid(
        verbs,
        dests,
        "Wij {a} sommige van uw gegevens {d}{b}.",
        ["Sommige van uw gegevens worden {d} {pp}.", "Uw gegevens kunnen {d} worden {pp}."],
        "Dit omvat {noun} van uw gegevens naar de Verenigde Staten.",
    )


# Government access: verbs of disclosure, six authorities (US ones, police,
# courts, public bodies, the US government, authorities acting on an order),
# each verb in three sentence frames.
GA = {
'en': dict(
  subj=["We may {v} your personal data to {a}", "Your personal data may be {p} to {a}", "Acme may be required to {v} customer data to {a}"],
  verbs=[("disclose","disclosed"),("provide","provided"),("hand over","handed over"),("produce","produced"),("release","released"),("give access to","made accessible")],
  auth=["US authorities","law enforcement agencies","the courts","government agencies","the US government","public authorities in response to a subpoena"]),
'fr': dict(
  subj=["Nous pouvons {v} vos données à {a}", "Vos données peuvent être {p} à {a}", "Acme peut être tenue de {v} les données du client à {a}"],
  verbs=[("communiquer","communiquées"),("transmettre","transmises"),("divulguer","divulguées"),("remettre","remises"),("fournir","fournies"),("donner accès à","rendues accessibles")],
  auth=["des autorités américaines","les forces de l'ordre","des juridictions","des autorités publiques","le gouvernement des États-Unis","des autorités judiciaires sur réquisition"]),
'de': dict(
  subj=["Wir können Ihre Daten {a} {v}", "Ihre Daten können {a} {p} werden", "Acme kann verpflichtet sein, Kundendaten {a} {v}"],
  verbs=[("offenlegen","offengelegt"),("herausgeben","herausgegeben"),("übermitteln","übermittelt"),("zur Verfügung stellen","zur Verfügung gestellt"),("weitergeben","weitergegeben"),("bereitstellen","bereitgestellt")],
  auth=["US-Behörden","Strafverfolgungsbehörden","Gerichten","staatlichen Stellen","der US-Regierung","Behörden auf richterliche Anordnung"]),
'es': dict(
  subj=["Podemos {v} sus datos a {a}", "Sus datos pueden ser {p} a {a}", "Acme puede estar obligada a {v} los datos del cliente a {a}"],
  verbs=[("comunicar","comunicados"),("revelar","revelados"),("entregar","entregados"),("facilitar","facilitados"),("ceder","cedidos"),("proporcionar","proporcionados")],
  auth=["autoridades estadounidenses","las fuerzas de seguridad","los tribunales","organismos públicos","el gobierno de Estados Unidos","autoridades judiciales en virtud de una orden"]),
'it': dict(
  subj=["Possiamo {v} i suoi dati a {a}", "I suoi dati possono essere {p} a {a}", "Acme può essere tenuta a {v} i dati del cliente a {a}"],
  verbs=[("comunicare","comunicati"),("divulgare","divulgati"),("consegnare","consegnati"),("fornire","forniti"),("trasmettere","trasmessi"),("mettere a disposizione","messi a disposizione")],
  auth=["autorità statunitensi","le forze dell'ordine","i tribunali","enti pubblici","il governo degli Stati Uniti","autorità giudiziarie su ordine"]),
'nl': dict(
  subj=["Wij kunnen uw gegevens aan {a} {v}", "Uw gegevens kunnen aan {a} worden {p}", "Acme kan verplicht zijn klantgegevens aan {a} te {v}"],
  verbs=[("verstrekken","verstrekt"),("doorgeven","doorgegeven"),("overhandigen","overhandigd"),("bekendmaken","bekendgemaakt"),("ter beschikking stellen","ter beschikking gesteld"),("overdragen","overgedragen")],
  auth=["Amerikaanse autoriteiten","opsporingsinstanties","rechtbanken","overheidsinstanties","de Amerikaanse overheid","justitie op grond van een bevel"]),
}


def grid_government_access(langs):
    out = []
    for lang in langs:
        g=GA[lang]
        for v,p in g['verbs']:
            for a in g['auth']:
                for s in g['subj']:
                    vv = v
                    if lang=='de' and s.startswith("Acme kann"):
                        vv = {"offenlegen":"offenzulegen","herausgeben":"herauszugeben","weitergeben":"weiterzugeben","bereitstellen":"bereitzustellen","zur Verfügung stellen":"zur Verfügung zu stellen"}.get(v, "zu "+v)
                    if lang=='nl' and s.startswith("Acme kan"):
                        s2 = s.replace(" te {v}", " {v}")
                        vv = {"doorgeven":"door te geven","bekendmaken":"bekend te maken","ter beschikking stellen":"ter beschikking te stellen","overdragen":"over te dragen"}.get(v, "te "+v)
                    else:
                        s2 = s
                    t = s2.format(v=vv, p=p, a=a)
                    for a_, b_ in [(" à le "," au "),(" à les "," aux "),(" a el "," al "),(" a i "," ai "),(" a il "," al "),(" a le "," alle "),(" to to "," to ")]:
                        t = t.replace(a_, b_)
                    out.append("government_access | " + t + ".")
    return out



# Hosting in a US state or city: four frames (stored in, servers located in,
# a provider's data centre in, backups replicated to a site in) and seven places.
PLACES = {
'en': dict(frames=["Customer data is stored {prep} {place}.", "Our servers are located {prep} {place}.", "We use a hosting provider whose data centre is {prep} {place}.", "Backups are replicated to a facility {prep} {place}."],
  places=[("in","Ashburn, Virginia"),("in","Oregon"),("in","California"),("in","Dallas, Texas"),("in","New York"),("in","Chicago, Illinois"),("in","the state of Washington")]),
'fr': dict(frames=["Les données des clients sont stockées {prep} {place}.", "Nos serveurs sont situés {prep} {place}.", "Nous faisons appel à un hébergeur dont le centre de données se trouve {prep} {place}.", "Les sauvegardes sont répliquées vers un site {prep} {place}."],
  places=[("à","Ashburn (Virginie)"),("dans l'","Oregon"),("en","Californie"),("à","Dallas, au Texas"),("à","New York"),("à","Chicago (Illinois)"),("dans l'État de","Washington")]),
'de': dict(frames=["Die Kundendaten werden {prep} {place} gespeichert.", "Unsere Server stehen {prep} {place}.", "Wir nutzen einen Hosting-Anbieter, dessen Rechenzentrum sich {prep} {place} befindet.", "Sicherungskopien werden an einen Standort {prep} {place} repliziert."],
  places=[("in","Ashburn (Virginia)"),("in","Oregon"),("in","Kalifornien"),("in","Dallas, Texas"),("in","New York"),("in","Chicago, Illinois"),("im US-Bundesstaat","Washington")]),
'es': dict(frames=["Los datos de los clientes se almacenan {prep} {place}.", "Nuestros servidores están ubicados {prep} {place}.", "Utilizamos un proveedor de alojamiento cuyo centro de datos se encuentra {prep} {place}.", "Las copias de seguridad se replican en una instalación situada {prep} {place}."],
  places=[("en","Ashburn (Virginia)"),("en","Oregón"),("en","California"),("en","Dallas, Texas"),("en","Nueva York"),("en","Chicago, Illinois"),("en el estado de","Washington")]),
'it': dict(frames=["I dati dei clienti sono conservati {prep} {place}.", "I nostri server si trovano {prep} {place}.", "Ci avvaliamo di un fornitore di hosting il cui data center si trova {prep} {place}.", "I backup sono replicati in una struttura situata {prep} {place}."],
  places=[("ad","Ashburn (Virginia)"),("in","Oregon"),("in","California"),("a","Dallas, in Texas"),("a","New York"),("a","Chicago (Illinois)"),("nello Stato di","Washington")]),
'nl': dict(frames=["Klantgegevens worden opgeslagen {prep} {place}.", "Onze servers staan {prep} {place}.", "Wij maken gebruik van een hostingpartij waarvan het datacenter zich {prep} {place} bevindt.", "Back-ups worden gerepliceerd naar een locatie {prep} {place}."],
  places=[("in","Ashburn (Virginia)"),("in","Oregon"),("in","Californië"),("in","Dallas, Texas"),("in","New York"),("in","Chicago, Illinois"),("in de staat","Washington")]),
}


def grid_us_place(langs):
    out = []
    for lang in langs:
        g=PLACES[lang]
        for prep, place in g['places']:
            for f in g['frames']:
                t = f.format(prep=prep, place=place).replace("l' ", "l'")
                out.append("us_transfer | " + t)
    return out



# The vendor as a US company: four frames per language (a party, the service's
# provider, 'we' defined, the controller) and four companies (Inc., LLC, Corp.).
ENTITY_FRAMES = {
 "en": ["This Agreement is entered into between the Customer and {n}, a {s} corporation.", "The Service is provided by {n}, a company incorporated under the laws of {S}.", "{n} (\"we\", \"us\") is a {s} corporation with its principal office in {c}.", "The controller of your personal data is {n}, {c}, USA."],
 "fr": ["Le présent contrat est conclu entre le Client et {n}, société constituée selon le droit de l'État de {S}.", "Le service est fourni par {n}, société de droit américain dont le siège est à {c}.", "{n} (« nous ») est une société immatriculée dans l'État de {S}, dont le siège social est situé à {c}.", "Le responsable du traitement est {n}, {c}, États-Unis."],
 "de": ["Dieser Vertrag wird zwischen dem Kunden und der {n}, einer Gesellschaft nach dem Recht des US-Bundesstaates {S}, geschlossen.", "Anbieter des Dienstes ist die {n} mit Sitz in {c}, USA.", "Die {n} („wir“) ist eine nach dem Recht des Bundesstaates {S} gegründete Gesellschaft.", "Verantwortlicher für die Datenverarbeitung ist die {n}, {c}, USA."],
 "es": ["El presente contrato se celebra entre el Cliente y {n}, sociedad constituida conforme a las leyes del Estado de {S}.", "El servicio es prestado por {n}, con domicilio social en {c} (Estados Unidos).", "{n} («nosotros») es una sociedad estadounidense con sede en {c}.", "El responsable del tratamiento es {n}, {c}, EE. UU."],
 "it": ["Il presente contratto è stipulato tra il Cliente e {n}, società costituita secondo le leggi dello Stato di {S}.", "Il servizio è fornito da {n}, con sede legale a {c} (Stati Uniti).", "{n} («noi») è una società statunitense con sede a {c}.", "Il titolare del trattamento è {n}, {c}, USA."],
 "nl": ["Deze overeenkomst wordt gesloten tussen de Klant en {n}, een vennootschap naar het recht van de staat {S}.", "De dienst wordt geleverd door {n}, gevestigd te {c}, Verenigde Staten.", "{n} („wij”) is een Amerikaanse vennootschap met zetel in {c}.", "De verwerkingsverantwoordelijke is {n}, {c}, VS."],
}
ENTITY_NAMES = [("Quillfeather, Inc.","Delaware","Wilmington, Delaware","Delaware"), ("Brightwater Labs LLC","California","San Francisco, California","Californië|Californie|Kalifornien|California"), ("Northpine Corp.","New York","New York, NY","New York"), ("Tidewell Software, Inc.","Washington","Seattle, Washington","Washington")]


def grid_us_entity(langs):
    out = []
    for lang in langs:
        for n, st, c, _ in ENTITY_NAMES:
            for f in ENTITY_FRAMES[lang]:
                S = st
                if lang=="de" and st=="California": S="Kalifornien"
                if lang=="fr" and st=="California": S="Californie"
                if lang=="nl" and st=="California": S="Californië"
                s_adj = st
                out.append("us_entity | " + f.format(n=n, s=s_adj, S=S, c=c))
    return out



# Access from the US: four kinds of people there (support staff, a US parent's
# engineers, a sub-processor's personnel, administrators) in four frames.
ACCESS = {
'en': dict(who=["our support staff in the United States","engineers of our US parent company","our sub-processor's personnel located in the US","administrators based in the USA"],
  frames=["{W} may access customer data to provide support.", "Customer data can be viewed by {w} when needed.", "{W} have remote access to the production systems that hold your data.", "Personal data may be made available to {w}."]),
'fr': dict(who=["nos équipes de support situées aux États-Unis","les ingénieurs de notre maison mère américaine","le personnel de notre sous-traitant établi aux États-Unis","des administrateurs basés aux États-Unis"],
  frames=["{W} peuvent accéder aux données des clients pour assurer le support.", "Les données des clients peuvent être consultées par {w} si nécessaire.", "{W} disposent d'un accès à distance aux systèmes qui hébergent vos données.", "Les données personnelles peuvent être rendues accessibles à {w}."]),
'de': dict(who=["unsere Support-Mitarbeiter in den USA","Techniker unserer US-Muttergesellschaft","Mitarbeiter unseres Unterauftragsverarbeiters in den USA","Administratoren mit Sitz in den USA"],
  frames=["{W} können auf Kundendaten zugreifen, um Support zu leisten.", "Kundendaten können bei Bedarf von {w} eingesehen werden.", "{W} haben Fernzugriff auf die Systeme, in denen Ihre Daten gespeichert sind.", "Personenbezogene Daten können {w} zugänglich gemacht werden."]),
'es': dict(who=["nuestro personal de soporte en Estados Unidos","los ingenieros de nuestra matriz estadounidense","el personal de nuestro subencargado ubicado en EE. UU.","administradores con sede en Estados Unidos"],
  frames=["{W} puede acceder a los datos de los clientes para prestar soporte.", "Los datos de los clientes pueden ser consultados por {w} cuando sea necesario.", "{W} tiene acceso remoto a los sistemas que alojan sus datos.", "Los datos personales pueden ponerse a disposición de {w}."]),
'it': dict(who=["il nostro personale di assistenza negli Stati Uniti","gli ingegneri della nostra capogruppo statunitense","il personale del nostro sub-responsabile situato negli USA","amministratori con sede negli Stati Uniti"],
  frames=["{W} può accedere ai dati dei clienti per fornire assistenza.", "I dati dei clienti possono essere consultati da {w} se necessario.", "{W} dispone di un accesso remoto ai sistemi che ospitano i suoi dati.", "I dati personali possono essere resi accessibili a {w}."]),
'nl': dict(who=["onze supportmedewerkers in de Verenigde Staten","engineers van ons Amerikaanse moederbedrijf","medewerkers van onze subverwerker in de VS","beheerders die in de VS gevestigd zijn"],
  frames=["{W} kunnen klantgegevens inzien om ondersteuning te bieden.", "Klantgegevens kunnen zo nodig worden geraadpleegd door {w}.", "{W} hebben toegang op afstand tot de systemen waarop uw gegevens staan.", "Persoonsgegevens kunnen toegankelijk worden gemaakt voor {w}."]),
}


def grid_us_access(langs):
    out = []
    for lang in langs:
        g=ACCESS[lang]
        for w in g['who']:
            for f in g['frames']:
                t=f.format(w=w, W=w[0].upper()+w[1:])
                for a_, b_ in [(" à les "," aux "),(" a il "," al "),(" a gli "," agli "),(" de los "," de los ")]:
                    t=t.replace(a_, b_)
                plural = w.startswith(("los ","administradores","gli ","amministratori"))
                if plural:
                    for a_, b_ in [(" puede acceder"," pueden acceder"),(" tiene acceso"," tienen acceso"),(" può accedere"," possono accedere"),(" dispone di"," dispongono di")]:
                        t=t.replace(a_, b_)
                out.append("us_transfer | "+t)
    return out



# Transfer mechanisms named: the SCCs, the DPF and the Privacy Shield under
# their names and acronyms, in three frames (transfers based on, we rely on,
# our US vendor is bound by).
MECHANISMS = {
'en': dict(scc=["the Standard Contractual Clauses adopted by the European Commission", "the EU Standard Contractual Clauses (Commission Implementing Decision (EU) 2021/914)", "the SCCs", "the European Commission's model clauses"],
  dpf=["the EU-U.S. Data Privacy Framework", "the Data Privacy Framework", "the DPF"],
  ps=["the EU-U.S. Privacy Shield", "the Privacy Shield framework"],
  frames=["Transfers to the United States are based on {m}.", "We rely on {m} for transfers of personal data to our US sub-processors.", "Our US vendor is bound by {m}."]),
'fr': dict(scc=["les clauses contractuelles types adoptées par la Commission européenne", "les clauses contractuelles types de la décision d'exécution (UE) 2021/914", "les CCT", "les clauses types de protection des données"],
  dpf=["le cadre de protection des données UE-États-Unis", "le Data Privacy Framework", "le DPF"],
  ps=["le bouclier de protection des données UE-États-Unis", "le Privacy Shield"],
  frames=["Les transferts vers les États-Unis reposent sur {m}.", "Nous nous appuyons sur {m} pour les transferts de données vers nos sous-traitants américains.", "Notre prestataire américain est lié par {m}."]),
'de': dict(scc=["die von der Europäischen Kommission erlassenen Standardvertragsklauseln", "die EU-Standardvertragsklauseln (Durchführungsbeschluss (EU) 2021/914)", "die SCC", "die Standarddatenschutzklauseln"],
  dpf=["den EU-US-Datenschutzrahmen", "das Data Privacy Framework", "das DPF"],
  ps=["den EU-US-Datenschutzschild", "das Privacy Shield"],
  frames=["Übermittlungen in die USA stützen sich auf {m}.", "Für Übermittlungen an unsere US-Unterauftragsverarbeiter nutzen wir {m}.", "Unser US-Dienstleister ist an {m} gebunden."]),
'es': dict(scc=["las cláusulas contractuales tipo adoptadas por la Comisión Europea", "las cláusulas contractuales tipo de la Decisión de Ejecución (UE) 2021/914", "las CCT", "las cláusulas tipo de protección de datos"],
  dpf=["el Marco de Privacidad de Datos UE-EE. UU.", "el Data Privacy Framework", "el DPF"],
  ps=["el Escudo de Privacidad UE-EE. UU.", "el Privacy Shield"],
  frames=["Las transferencias a Estados Unidos se basan en {m}.", "Nos basamos en {m} para las transferencias a nuestros subencargados estadounidenses.", "Nuestro proveedor estadounidense está vinculado por {m}."]),
'it': dict(scc=["le clausole contrattuali standard adottate dalla Commissione europea", "le clausole contrattuali standard della decisione di esecuzione (UE) 2021/914", "le CCS", "le clausole tipo di protezione dei dati"],
  dpf=["il quadro UE-USA per la protezione dei dati personali", "il Data Privacy Framework", "il DPF"],
  ps=["lo scudo UE-USA per la privacy", "il Privacy Shield"],
  frames=["I trasferimenti verso gli Stati Uniti si basano su {m}.", "Ci avvaliamo di {m} per i trasferimenti ai nostri sub-responsabili statunitensi.", "Il nostro fornitore statunitense è vincolato da {m}."]),
'nl': dict(scc=["de door de Europese Commissie vastgestelde modelcontractbepalingen", "de standaardcontractbepalingen van Uitvoeringsbesluit (EU) 2021/914", "de SCC's", "de standaardbepalingen inzake gegevensbescherming"],
  dpf=["het EU-VS-kader voor gegevensbescherming", "het Data Privacy Framework", "het DPF"],
  ps=["het EU-VS-privacyschild", "het Privacy Shield"],
  frames=["Doorgiften naar de Verenigde Staten zijn gebaseerd op {m}.", "Voor doorgiften aan onze Amerikaanse subverwerkers maken wij gebruik van {m}.", "Onze Amerikaanse leverancier is gebonden aan {m}."]),
}


def grid_mechanisms(langs):
    out = []
    for lang in langs:
        g=MECHANISMS[lang]
        for cat,key in [("scc","scc"),("dpf","dpf"),("privacy_shield","ps")]:
            for m in g[key]:
                for f in g['frames']:
                    t=f.format(m=m)
                    for a_, b_ in [(" su le "," sulle "),(" su il "," sul "),(" su lo "," sullo "),(" da le "," dalle "),(" da il "," dal "),(" da lo "," dallo "),(" di le "," delle "),(" di il "," del "),(" di lo "," dello "),(" à le "," au "),(" à les "," aux "),(" sur le "," sur le "),(" en el "," en el "),(" por el "," por el "),(" an den "," an den "),(" an das "," an das ")]:
                        t=t.replace(a_, b_)
                    out.append(f"{cat},us_transfer | {t}")
    return out



GRIDS = {"en": grid_en, "fr": grid_fr, "de": grid_de, "es": grid_es, "it": grid_it, "nl": grid_nl}

if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] == ["government_access"]:
        print("\n".join(grid_government_access(args[1:] or list(GA))))
    elif args[:1] == ["us_entity"]:
        print("\n".join(grid_us_entity(args[1:] or list(ENTITY_FRAMES))))
    elif args[:1] == ["mechanisms"]:
        print("\n".join(grid_mechanisms(args[1:] or list(MECHANISMS))))
    elif args[:1] == ["us_access"]:
        print("\n".join(grid_us_access(args[1:] or list(ACCESS))))
    elif args[:1] == ["us_place"]:
        print("\n".join(grid_us_place(args[1:] or list(PLACES))))
    else:
        for lang in args or list(GRIDS):
            print("\n".join(GRIDS[lang]()))
