package app.rapport.service;

import java.util.List;

import app.rapport.domain.Contact;
import app.rapport.domain.FollowUp;
import app.rapport.domain.Interaction;
import app.rapport.domain.LinkChange;

/**
 * Everything the contact page shows: the contact, one card per visible platform, the timeline, the history of
 * requests and the follow-ups still open.
 */
public record ContactReadiness(Contact contact, List<PlatformReadiness> platforms, List<Interaction> interactions,
                               List<LinkChange> linkHistory, List<FollowUp> openFollowUps) {

    public ContactReadiness {
        platforms = List.copyOf(platforms);
        interactions = List.copyOf(interactions);
        linkHistory = List.copyOf(linkHistory);
        openFollowUps = List.copyOf(openFollowUps);
    }
}
