// question: Which agreements involve members of a bloc (per the reference data), with whom, inside the bloc or outside?
// parameters: bloc (bloc code, e.g. SCO)
// example: techpact cypher bloc-member-agreements --param bloc=SCO
MATCH (b:Bloc {code: $bloc})<-[r:MEMBER_OF]-(m:State)
WHERE 'https://w3id.org/techpact/id/graph/reference/blocs' IN r.docs
MATCH (m)<-[:PARTY]-(g:Agreement)-[:PARTY]->(p)
WHERE p <> m
RETURN DISTINCT m.iso3 AS member, g.kind AS kind, g.status AS status, coalesce(p.iso3, p.code) AS partner,
       EXISTS { MATCH (p)-[r2:MEMBER_OF]->(b) WHERE 'https://w3id.org/techpact/id/graph/reference/blocs' IN r2.docs } AS inside,
       g.uri AS agreement
ORDER BY member, partner, agreement
