// question: On what sentences, in which documents, does an agreement rest?
// parameters: agreement (the agreement's IRI)
// example: techpact ask agreement-evidence --engine cypher --param agreement=https://w3id.org/techpact/id/agreement/...
MATCH (:Agreement {uri: $agreement})-[:EVIDENCE]->(e:Evidence)-[:DERIVED_FROM]->(d:Document)
RETURN e.text AS text, e.start AS start, e.end AS end, d.source AS source
ORDER BY source, start
