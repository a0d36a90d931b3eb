from __future__ import annotations

import pycountry
from rdflib import RDF, SKOS

from techpact.ontology import reference
from techpact.ontology.namespace import TP
from techpact.ontology.vocabulary import ontology_graph, sector_codes, sector_labels

DESIGN_SECTORS = {"ai", "blockchain", "crypto", "cbdc", "fintech", "cybersecurity", "telecom", "semiconductors",
                  "quantum", "space", "nuclear", "robotics", "biotech", "egov", "data", "smart-cities",
                  "digital-economy", "critical-minerals", "clean-energy", "defense"}


def test_ontology_namespace_class_and_turtle_agree():
    graph = ontology_graph()
    declared = {str(s).split("#")[1] for s in graph.subjects() if str(s).startswith(str(TP._NS))}
    in_class = {name for name in TP.__annotations__}
    assert in_class == declared


def test_ontology_has_all_twenty_sectors_with_labels_and_definitions():
    assert set(sector_codes()) == DESIGN_SECTORS
    graph = ontology_graph()
    for concept in graph.subjects(SKOS.inScheme, TP.sectors):
        assert (concept, RDF.type, TP.Sector) in graph
        assert graph.value(concept, SKOS.prefLabel) and graph.value(concept, SKOS.definition)
        assert len(list(graph.objects(concept, SKOS.altLabel))) >= 2
    assert all(labels for labels in sector_labels().values())


def test_reference_has_every_iso_state_with_names():
    states = reference.states()
    assert len(states) == len(pycountry.countries)
    iran = states["IRN"]
    assert iran.official_name == "Islamic Republic of Iran"
    assert "Iranian" in iran.demonyms and "Tehran" in iran.capitals


def test_reference_blocs_from_design_with_dated_members():
    blocs = reference.blocs()
    assert {"SCO", "BRICS", "EU", "ASEAN", "EAEU", "CSTO", "NATO", "G7", "G20", "QUAD", "AUKUS", "GCC", "AU",
            "OPEC", "CIS", "MERCOSUR", "APEC", "OSCE"} <= set(blocs)
    assert blocs["SCO"].members["IRN"] == 2023 and blocs["SCO"].source.startswith("https://")
    assert all(code in reference.states() for bloc in blocs.values() for code in bloc.members)


def test_ontology_vocabulary_orders_statuses_three_named_ways():
    from techpact.ontology import vocabulary

    assert vocabulary.STATUSES == ("planned", "proposed", "signed", "in-force", "ended", "rejected")
    assert vocabulary.STATUSES_BY_STRENGTH[0] == "in-force" and vocabulary.STATUSES_BY_STRENGTH[-1] == "rejected"
    assert vocabulary.STATUSES_BY_PRECEDENCE[0] == "rejected"
    assert set(vocabulary.KIND_CLASSES) == set(vocabulary.DEFAULT_STATUS) == set(vocabulary.KINDS)
    assert set(vocabulary.DEFAULT_STATUS.values()) <= set(vocabulary.STATUSES)


def test_ontology_shapes_allow_exactly_the_vocabulary_kinds_and_statuses():
    from rdflib.collection import Collection
    from rdflib.namespace import SH

    from techpact.ontology import vocabulary

    shapes = vocabulary.shapes_graph()
    allowed = {}
    for prop in shapes.subjects(SH["in"], None):
        path = shapes.value(prop, SH.path)
        allowed[str(path).split("#")[-1]] = [str(v) for v in Collection(shapes, shapes.value(prop, SH["in"]))]
    assert set(allowed["kind"]) == set(vocabulary.KINDS)
    assert set(allowed["status"]) == set(vocabulary.STATUSES)
