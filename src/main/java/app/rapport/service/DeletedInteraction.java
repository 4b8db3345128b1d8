package app.rapport.service;

import app.rapport.domain.Interaction;
import app.rapport.store.InteractionOrigin;

/**
 * An interaction {@link InteractionService#delete} took away, with what its undo needs to put it back as it was.
 *
 * @param interaction as it was, with its id and everyone it was with
 * @param origin      where it came from, a file's or typed by hand
 */
public record DeletedInteraction(Interaction interaction, InteractionOrigin origin) {
}
