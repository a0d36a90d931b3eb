// question: Which proposals have not (yet) been followed by a signed or in-force agreement between the same parties?
// parameters: none
// optional: minConfidence (0–1: only agreements whose confidence reaches it)
// example: techpact ask pending-proposals --engine cypher
MATCH (g:Agreement {status: 'proposed'})
WHERE NOT EXISTS {
  MATCH (later:Agreement) WHERE later.partyKey = g.partyKey AND later.status IN ['signed', 'in-force']
}
AND ($minConfidence IS NULL OR g.confidence >= toFloat($minConfidence))
RETURN DISTINCT g.uri AS agreement, g.partyKey AS parties, g.kind AS kind
ORDER BY parties, agreement
