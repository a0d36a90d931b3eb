// question: Who signed agreements for a state, in what role?
// parameters: state (ISO 3166-1 alpha-3 code)
// example: techpact ask state-signatories --engine cypher --param state=IND
MATCH (g:Agreement)-[:SIGNATORY]->(p:Person)-[:ACTS_FOR]->(:State {iso3: $state})
RETURN DISTINCT p.label AS name, p.role AS role, g.uri AS agreement
ORDER BY name, agreement
