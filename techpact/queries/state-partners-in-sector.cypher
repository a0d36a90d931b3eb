// question: Who are a state's partners in one sector?
// parameters: state (ISO 3166-1 alpha-3 code), sector (sector code)
// example: techpact ask state-partners-in-sector --engine cypher --param state=USA --param sector=semiconductors
MATCH (s:State {iso3: $state})<-[:PARTY]-(g:Agreement)-[:PARTY]->(p), (g)-[:SECTOR]->(:Sector {notation: $sector})
WHERE p <> s
RETURN coalesce(p.iso3, p.code) AS partner, count(DISTINCT g) AS agreements
ORDER BY agreements DESC, partner
