#!/usr/bin/env python3
"""Builds data/seed/gepubliceerde_reeksen-2025-05-20.csv: the chart series of the June 2025 report
as far as the raw PDF text of that report (002 r. 9631-10664) prints them. A value that is not in
the text is a row without `waarde` and with an `opmerking` saying so; nothing is estimated.
Run: python3 scripts/seed/gepubliceerde_reeksen.py data/seed
"""
import csv, sys
from pathlib import Path

P = '2025-05-20'
AARD = 'gepubliceerd aggregaat'
STATUSSEN = ['Afgerond', 'Loopt voor', 'Loopt op schema', 'Loopt achter', 'Nog niet gestart']
rijen = []

def rij(reeks, categorie='', serie='', periode='', waarde=None, eenheid='', bron='', opmerking=''):
    volgorde = sum(1 for r in rijen if r[1] == reeks) + 1
    rijen.append([P, reeks, volgorde, categorie, serie, periode, '' if waarde is None else str(waarde), eenheid, AARD, bron, opmerking])

# Voortgang afspraken per thematafel: only G can be read (its own chart on the G page).
NIET_TOE_TE_WIJZEN = ('Niet leesbaar: de labels van de overzichtsgrafiek zijn niet eenduidig aan de thematafels toe te wijzen '
                      '(11 labelrijen voor 10 tafels, labels met de waarde 0 ontbreken; zie de labels zoals gedrukt).')
for letter in 'ABCDEFGHIJ':
    if letter == 'G':
        for status, w in zip(STATUSSEN, [16, 0, 12, 0, 0]):
            rij('acties_per_thematafel', 'G', status, '', w, 'acties', '002 r. 9895-9929', 'Grafiek op de pagina van thematafel G.')
    else:
        rij('acties_per_thematafel', letter, '', '', None, 'acties', '002 r. 9705-9725', NIET_TOE_TE_WIJZEN)

# The printed label rows of the overview chart, as printed (row by row, label by label).
LABELS = {9705: [25, 42, 4, 3], 9707: [13, 11, 2, 1], 9709: [23, 12, 2, 1], 9711: [9, 11, 1, 9], 9713: [2, 22],
          9715: [16, 12], 9717: [1, 1], 9719: [13, 34, 3, 1], 9721: [26, 60, 8, 2], 9723: [17, 7, 1, 2], 9725: [12, 16, 3]}
for i, (regel, waarden) in enumerate(LABELS.items(), start=1):
    for j, w in enumerate(waarden, start=1):
        rij('acties_per_thematafel_labels', f'labelrij {i}', f'label {j}', '', w, 'acties', f'002 r. {regel}',
            'Label zoals gedrukt; niet bekend bij welke status en thematafel het hoort.' if (i, j) == (1, 1) else '')

def ontbreekt(reeks, bron, opmerking, eenheid='aantal', **kw):
    rij(reeks, kw.get('categorie', ''), kw.get('serie', ''), kw.get('periode', ''), None, eenheid, bron, opmerking)

ontbreekt('snelle_toetsen_per_kwartaal', '000 r. 238-243; 002 r. 10061',
          'Niet leesbaar: de grafiek staat in de bron alleen als titel ("Peildatum 20 mei"); kwartalen en aantallen zijn niet als tekst gepubliceerd.')
ontbreekt('snelle_toetsen_per_sector', '000 r. 251',
          'Niet leesbaar: de grafiek staat in de bron alleen als titel; sectoren en aantallen zijn niet als tekst gepubliceerd.')
ontbreekt('snelle_toetsen_per_thema', '000 r. 268',
          "Niet leesbaar: de grafiek staat in de bron alleen als titel; thema's en aantallen zijn niet als tekst gepubliceerd.")
ontbreekt('snelle_toetsen_per_regio', '000 r. 276; 002 r. 10088',
          "Niet leesbaar: de grafiek staat in de bron alleen als titel; regio's en aantallen zijn niet als tekst gepubliceerd.")
ontbreekt('transformatieplannen_per_kwartaal', '000 r. 314-318; 002 r. 10092',
          'Niet leesbaar: de grafiek staat in de bron alleen als titel ("Peildatum 20 mei"); kwartalen en aantallen zijn niet als tekst gepubliceerd.')

# Transformatiemiddelen: both charts print their amounts as labels.
for categorie, w, regels in [('Beschikbaar gesteld', 740409907, '10217-10218'), ('Verwacht', 614629512, '10220-10221'),
                             ('Betaalbaar en betaald', 125780395, '10223-10224'), ('Definitief vrijgegeven bedrag', 0, '10226-10227'),
                             ('Mogelijk nog vrij te geven', 0, '10229-10230'), ('Nog vrij te geven', 150788, '10232-10233'),
                             ('Raming', 740409907, '10237-10239')]:
    rij('transformatiemiddelen_per_status', categorie, '', '', w, 'euro', f'002 r. {regels}',
        'Raming = verwacht + betaalbaar en betaald (definitie 000 r. 361); gedrukt als totaal boven de gestapelde staaf.' if categorie == 'Raming' else '')

AM = 'Niet leesbaar: de grafiek staat in de bron zonder waarden (alleen titel en definitie); de cijfers staan in de CBS-monitor Arbeidsmarkt Zorg en Welzijn.'
ontbreekt('arbeidsmarkt_vacaturegraad', '000 r. 440-442; 002 r. 10370-10371', AM, 'per 1.000 banen')
ontbreekt('arbeidsmarkt_ziekteverzuim', '000 r. 447-449; 002 r. 10379-10382', AM, '%')
ontbreekt('arbeidsmarkt_deeltijdfactor', '000 r. 454', AM, '')
ontbreekt('arbeidsmarkt_aandeel_werknemers', '000 r. 459-461; 002 r. 10373-10375', AM, '%')
ontbreekt('arbeidsmarkt_regeldruk', '002 r. 10377; 000 r. 469', AM, '%')

for klasse in ['0 wachtenden', '1-9 wachtenden', '10-49 wachtenden', '50-199 wachtenden', '200+ wachtenden']:
    ontbreekt('huisartsen_wachtlijst_gemeenten', '002 r. 10419-10429',
              'Alleen de legenda is leesbaar: welke gemeenten in welke klasse vallen staat niet in de tekst van de bron. '
              'Bron data: wachtlijsten verzekeraars Q1 2025, data t/m maart 2025.', 'gemeenten', categorie=klasse, periode='2025Q1')

for soort in ['Behandeling', 'Polikliniekbezoek', 'Diagnostiek']:
    ontbreekt('msz_wachttijden', '000 r. 505-508; 002 r. 10434-10436',
              "Niet leesbaar: regio's en wachttijden staan niet in de tekst van de bron, alleen de drie soorten. Bron data: NZa, data t/m 29 april 2025.",
              '', serie=soort)

for sector in ['Wachtenden GHZ', 'Wachtenden langdurige GGZ', 'Wachtenden VV']:
    ontbreekt('wlz_wachtenden', '000 r. 527-540; 002 r. 10471-10472',
              'Niet leesbaar: alleen de titels van de drie grafieken staan in de bron, maanden en aantallen niet. Bron data: ZINL, data t/m maart 2025.',
              'aantal', serie=sector)

GROEPEN = ['Andere problemen', 'Angst', 'Basis GGZ', 'Bipolair', 'Depressie', 'Diagnose onbekend', 'Eetstoornissen',
           'Middelgerelateerd en verslaving', 'Neurobiologische ontwikkelingsstoornissen', 'Neurocognitieve stoornissen',
           'Obsessief-compulsief', 'Persoonlijkheid', 'Restgroep', 'Schizofrenie', 'Somatische symptoomstoornissen', 'Trauma']
for groep in GROEPEN:
    for soort in ['Totale wachttijd', 'Behandelwachttijd', 'Aanmeldwachttijd']:
        ontbreekt('ggz_wachttijden', '002 r. 10496-10560',
                  'Niet leesbaar: alleen de legenda (hoofddiagnosegroepen, soorten wachttijd), de as (10-50 weken) en maandlabels staan in de bron, '
                  'geen waarden. Bron data: NZa, data t/m april 2025.', 'weken', categorie=groep, serie=soort)

with open(Path(sys.argv[1]) / f'gepubliceerde_reeksen-{P}.csv', 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f, delimiter=';', lineterminator='\n')
    w.writerow(['peildatum', 'reeks', 'volgorde', 'categorie', 'serie', 'periode', 'waarde', 'eenheid', 'aard', 'bron', 'opmerking'])
    w.writerows(rijen)
print(len(rijen), 'rijen')
