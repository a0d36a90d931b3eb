// question: Who cooperates with whom in a sector?
// parameters: sector (sector code, e.g. ai)
// example: techpact cypher sector-partners --param sector=ai
MATCH (s:Sector {notation: $sector})<-[:SECTOR]-(g:Agreement)-[:PARTY]->(pa), (g)-[:PARTY]->(pb)
WITH coalesce(pa.iso3, pa.code) AS a, coalesce(pb.iso3, pb.code) AS b, g
WHERE a < b
RETURN a, b, count(DISTINCT g) AS agreements
ORDER BY agreements DESC, a, b
