// question: Who are a state's partners, in which sectors, and how many agreements tie them?
// parameters: state (ISO 3166-1 alpha-3 code, e.g. RUS)
// example: techpact cypher state-partners --param state=RUS
MATCH (s:State {iso3: $state})<-[:PARTY]-(g:Agreement)-[:PARTY]->(p)
WHERE p <> s
OPTIONAL MATCH (g)-[:SECTOR]->(sec:Sector)
WITH coalesce(p.iso3, p.code) AS partner, g, sec.notation AS code
ORDER BY code
WITH partner, count(DISTINCT g) AS agreements, collect(DISTINCT code) AS codes
RETURN partner, agreements, reduce(out = '', c IN codes | out + CASE WHEN out = '' THEN '' ELSE ' ' END + c) AS sectors
ORDER BY agreements DESC, partner
