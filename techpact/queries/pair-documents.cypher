// question: Which documents support an agreement between two states?
// parameters: a, b (ISO 3166-1 alpha-3 codes)
// example: techpact ask pair-documents --engine cypher --param a=IND --param b=ARE
MATCH (:State {iso3: $a})<-[r:PARTY]-(g:Agreement)-[:PARTY]->(:State {iso3: $b})
UNWIND r.docs AS uri
MATCH (d:Document {uri: uri})
RETURN DISTINCT d.source AS source, d.title AS title
ORDER BY source
