// question: How cohesive is a bloc: of the agreements its members make, how many stay among members?
// parameters: bloc (bloc code, e.g. BRICS)
// example: techpact ask bloc-cohesion --engine cypher --param bloc=BRICS
MATCH (b:Bloc {code: $bloc})<-[r:MEMBER_OF]-(:State)<-[:PARTY]-(g:Agreement)
WHERE 'https://w3id.org/techpact/id/graph/reference/blocs' IN r.docs
WITH DISTINCT b, g
OPTIONAL MATCH (g)-[:PARTY]->(other)
WHERE NOT EXISTS {
  MATCH (other)-[r2:MEMBER_OF]->(b) WHERE 'https://w3id.org/techpact/id/graph/reference/blocs' IN r2.docs
}
WITH b, g, count(other) AS outsiders
RETURN b.code AS bloc, count(DISTINCT g) AS agreements, sum(CASE WHEN outsiders = 0 THEN 1 ELSE 0 END) AS inside_agreements
