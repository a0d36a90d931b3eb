// question: How many agreements per sector per year (the agreement's date, else its document's)?
// parameters: none
// example: techpact ask sectors-by-year --engine cypher
MATCH (s:Sector)<-[:SECTOR]-(g:Agreement)-[:DERIVED_FROM]->(d:Document)
WITH g, s, coalesce(g.date, d.issued) AS when
WHERE when IS NOT NULL
RETURN when.year AS year, s.notation AS sector, count(DISTINCT g) AS agreements
ORDER BY year, sector
