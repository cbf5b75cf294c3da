package org.w3id.deportationdeals.server;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.query.Query;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's query operation with two guards the stock one lacks.
 * <ul>
 *   <li>A result-size limit: ARQ has no setting for it, so the query is given {@code LIMIT max} when it has no
 *       limit or a larger one (a smaller LIMIT stands). One query can then not make the server build and stream an
 *       unbounded result; the response says {@code X-Max-Result-Rows} when the cap applied, so a client knows its
 *       answer may be cut.</li>
 *   <li>406 Not Acceptable when the {@code Accept} header allows none of the formats the result can be written in,
 *       where Fuseki would silently send its default format. Without an Accept header, or with Fuseki's
 *       {@code format}/{@code output} parameters, Fuseki's own choice stands.</li>
 * </ul>
 */
final class BoundedQuery extends SPARQL_QueryDataset {

    static final String LIMIT_HEADER = "X-Max-Result-Rows";

    private final long maxRows;

    BoundedQuery(long maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query q = decided.getRight() == null ? query : decided.getRight();
        if (q.isAskType() || (q.hasLimit() && q.getLimit() <= maxRows)) {
            return decided;
        }
        Query capped = q.cloneQuery();
        capped.setLimit(maxRows);
        action.setResponseHeader(LIMIT_HEADER, Long.toString(maxRows));
        return Pair.create(decided.getLeft(), capped);
    }

    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        String accept = action.getRequestHeader(HttpNames.hAccept);
        boolean formatParameter = action.getRequestParameter(HttpNames.paramOutput1) != null
                || action.getRequestParameter(HttpNames.paramOutput2) != null
                || action.getRequestParameter(HttpNames.paramOutput3) != null;
        if (accept != null && !accept.isBlank() && !formatParameter) {
            AcceptList offer = result.isRowSet() ? DEF.rsOfferTable
                    : result.isBoolean() ? DEF.rsOfferBoolean
                    : result.isJson() ? DEF.jsonOffer
                    : DEF.constructOffer;
            boolean acceptable;
            try {
                acceptable = AcceptList.match(new AcceptList(accept), offer) != null;
            } catch (RuntimeException malformed) {
                acceptable = false;
            }
            if (!acceptable) {
                ServletOps.error(HttpSC.NOT_ACCEPTABLE_406, "Not Acceptable: this result can be sent as "
                        + offer.entries().stream().map(Object::toString).toList() + ", not as " + accept);
            }
        }
        super.sendResults(action, result, prologue);
    }
}
