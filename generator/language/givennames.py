"""Given names: a closed list of first names, read from the ``names`` package (MIT), which ships the given names
of the 1990 US Census (public domain) with how common each is. Only the names more than one in ten thousand people
bore are kept: the rarer end of the list holds common words ("Royal", "Major", "Sun", "China").
That list is America's: common given names of Britain, Ireland, Europe, Africa and South Asia that it lacks or holds
below that share ("Iain", "Petr", "Fabio") are added from a closed list of our own, with none that is also a common
English word, a month or a place (no "Angus", "Jan", "Milan", "Pau"). A hyphenated given name counts when each of its
parts is one ("Jean-Paul"; not "Al-Nusra").

Re-exported by generator.language.lexicon; no article's words.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from importlib.resources import files

from .countries import country_table
from .dates import MONTHS, WEEKDAYS

_FILES = ("dist.male.first", "dist.female.first")
_SHARE = 0.01  # per cent of people with the name: more than that
_ABROAD = frozenset("""
    iain alistair alasdair gareth rhys dafydd gethin ieuan huw owain aled bryn alun ceri sian carys bethan ffion
    lowri cerys rhian delyth callum calum hamish fergus ewan euan niall ciaran cian eoin seamus padraig oisin declan
    eamon eamonn conor ronan fintan donal diarmuid siobhan niamh aoife sinead roisin orla grainne saoirse caoimhe
    mairead eilidh morag kirsty ailsa gemma nigel clive graeme piers rupert crispin giles tristan barnaby petr pavel
    jiri ondrej milos zdenek vaclav radek marek piotr pawel wojciech krzysztof grzegorz andrzej tomasz jacek
    zbigniew witold dariusz mateusz kamil agnieszka katarzyna malgorzata ewa beata dmitry dmitri sergei sergey
    alexei alexey yuri yury mikhail nikolai oleg igor andrei andriy viktor vitali vitaly anatoly gennady arkady
    yevgeny evgeny svetlana irina natalia tatiana yulia ekaterina galina ludmila vladimir fabio fabrizio gianluca
    gianni giovanni giuseppe giorgio luigi luca matteo massimo maurizio paolo pietro silvio stefano alessandro
    claudio dario davide enrico emanuele federico filippo francesco lorenzo nicola riccardo salvatore vincenzo
    alessandra francesca giulia chiara federica paola giorgia joao iker xavi cesc santi alvaro inaki mikel iago
    gonzalo jordi unai vicente nuno rui tiago thiago joaquim goncalo fabricio jurgen dieter wolfgang helmut horst
    gerhard klaus uwe joachim jochen matthias bastian thorsten torsten sven jens jorg heiko holger timo niko nico
    ralf rudi ruud arjen dirk pieter joost henk johan kees wim stijn bram jesper henrik anders magnus niklas nils
    olaf ole gunnar bjorn fredrik mikael ingrid astrid mika jari jukka teemu sami pekka heikki wilfried thierry
    didier olivier francois jacques philippe laurent nicolas benoit herve thibaut thibault antoine guillaume jerome
    sebastien stephane yannick yves alain christophe cedric fabien florent gael gilles lionel loic mathieu patrice
    remi amelie chantal elodie isabelle lucien sylvain yann mohammed mohamed muhammad ahmed ahmad hassan hussein
    abdul abdullah khalid tariq yusuf youssef ibrahim ismail mustafa mahmoud karim samir nabil walid rashid imran
    sadiq sajid nadeem shahid asif javed rahul sanjay vijay amit anil sunil rajesh priya anjali deepak arjun kofi
    kwame carlo cristiano gianfranco gianluigi pierluigi marcelo luka nikos giannis yannis kostas dimitris stefan
    heinz lars sebastian
""".split())


@cache
def given_names() -> frozenset[str]:
    """The given names, folded ("james", "mary"), less months, weekdays and the names of countries and peoples."""
    found: set[str] = set()
    for name in _FILES:
        for line in files("names").joinpath(name).read_text(encoding="ascii").splitlines():
            fields = line.split()
            if len(fields) == 4 and float(fields[1]) > _SHARE:
                found.add(fields[0].casefold())
    forms, _capitals, demonyms = country_table()
    return frozenset((found | _ABROAD) - set(MONTHS) - set(WEEKDAYS) - set(forms) - set(demonyms))


def is_given_name(word: str) -> bool:
    """Whether a word is a common given name ("Sean", "Justin", "Jean-Paul"; not "Royal", "April" or "Jordan" the
    country)."""
    parts = _unaccented(word.casefold()).split("-")
    return all(part in given_names() for part in parts) if len(parts) <= 2 else False


def _unaccented(word: str) -> str:
    """A word without its accents ("jörg" -> "jorg", "andré" -> "andre"): the census lists are written without."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
