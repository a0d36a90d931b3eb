// question: What are the ten newest dated agreements?
// parameters: none
// optional: minConfidence (0–1: only agreements whose confidence reaches it)
// example: techpact ask newest-agreements --engine cypher --param minConfidence=0.5
MATCH (g:Agreement) WHERE g.date IS NOT NULL AND ($minConfidence IS NULL OR g.confidence >= toFloat($minConfidence))
RETURN DISTINCT g.uri AS agreement, CASE g.datePrecision WHEN 'year' THEN toString(g.date.year) WHEN 'month' THEN substring(toString(g.date), 0, 7) ELSE toString(g.date) END AS date, g.kind AS kind, g.status AS status, g.partyKey AS parties
ORDER BY date DESC, agreement
LIMIT 10
