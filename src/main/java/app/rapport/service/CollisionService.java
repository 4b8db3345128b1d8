package app.rapport.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import app.rapport.domain.Contact;
import app.rapport.domain.FollowUp;
import app.rapport.domain.FollowUpStatus;
import app.rapport.domain.Link;
import app.rapport.domain.Platform;
import app.rapport.domain.ReadinessEngine;
import app.rapport.domain.Relationship;
import app.rapport.domain.Sphere;
import app.rapport.domain.Verdict;
import app.rapport.store.RuleInputs;
import app.rapport.store.Store;

/** The collision report [000][001], and the follow-up to review one of its connections. */
public final class CollisionService {

    // Those whose sight of your personal life costs the most come first [000].
    private static final Comparator<Contact> MOST_SENSITIVE_FIRST = Comparator
            .comparingInt((Contact c) -> switch (c.relationship()) {
                case MANAGER -> 0;
                case CLIENT -> 1;
                default -> 2;
            })
            .thenComparing(Contact::displayName, String.CASE_INSENSITIVE_ORDER);

    private final Store store;
    private final Clock clock;

    public CollisionService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public CollisionReport report() {
        LocalDate today = LocalDate.now(clock);
        RuleInputs inputs = store.ruleInputs();
        Set<String> planned = store.transact(tx -> tx.followUps().openTriggers(FollowUp.COLLISION));
        List<CollisionReport.Section> sections = new ArrayList<>();
        for (Platform platform : ReadinessService.visible(inputs.platforms())) {
            if (platform.sphere() != Sphere.PERSONAL) {
                continue;
            }
            List<CollisionReport.Row> rows = new ArrayList<>();
            // Plain loops, not a stream per contact: the sidebar's badge reads this report at start-up, when the
            // streams, not yet compiled, were a third of it.
            for (Contact contact : inputs.contacts()) {
                if (contact.archived()) {
                    continue;
                }
                List<Link> own = inputs.linksOf(contact);
                // Only a connection collides, and only a contact with a link there can be connected.
                Link link = Link.on(own, platform.id());
                if (link == null) {
                    continue;
                }
                Optional<Verdict> verdict = ReadinessEngine.evaluate(contact, own, List.of(), inputs.settings(),
                        platform, inputs.platforms(), today);
                if (verdict.map(Verdict::collision).orElse(false)) {
                    rows.add(new CollisionReport.Row(contact, link,
                            planned.contains(triggerKey(contact.id(), platform.id()))));
                }
            }
            // Only the colliding few are put in order, not everyone: sorting 30,000 names was a third of this.
            rows.sort(Comparator.comparing(CollisionReport.Row::contact, MOST_SENSITIVE_FIRST));
            sections.add(new CollisionReport.Section(platform, rows));
        }
        return new CollisionReport(inputs.settings().worlds(), sections);
    }

    /** Queues "review this connection", due today; does nothing when one is already open. */
    public void planReview(Contact contact, Platform platform) {
        LocalDate today = LocalDate.now(clock);
        String trigger = triggerKey(contact.id(), platform.id());
        store.transactVoid(tx -> {
            if (tx.followUps().withTrigger(trigger).stream().anyMatch(f -> f.status() == FollowUpStatus.OPEN)) {
                return;
            }
            String title = "Review " + contact.displayName() + "'s " + platform.name() + " connection";
            String message = contact.displayName() + " is " + article(contact.relationship()) + " and can see "
                    + "what you share on " + platform.name() + ". Check your privacy settings for them, or talk to "
                    + "them in person about keeping " + platform.name() + " for family and friends.";
            tx.followUps().insert(new FollowUp(null, contact.id(), platform.id(), FollowUp.COLLISION, trigger, title,
                    message, today, FollowUpStatus.OPEN, today));
        });
    }

    static String triggerKey(long contactId, String platformId) {
        return "COLLISION:" + contactId + ":" + platformId;
    }

    private static String article(Relationship relationship) {
        if (relationship == Relationship.OTHER) {
            return "a professional contact";
        }
        String label = relationship.label().toLowerCase(Locale.ROOT);
        return (label.matches("^[aeiou].*") ? "an " : "a ") + label;
    }
}
