// question: What are the ten newest dated agreements?
// parameters: none
// example: techpact ask newest-agreements --engine cypher
MATCH (g:Agreement) WHERE g.date IS NOT NULL
RETURN g.uri AS agreement, g.date AS date, g.kind AS kind, g.status AS status, g.partyKey AS parties
ORDER BY date DESC, agreement
LIMIT 10
