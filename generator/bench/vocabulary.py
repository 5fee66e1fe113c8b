"""Invented names, places and bodies that fill the synthetic corpus's sentences.

Everything here was made up for the benchmark: no name is taken from a real
article, so the synthetic seeds can be shipped and rebuilt by anyone.
"""

from __future__ import annotations

FIRST_NAMES = (
    "Amara", "Bertil", "Carys", "Dmitri", "Elena", "Farid", "Greta", "Hamish", "Ines", "Jonas",
    "Keiko", "Lucian", "Marisol", "Niall", "Oona", "Pavel", "Quentin", "Rosalind", "Soren", "Talia",
    "Ulrich", "Vesna", "Wendell", "Xiomara", "Yusuf", "Zofia", "Anselm", "Brigid", "Cosmo", "Delphine",
)
SURNAMES = (
    "Ashdown", "Brekke", "Castellane", "Dunmore", "Efremov", "Falkner", "Garrow", "Halloran", "Ingvarsen",
    "Jessop", "Kovalenko", "Lindqvist", "Marchetti", "Nwachukwu", "Oyelaran", "Pemberton", "Quarrie",
    "Rasmussen", "Sandoval", "Thistlewood", "Underhill", "Valdivia", "Whitcombe", "Yarrow", "Zellner",
    "Abernathy", "Bellamy", "Corrigan", "Delacroix", "Everard",
)
# (title, a phrase that describes the same person later)
ROLES = (
    ("Mayor", "the mayor"), ("Minister", "the minister"), ("Senator", "the senator"),
    ("Judge", "the judge"), ("Governor", "the governor"), ("Commissioner", "the commissioner"),
    ("Chief Executive", "the chief executive"), ("Professor", "the professor"),
    ("Councillor", "the councillor"), ("Director", "the director"),
)
PLACES = (
    "Port Avalen", "Castlebrook", "Marrowdale", "New Halden", "Kestrel Bay", "Ostwick", "Brannock",
    "Fellmoor", "Lindenau", "Saltmere", "Vantry", "Greywater", "Ambleford", "Corran Falls", "Estover",
)
ORGANISATIONS = (
    "the Northfield Water Authority", "the Federation of Harbour Workers", "Calder Freight",
    "the Meridian Health Trust", "the National Grain Board", "Oakline Railways", "the Civic Reform Party",
    "the Coastal Fisheries Council", "Helix Pharmaceuticals", "the Teachers' Alliance", "Brightwater Energy",
    "the Regional Transit Agency", "the Supreme Court of Estover", "the Farmers' Cooperative",
    "Lumen Bank", "the Department of Public Works", "the Open Roads Institute", "Vanta Mining",
)
OBJECTS = (
    "bridge", "budget", "water plant", "rail line", "harbour", "hospital wing", "school district",
    "wind farm", "housing scheme", "tax plan", "fishing quota", "mine", "ferry route", "grain store",
)
FEELINGS = ("cautious", "hopeful", "angry", "divided", "relieved", "sceptical", "determined")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
