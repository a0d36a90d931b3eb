// question: Which states cooperate in a sector, ranked by their number of distinct partners?
// parameters: sector (sector code, e.g. semiconductors)
// example: techpact ask sector-ranking --engine cypher --param sector=semiconductors
MATCH (:Sector {notation: $sector})<-[:SECTOR]-(g:Agreement)-[:PARTY]->(x:State), (g)-[:PARTY]->(y)
WHERE x <> y
RETURN x.iso3 AS state, count(DISTINCT coalesce(y.iso3, y.code)) AS partners, count(DISTINCT g) AS agreements
ORDER BY partners DESC, agreements DESC, state
