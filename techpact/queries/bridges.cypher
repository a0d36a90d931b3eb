// question: Which states are tied by agreements into two rival blocs at once (bridges)?
// parameters: a, b (bloc codes, e.g. QUAD and SCO)
// example: techpact ask bridges --engine cypher --param a=QUAD --param b=SCO
MATCH (s:State)<-[:PARTY]-(:Agreement)-[:PARTY]->(ma:State)-[ra:MEMBER_OF]->(:Bloc {code: $a})
WHERE s <> ma AND 'https://w3id.org/techpact/id/graph/reference/blocs' IN ra.docs
WITH s, collect(DISTINCT ma.iso3) AS in_a
MATCH (s)<-[:PARTY]-(:Agreement)-[:PARTY]->(mb:State)-[rb:MEMBER_OF]->(:Bloc {code: $b})
WHERE s <> mb AND 'https://w3id.org/techpact/id/graph/reference/blocs' IN rb.docs
RETURN s.iso3 AS state, size(in_a) AS partners_in_a, count(DISTINCT mb.iso3) AS partners_in_b
ORDER BY partners_in_a DESC, partners_in_b DESC, state
