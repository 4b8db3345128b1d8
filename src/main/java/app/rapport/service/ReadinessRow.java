package app.rapport.service;

import java.util.Map;

import app.rapport.domain.Contact;
import app.rapport.domain.Link;
import app.rapport.domain.Verdict;

/**
 * One row of the readiness matrix: a contact with its verdict and (where there is one) its link on each
 * visible platform, both by platform id.
 */
public record ReadinessRow(Contact contact, Map<String, Verdict> verdicts, Map<String, Link> links) {

    public ReadinessRow {
        verdicts = Map.copyOf(verdicts);
        links = Map.copyOf(links);
    }
}
