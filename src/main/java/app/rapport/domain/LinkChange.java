package app.rapport.domain;

import java.time.LocalDate;

/** One step in the history of a link: on that day it went from one state to another. */
public record LinkChange(long contactId, String platformId, LocalDate on, LinkState from, LinkState to) {
}
