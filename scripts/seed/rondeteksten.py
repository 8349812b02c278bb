#!/usr/bin/env python3
"""Builds data/seed/rondeteksten-*.csv from the source texts in shared/seeds (000 and 004).

The texts are copied verbatim from the given line ranges; only the markup is brought into the
safe subset of docs/contract/rondeteksten.md: the check marks of "Noemenswaardig" are dropped,
links "[naam](#)" become their name, footnote markers of 004 are removed.
Run: python3 scripts/seed/rondeteksten.py /work/shared/seeds data/seed
"""
import csv, re, sys
from pathlib import Path

bron_map, uit_map = Path(sys.argv[1]), Path(sys.argv[2])

def regels(prefix):
    f = next(bron_map.glob(prefix + '_*.txt'))
    return f.read_text(encoding='utf-8').split('\n')

def tekst(lijnen, bereiken):
    uit = []
    for van, tot in bereiken:
        for r in lijnen[van - 1:tot]:
            r = r.rstrip()
            r = re.sub(r'^- ✓ ', '- ', r)
            r = re.sub(r'^ - ', '  - ', r)
            r = re.sub(r'\[([^\]]+)\]\(#\)', r'\1', r)
            r = re.sub(r'\[footnoteRef:\d+\]', '', r)
            r = re.sub(r'\s*\[\d+:\s+[^\]]*\]\s*', ' ', r).rstrip()
            uit.append(r.strip() if not r.startswith('  - ') else r)
        uit.append('')
    t = re.sub(r'\n{3,}', '\n\n', '\n'.join(uit)).strip()
    return t

def bronsleutel(doc, bereiken):
    return doc + ' r. ' + ', '.join(f'{a}-{b}' if a != b else str(a) for a, b in bereiken)

R000 = [
    # sectie, subsectie, kop, regels
    ('noemenswaardig', '', '', [(34, 37)]),
    ('thematafels', '', '', [(42, 42)]),
    ('thematafel', 'A', 'Onderdeel A. Passende zorg', [(62, 68)]),
    ('thematafel', 'B', 'Onderdeel B. Regionale samenwerking', [(75, 83)]),
    ('thematafel', 'C', 'Onderdeel C. Acute zorg', [(89, 101)]),
    ('thematafel', 'D', 'Onderdeel D: Concentratie en spreiding', [(112, 114)]),
    ('thematafel', 'E', 'Onderdeel E: Versterking eerste lijn', [(120, 127)]),
    ('thematafel', 'F', 'Onderdeel F. Samenwerking SD-HZ-GGZ', [(137, 157)]),
    ('thematafel', 'G', 'Onderdeel G. Gezond leven en preventie', [(164, 164)]),
    ('thematafel', 'H', 'Onderdeel H. Arbeidsmarkt en ontzorgen', [(175, 184)]),
    ('thematafel', 'I', 'Onderdeel I. Digitalisering en gegevensuitwerking', [(191, 196)]),
    ('thematafel', 'J', 'Onderdeel J. Contractering', [(206, 212)]),
    ('snelle_toetsen', 'overzicht', 'Overzicht voortgang snelle toetsen (peildatum 20 mei 2025)', [(221, 223)]),
    ('snelle_toetsen', 'sectoren', 'Toelichting sectoren', [(258, 259)]),
    ('snelle_toetsen', 'themas', "Toelichting thema's", [(263, 265)]),
    ('snelle_toetsen', 'regios', "Toelichting regio's", [(282, 284)]),
    ('transformatieplannen', 'overzicht', 'Status transformatieplannen incl. aantallen per kwartaal (peildatum 20 mei 2025)', [(295, 298)]),
    ('nza_duiding', '', '20 mei 2025', [(328, 328)]),
    ('nza_duiding', 'iza_partijen_geven_richting', 'IZA-partijen geven richting', [(332, 335)]),
    ('nza_duiding', 'spreiding_en_concentratie', 'Spreiding en concentratie', [(340, 342)]),
    ('transformatiemiddelen', 'toelichting', 'Toelichting', [(356, 364)]),
    ('financiele_kaders', 'actualisatie_2024', 'Actualisatie 2024', [(374, 374)]),
    ('financiele_kaders', 'toelichting_tabel_2024', 'Toelichting tabel', [(387, 393)]),
    ('financiele_kaders', 'toelichting_q4', 'Toelichting bij IZA Q4 cijfers', [(397, 399)]),
    ('financiele_kaders', 'actualisatie_2023', 'Actualisatie 2023', [(409, 409)]),
    ('financiele_kaders', 'toelichting_tabel_2023', 'Toelichting tabel', [(422, 428)]),
    ('arbeidsmarkt', '', '', [(437, 437)]),
    ('arbeidsmarkt', 'vacaturegraad', 'Vacaturegraad', [(442, 442)]),
    ('arbeidsmarkt', 'ziekteverzuim', 'Ziekteverzuim', [(449, 449)]),
    ('arbeidsmarkt', 'verhouding_werknemers', 'Verhouding werknemers in Zorg en Welzijn', [(461, 461)]),
    ('toegankelijkheid', 'algemeen', 'Algemeen', [(480, 480)]),
    ('toegankelijkheid', 'huisartsenzorg', 'Huisartsenzorg', [(484, 488)]),
    ('toegankelijkheid', 'msz', 'Wachttijden msz', [(499, 501)]),
    ('toegankelijkheid', 'wlz', 'Wachtenden langdurige zorg', [(519, 524)]),
    ('toegankelijkheid', 'ggz', 'Wachttijden ggz', [(551, 555)]),
]

KOLOMMEN = ['peildatum', 'sectie', 'subsectie', 'volgorde', 'kop', 'tekst', 'bron']

def schrijf(naam, rijen):
    with open(uit_map / naam, 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, delimiter=';', lineterminator='\n')
        w.writerow(KOLOMMEN)
        w.writerows(rijen)

l000 = regels('000')
rijen = []
for i, (sectie, sub, kop, bereiken) in enumerate(R000, start=1):
    rijen.append(['2025-05-20', sectie, sub, i, kop, tekst(l000, bereiken), bronsleutel('000', bereiken)])
# Regeldruk: 000 r. 465 is garbled in the cleaned text ("Regelmatig vastgelegde registratie van");
# the raw PDF text of the same report has the definition (002 r. 10377), 000 r. 469 the source line.
l002 = regels('002')
regeldruk = l002[10377 - 1].strip().removeprefix('Regeldruk') + '\n\n' + tekst(l000, [(469, 469)])
rijen.append(['2025-05-20', 'arbeidsmarkt', 'regeldruk', len(rijen) + 1, 'Regeldruk', regeldruk, '002 r. 10377; 000 r. 469'])
rijen.sort(key=lambda r: r[3])
schrijf('rondeteksten-2025-05-20.csv', rijen)

l004 = regels('004')
R004 = [
    ('inleiding', 'ontwikkelingen_iza', 'Ontwikkelingen IZA', [(7, 7), (10, 10)]),
    ('inleiding', 'monitoring', "Monitoring van de 'beweging' en doelgroepen IZA", [(14, 14)]),
]
schrijf('rondeteksten-2025-02-25.csv', [
    ['2025-02-25', s, sub, i, kop, tekst(l004, b), bronsleutel('004', b)] for i, (s, sub, kop, b) in enumerate(R004, start=1)
])
