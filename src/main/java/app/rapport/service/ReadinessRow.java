package app.rapport.service;

import java.util.Map;

import app.rapport.domain.Contact;
import app.rapport.domain.Verdict;

/** One row of the readiness matrix: a contact and its verdict on each visible platform, by platform id. */
public record ReadinessRow(Contact contact, Map<String, Verdict> verdicts) {

    public ReadinessRow {
        verdicts = Map.copyOf(verdicts);
    }
}
