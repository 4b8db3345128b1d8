package app.rapport.service;

import app.rapport.domain.Contact;
import app.rapport.store.ContactRows;

/**
 * What a merge did, and how to take it back within the session: {@code merged} is the contact that is left,
 * {@code absorbed} the one that was removed, {@code before} every row of both as they were just before, and
 * {@code after} every row of the merged contact right after (to tell whether it changed since).
 */
public record MergeUndo(Contact merged, Contact absorbed, ContactRows before, ContactRows after) {
}
