// question: How many agreements apart are two states (shortest chain of agreements, up to three)?
// parameters: a, b (ISO 3166-1 alpha-3 codes, e.g. JPN and VNM)
// example: techpact ask shortest-chain --engine cypher --param a=JPN --param b=VNM
MATCH (sa:State {iso3: $a}), (sb:State {iso3: $b})
OPTIONAL MATCH p = shortestPath((sa)-[:PARTY*..6]-(sb))
RETURN CASE WHEN p IS NULL THEN null ELSE length(p) / 2 END AS hops
