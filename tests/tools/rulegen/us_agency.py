#!/usr/bin/env python3
"""Write the regex of government_access.any.us_agency_named in
patterns/government_access.toml (in place; the rule's keywords, description
and examples are edited in the pack).

The rule is a US federal agency named, then within the sentence a verb of
access or request (or a German or Dutch verb-final one), or a verb of
sending, disclosing or reporting, then the agency: the agency list is
written twice, once in each order. Edit AG (the agencies), ACCESS, SEND and
FINAL here, run `python3 tests/tools/rulegen/us_agency.py`, then
`cargo run --release -- rules`.
"""
from pathlib import Path

AG = r"""(?:u\.\ ?s\.\ |us\ |united\ states\ )?customs\ and\ border\ protection|(?:u\.\ ?s\.\ |us\ )?department\ of\ homeland\ security|transportation\ security\ administration|(?:u\.\ ?s\.\ |us\ )?department\ of\ the\ treasury|(?:u\.\ ?s\.\ |us\ )treasury(?:\ department)?|treasury\ department|internal\ revenue\ service|(?:the|to)\ irs|federal\ bureau\ of\ investigation|the\ fbi|(?:u\.\ ?s\.\ |us\ )?department\ of\ justice|office\ of\ foreign\ assets\ control|ofac|fincen|federal\ trade\ commission|the\ ftc|public\ company\ accounting\ oversight\ board|(?:the|du|le|au|del|dal|il|al|der|die|dem|de|het)\ pcaob|food\ and\ drug\ administration|(?:(?:the|u\.\ ?s\.|us|la|die|der|de)\ |l')fda|[a-z-]*behorde\ fda
    | departement\ de\ la\ securite\ interieure(?:\ des\ etats-unis|\ americain)?|(?:service\ des\ )?douanes?\ (?:americaines?|des\ etats-unis)|(?:departement\ du\ )?tresor\ (?:americain|des\ etats-unis)|(?:administrations?|autorites?)\ fiscales?\ (?:americaines?|des\ etats-unis)|fisc\ americain|l'irs|(?:le|au)\ fbi
    | us-(?:finanzministerium|finanzbehorde[a-z]*|steuerbehorde[a-z]*|grenzschutz[a-z]*|zoll[a-z]*|justizministerium)|amerikanischen?\ steuerbehorde[a-z]*|(?:us-|amerikanische[ns]?\ )?heimatschutzministerium|(?:das|dem)\ fbi
    | departamento\ de\ seguridad\ nacional\ de\ (?:los\ )?(?:estados\ unidos|ee\.\ ?uu\.?)|(?:oficina\ de\ |autoridades\ (?:estadounidenses\ )?de\ )?aduanas\ y\ proteccion\ (?:de\ fronteras|fronteriza)|(?:departamento\ del\ )?tesoro\ (?:estadounidense|de\ (?:los\ )?estados\ unidos)|departamento\ del\ tesoro|hacienda\ estadounidense|(?:autoridad(?:es)?|administracion)\ (?:fiscal(?:es)?|tributarias?)\ estadounidenses?|(?:el|al)\ fbi
    | autorita\ (?:doganal|fiscal)[ei]\ statunitens[ei]|dipartimento\ (?:statunitense\ )?della\ sicurezza\ interna(?:\ degli\ stati\ uniti)?|(?:dipartimento\ del\ )?tesoro\ (?:statunitense|americano|degli\ stati\ uniti)|dipartimento\ del\ tesoro|fisco\ (?:statunitense|americano)|l'fbi
    | amerikaanse\ (?:douane(?:-\ en\ grensbewakingsdienst)?|belastingdienst|belastingautoriteit(?:en)?|ministerie\ van\ (?:financien|binnenlandse\ veiligheid|justitie))|de\ fbi"""
ACCESS = r"""access(?:es|ed|ing)?|richiest[a-z]*|richied[a-z]*|solicit[a-z]*|requer[a-z]*|requier[a-z]*|anforder[a-z]*|angefordert|opvraag[a-z]*|opgevraagd|review(?:s|ed|ing)?|inspect[a-z]*|einsicht|einsehen|eingesehen|examin[a-z]*|acced[a-z]*|acces|accesso|acceso|zugr(?:iff|eif)[a-z]*|toegang|consult[a-z]*|request(?:s|ed)?|demand[a-z]*|exig[a-z]*|verlang[a-z]*|obtain[a-z]*|obten[a-z]*|ottener[a-z]*|receiv[a-z]*|recoi[a-z]*|recib[a-z]*|ricev[a-z]*|erhalt[a-z]*|ontvang[a-z]*"""
SEND = r"""transmit[a-z]*|disclos[a-z]*|report[a-z]*|provid[a-z]*|shar(?:e|es|ed|ing)|sen[dt]s?|submit[a-z]*|forward[a-z]*|hand(?:s|ed)?\ over|made\ available|transmis[a-z]*|transmet[a-z]*|communiqu[a-z]*|declar[a-z]*|fourni[a-z]*|remis[a-z]*
    | comunic[a-z]*|facilit[a-z]*|cede[a-z]*|envia[a-z]*|enviad[a-z]*|remit[a-z]*|proporcion[a-z]*|trasmess[a-z]*|trasmett[a-z]*|forni[a-z]*|invia[a-z]*|segnala[a-z]*|a\ disposicion|a\ disposizione|a\ (?:la\ )?disposition|zur\ verfugung|ter\ beschikking|weitergeleitet|doorgestuurd
"""
FINAL = r"""ubermittel[a-z]*|ubermittl[a-z]*|weitergegeben|weiterzugeben|weitergeleitet|weitergeben|gemeldet|meld[a-z]*|mitgeteilt|herausgegeben|offengelegt
    | verstrekt|verstrekken|doorgegeven|doorgeven|gedeeld|gemeld|overgedragen|verzonden|gestuurd"""
regex = f"""(?x)
  (?-u:\\b)(?P<agency>{AG})(?-u:\\b)
  [^.;!?]{{0,100}}?(?-u:\\b)(?:{ACCESS}
    | {FINAL})(?-u:\\b)
  | (?-u:\\b)(?:{ACCESS}
    | {SEND}
    | {FINAL})(?-u:\\b)[^.;!?]{{0,100}}?(?-u:\\b)(?P<agency2>{AG})(?-u:\\b)
"""
p=Path(__file__).resolve().parents[3]/'patterns'/'government_access.toml'
s=p.read_text(encoding='utf-8')
i=s.index('id = "government_access.any.us_agency_named"')
a=s.index("regex = '''",i); b=s.index("'''\n",a+12)+4
s=s[:a]+"regex = '''"+regex+"'''\n"+s[b:]
p.write_text(s, encoding='utf-8')
