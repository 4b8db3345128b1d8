package app.rapport.domain;

import java.util.List;

/**
 * What re-evaluating one contact's follow-up rules changes in the queue, for the service to apply in the same
 * transaction.
 *
 * @param toOpen  new follow-ups (id null, status OPEN, created on the day evaluated) to insert
 * @param toClose ids of OPEN rule follow-ups whose condition no longer holds, to set to CLOSED
 */
public record FollowUpChanges(List<FollowUp> toOpen, List<Long> toClose) {

    public FollowUpChanges {
        toOpen = List.copyOf(toOpen);
        toClose = List.copyOf(toClose);
    }

    public boolean isEmpty() {
        return toOpen.isEmpty() && toClose.isEmpty();
    }
}
