package app.rapport.domain;

/** Where a follow-up stands. CLOSED means a rule closed it because its condition no longer holds. */
public enum FollowUpStatus {
    OPEN, DONE, DISMISSED, CLOSED
}
