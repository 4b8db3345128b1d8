package app.rapport.service;

import java.util.List;
import java.util.Optional;

import app.rapport.domain.Contact;
import app.rapport.domain.Interaction;
import app.rapport.domain.Link;
import app.rapport.domain.Platform;
import app.rapport.domain.SortSuggestion;

/**
 * One undecided contact as Sort shows it: the facts that decide (the contact's organization, role and emails,
 * its links on each platform, its latest interactions, how they met) and the suggestion, if any.
 *
 * @param latestInteractions newest first, at most {@link SortService#LATEST_INTERACTIONS}
 * @param platforms          the user's platforms in their order, which name the links' platforms
 */
public record SortItem(Contact contact, List<Link> links, List<Interaction> latestInteractions,
                       Optional<SortSuggestion> suggestion, List<Platform> platforms) {

    public SortItem {
        links = List.copyOf(links);
        latestInteractions = List.copyOf(latestInteractions);
        platforms = List.copyOf(platforms);
    }
}
