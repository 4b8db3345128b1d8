package app.rapport.service;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import app.rapport.domain.Contact;
import app.rapport.domain.Familiarity;
import app.rapport.domain.Interaction;
import app.rapport.domain.Link;
import app.rapport.domain.Platform;
import app.rapport.domain.ReadinessEngine;
import app.rapport.domain.Settings;
import app.rapport.domain.Verdict;
import app.rapport.domain.VerdictKind;

/**
 * One row of the readiness matrix: a contact with the kind of its verdict and (where there is one) its link on
 * each visible platform.
 * <p>
 * A row keeps only the kinds, a byte per platform. The pages keep everyone's rows, 150,000 verdicts at 30,000
 * contacts, and show the words of a screenful: kept whole, with what their wording reads, the verdicts were some
 * 20 MB of the heap. A verdict's words are worked out again from the same facts when asked, which the engine
 * does for one contact in microseconds.
 */
public final class ReadinessRow {

    /** What every row of one read was worked out with, shared by those rows. */
    record Rules(List<Platform> visible, List<Platform> all, Settings settings, LocalDate today) {
    }

    private static final VerdictKind[] KINDS = VerdictKind.values();
    private static final byte NONE = -1;

    private final Contact contact;
    private final List<Link> links;
    private final List<Interaction> interactions;
    private final Rules rules;
    private final byte[] kinds;

    private ReadinessRow(Contact contact, List<Link> links, List<Interaction> interactions, Rules rules,
                         byte[] kinds) {
        this.contact = contact;
        this.links = links;
        this.interactions = interactions;
        this.rules = rules;
        this.kinds = kinds;
    }

    /** The row of {@code contact}, with its links and interactions as the rule inputs hold them. */
    static ReadinessRow of(Contact contact, List<Link> links, List<Interaction> interactions, Rules rules) {
        Familiarity familiarity = Familiarity.asOf(contact, interactions, rules.settings(), rules.today());
        byte[] kinds = new byte[rules.visible().size()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = ReadinessEngine.evaluate(contact, links, familiarity, rules.settings(), rules.visible().get(i),
                    rules.all(), rules.today()).map(verdict -> (byte) verdict.kind().ordinal()).orElse(NONE);
        }
        return new ReadinessRow(contact, links, interactions, rules, kinds);
    }

    public Contact contact() {
        return contact;
    }

    /** The kind of the contact's verdict on this platform, or null where it has none or the platform is hidden. */
    public VerdictKind kind(String platformId) {
        int place = placeOf(platformId);
        return place < 0 || kinds[place] == NONE ? null : KINDS[kinds[place]];
    }

    /** The contact's verdict on this platform with its words, or null where {@link #kind} is null. */
    public Verdict verdict(String platformId) {
        int place = placeOf(platformId);
        if (place < 0 || kinds[place] == NONE) {
            return null;
        }
        return ReadinessEngine.evaluate(contact, links, interactions, rules.settings(), rules.visible().get(place),
                rules.all(), rules.today()).orElseThrow();
    }

    /** The contact's link on this platform, or null. */
    public Link link(String platformId) {
        return Link.on(links, platformId);
    }

    List<Link> links() {
        return links;
    }

    List<Interaction> interactions() {
        return interactions;
    }

    private int placeOf(String platformId) {
        List<Platform> visible = rules.visible();
        for (int i = 0; i < visible.size(); i++) {
            if (visible.get(i).id().equals(platformId)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Equal rows say the same about the same contact: the same verdicts (their words are worked out from the same
     * facts) and the same links.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ReadinessRow that && contact.equals(that.contact) && Arrays.equals(kinds, that.kinds)
                && rules.equals(that.rules) && Set.copyOf(links).equals(Set.copyOf(that.links))
                && interactions.equals(that.interactions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contact, Arrays.hashCode(kinds));
    }

    @Override
    public String toString() {
        return "ReadinessRow[" + contact.displayName() + "]";
    }
}
