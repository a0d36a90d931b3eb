// question: Which agreements tie two states, of what kind and status, since when?
// parameters: a, b (ISO 3166-1 alpha-3 codes, e.g. RUS and IRN)
// example: techpact ask agreements-between --engine cypher --param a=IND --param b=ARE
MATCH (:State {iso3: $a})<-[:PARTY]-(g:Agreement)-[:PARTY]->(:State {iso3: $b})
RETURN g.uri AS agreement, g.kind AS kind, g.status AS status, g.date AS date
ORDER BY date, agreement
