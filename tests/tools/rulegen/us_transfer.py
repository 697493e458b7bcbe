# Generator for patterns/us_transfer.toml. The six languages share one rule
# shape, so the fragments (place names, data verbs, negation guard) are
# written once here and expanded into every rule.
import copy, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from wordset import not_in, asciify

G = r"(?:[^.;]|\.\w|\b\w\.)"  # one unit inside a sentence ("u.s.", "e.g." pass)
GA = r"(?:[^.;]|\.\w|\b\w\.|\b(?:inc|ltd|llc|corp|co|gmbh|ag|sa|sas|sarl|sl|srl|spa|bv|nv|nr|no|art|ca|st|dr|etc|ggf|bzw|vgl|usw|ad\ es|bijv|bspw|incl)\.)"  # same, "Inc." passes too
QEND = r"(?:$|[^?\ ]|\ [^?])"     # not a question ("... to the United States?")

L = {}

# ---------------------------------------------------------------- en
L['en'] = dict(
 US=r"(?:the\ (?:united\ states(?:\ of\ america)?|u\.\ ?s\.(?:\ ?a\.)?|usa?\b)|\busa\b|\bu\.s\.a\.|\bunited\ states\ of\ america)",
 US_BARE=r"(?:(?:the\ )?united\ states(?:\ of\ america)?|(?:the\ )?u\.\ ?s\.(?:\ ?a\.)?|\busa\b|\bthe\ us\b)",
 VERB=r"(?:transfer(?:s|red|ring)?|upload(?:s|ed|ing)?|inference|transmi(?:t|ts|tted|tting|ssions?)|moved|relocated|migrat(?:e|es|ed|ing|ion)|stor(?:e|es|ing|age)|host(?:s|ing)?|(?:data|information|details|content|it|they|transcripts?|messages?|recordings?|files?|logs?|records?|documents?|requests?|queries|prompts?|tickets?|e-?mails?|reports?|images?|photos?|videos?|backups?|events?|metrics|telemetry|inputs?|outputs?|submissions?|attachments?|conversations?|chats?)\ (?:(?:will|may|shall|can|could|might|would|does|do)\ )?(?:also\ )?resid(?:e|es|ing)|process(?:es|ing)|maintain(?:s)?|(?:data|information|details|content|it|they|transcripts?|messages?|recordings?|files?|logs?|records?|documents?|requests?|queries|prompts?|tickets?|e-?mails?|reports?|images?|photos?|videos?|backups?|events?|metrics|telemetry|inputs?|outputs?|submissions?|attachments?|conversations?|chats?)\ (?:is|are|will\ be|may\ be|can\ be|might\ be|shall\ be|could\ be|being|gets?)\ (?:also\ )?(?:sent|exported|forwarded|routed|relayed|streamed|disclosed|provided|made\ available|communicated|copied)|(?:data|information|details|content|it|they|transcripts?|messages?|recordings?|files?|logs?|records?|documents?|requests?|queries|prompts?|tickets?|e-?mails?|reports?|images?|photos?|videos?|backups?|events?|metrics|telemetry|inputs?|outputs?|submissions?|attachments?|conversations?|chats?)\ (?:(?:will|may|can|could|might|also|then)\ )*(?:flows?|flowing|travels?|travell?ing|travell?ed)|(?:(?:send|export|forward|replicate|route|relay|copy|move|provide|communicate|disclose)(?:s|ing)?|copies|copied|back(?:s|ing)?\ up|make\ available)\ (?:(?:your|the|such|this|these|those|personal|any|some|all|part|of|certain|relevant|customer|user|account)\ )*(?:data|information|details)|(?:sending|export|forwarding|replication|routing|backup|movement|relocation|disclosure|provision|communication|sharing)\ of\ (?:(?:your|the|such|this|these|those|personal|any|some|all|part|of|certain|relevant|customer|user|account)\ )*(?:data|information|details)|(?:and|or|to|will|may|we|also|might|can|could|shall|and/or)\ process)\b",
 # participles of place (stored, hosted, processed...) need an auxiliary or a coordination before them
 # ("is stored", "transferred to and stored in"): "information stored in the US may be accessed by US
 # authorities" describes, it does not say where this vendor puts the data; participles of motion
 # ("personal data transferred from the EU to the US") need none
 VERBPART=r"(?:stored|hosted|processed|maintained|kept|housed|replicated|backed\ up|mirrored|accessed|forwarded|routed|relayed|synced|synchroni[sz]ed|analy[sz]ed)\b",
 AUXPART=r"(?:is|are|was|were|be|been|being|get|gets|got|have|has|had|and|or)",
 PREPART=r"(?:«PRE»«AUXPART»\ |(?:^|[.;:!?()|\"\[*\#>,-]\ ?))(?:(?:also|then|subsequently|further|generally|typically|currently|primarily|regularly|sometimes|normally|usually|routinely|automatically|physically|permanently|temporarily|securely|ultimately|only|exclusively|mainly|mostly|partly|partially|either|both|still|often|even|directly|remotely|initially|later|therefore|thus|consequently|accordingly|hence|necessarily|physically|actually)\ )*",
 PREP=r"(?:to|in|into|within|inside|towards?|throughout|across|(?:both\ )?inside\ (?:and|or)\ outside(?:\ of)?)\b,?\ ",
 CONN=r"(?:,|\ and|\ or|\ and/or|\ as\ well\ as|,?\ including|,?\ such\ as|,?\ e\.g\.,?|,?\ like|,?\ in\ particular|,?\ notably|,?\ especially|,?\ particularly|,?\ primarily|,?\ mainly|,?\ namely|,?\ specifically)\ (?:in\ |to\ )?",
 EXAMPLE=r"(?:in\ particular|particularly|notably|such\ as|including|like|e\.g\.,?|especially|namely|i\.e\.,?|specifically|mainly|primarily|principally|for\ example,?|for\ instance,?)",
 END="«ENDBLOCK»",
 ELISION="",
 NEG="not never no none nor neither cannot without nobody nothing nowhere hardly instead t",
 SKIP="""be been being is are was were will would may might can could shall should must do does did have has had get gets got also
  only then generally typically currently primarily regularly sometimes normally usually ever actually routinely automatically
  physically permanently temporarily securely either both we you they it i he she us data personal information your our their its
  the this that these those such any all some of customer user content account usage analytics log logs cookie cookies and or
  further subsequently otherwise therefore thus hence later afterwards directly make makes made perform performs performed
  carry carries carried out conduct conducts conducted there any""",
)
# ---------------------------------------------------------------- fr
L['fr'] = dict(
 US=r"(?:etats\ ?[-\ ]\ ?unis(?:\ d'amerique)?|usa\b|u\.s\.a\.?|e\.\ ?-\ ?u\.)",
 LOC=r"\b(?:aux|vers\ les|vers|en\ direction\ des|a\ destination\ des|au\ sein\ des|dans\ les|en|au)\ «US»",
 VERB=r"(?:transfer\w*|transmi[st]\w*|transmet(?:s|tre|trons|tront|tra|tras|trai[a-z]*|tons|tez|tent|tant|tait|taient|tions|tiez)?\b|inference|transmission\w*|heberg(?:e|ee|es|ees|eons|ent|er|eur|eurs)\b|hebergement\ (?:des|de\ vos|de\ ces|de\ leurs)\ (?:donnees|informations)|stock\w*|conserv(?:e|ee|es|ees|ons|ent|ation|er)|trait(?:e|ee|es|ees|ement|ements|er|ons|ent)|sauvegard\w*|archiv\w*|deplac(?:e|ee|es|ees|er|ons|ent|era|eront|ees|ement\ des\ donnees)|migr\w*|rapatri\w*|repliqu\w*|dupliqu(?:e|ee|es|ees|ons|ent|er)\b|copi(?:e|ee|es|ees)\b|synchronis(?:e|ee|es|ees|ons|ent|er)\b|achemin(?:e|ee|es|ees|ons|ent|er|ement)\b|accessibles?|communiqu(?:e|ee|es|ees)|partag(?:ee|es|ees)|analysees?|flux|(?:envoy|export|divulgu|externalis|communiqu|partag)[a-z]*\ (?:«TOK»\ |[a-z]'){0,4}?(?:donnees|informations|fichiers|documents|journaux|enregistrements|messages|coordonnees|copies|sauvegardes)|(?:donnees|informations|fichiers|documents|journaux|enregistrements|messages|coordonnees|copies|sauvegardes)(?:\ «TOK»){0,3}?\ (?:sont|seront|est|sera|soient|soit|peuvent\ etre|pourront\ etre|pourraient\ etre|peut\ etre|pourra\ etre)\ (?:egalement\ |aussi\ |parfois\ |ensuite\ )?(?:envoyee?s?|exportee?s?|divulguee?s?|externalisee?s?)|(?:envoi|exportation|export|divulgation|externalisation|communication|replication)\ (?:des|de\ vos|de\ ces|de\ leurs|de\ nos|de\ certaines\ de\ vos)\ (?:donnees|informations)|(?:donnees|informations|fichiers|documents|copies|sauvegardes|bases\ de\ donnees)(?:\ «TOK»){0,3}?\ (?:resident|residera|resideront|reside|se\ trouv(?:e|ent|era|eront)|(?:sont|seront|est|sera|restent|resteront|reste|restera|demeurent|demeureront|demeure)\ (?:[a-z]+\ )?(?:gardee?s?|localisee?s?|situee?s?|implantee?s?))|serveurs?|ordinateurs|centres?\ de\ donnees|datacenters?)\b",
 CONN=r"(?:,|\ et|\ ou|,?\ notamment|,?\ y\ compris|,?\ dont|,?\ comme|,?\ tels?\ que|,?\ telles?\ que|,?\ en\ particulier|,?\ principalement)\ (?:aux\ |les\ |vers\ les\ |en\ |dans\ les\ )?",
 EXAMPLE=r"(?:notamment|en\ particulier|tels?\ que|telles?\ que|comme|dont|y\ compris|par\ exemple|a\ savoir|c'est-a-dire|particulierement|principalement|ex\.|p\.\ ?ex\.)",
 END=QEND,
 ELISION=r"(?:(?:l|d|qu|s|j|c|jusqu|lorsqu|puisqu)'\ ?)?",
 NEG="pas jamais aucun aucune ni sans nul nulle rien ne n non",
 SKIP="""sont est seront sera etre ete soient soit peuvent peut pourront pourrait pourraient pouvons doivent doit vont va egalement
  aussi notamment parfois eventuellement toujours generalement ensuite alors y se les vos nos des donnees personnelles informations
  vous nous elles ils elle il on le la de du votre notre leur leurs ces cet cette ses sa son a et ou client utilisateur compte ce
  effectuons effectue effectuent effectuera realisons realise realisent procedons procede procedent au aux""",
)
# ---------------------------------------------------------------- de
L['de'] = dict(
 US=r"(?:usa\b|u\.s\.a\.?|vereinigte[n]?\ staaten(?:\ von\ amerika)?|us-amerika\b)",
 LOC=r"\b(?:in\ die|in\ den|nach\ den|nach|in|an\ die)\ «US»",
 VERB=r"[a-z-]*?(?:ubertrag\w*|inferenz|ubermittel\w*|ubermittl\w*|transfer\w*|weitergeleitet|weitergegeben|weiterleit\w*|weitergabe|gesendet|ubersandt|exportiert|verbracht|gespeichert|speicher\w*|verarbeit(?:et|en|ung|ungen|e|t)\b|gehostet|hosting|abgelegt|aufbewahrt|vorgehalten|vorhalten|gesichert|gelagert|ausgewertet|repliziert|gespiegelt|kopiert|dupliziert|synchronisiert|hochgeladen|migriert|migration|offengelegt|offenlegung|verlagert|verlagerung|ausgelagert|(?:geben|gibt|leiten|leitet|teilen|teilt|senden|sendet|schicken|schickt|versenden|versendet|exportieren|exportiert|legen|legt|lagern|verlagern|verlagert|verschieben|replizieren|repliziert|spiegeln|spiegelt|sichern|sichert)\ (?:«TOK»\ ){0,3}?(?:[a-z]*daten|informationen|angaben)\b|(?:versendung|versand|export|replikation|auslagerung|weitergabe|sicherung)\ (?:ihrer|der|dieser|von|personenbezogener)\ (?:[a-z]+\ )?(?:[a-z]*daten|informationen|angaben)\b|bearbeit(?:et|en|ung|ungen|e|t)\b|bekanntgegeben|bekanntgabe|server\w*|rechenzentr\w*|datenzentr\w*)",
 PART=r"(?:ubertragen|ubermittelt|gespeichert|verarbeitet|gehostet|weitergeleitet|weitergegeben|abgelegt|gesichert|aufbewahrt|vorgehalten|gesendet|transferiert|exportiert|verbracht|bearbeitet|bekanntgegeben|ausgewertet|repliziert|gespiegelt|kopiert|dupliziert|synchronisiert|hochgeladen|migriert|offengelegt|verlagert|verschoben|ausgelagert|geteilt|(?:zu\ )?(?:speichern|verarbeiten|bearbeiten|ubertragen|ubermitteln))\b",
 EXAMPLE=r"(?:insbesondere|z\.\ ?b\.|wie|etwa|beispielsweise|vor\ allem|namlich|u\.\ ?a\.|darunter|einschliesslich|speziell|hauptsachlich)",
 END=QEND,
 ELISION="",
 NEG="nicht nie niemals kein keine keinen keinem keiner keines ohne weder nirgends",
 SKIP="""werden wird wurden wurde worden sind ist war waren sein konnen kann konnte konnten durfen darf sollen soll mussen muss
  auch ggf gegebenenfalls eventuell teilweise dabei hierbei dann regelmassig grundsatzlich eine ein einer einem eines die der das
  den dem des daten ihre ihrer ihren ihr personenbezogene personenbezogener personenbezogenen informationen wir sie es uns und
  oder diese dieser diesen solche alle erfolgt erfolgen findet finden statt gibt vornehmen nehmen vor durchgefuhrt""",
 CONJ=r"(?:und|oder|sowie|bzw|wobei|wo|wenn|da|weil|sofern|soweit|die|der|das)",
 CONN=r"(?:,|\ und|\ oder|\ sowie|,?\ einschliesslich|,?\ darunter|,?\ insbesondere|,?\ etwa|,?\ z\.\ ?b\.|,?\ wie|,?\ vor\ allem|,?\ hauptsachlich|,?\ namentlich|,?\ unter\ anderem)\ (?:in\ |nach\ )?(?:die\ |den\ |der\ )?",
)
# ---------------------------------------------------------------- es
L['es'] = dict(
 US=r"(?:los\ )?(?:estados\ unidos(?:\ de\ america)?|ee\.\ ?uu\.?|eeuu\b|e\.e\.\ ?u\.u\.?|usa\b)",
 LOC=r"\b(?:a|en|hacia|hasta|con\ destino\ a|dentro\ de)\ «US»",
 VERB=r"(?:transfer\w*|transfier\w*|inferencia|transmit\w*|transmision\w*|almacen\w*|aloj\w*|hosped\w*|tratad[oa]s?|tratamiento|trata|tratan|tratar|tratara|trataran|tratamos|procesad[oa]s?|procesamiento|procesa|procesar|procesara|procesamos|procesan|guardad[oa]s|guarda|guardan|guardamos|conservad[oa]s|conserva|conservan|conservamos|compart(?:e|en|imos|ir|ira|iran|ido|idos|ida|idas)|replic(?:a|an|amos|ar|ado|ados|ada|adas)|migr(?:a|an|ar|ara|aran|ado|ados|ada|adas|acion)|analizad[oa]s|comunicad[oa]s|comunicar(?:se|los|las)?|comunica|comunican|comunicamos|comunicaremos|cedid[oa]s|ceder(?:se|los|las)?|exportad[oa]s|copiad[oa]s|copian|duplic(?:a|an|amos|ar|ara|aran|ad[oa]s?)\b|sincroniz(?:a|an|amos|ar|ad[oa]s?)\b|encamin(?:a|an|amos|ar|ad[oa]s?)\b|volcad[oa]s?|vuelc(?:a|an)\b|custodi(?:a|an|amos|ar|ara|aran|ad[oa]s?)|(?:datos|informacion|informaciones|archivos|ficheros|copias|registros|documentos|grabaciones)(?:\ «TOK»){0,3}?\ (?:residen|reside|residiran|residira|se\ encuentran?|se\ encontraran?|se\ ubican?|se\ localizan?|(?:estan|estaran|esta|estara|permanecen|permaneceran|permanece|quedan|quedaran|queda)\ (?:[a-z]+\ )?(?:ubicad|localizad|situad|custodiad)[oa]s?)|(?:datos|informacion|informaciones|mensajes|archivos|ficheros|registros|documentos|solicitudes|consultas|grabaciones|muestras)(?:\ «TOK»){0,3}?\ (?:se\ (?:envia|envian|enviara|enviaran|remite|remiten|remitira|remitiran|exporta|exportan|cede|ceden|revela|revelan|traslada|trasladan|facilita|facilitan)|(?:son|seran|sera|es|pueden\ ser|podran\ ser|podrian\ ser)\ (?:enviad[oa]s|remitid[oa]s|revelad[oa]s|trasladad[oa]s|facilitad[oa]s))|(?:enviamos|enviar|enviaremos|envia|envian|exportamos|exportar|exporta|exportan|remitimos|remitir|trasladamos|trasladar|revelamos|revelar|revelan|facilitamos|facilitar|facilita|facilitan|cedemos|ceden|cede|ponemos\ a\ disposicion|poner\ a\ disposicion)\ (?:«TOK»\ ){0,3}?(?:datos|informacion|informaciones|mensajes|archivos|ficheros|registros|documentos|solicitudes|consultas|grabaciones|muestras)\b|(?:comunicacion|intercambio|envio|exportacion|cesion|revelacion|replicacion|remision|traslado|puesta\ a\ disposicion)\ de\ (?:sus|los|estos|dichos|tus|las)\ (?:[a-z]+\ )?(?:datos|informaciones|informacion)|servidor(?:es)?)\b",
 CONN=r"(?:,|\ y|\ o|,?\ incluidos?|,?\ incluyendo|,?\ como|,?\ en\ particular|,?\ especialmente|,?\ principalmente)\ (?:a\ |en\ )?",
 EXAMPLE=r"(?:como|tales\ como|en\ particular|en\ concreto|en\ especial|particularmente|incluidos?|incluyendo|por\ ejemplo|p\.\ ?ej\.|especialmente|concretamente|entre\ ellos|principalmente|sobre\ todo)",
 END=QEND,
 ELISION="",
 NEG="no nunca jamas ningun ninguna ninguno ni sin tampoco nada",
 SKIP="""se son es seran sera ser sido estan esta pueden puede podran podria podrian podemos deben debe van va tambien ademas
  asimismo eventualmente generalmente normalmente los las sus nuestros nuestras datos personales informacion su nuestro nuestra
  le les lo la el de del y o nosotros usted ellos cliente usuario cuenta realizamos realiza realizan realizara efectuamos
  efectua efectuan llevamos lleva llevan cabo a hacemos hace hacen existe existen hay""",
)
# ---------------------------------------------------------------- it
L['it'] = dict(
 US=r"(?:stati\ uniti(?:\ d'america)?|usa\b|u\.s\.a\.?)",
 LOC=r"\b(?:negli|verso\ gli|agli|in|nei|dagli)\ «US»",
 VERB=r"(?:trasfer\w*|inferenza|processat[oaie]|immagazzinat[oaie]|trasmess[oaie]|trasmission[ei]|trasmett\w*|conservat[oaie]|conservazione|conserva|conservano|conserviamo|conservare|memorizzat[oaie]|memorizzazione|memorizza|memorizzano|memorizziamo|memorizzare|archiviat[oaie]|archiviazione|archivia|archiviano|archiviare|ospitat[oaie]|ospita|ospitano|ospitiamo|ospitare|hosting|trattat[oaie]|trattamento|tratta|trattano|trattiamo|trattare|elaborat[oaie]|elaborazione|elabora|elaborano|elaboriamo|elaborare|salvat[oaie]|duplicat[oaie]|copiat[oaie]|sincronizzat[oaie]|instradat[oaie]|veicolat[oaie]|custodit[oaie]|custodisce|custodiscono|custodiamo|custodire|(?:dati|informazioni|file|documenti|copie|backup|archivi|registri|registrazioni)(?:\ «TOK»){0,3}?\ (?:risied(?:e|ono)|risiederanno|risiedera|si\ trova(?:no)?|si\ troveranno|si\ trovera|(?:sono|saranno|e|sara|restano|resteranno|rimangono|rimarranno|resta|rimane)\ (?:[a-z]+\ )?(?:ubicat|localizzat|collocat|situat)[oaie])|inviat[oaie]|inoltrat[oaie]|esportat[oaie]|comunicat[oaie]|condivis[oaie]|condivid(?:e|ono|iamo|ere|era|eranno)|replicat[oaie]|analizzat[oaie]|migrat[oaie]|migrazione|cedut[oaie]|divulgat[oaie]|spostat[oaie]|mess[oaie]\ a\ disposizione|(?:comunichiamo|comunicare|comunicheremo|comunica|comunicano|inviamo|inviare|invia|inviano|invieremo|esportiamo|esportare|esporta|esportano|cediamo|cedere|cede|cedono|divulghiamo|divulgare|divulga|divulgano|inoltriamo|inoltrare|inoltra|inoltrano|spostiamo|spostare|mettiamo\ a\ disposizione|mettere\ a\ disposizione|archiviamo|trasmettiamo)\ (?:«TOK»\ |[a-z]+'){0,4}?(?:dati|informazioni|file|documenti|registri|messaggi)\b|(?:comunicazione|condivisione|invio|esportazione|cessione|divulgazione|inoltro|spostamento|messa\ a\ disposizione|archiviazione)\ (?:dei|delle|di)\ (?:suoi\ |tuoi\ |vostri\ |propri\ |nostri\ )?(?:[a-z]+\ )?(?:dati|informazioni)|server)\b",
 CONN=r"(?:,|\ e|\ o|,?\ inclusi|,?\ compresi|,?\ tra\ cui|,?\ come|,?\ in\ particolare|,?\ soprattutto|,?\ principalmente)\ (?:negli\ |gli\ |verso\ gli\ |in\ )?",
 EXAMPLE=r"(?:come|quali|in\ particolare|nello\ specifico|in\ concreto|tra\ cui|ad\ esempio|per\ esempio|ad\ es\.|es\.|segnatamente|specialmente|soprattutto|inclusi|compresi|principalmente)",
 END=QEND,
 ELISION=r"(?:(?:l|dell|all|nell|sull|dall|un|d|c|quell)'\ ?)?",
 NEG="non mai nessun nessuna nessuno senza niente nulla",
 SKIP="""sono e saranno sara essere stati stato state vengono viene verranno verra possono puo potranno potrebbero potrebbe
  dobbiamo devono deve anche inoltre eventualmente generalmente normalmente talvolta i gli le il lo la dati personali informazioni
  suoi tuoi nostri vostri suo tuo nostro vostro sue tue nostre di del dei delle della degli o noi voi loro si ci cliente utente
  account li vi ne effettuiamo effettua effettuano effettuera avviene avvengono facciamo fa fanno compiamo a""",
)
# ---------------------------------------------------------------- nl
L['nl'] = dict(
 US=r"(?:(?:de\ )?verenigde\ staten(?:\ van\ amerika)?|de\ vs\b|de\ v\.s\.|usa\b|u\.s\.a\.?|amerika\b)",
 LOC=r"\b(?:naar|in|binnen|richting|aan)\ «US»",
 VERB=r"[a-z-]*?(?:doorgegeven|inferentie|doorgiften?|doorgeven|doorgeeft|overgedragen|overdracht|overdragen|overgebracht|doorgestuurd|doorsturen|gerepliceerd|gekopieerd|gedupliceerd|gesynchroniseerd|gerouteerd|geupload|gemigreerd|migratie|migreren|overgezet|(?:verzenden|verzendt|sturen|stuurt|versturen|verstuurt|exporteren|exporteert|verstrekken|verstrekt|verplaatsen|verplaatst|maken|maakt|brengen|brengt|dragen|draagt|geven|geeft)\ (?:«TOK»\ ){0,3}?(?:gegevens|persoonsgegevens|[a-z]+gegevens|informatie|data|bestanden)\b|(?:verzending|verstrekking|export|verplaatsing|bekendmaking|overbrenging)\ van\ (?:uw|de|deze|hun|je|jouw|onze)\ (?:[a-z]+\ )?(?:gegevens|persoonsgegevens|[a-z]+gegevens|informatie|data|bestanden)\b|repliceren|replicatie|geanalyseerd|(?:wij|we|zij|ze)\ delen|deelt|gedeeld|(?:gegevens|persoonsgegevens|informatie|data)(?:\ [a-z]+){0,3}?\ (?:verzonden|verstuurd)|(?:gegevens|persoonsgegevens|informatie|data|bestanden|back-?ups?)(?:\ [a-z]+){0,3}?\ (?:bevind(?:t|en)\ zich|zich\ bevind(?:t|en))|opgeslagen|opslag|opslaan|slaat|slaan|bewaard|bewaren|bewaart|bewaring|gehost|hosting|verwerkt|verwerking|verwerken|getransfereerd|terechtkomen|terechtkomt|terecht\ (?:komen|komt|kunnen\ komen)|overbrengen|overbrengt|overgebracht|server\w*|datacent\w*)",
 PART=r"(?:opgeslagen|verwerkt|doorgegeven|overgedragen|gekopieerd|gedupliceerd|gesynchroniseerd|gerouteerd|geupload|gemigreerd|overgezet|overgebracht|bekendgemaakt|verplaatst|gedeeld|gehost|bewaard|doorgestuurd|(?:te\ )?(?:verwerken|opslaan|bewaren|doorgeven))\b",
 EXAMPLE=r"(?:zoals|waaronder|met\ name|namelijk|bijvoorbeeld|bijv\.|bv\.|in\ het\ bijzonder|o\.a\.|onder\ andere|vooral|te\ weten|voornamelijk)",
 END=QEND,
 ELISION="",
 NEG="niet nooit geen zonder noch nergens",
 SKIP="""worden wordt werden werd zijn is was waren zullen zal kunnen kan konden kon mogen mag moeten moet ook eventueel soms
  doorgaans normaal de het een uw onze jouw je hun haar gegevens persoonsgegevens informatie persoonlijke wij we u zij ze ons en
  of deze die dit dat klant gebruiker account daarbij vindt vinden plaats er voeren voert uit doen""",
 CONJ=r"(?:en|of|waar|waarbij|wanneer|als|omdat|die|dat)",
 CONN=r"(?:,|\ en|\ of|,?\ waaronder|,?\ inclusief|,?\ met\ name|,?\ zoals|,?\ bijvoorbeeld|,?\ onder\ andere|,?\ in\ het\ bijzonder|,?\ voornamelijk|,?\ vooral)\ (?:in\ |naar\ )?",
)

PERSON = {'en': 'customers customer users user residents resident individuals individual consumers consumer citizens citizen persons person people clients client members member visitors visitor subscribers subscriber employees employee patients patient children child students student buyers buyer those anyone everyone someone', 'fr': 'clients client utilisateurs utilisatrices utilisateur residents resident personnes personne citoyens citoyen consommateurs consommateur membres membre visiteurs abonnes abonne salaries employes patients eleves acheteurs internautes particuliers', 'de': 'kunden kunde kundinnen nutzer nutzerinnen benutzer einwohner burger personen verbraucher mitglieder besucher abonnenten mitarbeiter patienten', 'es': 'clientes cliente usuarios usuario residentes residente personas persona ciudadanos consumidores miembros visitantes suscriptores empleados pacientes', 'it': 'clienti cliente utenti utente residenti persone cittadini consumatori membri visitatori abbonati dipendenti pazienti', 'nl': 'klanten klant gebruikers gebruiker inwoners ingezetenen burgers personen consumenten leden bezoekers abonnees werknemers patienten'}
RESIDE = {'en': 'reside resides residing live lives living domiciled', 'fr': 'residez reside resident residant residents residez habitez habite habitent vivez vit vivent domicilie domicilies', 'de': 'wohnen wohnt wohnhaft lebt leben', 'es': 'reside residen resida residan residente vive viven viva domiciliado domiciliados', 'it': 'risiede risiedono risieda vive vivono domiciliato domiciliati', 'nl': 'woont wonen woonachtig verblijft verblijven'}
ABBR = r"(?:(?:[a-z]\.)+|(?:inc|ltd|llc|corp|co|gmbh|ag|sa|sl|srl|spa|bv|nv|nr|no|art|etc|ggf|bzw|vgl|usw|es|ej|bijv|bspw|incl)\.)"


# A negation that denies a denial, in the rest of a verb-final clause.
DOUBLE_NEG = {
    'de': r"nicht\ (?:ausgeschlossen|auszuschliessen)",
    'nl': r"niet\ (?:worden\ uitgesloten|uitgesloten|uit\ te\ sluiten)",
}

def derive(base, loose):
    """The fragments of every language, from `base`. With `loose`, each
    "any word except ..." is written as "any word": the loose regex, which
    matches wherever the exact one does and is much cheaper to search (the
    matcher confirms each of its matches with the exact regex)."""
    def word_not_in(words, tail=r"(?:-[a-z0-9]+|'s)*", letter_first=False):
        if loose:
            return ("[a-z]" if letter_first else "[a-z0-9]") + "[a-z0-9]*" + tail
        w = not_in(words, tail)
        return w.replace("[a-z0-9&&[^", "[a-z&&[^", 1) if letter_first else w
    frags = copy.deepcopy(base)
    # After "the United States": not a question, and not "the US government /
    # dollars / State Privacy Laws / export ..." (the place is then not where data goes).
    frags['en']['ENDBLOCK'] = r"(?:$|[^\w\ ?]|\ [^\w?]|\ " + word_not_in("""government governments dollar dollars usd state states federal law laws
          court courts department departments citizen citizens resident residents person persons customer customers user users
          consumer consumers company companies corporation corporations entity entities subsidiary subsidiaries patent patents
          trademark trademarks copyright copyrights securities export exports embargo embargoes sanction sanctions military armed
          navy army code constitution congress tax taxes taxpayer postal mail market markets version site website edition time
          holiday holidays district districts attorney president treasury supreme bankruptcy privacy address addresses""".split(), tail="") + r"\b)"
    for lang, c in frags.items():
        c['VERBX'] = "(?:«PRE»«VERB»|«PREPART»«VERBPART»)" if 'VERBPART' in c else "«PRE»«VERB»"
        neg = c['NEG'].split(); skip = c['SKIP'].split()
        person = PERSON[lang].split() + RESIDE[lang].split()
        # Gap between the verb and the place: whole words, none a negation; the
        # last one not a person noun ("customers in the United States").
        c['SEP'] = r"[^a-z0-9.;:]+"
        # list members (places) start with a letter: a street address is no list of places
        c['TOKP'] = "(?:" + ABBR + "|" + word_not_in(neg, letter_first=True) + ")"
        c['TOK'] = "(?:" + ABBR + "|" + word_not_in(neg) + ")"
        c['TOKL'] = "(?:" + ABBR + "|" + word_not_in(neg + person) + ")"
        c['GAP'] = r"(?:«SEP»«TOK»){0,14}«SEP»«TOKL»"
        c['GAPC'] = r"(?:«SEP»«TOK»){1,15}"   # gap closed by a comma: a list, the person check does not apply
        assert not set(neg) & set(skip), (lang, set(neg) & set(skip))
        c['NONNEG'] = word_not_in(neg + skip)
        c['NONNEG_ONLY'] = word_not_in(neg)
        c['SKIPW'] = "(?:" + "|".join(sorted(set(skip), key=lambda w: (-len(w), w))) + ")"
        el = c['ELISION']
        # The word before the verb (after any auxiliaries, pronouns, articles and
        # data nouns) must not be a negation; or the verb starts the clause.
        c['PRE'] = (r"(?:(?:^|[^a-z0-9'-])" + el + c['NONNEG'] + r"\ |(?:^|[.;:!?()|" + '"' + r"\[*\#>,-]\ ?))"
                    + r"(?:" + el + c['SKIPW'] + r"\ )*" + el)
        if 'CONJ' in c:
            # verb-final languages: the rest of the clause must not negate it
            # ("kann nicht ausgeschlossen werden", "kan niet worden
            # uitgesloten": a negated denial, the transfer may happen)
            c['SUFFIX'] = (r"(?:\ (?:" + DOUBLE_NEG[lang] + "|" + c['NONNEG_ONLY']
                           + r")){0,16}?(?:$|\ ?[^\w\ ?]|\ " + c['CONJ'] + r"\b)")
    return frags

BASE = L
L = derive(BASE, loose=False)
L_LOOSE = derive(BASE, loose=True)

COMMENTS = {
 'PRE': "the words before the verb (auxiliaries, pronouns, articles, data nouns skipped) hold no negation: any word except not/never/no/... (no look-behind in the regex crate)",
 'PREPART': "a participle of place needs an auxiliary before it (is stored, will be hosted), itself not negated",
 'GAP': "words between verb and place: none a negation, the last not a person noun (customers in the US)",
 'GAPC': "words between verb and place, closed by a comma (a list of places): none a negation",
 'END': "after the place: not a question, and not 'the US government / dollars / State Privacy Laws ...'",
 'SUFFIX': "rest of the clause (verb-final languages): no negation before the clause ends",
}
def expand(s, lang, frags=None):
    c = (frags or L)[lang]
    def sub(m):
        k = m.group(1)
        v = {'G': G, 'GA': GA}.get(k) or c[k]
        if k in COMMENTS and len(v) > 200 and frags is None:
            return "\n  # " + k.lower() + ": " + COMMENTS[k] + "\n  " + v + "\n  # end of " + k.lower() + "\n  "
        return v
    for _ in range(4):
        s = re.sub(r"«(\w+)»", sub, s)
    assert '«' not in s, s
    return s

# The keywords were edited in the pack after generation (inflections and
# spellings): with --keywords-from PACK they are taken from there.
PACK_KEYWORDS = {}
PACK_WHOLE = set()
if "--keywords-from" in sys.argv:
    import tomllib
    with open(sys.argv[sys.argv.index("--keywords-from") + 1], "rb") as f:
        PACK = tomllib.load(f)["rules"]
    PACK_KEYWORDS = {r["id"]: r["keywords"] for r in PACK}
    # whole_document was set in the pack, by hand or by the keyword analysis
    PACK_WHOLE = {r["id"] for r in PACK if r.get("whole_document")}

RULES = []
def rule(id, desc, lang, keywords, regex, match, nomatch, langs=None, loose=None, attributes=None):
    """`loose`: a loose regex written by hand (see the pack's header), for
    a rule without "any word except" guards. `attributes`: the rule's
    attributes, a TOML inline table's text ('recipient = true')."""
    # keywords are substrings: "usa" alone would also fire on "usage", "the us" on "the user"
    kw = []
    for k in keywords:
        if k == "usa":
            kw += ["usa ", " usa", "usa.", "usa,", "usa)"]
        elif k == "the us":
            kw += ["the us ", "the us.", "the us,", "the us)"]
        else:
            kw.append(k)
    keywords = list(dict.fromkeys(kw))
    keywords = PACK_KEYWORDS.get(id, keywords)
    exact = asciify(expand(regex, lang))
    loose = asciify(expand(loose or regex, lang, L_LOOSE))
    # Counted repetitions (a gap of up to 14 words, 60 characters...) are
    # what makes a lazy DFA build many states: the loose regex drops the
    # counts. A window is then worked out as for an unbounded match (up to
    # matcher::REACH on either side of the keyword).
    loose = re.sub(r"\{0,\d+\}", "*", loose)
    loose = re.sub(r"\{1,\d+\}", "+", loose)
    # (the matcher takes no loose regex for a rule with gazetteer placeholders)
    if loose == exact or re.search(r"\{(?:jurisdiction|us_state|us|country|city)\}", exact):
        loose = None
    RULES.append((id, desc, langs or [lang], keywords, exact, loose, match, nomatch, attributes))

def tq(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n') + '"'

exec(open(os.path.join(HERE, 'us_rules.py')).read())

out = ["""# Personal data transferred to, stored, hosted or processed in the United
# States (also: sub-processors established there, US servers, "third
# countries such as the USA"). Every rule needs a data verb or a data noun
# (servers, data centres, sub-processors) next to the place, so "United
# States" in an address, in "laws of the United States", in "US dollars", in
# export-control clauses or in "customers in the United States" does not
# match.
#
# The regexes of one language share fragments (place names, data verbs, a
# guard on the last word before the place, and a negation guard: the word
# before the verb, skipping auxiliaries, pronouns, articles and data nouns,
# must not be a negation such as not/never/no, pas/aucun, nicht/kein,
# no/ningun, non/nessun, niet/geen). The regex crate has no look-around, so
# the guard is spelled out as "any word except ...": these long
# alternations are generated; edit them consistently across rules.
#
# A rule's loose_regex is its regex with each "any word except ..." written
# as "any word" and each counted repetition ({0,14}, {1,15}) left uncounted:
# it matches wherever the regex does, and its lazy DFA builds far fewer
# states. The matcher searches with it and confirms each of its matches
# with the regex, anchored where it starts.

category = "us_transfer"
"""]
for (id, desc, langs, kws, regex, loose, m, nm, attributes) in RULES:
    assert "'''" not in regex
    out.append("[[rules]]")
    out.append(f"id = {tq(id)}")
    out.append('severity = "medium"')
    out.append(f"description = {tq(desc)}")
    out.append("languages = [" + ", ".join(tq(l) for l in langs) + "]")
    if attributes:
        out.append("attributes = { " + attributes + " }")
    out.append("keywords = [" + ", ".join(tq(k) for k in kws) + "]")
    if id in PACK_WHOLE:
        out.append("whole_document = true")
    out.append("regex = '''(?x)" + regex.rstrip() + "\n'''")
    if loose:
        out.append("loose_regex = '''(?x)" + loose.rstrip() + "\n'''")
    out.append("should_match = [\n" + "".join("  " + tq(x) + ",\n" for x in m) + "]")
    out.append("should_not_match = [\n" + "".join("  " + tq(x) + ",\n" for x in nm) + "]")
    out.append("")
open(sys.argv[1], "w").write("\n".join(out))
