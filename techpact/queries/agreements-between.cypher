// question: Which agreements tie two states, of what kind and status, since when?
// parameters: a, b (ISO 3166-1 alpha-3 codes, e.g. RUS and IRN)
// optional: minConfidence (0–1: only agreements whose confidence reaches it)
// example: techpact ask agreements-between --engine cypher --param a=IND --param b=ARE
MATCH (:State {iso3: $a})<-[:PARTY]-(g:Agreement)-[:PARTY]->(:State {iso3: $b})
WHERE $minConfidence IS NULL OR g.confidence >= toFloat($minConfidence)
RETURN DISTINCT g.uri AS agreement, g.kind AS kind, g.status AS status, CASE g.datePrecision WHEN 'year' THEN toString(g.date.year) WHEN 'month' THEN substring(toString(g.date), 0, 7) ELSE toString(g.date) END AS date
ORDER BY date, agreement
