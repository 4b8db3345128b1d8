package app.rapport.domain;

import java.util.List;

/**
 * What re-evaluating one contact's follow-up rules changes in the queue, for the service to apply in the same
 * transaction.
 *
 * @param toOpen  new follow-ups (id null, status OPEN, created on the day evaluated) to insert
 * @param toClose ids of OPEN rule follow-ups whose condition no longer holds, to set to CLOSED
 * @param toRetitle stored OPEN follow-ups kept for their trigger whose title and message now read differently
 *                  (F1 once only the vouch answer is missing); the shared Sort follow-up also
 *                  moves its due day with its count
 */
public record FollowUpChanges(List<FollowUp> toOpen, List<Long> toClose, List<FollowUp> toRetitle) {

    public FollowUpChanges {
        toOpen = List.copyOf(toOpen);
        toClose = List.copyOf(toClose);
        toRetitle = List.copyOf(toRetitle);
    }

    public FollowUpChanges(List<FollowUp> toOpen, List<Long> toClose) {
        this(toOpen, toClose, List.of());
    }

    public boolean isEmpty() {
        return toOpen.isEmpty() && toClose.isEmpty() && toRetitle.isEmpty();
    }
}
