package app.rapport.service;

import app.rapport.domain.FollowUp;

/**
 * What Done, Snooze or Dismiss did to a follow-up, and how to take it back within the session: {@code before}
 * and {@code after} the follow-up itself, and {@code contact} every row of its contact before and after (Done
 * may record a connection and open other follow-ups), or null for the Sort follow-up that is about no one.
 */
public record FollowUpUndo(FollowUp before, FollowUp after, RowsUndo contact) {
}
