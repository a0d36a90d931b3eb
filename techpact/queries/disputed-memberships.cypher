// question: Where does a document call a state a member of a bloc that the reference data does not list it in?
// parameters: none
// example: techpact cypher disputed-memberships
MATCH (s:State)-[r:MEMBER_OF]->(b:Bloc)
WHERE NOT 'https://w3id.org/techpact/id/graph/reference/blocs' IN r.docs
MATCH (d:Document) WHERE d.uri IN r.docs
OPTIONAL MATCH (m:Membership)-[:MEMBER]->(s), (m)-[:ORGANIZATION]->(b), (m)-[:EVIDENCE]->(e:Evidence)-[:DERIVED_FROM]->(d)
RETURN s.iso3 AS state, b.code AS bloc, d.source AS source, e.text AS evidence
ORDER BY state, bloc, source
