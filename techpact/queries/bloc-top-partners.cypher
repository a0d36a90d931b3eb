// question: Outside a bloc, which states do its members cooperate with most?
// parameters: bloc (bloc code, e.g. BRICS)
// example: techpact ask bloc-top-partners --engine cypher --param bloc=BRICS
MATCH (b:Bloc {code: $bloc})<-[r:MEMBER_OF]-(m:State)<-[:PARTY]-(g:Agreement)-[:PARTY]->(p:State)
WHERE 'https://w3id.org/techpact/id/graph/reference/blocs' IN r.docs
  AND NOT EXISTS { MATCH (p)-[r2:MEMBER_OF]->(b) WHERE 'https://w3id.org/techpact/id/graph/reference/blocs' IN r2.docs }
RETURN p.iso3 AS partner, count(DISTINCT g) AS agreements, count(DISTINCT m) AS members
ORDER BY agreements DESC, partner
